import { environmentOf } from '../model.ts'
import type { LoginJob } from '../rules/context.ts'

export interface PolicyFields {
  file: string
  job: string
  fields: [name: string, value: string][]
}

/** What to enter on nuget.org's Trusted Publishing page for one login job. */
export function policyFieldsFor(loginJob: LoginJob, repository: string | undefined): PolicyFields {
  const [owner, name] = repository?.includes('/') ? repository.split('/') : []
  const environment = environmentOf(loginJob.job)
  return {
    file: loginJob.file.path,
    job: loginJob.jobId,
    fields: [
      ['Repository Owner', owner ?? "(this repository's owner)"],
      ['Repository', name ?? "(this repository's name)"],
      ['Workflow File', loginJob.file.name],
      [
        'Environment',
        !environment
          ? '(none: leave it empty)'
          : environment.atRunTime
            ? `set at run time (${environment.name})`
            : environment.name
      ]
    ]
  }
}
