import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import sh from 'mvdan-sh'
import { analyse, type SourceFile } from '../../../src/check/analyse.ts'
import type { Finding } from '../../../src/check/findings.ts'
import { bashParser } from '../../../src/check/shell/bash.ts'
import { STORED_KEY_TITLE } from '../../../src/check/rules/stored-keys.ts'
import { planMigration, type Plan } from '../../../src/migrate/plan.ts'
import { parseText, sourceOf, type Node } from '../../../src/migrate/yaml-text.ts'
import { lintWorkflow } from '../../../scripts/actionlint.ts'
import { ROOT } from '../../harness/run-action.ts'

const FOLDER = join(ROOT, 'test', 'fixtures', 'migrate')
const tools = { bash: bashParser(sh.syntax) }
const FACTS = { repository: 'contoso/widgets', ownerType: 'User' as const, private: false }
const factsFor = (f: Fixture) => (f.nugetConfig ? { ...FACTS, defaultPushSource: true } : FACTS)

interface Fixture {
  name: string
  sources: SourceFile[]
  expected: Map<string, string>
  outcome: [file: string, job: string, status: string][]
  nugetConfig?: string
}

async function fixture(name: string): Promise<Fixture> {
  const dir = join(FOLDER, name)
  const names = (await readdir(join(dir, 'input'))).sort()
  const sources = await Promise.all(
    names.map(async (file) => ({
      path: `.github/workflows/${file}`,
      text: await readFile(join(dir, 'input', file), 'utf8')
    }))
  )
  const expected = new Map<string, string>()
  for (const source of sources) {
    const file = join(dir, 'expected', source.path.split('/').at(-1) as string)
    expected.set(source.path, existsSync(file) ? await readFile(file, 'utf8') : source.text)
  }
  const outcome = JSON.parse(
    await readFile(join(dir, 'outcome.json'), 'utf8')
  ) as Fixture['outcome']
  const config = join(dir, 'NuGet.Config')
  return {
    name,
    sources,
    expected,
    outcome,
    ...(existsSync(config) ? { nugetConfig: await readFile(config, 'utf8') } : {})
  }
}

const names = (await readdir(FOLDER)).sort()
const fixtures = await Promise.all(names.map(fixture))

function plan(f: Fixture): Plan {
  return planMigration(f.sources, {
    facts: factsFor(f),
    tools,
    ...(f.nugetConfig ? { nugetConfig: f.nugetConfig } : {})
  })
}

function after(f: Fixture, result: Plan): SourceFile[] {
  return f.sources.map((source) => ({
    path: source.path,
    text: result.files.find((file) => file.path === source.path)?.after ?? source.text
  }))
}

const problems = (findings: Finding[]) =>
  findings
    .filter((finding) => finding.level !== 'notice' && finding.title !== STORED_KEY_TITLE)
    .map((finding) => `${finding.file} ${finding.level} ${finding.title}`)
    .sort()

/** The source text of each job of a workflow, by id. */
function jobTexts(text: string): Map<string, string> {
  const jobs = parseText(text).get('jobs', true) as {
    items?: { key: Node & { value?: unknown }; value: Node }[]
  }
  return new Map(
    (jobs.items ?? []).map((pair) => [String(pair.key.value), sourceOf(text, pair.value)])
  )
}

