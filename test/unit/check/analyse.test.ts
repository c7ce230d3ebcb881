import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import sh from 'mvdan-sh'
import { analyse } from '../../../src/check/analyse.ts'
import { DeadlineExceeded, deadlineIn } from '../../../src/check/deadline.ts'
import { bashParser } from '../../../src/check/shell/bash.ts'
import type { ShellParser } from '../../../src/check/shell/words.ts'
import { FIXTURES, FIXTURE_FACTS } from '../../fixtures/workflows/expected.ts'
import { ROOT } from '../../harness/run-action.ts'

async function sources(fixture: string) {
  const folder = join(ROOT, 'test', 'fixtures', 'workflows', fixture)
  const names = (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .sort()
  return Promise.all(
    names.map(async (name) => ({
      path: `.github/workflows/${name}`,
      text: await readFile(join(folder, name), 'utf8')
    }))
  )
}

/** A fixture's local actions: its `actions/<name>/action.y(a)ml`, as `.github/actions/<name>`. */
async function localActions(fixture: string) {
  const folder = join(ROOT, 'test', 'fixtures', 'workflows', fixture, 'actions')
  const names = await readdir(folder).catch(() => [] as string[])
  const actions: Record<string, { path: string; text: string }> = {}
  for (const name of names) {
    for (const file of await readdir(join(folder, name))) {
      const text = await readFile(join(folder, name, file), 'utf8')
      actions[`.github/actions/${name}`] = { path: `.github/actions/${name}/${file}`, text }
    }
  }
  return actions
}

const tools = { bash: bashParser(sh.syntax) }

describe('analyse', () => {
  it.each(FIXTURES)('%s: finds exactly its findings', async (fixture, facts, expected) => {
    const localActionsOf = await localActions(fixture)
    const { findings } = analyse(
      await sources(fixture),
      { ...facts, localActions: localActionsOf },
      tools
    )

    expect(
      findings.map((f) => [f.level, `${f.file}:${f.where.line}:${f.where.column}`, f.title])
    ).toEqual(expected.map(([level, place, title]) => [level, place, title]))
    expected.forEach(([, , , phrase], index) => expect(findings[index]?.message).toContain(phrase))
  })

  it('takes a user named like the owner as a person’s name when the owner is a person', async () => {
    const asUser = { ...FIXTURE_FACTS, ownerType: 'User' as const }
    const { findings } = analyse(await sources('organization-user'), asUser, tools)
    expect(findings).toEqual([])
    const unknown = analyse(
      await sources('organization-user'),
      { repository: 'contoso/widgets' },
      tools
    )
    expect(unknown.findings).toEqual([])
  })

  it('makes a push that relies on NUGET_API_KEY an error when global.json pins an SDK band that ignores it', async () => {
    const keyFromEnvironment = async (sdkVersion: string, sdkRollForward?: string) =>
      analyse(
        await sources('exported-clean'),
        { ...FIXTURE_FACTS, sdkVersion, ...(sdkRollForward ? { sdkRollForward } : {}) },
        tools
      )
        .findings.filter(({ title }) => title === 'Key from the environment')
        .map(({ level, message }) => [level, message])
    const [[level, message] = []] = await keyFromEnvironment('10.0.203')
    expect(level).toBe('error')
    expect(message).toContain('in the .NET SDK 10.0.300 and later')
    expect(message).toContain('global.json pins 10.0.203 with no rollForward (latestPatch)')
    for (const rule of ['latestPatch', 'patch', 'disable', 'feature', 'LATESTPATCH']) {
      expect((await keyFromEnvironment('10.0.299', rule))[0]?.[0]).toBe('error')
    }
    expect(await keyFromEnvironment('10.0.300')).toEqual([])
    expect(await keyFromEnvironment('10.0.401')).toEqual([])
    expect(await keyFromEnvironment('11.0.100')).toEqual([])
    expect(await keyFromEnvironment('10.0.300', 'disable')).toEqual([])
  })

  it('makes it at most a warning when global.json lets the runner’s image choose a newer band', async () => {
    for (const rule of ['latestFeature', 'minor', 'latestMinor', 'major', 'latestMajor']) {
      const findings = analyse(
        await sources('exported-clean'),
        { ...FIXTURE_FACTS, sdkVersion: '10.0.100', sdkRollForward: rule },
        tools
      ).findings.filter(({ title }) => title === 'Key from the environment')
      expect(findings.map(({ level }) => level)).toEqual(['warning'])
      expect(findings[0]?.message).toContain(
        `global.json pins 10.0.100 with rollForward: ${rule}, so whether a newer band runs depends on the runner's image`
      )
    }
  })

  it('has an expected table entry for every fixture folder', async () => {
    const folders = (
      await readdir(join(ROOT, 'test', 'fixtures', 'workflows'), { withFileTypes: true })
    )
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
    expect(FIXTURES.map(([fixture]) => fixture).sort()).toEqual(folders)
  })

  it('says what to enter on nuget.org for each login job', async () => {
    const { policies, loginJobs } = analyse(await sources('reusable'), FIXTURE_FACTS, tools)
    expect(loginJobs).toBe(1)
    expect(policies).toEqual([
      {
        file: '.github/workflows/publish.yml',
        job: 'nuget',
        fields: [
          ['Repository Owner', 'contoso'],
          ['Repository', 'widgets'],
          ['Workflow File', 'publish.yml'],
          ['Environment', '(none: leave it empty)']
        ]
      }
    ])
  })

  it('names the owner and repository only when it knows them', async () => {
    const { policies } = analyse(await sources('exported-clean'), {}, tools)
    expect(policies[0]?.fields.slice(0, 2)).toEqual([
      ['Repository Owner', "(this repository's owner)"],
      ['Repository', "(this repository's name)"]
    ])
  })
})

describe('analyse, each file alone', () => {
  const broken = [
    { path: '.github/workflows/a-alias.yml', text: 'jobs: *nope\n' },
    {
      path: '.github/workflows/b-folder.yml',
      text: '',
      unread: { level: 'notice', title: 'Not a workflow file', message: 'a folder', counted: false }
    }
  ] as const

  it('turns an unknown anchor, an odd entry and a rule that throws into findings on their files', async () => {
    const release = [
      {
        path: '.github/workflows/c-release.yml',
        text: (await sources('push-arguments'))[0]?.text.replace(
          'run: dotnet nuget push out/*.nupkg $PUSH_ARGS',
          'run: for f in $(ls out/*.nupkg); do dotnet nuget push "$f" $PUSH_ARGS; done'
        ) as string
      }
    ]
    // A parser whose answer throws when read: a fault of the check's own, past the parser's guard.
    const throwing = {
      bash: () =>
        ({
          get commands(): never {
            throw new Error('the parser broke')
          }
        }) as unknown as ReturnType<ShellParser>
    }
    const clean = await sources('exported-clean')
    const { findings, files } = analyse([...broken, ...release, ...clean], FIXTURE_FACTS, throwing)
    const titles = findings.map((f) => `${f.file.split('/').at(-1)}: ${f.title}`)
    expect(titles).toContain('a-alias.yml: GitHub refuses this file')
    expect(titles).toContain('b-folder.yml: Not a workflow file')
    expect(titles).toContain('c-release.yml: Check failed on this file')
    expect(findings.find((f) => f.title === 'Check failed on this file')?.message).toContain(
      'the parser broke'
    )
    expect(files).toBe(2 + clean.length)
  })

  it('stops at its deadline, naming the file', () => {
    let now = 0
    const deadline = deadlineIn(1, () => (now += 600))
    const run = () => analyse([...broken, { path: 'x.yml', text: 'on: push\n' }], {}, {}, deadline)
    expect(run).toThrow(DeadlineExceeded)
  })
})
