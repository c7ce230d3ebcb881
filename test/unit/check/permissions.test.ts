import { describe, expect, it } from 'vitest'
import { accessTo, grantFor } from '../../../src/check/permissions.ts'

describe('accessTo', () => {
  it.each([
    [undefined, 'id-token', 'none'],
    [undefined, 'contents', 'default'],
    ['write-all', 'id-token', 'write'],
    ['read-all', 'id-token', 'none'],
    ['read-all', 'contents', 'read'],
    [{}, 'id-token', 'none'],
    [{ 'id-token': 'write' }, 'id-token', 'write'],
    [{ 'id-token': 'read' }, 'id-token', 'read'],
    [{ 'id-token': 'write' }, 'contents', 'none'],
    [{ contents: 'write' }, 'contents', 'write'],
    ['none', 'contents', 'none']
  ] as const)('%j gives %s %s', (block, scope, expected) => {
    expect(accessTo(block as never, scope)).toBe(expected)
  })
})

describe('grantFor', () => {
  it("takes the job's block over the workflow's, and the workflow's over the defaults", () => {
    const workflow = { permissions: 'read-all', jobs: {} }
    expect(grantFor(workflow, 'a', { permissions: { 'id-token': 'write' } })).toMatchObject({
      source: 'job',
      path: ['jobs', 'a', 'permissions']
    })
    expect(grantFor(workflow, 'a', {})).toMatchObject({ source: 'workflow', block: 'read-all' })
    expect(grantFor({}, 'a', {})).toMatchObject({ source: 'default', block: undefined })
  })
})
