// Does the key reach the push: the login's id, the step that reads it, the job that runs it?
import type { Finding } from '../findings.ts'
import { exportsKey, isPushStep, jobsOf, KEY_OUTPUT, stepsOf, stepText, text } from '../model.ts'
import type { RawStep, WorkflowFile } from '../workflow-file.ts'
import { finding, stepPath, type LoginJob } from './context.ts'

const OUTPUT_REFERENCE = new RegExp(`steps\\.([\\w-]+)\\.outputs\\.${KEY_OUTPUT}\\b`, 'g')
const SECRET_REFERENCE = /secrets\.([\w-]+)/
const SOURCE_OPTION = /(?:^|\s)(?:--source|-s)(?:\s+|=)("[^"]*"|'[^']*'|\S+)/

export function checkKeyPath(loginJob: LoginJob): Finding[] {
  const { file, jobId, steps, login, loginIndex } = loginJob
  const loginId = text(login.id)
  const findings: Finding[] = []
  const readers = steps.flatMap((step, index) =>
    [...stepText(step).matchAll(OUTPUT_REFERENCE)].map((match) => ({
      index,
      id: match[1] as string
    }))
  )
  const pushes = steps.flatMap((step, index) => (isNuGetOrgPush(step) ? [{ step, index }] : []))
  if (!loginId && (readers.length > 0 || (pushes.length > 0 && exportsKey(login) === false))) {
    findings.push(
      finding(
        file,
        stepPath(jobId, loginIndex),
        'error',
        'Login step without id',
        `The login step has no \`id\`, so no later step can read its output ${KEY_OUTPUT}: the push gets an ` +
          `empty key. Add \`id: login\` and pass \${{ steps.login.outputs.${KEY_OUTPUT} }} to the push.`
      )
    )
  }
  for (const reader of readers) {
    if (reader.id === loginId) continue
    findings.push(
      finding(
        file,
        stepPath(jobId, reader.index),
        'error',
        'Key read from another step',
        `This step reads steps.${reader.id}.outputs.${KEY_OUTPUT}, but the login step's id is ` +
          `${loginId ? `'${loginId}'` : 'not set'}: the key it gets is empty.`
      )
    )
  }
  for (const { step, index } of pushes) findings.push(...checkPushStep(loginJob, step, index))
  return findings
}

/** A push to nuget.org: one naming its source there, or naming none. Other feeds have other keys. */
function isNuGetOrgPush(step: RawStep): boolean {
  if (!isPushStep(step)) return false
  const source = SOURCE_OPTION.exec(text(step.run))?.[1]
  return source === undefined || /nuget\.org/i.test(source)
}

function checkPushStep({ file, jobId, login, loginIndex }: LoginJob, step: RawStep, index: number) {
  const findings: Finding[] = []
  const where = stepPath(jobId, index)
  const content = stepText(step)
  const secret = SECRET_REFERENCE.exec(content)
  const readsOutput =
    text(login.id) !== '' && content.includes(`steps.${text(login.id)}.outputs.${KEY_OUTPUT}`)
  if (index < loginIndex) {
    findings.push(
      finding(
        file,
        where,
        'error',
        'Push before login',
        'This push runs before the login step, so it has no key yet. Move it after the login.'
      )
    )
  } else if (secret) {
    findings.push(
      finding(
        file,
        where,
        'error',
        'Push with a stored key',
        `This push still passes the stored secret secrets.${secret[1]}. An explicit key wins over the one the ` +
          `login made (nuget.org answers 403 once the old key is gone). Pass \${{ steps.${text(login.id) || 'login'}.outputs.${KEY_OUTPUT} }} instead, ` +
          'and delete the stored key.'
      )
    )
  } else if (!readsOutput && exportsKey(login) === false) {
    findings.push(
      finding(
        file,
        where,
        'error',
        'Push without the key',
        `This push gets neither the login's output ${KEY_OUTPUT} nor the exported variable: pass ` +
          `\${{ steps.${text(login.id) || 'login'}.outputs.${KEY_OUTPUT} }} in its \`env:\` and use it with --api-key.`
      )
    )
  }
  if (!SOURCE_OPTION.test(text(step.run))) {
    findings.push(
      finding(
        file,
        where,
        'warning',
        'Push without --source',
        "This push names no --source, so it goes to whatever the machine's NuGet.Config makes the default. " +
          'Add `--source https://api.nuget.org/v3/index.json`.'
      )
    )
  }
  return findings
}

/** Job outputs that carry the key, and other jobs that read them: masked values never cross jobs. */
export function checkCrossJobKeys(file: WorkflowFile): Finding[] {
  const findings: Finding[] = []
  const carriers = new Map<string, Set<string>>()
  for (const [jobId, job] of jobsOf(file.data)) {
    for (const [name, value] of Object.entries(job.outputs ?? {})) {
      if (!new RegExp(`\\.outputs\\.${KEY_OUTPUT}\\b`).test(text(value))) continue
      carriers.set(jobId, (carriers.get(jobId) ?? new Set()).add(name))
      findings.push(
        finding(
          file,
          ['jobs', jobId, 'outputs', name],
          'error',
          'Key passed to another job',
          `The job output '${name}' carries the API key, but the runner drops masked values at job boundaries ` +
            '("Skip output ... since it may contain secret"): the other job gets an empty key. Log in in the job ' +
            'that pushes.'
        )
      )
    }
  }
  for (const [jobId, job] of jobsOf(file.data)) {
    stepsOf(job).forEach((step, index) => {
      for (const [source, names] of carriers) {
        for (const name of names) {
          if (!stepText(step).includes(`needs.${source}.outputs.${name}`)) continue
          findings.push(
            finding(
              file,
              stepPath(jobId, index),
              'error',
              'Key read from another job',
              `This step reads needs.${source}.outputs.${name}, which is empty: the runner does not pass masked ` +
                'values between jobs. Log in in this job instead.'
            )
          )
        }
      }
    })
  }
  return findings
}
