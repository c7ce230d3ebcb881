import { describe, expect, it } from 'vitest'
import { pushRunsOn } from '../../../../src/check/rules/dependabot.ts'

const branch = 'dependabot/nuget/src/Widgets-2.0.0'

describe('whether a push of a Dependabot branch starts the workflow', () => {
  it.each([
    ['push', true],
    [['push', 'pull_request'], true],
    [{ push: null }, true],
    [{ push: { branches: ['**'] } }, true],
    [{ push: { branches: ['dependabot/**'] } }, true],
    [{ push: { 'branches-ignore': ['main'] } }, true],
    [{ push: { branches: ['*'] } }, false],
    [{ push: { branches: ['main', 'release/**'] } }, false],
    [{ push: { branches: ['**', '!dependabot/**'] } }, false],
    [{ push: { 'branches-ignore': ['dependabot/**'] } }, false],
    [{ push: { tags: ['v*'] } }, false],
    [{ push: { paths: ['src/**'] } }, false],
    [{ workflow_dispatch: null }, false]
  ])('on: %j → %s', (on, expected) => {
    expect(pushRunsOn(on, branch)).toBe(expected)
  })
})
