import { describe, expect, it } from 'vitest'
import { triggers } from '../../../src/check/model.ts'
import { parseWorkflowFile, WorkflowSyntaxError } from '../../../src/check/workflow-file.ts'

const TEXT = `on:
  push:
jobs:
  publish:
    permissions:
      id-token: write
    steps:
      - uses: acme/nuget-login@v1
        with:
          user: alice
`

describe('parseWorkflowFile', () => {
  const file = parseWorkflowFile('.github/workflows/release.yml', TEXT)

  it('names the file as a policy does', () => {
    expect(file.name).toBe('release.yml')
  })

  it('places a key where it is written, and a list item at its dash', () => {
    expect(file.where(['jobs', 'publish', 'permissions'])).toEqual({ line: 5, column: 5 })
    expect(file.where(['jobs', 'publish', 'steps', 0, 'with', 'user'])).toEqual({
      line: 10,
      column: 11
    })
    expect(file.where(['jobs', 'publish', 'steps', 0])).toEqual({ line: 8, column: 9 })
  })

  it('falls back to the nearest ancestor for what is absent', () => {
    expect(file.where(['jobs', 'publish', 'environment'])).toEqual({ line: 4, column: 3 })
  })

  it('throws a syntax error with its place for broken YAML', () => {
    expect(() => parseWorkflowFile('x.yml', 'on: [push\njobs: {}\n')).toThrow(WorkflowSyntaxError)
  })
})

describe('triggers', () => {
  it.each([
    ['push', ['push']],
    [
      ['push', 'pull_request'],
      ['push', 'pull_request']
    ],
    [{ workflow_call: null, release: { types: ['published'] } }, ['workflow_call', 'release']],
    [undefined, []]
  ])('reads on: %j', (on, expected) => {
    expect(triggers({ on })).toEqual(expected)
  })
})