describe('migrate: each fixture', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))(
    '%s: rewrites byte for byte as expected',
    (_, f) => {
      const result = plan(f)
      for (const source of after(f, result)) expect(source.text).toBe(f.expected.get(source.path))
      expect(result.jobs.map((job) => [job.file.split('/').at(-1), job.jobId, job.status])).toEqual(
        f.outcome
      )
    }
  )

  it.each(fixtures.map((f) => [f.name, f] as const))(
    '%s: the result parses, and the check finds no new error or warning and no stored key left in a migrated job',
    (_, f) => {
      const result = plan(f)
      const before = analyse(f.sources, factsFor(f), tools)
      const now = analyse(after(f, result), factsFor(f), tools)
      expect(now.findings.filter((finding) => finding.title === 'Not valid YAML')).toEqual([])
      expect(problems(now.findings)).toEqual(problems(before.findings))
      const refused = new Set(
        result.jobs
          .filter((job) => job.status === 'refused')
          .map((job) => `${job.file} ${job.jobId}`)
      )
      const left = planMigration(after(f, result), { facts: FACTS, tools }).pushes.filter(
        (push) => push.destination === 'nuget.org' || push.shape === 'remote reusable workflow'
      )
      expect(left.filter((push) => !refused.has(`${push.file.path} ${push.jobId}`))).toEqual([])
      const migrated = result.jobs.filter(
        (job) => job.status === 'migrated' && !job.notes.some((note) => note.startsWith('grants'))
      )
      expect(now.loginJobs).toBe(before.loginJobs + migrated.length)
    }
  )

  it.each(fixtures.map((f) => [f.name, f] as const))(
    '%s: every job it does not migrate stays byte for byte',
    (_, f) => {
      const result = plan(f)
      for (const source of after(f, result)) {
        const original = f.sources.find((s) => s.path === source.path) as SourceFile
        const migrated = new Set(
          result.jobs
            .filter((job) => job.file === source.path && job.status === 'migrated')
            .map((job) => job.jobId)
        )
        const beforeJobs = jobTexts(original.text)
        const afterJobs = jobTexts(source.text)
        expect([...afterJobs.keys()]).toEqual([...beforeJobs.keys()])
        for (const [jobId, text] of beforeJobs) {
          if (!migrated.has(jobId)) expect(afterJobs.get(jobId), jobId).toBe(text)
        }
      }
    }
  )

  it.each(fixtures.map((f) => [f.name, f] as const))(
    '%s: actionlint 1.7.7 reports nothing new on the result',
    async (_, f) => {
      const result = plan(f)
      for (const file of result.files) {
        const strip = (lines: string[]) => lines.map((line) => line.replace(/^[^:]*:\d+:\d+: /, ''))
        const before = strip(await lintWorkflow(file.before, file.path))
        const now = strip(await lintWorkflow(file.after, file.path))
        expect(now.filter((line) => !before.includes(line))).toEqual([])
      }
    },
    30_000
  )
})

describe('migrate: refusals say why and what to do instead', () => {
  const refusal = (name: string) => {
    const f = fixtures.find((x) => x.name === name) as Fixture
    const result = plan(f)
    expect(result.files).toEqual([])
    const [job] = result.jobs
    expect(job?.status).toBe('refused')
    return job?.refusal ?? { why: '', instead: '' }
  }

  it('a key handed to another repository’s reusable workflow', () => {
    const { why, instead } = refusal('refuse-remote-reusable')
    expect(why).toContain('contoso/shared-workflows/.github/workflows/nuget.yml@v2')
    expect(why).toContain('another repository')
    expect(instead).toContain('copy the publishing job into this repository')
  })

  it('a workflow generated by Nuke', () => {
    const { why, instead } = refusal('refuse-generated')
    expect(why).toContain('generated by Nuke')
    expect(instead).toContain('GitHubActions')
  })

  it('a build handed the key and another feed', () => {
    const { why, instead } = refusal('refuse-build-elsewhere')
    expect(why).toContain('another feed')
    expect(instead).toContain("other feed's own credential")
  })

  it('a job that runs on forks’ pull requests with no guard', () => {
    const { why, instead } = refusal('refuse-fork-pull-requests')
    expect(why).toContain('pull_request')
    expect(instead).toContain('head.repo.full_name == github.repository')
  })

  it('a reusable workflow that other repositories call, and its callers here', () => {
    const f = fixtures.find((x) => x.name === 'refuse-reusable-for-others') as Fixture
    const result = plan(f)
    expect(result.files).toEqual([])
    expect(result.jobs.map((job) => job.status)).toEqual(['refused', 'refused'])
    expect(result.jobs[1]?.refusal?.why).toContain('other repositories call it')
    expect(result.jobs[0]?.refusal?.instead).toContain('migrate each repository that calls it')
  })

  it('a push whose feed the run decides', () => {
    const { why, instead } = refusal('refuse-run-time-feed')
    expect(why).toContain('decided at run time')
    expect(instead).toContain('its own push step')
  })
})

describe('migrate: line endings', () => {
  it.each(['direct-key', 'workflow-env-removed', 'step-env-other-name'])(
    '%s with CRLF line endings: the same change, every line ending in CRLF',
    (name) => {
      const f = fixtures.find((x) => x.name === name) as Fixture
      const crlf = f.sources.map((source) => ({
        ...source,
        text: source.text.replace(/\n/g, '\r\n')
      }))
      const result = planMigration(crlf, { facts: FACTS, tools })
      for (const source of crlf) {
        const after = result.files.find((file) => file.path === source.path)?.after
        expect(after).toBe(f.expected.get(source.path)?.replace(/\n/g, '\r\n'))
      }
    }
  )
})
