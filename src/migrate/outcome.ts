// What the migration did with one job, for its report and its summary.
import type { Refusal } from './refusals.ts'

/** A job the migration moved, or left as it is with the reason. */
export interface JobOutcome {
  file: string
  jobId: string
  status: 'migrated' | 'refused'
  refusal?: Refusal
  /** What else changed for the job, in words. */
  notes: string[]
  /** The secrets it no longer reads. */
  secrets: string[]
  /** The workflow file a policy names for it (a reusable workflow's own), and its environment. */
  policyFile?: string
  environment?: string
}
