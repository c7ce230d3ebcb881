// Advice on a login job: notices that make a release safer or a re-run smoother, and the push that
// relies on NUGET_API_KEY, an error or a warning only when global.json pins an SDK that ignores it.
import type { Finding, Level } from '../findings.ts'
import { environmentOf, exportsKey } from '../model.ts'
import type { RunFacts } from '../run-facts.ts'
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
    const level = keyVariableRisk(loginJob.facts)
    if (fromEnvironment && push.command.tool === 'dotnet' && level) {
      findings.push(
        pushFinding(
          file,
          jobId,
          push,
          level,
          'Key from the environment',
          'This push passes no --api-key and relies on the NUGET_API_KEY variable, which `dotnet nuget push` ' +
            'reads from NuGet 7.6, in the .NET SDK 10.0.300 and later; older SDKs push without a key and nuget.org ' +
            `answers 401${pinNote(loginJob.facts)}. Pass \`--api-key "$NUGET_API_KEY"\`.`
        )
      )
    }
  }
  return findings
}

/** rollForward values that keep the pinned feature band (`latestPatch` is the default). */
const KEEPS_BAND = new Set(['latestpatch', 'patch', 'disable', 'feature'])

const keepsBand = (facts: RunFacts) =>
  KEEPS_BAND.has((facts.sdkRollForward ?? 'latestPatch').toLowerCase())

/**
 * How sure it is that the push's SDK ignores NUGET_API_KEY: a pin below 10.0.300 that keeps its
 * band is an error, one the runner's image may roll forward a warning, no pin a notice.
 */
function keyVariableRisk(facts: RunFacts): Level | undefined {
  const sdk = facts.sdkVersion
  if (!sdk) return 'notice'
  if (readsKeyVariable(sdk)) return undefined
  return keepsBand(facts) ? 'error' : 'warning'
}

function pinNote(facts: RunFacts): string {
  const sdk = facts.sdkVersion
  if (!sdk) return ''
  const rule = facts.sdkRollForward
    ? `rollForward: ${facts.sdkRollForward}`
    : 'no rollForward (latestPatch)'
  return keepsBand(facts)
    ? `, and global.json pins ${sdk} with ${rule}, which keeps that feature band`
    : `, and global.json pins ${sdk} with ${rule}, so whether a newer band runs depends on the runner's image`
}

/** Whether an SDK version reads NUGET_API_KEY by itself: 10.0.300 and later. */
export function readsKeyVariable(version: string): boolean {
  const [major = 0, minor = 0, patch = 0] = version.split(/[.-]/).map(Number)
  return major > 10 || (major === 10 && (minor > 0 || patch >= 300))
}

/** `--skip-duplicate` on every run, only on re-runs (an expression on run_attempt), or never. */
function skipDuplicate(push: Push): 'always' | 'on re-runs' | 'never' {
  if (push.command.flags.has('--skip-duplicate')) return 'always'
  const reRunOnly = push.command.conditional.some(
    ({ firstRun, reRun }) => firstRun === '' && reRun === '--skip-duplicate'
  )
  return reRunOnly ? 'on re-runs' : 'never'
}
