// The check writes its runner commands itself; @actions/core (the login's) is the oracle: the same
// bytes on stdout for every annotation, input and failure, and outputs the runner reads the same.
import * as core from '@actions/core'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as runner from '../../../src/check/runner-commands.ts'
import { parseFileCommand } from '../../harness/run-action.ts'

const TEXTS = [
  'plain',
  '',
  '100% sure: a, b',
  'line one\nline two\r\nthree',
  '::stop-commands::x',
  '%0A already escaped %25',
  'Job `a,b`: step "c:d"'
]

let printed = ''
beforeEach(() => {
  printed = ''
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    printed += String(chunk)
    return true
  })
})
afterEach(() => {
  vi.restoreAllMocks()
  process.exitCode = undefined
})

const printedBy = (write: () => void) => {
  printed = ''
  write()
  return printed
}

describe("the check's runner commands, as @actions/core writes them", () => {
  it.each(['error', 'warning', 'notice'] as const)('%s annotations', (level) => {
    for (const message of TEXTS) {
      for (const title of TEXTS) {
        const place = {
          title,
          file: `.github/workflows/${title}.yml`,
          startLine: 3,
          startColumn: 7
        }
        expect(printedBy(() => runner.annotate(level, message, place))).toBe(
          printedBy(() => core[level](message, place))
        )
      }
      expect(printedBy(() => runner.annotate(level, message))).toBe(
        printedBy(() => core[level](message))
      )
      const partial = { file: 'a.yml', startLine: 0 }
      expect(printedBy(() => runner.annotate(level, message, partial))).toBe(
        printedBy(() => core[level](message, partial))
      )
    }
  })

  it('info and setFailed, with its exit code', () => {
    for (const message of TEXTS) {
      expect(printedBy(() => runner.info(message))).toBe(printedBy(() => core.info(message)))
      expect(printedBy(() => runner.setFailed(message))).toBe(
        printedBy(() => core.setFailed(message))
      )
      expect(process.exitCode).toBe(1)
    }
  })

  it('inputs, named with spaces and any case, trimmed', () => {
    const env = { INPUT_FAIL_ON: '  warning \n', 'INPUT_FAIL-ON': ' error ', INPUT_TIMEOUT: '' }
    vi.stubEnv('INPUT_FAIL_ON', env.INPUT_FAIL_ON)
    vi.stubEnv('INPUT_FAIL-ON', env['INPUT_FAIL-ON'])
    try {
      for (const name of ['fail on', 'fail-on', 'Fail-On', 'timeout', 'absent']) {
        expect(runner.getInput(name)).toBe(core.getInput(name))
        expect(runner.getInput(name, env)).toBe(core.getInput(name))
      }
    } finally {
      vi.unstubAllEnvs()
    }
  })
})

describe("the check's outputs and summary", () => {
  let folder = ''
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'runner-commands-'))
  })
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true })
  })

  it('are read by the runner as @actions/core writes them', async () => {
    const ours = join(folder, 'ours')
    const theirs = join(folder, 'theirs')
    await writeFile(ours, '')
    await writeFile(theirs, '')
    for (const [name, value] of [
      ['errors', '3'],
      ['warnings', '0'],
      ['empty', '']
    ] as const) {
      runner.setOutput(name, value, { GITHUB_OUTPUT: ours })
      vi.stubEnv('GITHUB_OUTPUT', theirs)
      core.setOutput(name, value)
      vi.unstubAllEnvs()
    }
    expect(parseFileCommand(await readFile(ours, 'utf8'))).toEqual(
      parseFileCommand(await readFile(theirs, 'utf8'))
    )
    expect(Object.keys(parseFileCommand(await readFile(ours, 'utf8')))).toHaveLength(3)
  })

  it('refuse a value that would need a second line, rather than write it', async () => {
    const path = join(folder, 'output')
    await writeFile(path, '')
    expect(() => runner.setOutput('errors', '1\nwarnings=0', { GITHUB_OUTPUT: path })).toThrow(
      /one line/
    )
    expect(() => runner.setOutput('a=b', '1', { GITHUB_OUTPUT: path })).toThrow(/one line/)
    expect(await readFile(path, 'utf8')).toBe('')
  })

  it('append the summary as @actions/core does, and write none without a summary file', async () => {
    const ours = join(folder, 'ours.md')
    const theirs = join(folder, 'theirs.md')
    await writeFile(ours, '# before\n')
    await writeFile(theirs, '# before\n')
    await runner.appendSummary('| a | b |\n| - | - |', { GITHUB_STEP_SUMMARY: ours })
    vi.stubEnv('GITHUB_STEP_SUMMARY', theirs)
    await core.summary.addRaw('| a | b |\n| - | - |', true).write()
    vi.unstubAllEnvs()
    expect(await readFile(ours, 'utf8')).toBe(await readFile(theirs, 'utf8'))
    await expect(runner.appendSummary('x', {})).resolves.toBeUndefined()
  })
})
