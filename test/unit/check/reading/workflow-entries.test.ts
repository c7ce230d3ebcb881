import { describe, expect, it } from 'vitest'
import { sourceOf } from '../../../../src/check/reading/workflow-entries.ts'

describe('sourceOf', () => {
  it('keeps a file as it is', () => {
    expect(sourceOf({ kind: 'file', path: 'a.yml', text: 'on: push\n' })).toEqual({
      path: 'a.yml',
      text: 'on: push\n'
    })
  })

  it.each([
    [{ kind: 'link', path: 'l.yml' }, 'notice', 'Symbolic link not read', false],
    [
      { kind: 'not-a-file', path: 'd.yml', what: 'a folder' },
      'notice',
      'Not a workflow file',
      false
    ],
    [
      { kind: 'too-large', path: 'b.yml', limit: 1_048_576 },
      'warning',
      'GitHub refuses this file',
      true
    ],
    [{ kind: 'unreadable', path: 'u.yml', reason: 'EACCES' }, 'warning', 'File not read', true]
  ] as const)('says why %j was not read', (entry, level, title, counted) => {
    const source = sourceOf(entry)
    expect(source.text).toBe('')
    expect(source.unread).toMatchObject({ level, title, counted })
  })

  it('names the limit and the reason', () => {
    expect(
      sourceOf({ kind: 'too-large', path: 'b.yml', limit: 1_048_576 }).unread?.message
    ).toMatch(/^GitHub refuses this file: it is longer than the 1,048,576 characters/)
    expect(
      sourceOf({ kind: 'unreadable', path: 'u.yml', reason: 'EACCES' }).unread?.message
    ).toContain('(EACCES)')
  })
})
