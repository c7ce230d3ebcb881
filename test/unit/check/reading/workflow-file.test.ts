import { describe, expect, it } from 'vitest'
import { triggers } from '../../../../src/check/model.ts'
import {
  parseWorkflowFile,
  WorkflowSyntaxError
} from '../../../../src/check/reading/workflow-file.ts'

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

describe('parseWorkflowFile, as GitHub reads YAML', () => {
  const refusal = (text: string) => {
    try {
      parseWorkflowFile('x.yml', text)
    } catch (error) {
      return error as WorkflowSyntaxError
    }
    throw new Error('the file was read')
  }

  it('reads a single-quoted value continued at column 0 as YamlDotNet does, keeping line numbers', () => {
    const file = parseWorkflowFile(
      'x.yml',
      "jobs:\n  a:\n    steps:\n      - run: 'echo first\nsecond it''s\n\nthird'\n        shell: bash\n"
    )
    const step = file.data.jobs?.a?.steps?.[0]
    expect(step).toEqual({ run: "echo first second it's\nthird", shell: 'bash' })
    expect(file.where(['jobs', 'a', 'steps', 0, 'shell'])).toEqual({ line: 8, column: 9 })
  })

  it('replays aliases, and places what an alias holds at the alias', () => {
    const file = parseWorkflowFile('x.yml', 'x: &s {run: echo}\njobs:\n  a:\n    steps: [*s, *s]\n')
    expect(file.data.jobs?.a?.steps).toEqual([{ run: 'echo' }, { run: 'echo' }])
    expect(file.where(['jobs', 'a', 'steps', 1])).toEqual({ line: 4, column: 17 })
  })

  it('refuses what GitHub refuses, at its place', () => {
    expect(refusal('jobs:\n  a: {}\n  a: {}\n')).toMatchObject({
      kind: 'refused',
      where: { line: 3, column: 3 },
      message: "GitHub refuses this file: the key 'a' is defined twice."
    })
    expect(refusal('jobs: *nope\n').message).toContain("the anchor 'nope' is not defined")
    expect(refusal(`x: ${'['.repeat(51)}${']'.repeat(51)}\n`).message).toContain('deeper than 50')
    const deeper = refusal(`x: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`)
    expect([deeper.kind, deeper.message]).toEqual([
      'refused',
      expect.stringContaining('deeper than 50')
    ])
    const bomb = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]']
    for (let i = 1; i < 6; i++)
      bomb.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`
      )
    expect(refusal(bomb.join('\n')).message).toContain('more than 50,000 YAML nodes')
  })

  it('counts one anchor used 101 times as what it expands to, and reads it when that is small', () => {
    const uses = Array.from({ length: 101 }, (_, i) => `  j${i}: *job`).join('\n')
    const file = parseWorkflowFile('x.yml', `x: &job {runs-on: ubuntu-latest}\njobs:\n${uses}\n`)
    expect(Object.keys(file.data.jobs ?? {})).toHaveLength(101)
  })

  it('keeps a key named __proto__ as data', () => {
    const file = parseWorkflowFile('x.yml', 'jobs:\n  __proto__: {runs-on: x}\n')
    expect(Object.keys(file.data.jobs ?? {})).toEqual(['__proto__'])
    expect(Object.getPrototypeOf(file.data.jobs)).toBe(Object.prototype)
  })

  it('places each line of a block literal', () => {
    const file = parseWorkflowFile(
      'x.yml',
      'jobs:\n  a:\n    steps:\n      - run: |\n          one\n          two\n'
    )
    expect(file.lineOf(['jobs', 'a', 'steps', 0, 'run'], 2)).toEqual({ line: 6, column: 11 })
  })
})
