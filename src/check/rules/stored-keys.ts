// Pushes to nuget.org with a stored API key in jobs that do not log in: since 2026-11-01 such a
// key lives at most 30 days, so the release stops working unless someone rotates the secret.
import type { Finding } from '../findings.ts'
import { isLoginStep, stepsOf } from '../model.ts'
import type { RunFacts, Tools } from '../run-facts.ts'
import type { WorkflowFile } from '../reading/workflow-file.ts'
import { findStoredKeyPushes, type StoredKeyPush } from '../stored-keys/find.ts'
import { finding, stepPath } from './context.ts'

export const STORED_KEY_TITLE = 'Push with a stored API key'

/**
 * The last reading of a set of files: the first pass (which finds what tools it lacks) and the
 * judging read the same files with the same facts and tools when no parser had to be loaded.
 */
const lastReading = new WeakMap<
  WorkflowFile[],
  { facts: RunFacts; tools: Tools; pushes: StoredKeyPush[] }
>()

/** Every push with a stored key in these files, read once for the same facts and tools. */
export function storedKeyPushes(
  files: WorkflowFile[],
  facts: RunFacts,
  tools: Tools
): StoredKeyPush[] {
  const last = lastReading.get(files)
  if (last && last.facts === facts && last.tools === tools) return last.pushes
  const pushes = findStoredKeyPushes(files, {
    ...(facts.defaultPushSourceUrl ? { defaultPushSource: facts.defaultPushSourceUrl } : {}),
    tools
  })
  lastReading.set(files, { facts, tools, pushes })
  return pushes
}

export function checkStoredKeys(files: WorkflowFile[], facts: RunFacts, tools: Tools): Finding[] {
  const pushes = storedKeyPushes(files, facts, tools)
  return (
    pushes
      // A call to another repository's workflow is judged by "Reusable workflow from another
      // repository": whether that workflow pushes with the key, this repository cannot tell.
      .filter((push) => push.destination === 'nuget.org')
      .filter((push) => !logsIn(push))
      .map((push) =>
        finding(
          push.file,
          push.stepIndex === undefined
            ? ['jobs', push.jobId]
            : stepPath(push.jobId, push.stepIndex),
          'warning',
          STORED_KEY_TITLE,
          storedKeyMessage(push)
        )
      )
  )
}

export function storedKeyMessage(push: StoredKeyPush): string {
  const what =
    push.shape === 'remote reusable workflow'
      ? `Job '${push.jobId}' hands secrets.${push.secret} to a reusable workflow of another repository, which may push to nuget.org with it`
      : `This ${push.shape} sends the stored key secrets.${push.secret} (through ${push.via}) to nuget.org`
  return (
    `${what}. Since 2026-11-01 nuget.org refuses classic API keys created with a lifetime over 30 days, ` +
    'and a new one lasts at most 30 days: this release fails within a month unless someone rotates the ' +
    'secret by hand. Trusted publishing needs no stored key; `npx nuget-login migrate` makes the change.'
  )
}

function logsIn(push: StoredKeyPush): boolean {
  const job = push.file.data.jobs?.[push.jobId]
  return job && typeof job === 'object' ? stepsOf(job).some(isLoginStep) : false
}
