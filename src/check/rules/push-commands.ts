// Each push to nuget.org as the client runs it: its options, its key and its source.
import type { Finding, Level } from '../findings.ts'
import { KEY_OUTPUT, text } from '../model.ts'
import type { WorkflowFile } from '../reading/workflow-file.ts'
import { finding, stepPath, type LoginJob } from './context.ts'
import {
  destination,
  keySource,
  writesEnvironmentBefore,
  type KeySource,
  type Push
} from './pushes.ts'

export function checkPush(loginJob: LoginJob, push: Push): Finding[] {
  const { file, jobId, login, loginIndex, steps } = loginJob
  const say = (level: Level, title: string, message: string) =>
    pushFinding(file, jobId, push, level, title, message)
  const loginOutput = `\${{ steps.${text(login.id) || 'login'}.outputs.${KEY_OUTPUT} }}`
  const findings = push.command.tool === 'dotnet' ? checkOptions(push, say) : []
  const goesTo = destination(push)
  if (goesTo === 'unknown') return findings
  if (push.index < loginIndex) {
    return [
      ...findings,
      say(
        'error',
        'Push before login',
        'This push runs before the login step, so it has no key yet. Move it after the login.'
      )
    ]
  }
  const key = keySource(loginJob, push, writesEnvironmentBefore(steps, push.index))
  const misspelledKey = push.command.unknown.some(isKeyMisspelling)
  const { bareKey } = push.command
  if (bareKey && !misspelledKey && !push.command.values.has('--api-key')) {
    findings.push(
      say(
        'error',
        'Key without --api-key',
        `This push passes \${{ ${bareKey} }} as a bare word: \`dotnet nuget push\` takes it as a package path, ` +
          'pushes the real packages without a key (nuget.org answers 401) and then fails with "File does not ' +
          'exist". Put `--api-key` before it.'
      )
    )
  }
  // A word the shell may split into options could hold the missing --api-key.
  const hidden = misspelledKey || bareKey || (key.kind === 'absent' && push.command.opaque)
  const problem = hidden ? undefined : KEY_PROBLEMS[key.kind]?.(key as never, loginOutput)
  if (problem)
    findings.push(say(key.kind === 'secret' ? 'warning' : 'error', problem[0], problem[1]))
  if (goesTo === 'none' && !loginJob.facts.defaultPushSource && !push.command.opaque) {
    findings.push(
      say(
        'error',
        'Push without --source',
        'This push names no --source, and no NuGet.Config at the repository root sets a defaultPushSource, so ' +
          '`dotnet nuget push` stops with "Source parameter was not specified." Add ' +
          '`--source https://api.nuget.org/v3/index.json`.'
      )
    )
  }
  return findings
}

/** The line of the push command itself, inside a multi-line `run:`; the step's place otherwise. */
/** A finding on a push, placed on its command's line in the script where that line is known. */
export function pushFinding(
  file: WorkflowFile,
  jobId: string,
  push: Push,
  level: Level,
  title: string,
  message: string
): Finding {
  const where = file.lineOf(stepPath(jobId, push.index, 'run'), push.command.line)
  return {
    ...finding(file, stepPath(jobId, push.index), level, title, message),
    ...(where ? { where } : {})
  }
}

type KeyProblem = (key: never, loginOutput: string) => [title: string, message: string]

const KEY_PROBLEMS: Partial<Record<KeySource['kind'], KeyProblem>> = {
  secret: (key: { name: string }, loginOutput) => [
    'Push with a stored key',
    `This push still passes the stored secret secrets.${key.name}, which wins over the key the login made. ` +
      'Classic nuget.org API keys now expire within 30 days (longer-lived ones stopped on 2026-11-01), so ' +
      'this push fails with 403 "The specified API key has expired. Please create a new API key at ' +
      'https://www.nuget.org/account/apikeys." unless someone rotates the secret every month. ' +
      `Pass ${loginOutput} instead, and delete the stored key.`
  ],
  'unset-variable': (key: { name: string }, loginOutput) => [
    'Key from an unset variable',
    `This push passes --api-key from the variable ${key.name}, which nothing in the step, job or workflow ` +
      `sets, so the key is empty and nuget.org answers 401. Set ${key.name}: ${loginOutput} in the step's \`env:\`.`
  ],
  empty: (_key: never, loginOutput) => [
    'Push with an empty key',
    `This push passes an empty --api-key, which also stops the client from reading NUGET_API_KEY: nuget.org ` +
      `answers 401. Pass ${loginOutput}.`
  ],
  absent: (_key: never, loginOutput) => [
    'Push without the key',
    `This push gets neither the login's output ${KEY_OUTPUT} nor the exported variable: pass ${loginOutput} ` +
      'in its `env:` and use it with --api-key.'
  ]
}

const isKeyMisspelling = (option: string) => /^-+api-?keys?$/i.test(option)

/** Options `dotnet nuget push` does not know, and value options given twice. */
function checkOptions(push: Push, say: (level: Level, title: string, message: string) => Finding) {
  const findings: Finding[] = []
  for (const option of push.command.unknown) {
    const isKey = isKeyMisspelling(option)
    findings.push(
      say(
        'error',
        'Option dotnet nuget push does not know',
        `\`dotnet nuget push\` has no option '${option}': it takes the word as a package path, pushes the ` +
          `real packages${isKey ? ' without the key (nuget.org answers 401)' : ''} and then fails with ` +
          `"File does not exist (${option})". ${isKey ? 'Write `--api-key` (or `-k`).' : 'See `dotnet nuget push --help`.'}`
      )
    )
  }
  for (const { option, value } of push.command.strayValues) {
    findings.push(
      say(
        'error',
        'Value after an option that takes none',
        `${option} takes no value, so \`dotnet nuget push\` reads '${value}' as a package path: it pushes the ` +
          `real packages and then fails with "File does not exist (${value})." (exit code 1). Remove '${value}'.`
      )
    )
  }
  for (const option of new Set(push.command.repeated)) {
    findings.push(
      say(
        'error',
        'Option given twice',
        `This push gives ${option} twice; \`dotnet nuget push\` stops with "expects a single argument but 2 ` +
          'were provided" before pushing anything. Keep one.'
      )
    )
  }
  return findings
}
