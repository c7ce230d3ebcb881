// Runs the migration over a folder of real repositories (never committed) and prints, per entry,
// what was found, migrated or refused, and whether each result parses, passes the check and
// actionlint, and stays inside the pushing job. Usage: node scripts/migrate-corpus.ts <dir> [labels]
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import sh from 'mvdan-sh'
import { isMap, parse, type YAMLMap } from 'yaml'
import { analyse, type SourceFile } from '../src/check/analyse.ts'
import { STORED_KEY_TITLE } from '../src/check/rules/stored-keys.ts'
import { bashParser } from '../src/check/shell/bash.ts'
import type { RunFacts } from '../src/check/run-facts.ts'
import { planMigration } from '../src/migrate/plan.ts'
import { parseText, type Node } from '../src/migrate/yaml-text.ts'
import { lintWorkflow } from './actionlint.ts'

const [entriesDir, labelsDir] = process.argv.slice(2)
if (!entriesDir) throw new Error('Usage: node scripts/migrate-corpus.ts <entries> [labels]')
const tools = { bash: bashParser(sh.syntax) }

interface Label {
  pushes?: {
    file: string
    job: string
    line: number
    feed: string
    expect: string
    refuseWhy?: string
  }[]
}

async function workflows(dir: string): Promise<SourceFile[]> {
  const folder = join(dir, '.github', 'workflows')
  if (!existsSync(folder)) return []
  const names = (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && /\.ya?ml$/i.test(entry.name))
    .map((entry) => entry.name)
    .sort()
  return Promise.all(
    names.map(async (name) => ({
      path: `.github/workflows/${name}`,
      text: await readFile(join(folder, name), 'utf8')
    }))
  )
}

/** Line ranges (0-based, end exclusive) a migration may touch: migrated jobs, workflow env and permissions. */
function allowedLines(text: string, jobIds: Set<string>): [number, number][] {
  const document = parseText(text)
  const lineOf = (at: number) => text.slice(0, at).split('\n').length - 1
  const ranges: [number, number][] = []
  const root = document.contents as YAMLMap<Node, Node>
  for (const pair of root.items ?? []) {
    const key = String((pair.key as { value?: unknown })?.value)
    if (key === 'env' || key === 'permissions') {
      ranges.push([lineOf(pair.key?.range?.[0] ?? 0), lineOf(pair.value?.range?.[2] ?? 0) + 1])
    }
    if (key === 'jobs' && isMap(pair.value)) {
      for (const job of (pair.value as YAMLMap<Node, Node>).items) {
        if (!jobIds.has(String((job.key as { value?: unknown })?.value))) continue
        ranges.push([lineOf(job.key?.range?.[0] ?? 0), lineOf(job.value?.range?.[2] ?? 0) + 1])
      }
    }
  }
  return ranges
}

/** Whether every removed line of a diff lies in an allowed range of the old file. */
function staysInside(diff: string, before: string, jobIds: Set<string>): boolean {
  const ranges = allowedLines(before, jobIds)
  let old = 0
  for (const line of diff.split('\n')) {
    const hunk = /^@@ -(\d+)(?:,(\d+))? /.exec(line)
    if (hunk) {
      old = Number(hunk[1]) - (hunk[2] === '0' ? 0 : 1)
      continue
    }
    if (line.startsWith('---') || line.startsWith('+++')) continue
    const inside = (at: number) => ranges.some(([start, end]) => at >= start && at < end)
    if (line.startsWith('-')) {
      if (!inside(old)) return false
      old++
    } else if (line.startsWith('+')) {
      if (!inside(old) && !inside(old - 1)) return false
    } else if (line.startsWith(' ')) old++
  }
  return true
}

const problems = (sources: SourceFile[], facts: RunFacts) =>
  analyse(sources, facts, tools)
    .findings.filter((f) => f.level !== 'notice' && f.title !== STORED_KEY_TITLE)
    .map((f) => `${f.file} ${f.level} ${f.title}`)

