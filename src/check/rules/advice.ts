// Notices: nothing here fails a release, but each makes one safer or a re-run smoother.
import type { Finding } from '../findings.ts'
import { environmentOf, exportsKey } from '../model.ts'
import { finding, type LoginJob } from './context.ts'
import { pushFinding } from './push-commands.ts'
import { destination, pushesOf, type Push } from './pushes.ts'

export const RERUN_ONLY_SKIP = "${{ github.run_attempt > 1 && '--skip-duplicate' || '' }}"

export function adviseOnLoginJob(loginJob: LoginJob): Finding[] {
  const { file, jobId, job, login, loginIndex } = loginJob
  const findings: Finding[] = []
  if (!environmentOf(job)) {
    findings.push(
      finding(
        file,
        ['jobs', jobId],
        'notice',
        'No environment',
        `Job '${jobId}' runs in no environment, so a policy without one lets any branch or tag that runs ` +
          `${file.name} publish. Run it in an environment whose protection rules allow only release tags, ` +
          'and name that environment in the policy.'
      )
    )
  }
  for (const push of pushesOf(loginJob)) {
    if (push.index < loginIndex || ['other', 'unknown'].includes(destination(push))) continue
    const skip = skipDuplicate(push)
    if (skip !== 'on re-runs' && !push.command.opaque) {
      findings.push(
        pushFinding(
          file,
          jobId,
          push,
          'notice',
          skip === 'always' ? 'Unconditional --skip-duplicate' : 'Push without --skip-duplicate',
          (skip === 'always'
            ? '`--skip-duplicate` turns every 409 into success: an unchanged version, or a new ID inside ' +
              "someone else's reserved prefix, publishes nothing while the job stays green. "
            : 'A re-run of this job fails on the packages it already pushed (409). ') +
            `Skip duplicates only on re-runs: end the command with ${RERUN_ONLY_SKIP}.`
        )
      )
    }
    const fromEnvironment =
      !push.command.values.has('--api-key') &&
      (exportsKey(login) === true || push.script.isSet('NUGET_API_KEY'))
    const sdk = loginJob.facts.sdkVersion
    if (fromEnvironment && push.command.tool === 'dotnet' && !(sdk && readsKeyVariable(sdk))) {
      findings.push(
        pushFinding(
          file,
          jobId,
          push,
          sdk ? 'error' : 'notice',
          'Key from the environment',
          'This push passes no --api-key and relies on the NUGET_API_KEY variable, which `dotnet nuget push` ' +
            'reads in the .NET 10 SDK from the 10.0.4xx band (checked with 10.0.401); older SDKs push without a ' +
            `key and nuget.org answers 401${sdk ? `, and global.json pins ${sdk}` : ''}. Pass ` +
            '`--api-key "$NUGET_API_KEY"`.'
        )
      )
    }
  }
  return findings
}

/** Whether an SDK version reads NUGET_API_KEY by itself: 10.0.400 and later. */
function readsKeyVariable(version: string): boolean {
  const [major = 0, minor = 0, patch = 0] = version.split(/[.-]/).map(Number)
  return major > 10 || (major === 10 && (minor > 0 || patch >= 400))
}

/** `--skip-duplicate` on every run, only on re-runs (an expression on run_attempt), or never. */
function skipDuplicate(push: Push): 'always' | 'on re-runs' | 'never' {
  if (push.command.flags.has('--skip-duplicate')) return 'always'
  const reRunOnly = push.command.conditional.some(
    ({ firstRun, reRun }) => firstRun === '' && reRun === '--skip-duplicate'
  )
  return reRunOnly ? 'on re-runs' : 'never'
}
