import type { Permissions, RawJob, RawWorkflow } from './reading/workflow-file.ts'

export type Access = 'write' | 'read' | 'none'

/** The permissions block in force for a job: its own, else the workflow's, else the defaults. */
export interface Grant {
  block: Permissions
  source: 'job' | 'workflow' | 'default'
  path: (string | number)[]
}

export function grantFor(workflow: RawWorkflow, jobId: string, job: RawJob): Grant {
  if (job.permissions !== undefined) {
    return { block: job.permissions, source: 'job', path: ['jobs', jobId, 'permissions'] }
  }
  if (workflow.permissions !== undefined) {
    return { block: workflow.permissions, source: 'workflow', path: ['permissions'] }
  }
  return { block: undefined, source: 'default', path: ['jobs', jobId] }
}

/**
 * The access a block gives to one scope, or 'default' where the repository's default applies.
 * A block that names some scopes sets every other one to none; `id-token` has no read level, so
 * `read-all` leaves it at none. GitHub's defaults never include id-token.
 */
export function accessTo(block: Permissions, scope: string): Access | 'default' {
  if (block === undefined || block === null) return scope === 'id-token' ? 'none' : 'default'
  if (block === 'write-all') return 'write'
  if (block === 'read-all') return scope === 'id-token' ? 'none' : 'read'
  if (typeof block === 'object') {
    const access = block[scope]
    return access === 'write' || access === 'read' ? access : 'none'
  }
  return 'none'
}

export function describeBlock(grant: Grant): string {
  if (grant.source === 'default') return "GitHub's default permissions (no `permissions:` block)"
  const where = grant.source === 'job' ? "the job's" : "the workflow's"
  if (typeof grant.block === 'string') return `${where} \`permissions: ${grant.block}\``
  if (grant.block && Object.keys(grant.block).length === 0) return `${where} \`permissions: {}\``
  return `${where} \`permissions:\` block`
}
