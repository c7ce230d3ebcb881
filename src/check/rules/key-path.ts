// Does the key reach the push: the login's id, the step that reads it, the job that runs it?
import type { Finding } from '../findings.ts'
import { exportsKey, jobsOf, KEY_OUTPUT, stepsOf, stepText, text } from '../model.ts'
import type { WorkflowFile } from '../reading/workflow-file.ts'
import { finding, stepPath, type LoginJob } from './context.ts'
import { checkPush } from './push-commands.ts'
import { destination, pushesOf } from './pushes.ts'

const OUTPUT_REFERENCE = new RegExp(`steps\\.([\\w-]+)\\.outputs\\.${KEY_OUTPUT}\\b`, 'g')

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
  const pushes = pushesOf(loginJob).filter((push) => destination(push) !== 'other')
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
    if (reader.id === loginId || loginJob.keyStepIds?.includes(reader.id)) continue
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
  for (const push of pushes) findings.push(...checkPush(loginJob, push))
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
