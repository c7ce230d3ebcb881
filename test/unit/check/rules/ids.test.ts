import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkIds, idProblem } from '../../../../src/check/rules/ids.ts'
import { parseWorkflowFile } from '../../../../src/check/reading/workflow-file.ts'
import { lintWorkflow } from '../../../../scripts/actionlint.ts'
import { ROOT } from '../../../harness/run-action.ts'

const FOLDER = join(ROOT, 'test', 'fixtures', 'workflows', 'refused-ids')

describe('ids GitHub accepts (IdBuilder.cs)', () => {
  it('accepts letters, digits, _ and -, starting with a letter or _', () => {
    for (const id of ['login', 'nuget-login', '_x', 'Push_2', 'a'.repeat(99)]) {
      expect(idProblem(id), id).toBeUndefined()
    }
  })

  it('refuses other characters, a digit or - first, 100 characters or more, and a leading __', () => {
    for (const id of ['pack.release', 'login@v1', '1st', '-x', 'a b', 'é', '${{ x }}']) {
      expect(idProblem(id), id).toContain("may hold only letters, digits, '_' and '-'")
    }
    expect(idProblem('a'.repeat(100))).toContain('is 100 characters long')
    expect(idProblem('__hidden')).toContain("starts with '__'")
  })

  it('compares step ids within a job, and job ids within the file, ignoring case; an empty step id is GitHub’s to fill', () => {
    const file = parseWorkflowFile(
      'w.yml',
      [
        'on: push',
        'jobs:',
        '  a: { runs-on: x, steps: [{ id: S, run: x }, { id: s, run: x }, { id: "", run: x }, { id: "", run: x }] }',
        '  b: { runs-on: x, steps: [{ id: S, run: x }] }',
        '  B: { runs-on: x, steps: [{ run: x }] }'
      ].join('\n')
    )
    expect(checkIds(file).map(({ title, message }) => [title, message.split(':')[0]])).toEqual([
      ['Step id used twice', "The step id 's' is used twice in job 'a' (first as 'S' on line 3)"],
      ['Job id used twice', "The job id 'B' repeats 'b'"]
    ])
  })

  it('says GitHub refuses the whole file, at the id', () => {
    const file = parseWorkflowFile('w.yml', 'on: push\njobs:\n  x:\n    steps:\n      - id: a.b\n')
    expect(checkIds(file)).toEqual([
      expect.objectContaining({
        level: 'error',
        where: { line: 5, column: 9 },
        message: expect.stringContaining('GitHub refuses the whole file, so no job in it starts.')
      })
    ])
  })
})

describe('actionlint as an oracle on the fixture of refused ids', () => {
  /** The ids actionlint flags, as `file:line id`, from its id rule and its duplicate-job-key check. */
  async function actionlintIds(name: string, text: string): Promise<string[]> {
    return (await lintWorkflow(text, name)).flatMap((line) => {
      const place = /^[^:]+:(\d+):\d+: /.exec(line)?.[1]
      const id =
        /invalid (?:step|job) ID "([^"]*)"/.exec(line)?.[1] ??
        /step ID "([^"]*)" duplicates/.exec(line)?.[1] ??
        /key "([^"]*)" is duplicated in "jobs" section/.exec(line)?.[1]
      return id === undefined ? [] : [`${name}:${place} ${id}`]
    })
  }

  it('flags the same ids, apart from the rules actionlint does not know', async () => {
    const ours: string[] = []
    const theirs: string[] = []
    for (const name of (await readdir(FOLDER)).sort()) {
      const text = await readFile(join(FOLDER, name), 'utf8')
      theirs.push(...(await actionlintIds(name, text)))
      for (const finding of checkIds(parseWorkflowFile(name, text))) {
        ours.push(`${name}:${finding.where.line} ${/'([^']*)'/.exec(finding.message)?.[1]}`)
      }
    }
    // actionlint 1.7.7 knows neither the reserved '__' prefix nor the length limit of IdBuilder.cs;
    // it also calls an empty step id an error ("string should not be empty"), which GitHub fills in.
    const beyondActionlint = [
      'release.yml:24 __hidden',
      `tests.yml:20 ${'a-job-id-far-too-long-for-github-to-accept-because-it-runs-past-ninety-nine-characters-without-stopping'}`
    ]
    expect(theirs.length).toBeGreaterThanOrEqual(5)
    expect(ours.filter((id) => !beyondActionlint.includes(id))).toEqual(theirs)
    expect(ours).toEqual(expect.arrayContaining(beyondActionlint))
  })
})
