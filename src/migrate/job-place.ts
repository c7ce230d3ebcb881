// What the edits of one job share: where the job stands in its file, and which steps need the key.
import { type Document, type YAMLMap } from 'yaml'
import { text } from '../check/model.ts'
import { type RawJob, type RawStep, type WorkflowFile } from '../check/reading/workflow-file.ts'
import { BUILD_SCRIPT } from '../check/stored-keys/find.ts'
import { type Node } from './yaml-text.ts'

/** The login step's id, and the variable its key reaches a script through. */
export const LOGIN_ID = 'nuget-login'
export const KEY_VARIABLE = 'NUGET_API_KEY'

export interface JobPlace {
  text: string
  file: WorkflowFile
  jobId: string
  job: RawJob
  jobMap: YAMLMap<Node, Node>
  document: Document.Parsed
  /** Spaces one level of nesting adds in this file. */
  unit: number
}

/** The env names at job or workflow level whose values read one of the secrets. */
export function carriers(job: RawJob, file: WorkflowFile, secrets: string[]): string[] {
  return [job.env, file.data.env].flatMap((env) =>
    Object.entries(env ?? {})
      .filter(([, value]) => readsSecret(text(value), secrets))
      .map(([name]) => name)
  )
}

export function readsSecret(value: string, secrets: string[]): boolean {
  return secrets.some((secret) => new RegExp(`\\bsecrets\\.${escape(secret)}\\b`).test(value))
}

/** A step that reads a secret itself, or one of the env names that carry it. */
export function needsKey(step: RawStep, secrets: string[], keyNames: string[]): boolean {
  const all = [
    text(step.run),
    ...Object.values(step.with ?? {}).map(text),
    ...Object.values(step.env ?? {}).map(text)
  ].join('\n')
  if (readsSecret(all, secrets)) return true
  return keyNames.some(
    (name) =>
      !Object.keys(step.env ?? {}).includes(name) &&
      (new RegExp(`\\b${escape(name)}\\b`, 'i').test(all) ||
        (name === KEY_VARIABLE &&
          (/nuget(\.exe)?["']?\s+push/i.test(text(step.run)) || BUILD_SCRIPT.test(text(step.run)))))
  )
}

export function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export const secretPattern = (name: string) => new RegExp(`\\bsecrets\\.${escape(name)}\\b`)