const totals = {
  comparedWithMove: 0,
  sameJobAsMove: 0,
  entries: 0,
  labelled: 0,
  expectedMigrate: 0,
  migratedOk: 0,
  foundLabelled: 0,
  labelledPushes: 0,
  otherFeedTouched: 0,
  broken: 0
}
for (const entry of (await readdir(entriesDir)).sort()) {
  const dir = join(entriesDir, entry)
  const sources = await workflows(dir)
  if (sources.length === 0) continue
  totals.entries++
  const meta = JSON.parse(await readFile(join(dir, 'meta.json'), 'utf8').catch(() => '{}')) as {
    repository?: string
    ownerType?: 'User' | 'Organization'
    private?: boolean
  }
  const configName = (await readdir(dir)).find((name) => /^nuget\.config$/i.test(name))
  const nugetConfig = configName ? await readFile(join(dir, configName), 'utf8') : undefined
  const sdk = existsSync(join(dir, 'global.json'))
    ? (
        JSON.parse(await readFile(join(dir, 'global.json'), 'utf8')) as {
          sdk?: { version?: string }
        }
      ).sdk?.version
    : undefined
  const facts: RunFacts = {
    ...(meta.repository ? { repository: meta.repository } : {}),
    ...(meta.ownerType ? { ownerType: meta.ownerType } : {}),
    ...(meta.private !== undefined ? { private: meta.private } : {}),
    ...(nugetConfig ? { defaultPushSource: /defaultPushSource/i.test(nugetConfig) } : {}),
    dependabot:
      existsSync(join(dir, '.github', 'dependabot.yml')) ||
      existsSync(join(dir, '.github', 'dependabot.yaml')),
    ...(sdk ? { sdkVersion: sdk } : {})
  }
  const plan = planMigration(sources, { facts, tools, ...(nugetConfig ? { nugetConfig } : {}) })
  const after = sources.map((s) => ({
    path: s.path,
    text: plan.files.find((f) => f.path === s.path)?.after ?? s.text
  }))
  const before = new Set(problems(sources, facts))
  const fresh = problems(after, facts).filter((p) => !before.has(p))
  const lint: string[] = []
  let inside = true
  for (const file of plan.files) {
    const strip = (lines: string[]) => lines.map((l) => l.replace(/^[^:]*:\d+:\d+: /, ''))
    const old = strip(await lintWorkflow(file.before, file.path))
    lint.push(...strip(await lintWorkflow(file.after, file.path)).filter((l) => !old.includes(l)))
    const ids = new Set(
      plan.jobs.filter((j) => j.file === file.path && j.status === 'migrated').map((j) => j.jobId)
    )
    if (!staysInside(file.diff, file.before, ids)) inside = false
  }
  const label =
    labelsDir && existsSync(join(labelsDir, `${entry}.json`))
      ? (JSON.parse(await readFile(join(labelsDir, `${entry}.json`), 'utf8')) as Label)
      : undefined
  const lines: string[] = []
  if (label) totals.labelled++
  for (const push of label?.pushes ?? []) {
    totals.labelledPushes++
    const found = plan.pushes.some(
      (p) =>
        p.file.path === push.file &&
        p.jobId === push.job &&
        (push.feed === 'nuget.org') === (p.destination === 'nuget.org')
    )
    if (found || push.expect === 'leave') totals.foundLabelled++
    const outcome = plan.jobs.find((j) => j.file === push.file && j.jobId === push.job)
    const got = outcome ? outcome.status : 'untouched'
    const wanted =
      push.expect === 'migrate' ? 'migrated' : push.expect === 'refuse' ? 'refused' : got
    if (push.expect === 'leave' && got === 'migrated') {
      // The job changed: the other feed's push must still be byte for byte in the result.
      const result = plan.files.find((f) => f.path === push.file)
      const line = sources.find((source) => source.path === push.file)?.text.split('\n')[
        push.line - 1
      ]
      if (result && line !== undefined && !result.after.split('\n').includes(line))
        totals.otherFeedTouched++
    }
    if (push.expect === 'migrate') totals.expectedMigrate++
    const ok =
      got === wanted && (got !== 'migrated' || (fresh.length === 0 && lint.length === 0 && inside))
    if (push.expect === 'migrate' && ok) totals.migratedOk++
    lines.push(
      `  label ${push.file} ${push.job} (${push.feed}): expect ${push.expect}${push.refuseWhy ? ` (${push.refuseWhy})` : ''}, found ${found}, got ${got}${outcome?.refusal ? `: ${outcome.refusal.why}` : ''} ${ok ? 'OK' : 'MISMATCH'}`
    )
  }
  if (fresh.length > 0 || lint.length > 0 || !inside) totals.broken++
  // Where the repository later moved by hand: did it change the same jobs, and log in where we do?
  for (const job of plan.jobs.filter((j) => j.status === 'migrated')) {
    const moved = join(dir, 'moved', job.file)
    if (!existsSync(moved)) continue
    totals.comparedWithMove++
    const theirs = parse(await readFile(moved, 'utf8')) as {
      permissions?: unknown
      jobs?: Record<string, { permissions?: unknown; steps?: { uses?: string }[] }>
    }
    const theirJob = theirs.jobs?.[job.jobId]
    const grants = JSON.stringify(theirJob?.permissions ?? theirs.permissions ?? '').includes(
      'id-token'
    )
    const logsIn = (theirJob?.steps ?? []).some((step) =>
      /nuget-login|nuget\/login/i.test(step.uses ?? '')
    )
    if (grants && logsIn) totals.sameJobAsMove++
    lines.push(
      `  moved by hand: ${job.file} ${job.jobId}: their job grants id-token ${grants}, logs in ${logsIn}`
    )
  }
  console.log(
    `${entry}: ${plan.pushes.filter((p) => p.destination === 'nuget.org').length} stored-key pushes to nuget.org found, ${plan.jobs.filter((j) => j.status === 'migrated').length} jobs migrated, ${plan.jobs.filter((j) => j.status === 'refused').length} refused; new check problems ${fresh.length}${fresh.length ? ` (${fresh.join('; ')})` : ''}, new actionlint ${lint.length}${lint.length ? ` (${lint.join('; ')})` : ''}, inside the job ${inside}`
  )
  for (const job of plan.jobs.filter((j) => j.status === 'refused'))
    console.log(`  refused ${job.file} ${job.jobId}: ${job.refusal?.why}`)
  for (const line of lines) console.log(line)
}
console.log(JSON.stringify(totals))
