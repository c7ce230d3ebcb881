// Notices: nothing here fails a release, but each makes one safer or a re-run smoother.
import type { Finding } from '../findings.ts'
import { environmentOf, exportsKey, isPushStep, stepsOf, text } from '../model.ts'
import { finding, stepPath, type LoginJob } from './context.ts'

const API_KEY_OPTION = /(^|\s)(--api-key|-k)(\s|=)/
const SKIP_DUPLICATE = /(^|\s)--skip-duplicate\b/

export function adviseOnLoginJob({ file, jobId, job, login, loginIndex }: LoginJob): Finding[] {
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
  stepsOf(job).forEach((step, index) => {
    if (index < loginIndex || !isPushStep(step)) return
    const run = text(step.run)
    if (!SKIP_DUPLICATE.test(run)) {
      findings.push(
        finding(
          file,
          stepPath(jobId, index),
          'notice',
          'Push without --skip-duplicate',
          'A re-run of this job fails on the packages it already pushed (409). Add `--skip-duplicate`.'
        )
      )
    }
    if (!API_KEY_OPTION.test(run) && exportsKey(login) === true) {
      findings.push(
        finding(
          file,
          stepPath(jobId, index),
          'notice',
          'Key from the environment',
          'This push takes the key from the exported NUGET_API_KEY variable, which `dotnet nuget push` reads ' +
            'from the .NET 10 SDK (NuGet 7) on; older SDKs push without a key. Pin the SDK with ' +
            'actions/setup-dotnet, or pass `--api-key "$NUGET_API_KEY"`.'
        )
      )
    }
  })
  return findings
}
