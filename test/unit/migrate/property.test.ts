// A property over generated workflows: whatever else a file holds, the migration changes only the
// jobs that push to nuget.org with a stored key (and the workflow's env: and permissions:).
import { describe, expect, it } from 'vitest'
import sh from 'mvdan-sh'
import { bashParser } from '../../../src/check/shell/bash.ts'
import { planMigration } from '../../../src/migrate/plan.ts'
import { parseText, sourceOf, type Node } from '../../../src/migrate/yaml-text.ts'
import { seededRandom } from '../../harness/seeded-random.ts'

const tools = { bash: bashParser(sh.syntax) }

/** Jobs the migration must leave alone, in assorted styles. */
const UNTOUCHED = [
  (id: string) =>
    `  ${id}:\n    runs-on: ubuntu-latest # a comment\n    steps:\n      - run: dotnet test\n`,
  (id: string) =>
    `  ${id}:\n    runs-on: ubuntu-latest\n    steps:\n      - name: "GitHub Packages"\n        run: dotnet nuget push a.nupkg --api-key \${{ secrets.GITHUB_TOKEN }} --source https://nuget.pkg.github.com/o/index.json\n`,
  (id: string) =>
    `  ${id}:\n    runs-on: [self-hosted, linux]\n    permissions: { contents: read }\n    steps:\n\n      -   run: 'dotnet nuget push a.nupkg -k \${{ secrets.MYGET }} -s https://www.myget.org/F/x/api/v3/index.json'\n`,
  (id: string) =>
    `  ${id}:\n    runs-on: ubuntu-latest\n    env:\n      NUGET_API_KEY: \${{ secrets.NUGET_API_KEY }}\n    steps:\n      - run: test -n "$NUGET_API_KEY"\n`,
  (id: string) => `  ${id}:\n    uses: ./.github/workflows/other.yml\n    with: { flag: true }\n`
]
/** Jobs it must move, in assorted styles. */
const PUSHING = [
  (id: string) =>
    `  ${id}:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n      - run: dotnet nuget push a.nupkg -k \${{ secrets.NUGET_API_KEY }} -s https://api.nuget.org/v3/index.json\n`,
  (id: string) =>
    `  ${id}:\n    runs-on: windows-latest\n    steps:\n    - name: Push\n      env:\n        K: \${{ secrets.NUGET_API_KEY }}\n      run: nuget push *.nupkg -ApiKey $env:K -Source https://api.nuget.org/v3/index.json\n`,
  (id: string) =>
    `  ${id}:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: write\n    steps:\n      # release\n      - run: ./build.sh publish\n        env:\n          NUGET_API_KEY: \${{ secrets.NUGET_API_KEY }}\n`
]

function topLevel(text: string): Map<string, string> {
  const root = parseText(text).contents as {
    items: { key: Node & { value?: unknown }; value: Node }[]
  }
  return new Map(root.items.map((pair) => [String(pair.key.value), sourceOf(text, pair.value)]))
}

function jobs(text: string): Map<string, string> {
  const map = parseText(text).get('jobs', true) as {
    items: { key: Node & { value?: unknown }; value: Node }[]
  }
  return new Map(map.items.map((pair) => [String(pair.key.value), sourceOf(text, pair.value)]))
}

describe('migrate: the property', () => {
  it.each(Array.from({ length: 40 }, (_, index) => index + 1))(
    'seed %i: jobs it does not migrate, and every top-level key but env and permissions, stay byte for byte',
    (seed) => {
      const next = seededRandom(seed)
      const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)] as T
      const parts: string[] = []
      const pushing = new Set<string>()
      for (let index = 0; index < 2 + Math.floor(next() * 5); index++) {
        const id = `job-${index}`
        if (next() < 0.4) {
          pushing.add(id)
          parts.push(pick(PUSHING)(id))
        } else parts.push(pick(UNTOUCHED)(id))
        if (next() < 0.3) parts.push('\n')
      }
      const header =
        "name: generated\non:\n  push:\n    tags: ['v*']\n" +
        (next() < 0.5 ? 'permissions:\n  contents: read\n' : '') +
        (next() < 0.5 ? 'env:\n  DOTNET_NOLOGO: true\n' : '')
      const text = `${header}jobs:\n${parts.join('')}`
      const plan = planMigration([{ path: '.github/workflows/g.yml', text }], { tools })
      const after = plan.files[0]?.after ?? text
      const migrated = new Set(
        plan.jobs.filter((job) => job.status === 'migrated').map((job) => job.jobId)
      )
      expect(migrated).toEqual(pushing)
      const [before, now] = [jobs(text), jobs(after)]
      expect([...now.keys()]).toEqual([...before.keys()])
      for (const [id, source] of before) if (!migrated.has(id)) expect(now.get(id)).toBe(source)
      const [top, topNow] = [topLevel(text), topLevel(after)]
      for (const [key, source] of top) {
        if (!['jobs', 'env', 'permissions'].includes(key)) expect(topNow.get(key)).toBe(source)
      }
      expect(after.match(/secrets\.NUGET_API_KEY/g)?.length ?? 0).toBe(
        [...before].filter(
          ([id, source]) => !migrated.has(id) && source.includes('secrets.NUGET_API_KEY')
        ).length
      )
    }
  )
})
