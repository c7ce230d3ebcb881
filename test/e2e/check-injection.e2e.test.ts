// Issue 16, for the check: it runs on pull requests, forks' included, and prints text a pull request
// can change (file names, job and step names, `user` values, option names, scripts). Its stdout is
// replayed through the runner's own reading (test/harness/runner-commands.ts), and its job summary
// rendered by markdown-it: no command may come out of the text, and no link or image.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import MarkdownIt from 'markdown-it'
import { afterAll, describe, expect, it } from 'vitest'
import { replayOutput } from '../harness/runner-commands.ts'
import { runAction } from '../harness/run-action.ts'

/**
 * Every way text can make the runner run a command, or a reader see something else, and every
 * way Markdown makes a link, after a marker that says which part of the workflow carried it.
 * A file name cannot hold '/', so its links and images have none.
 */
function hostile(marker: string, slash = '/'): string {
  return [
    `${marker}\r::stop-commands::pwned`,
    '\n::error title=Approved::forged error',
    ' ##[add-mask]nuget',
    ' ##[set-output name=errors;]0',
    ' \u202egnp.live\u202c \u2066x\u2069',
    ` [link](https:${slash}${slash}evil.example)`,
    ` ![img](https:${slash}${slash}evil.example${slash}x.png)`
  ].join('')
}

interface Parts {
  file: string
  job: string
  step: string
  user: string
  environment: string
  option: string
  script: string
}

const PLAIN: Parts = {
  file: 'release.yml',
  job: 'release',
  step: 'Log in to nuget.org',
  user: 'alice',
  environment: 'nuget',
  option: 'audience',
  script: 'dotnet nuget push "*.nupkg" --api-key "$NUGET_API_KEY"'
}

/** A YAML double-quoted scalar: every character outside printable ASCII written as an escape. */
function quoted(text: string): string {
  return JSON.stringify(text).replace(
    /[^\x20-\x7e]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}

/** A release workflow without `id-token: write`, so the check always has something to say. */
function workflow(parts: Parts): string {
  return [
    'on:',
    '  push:',
    "    tags: ['v*']",
    'permissions:',
    '  contents: read',
    'jobs:',
    `  ${quoted(parts.job)}:`,
    '    runs-on: ubuntu-latest',
    `    environment: ${quoted(parts.environment)}`,
    '    steps:',
    `      - name: ${quoted(parts.step)}`,
    '        id: login',
    '        uses: acme/nuget-login@v1',
    '        with:',
    `          user: ${quoted(parts.user)}`,
    `          ${quoted(parts.option)}: https://www.nuget.org`,
    `      - run: ${quoted(parts.script)}`,
    '        env:',
    '          NUGET_API_KEY: ${{ steps.login.outputs.NUGET_API_KEY }}',
    ''
  ].join('\n')
}

const workspaces: string[] = []
afterAll(() => Promise.all(workspaces.map((dir) => rm(dir, { recursive: true, force: true }))))

async function check(parts: Parts) {
  const workspace = await mkdtemp(join(tmpdir(), 'nuget-login-check-'))
  workspaces.push(workspace)
  const folder = join(workspace, '.github', 'workflows')
  await mkdir(folder, { recursive: true })
  await writeFile(join(folder, parts.file), workflow(parts))
  return runAction({
    action: 'check',
    env: { GITHUB_WORKSPACE: workspace, GITHUB_REPOSITORY: 'contoso/widgets' }
  })
}

const ANNOTATIONS = ['error', 'warning', 'notice']

/** Each part of a workflow a pull request controls, made hostile in a run of its own. */
const CARRIERS: [keyof Parts, string][] = [
  ['file', `${hostile('pwned-file', '')}.yml`],
  ['job', hostile('pwned-job')],
  ['step', hostile('pwned-step')],
  ['user', hostile('pwned-user')],
  ['environment', hostile('pwned-environment')],
  ['option', hostile('pwned-option')],
  ['script', `dotnet nuget push x.nupkg ${hostile('pwned-script')}`]
]
/**
 * The parts the check quotes today: in the log (file, job, user) or only in the summary
 * (environment). The others ride along, so a rule that starts quoting them is covered.
 */
const SHOWN = new Set<keyof Parts>(['file', 'job', 'user', 'environment'])

describe('workflow text reaches the check’s log and summary, never the runner as commands', () => {
  it.each(CARRIERS)('hostile %s', async (part, value) => {
    const result = await check({ ...PLAIN, [part]: value })
    const reading = replayOutput(result.stdout)

    // Only annotations: one per finding line, then the step's own failure.
    expect(reading.commands.filter(({ name }) => !ANNOTATIONS.includes(name))).toEqual([])
    expect(reading.stoppedBy).toBeUndefined()
    expect(reading.masks).toEqual([])
    const findingLines = reading.log.filter((line) =>
      /:\d+:\d+: (error|warning|notice): /.test(line)
    )
    expect(reading.commands.length).toBe(findingLines.length + 1)
    expect(reading.commands.at(-1)).toMatchObject({ name: 'error', properties: {} })
    expect(replayOutput(result.stderr).commands).toEqual([])
    // Shown, with the characters a reader cannot see named instead.
    const shown = `${reading.log.join('\n')}\n${result.summary}`
    if (SHOWN.has(part)) expect(shown).toContain(`pwned-${part}`)
    if (SHOWN.has(part)) expect(shown).toContain('\\u202egnp.live\\u202c')
    expect(shown).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/)
    expect(result.exitCode).toBe(1)

    const html = new MarkdownIt({ html: true, linkify: true }).render(result.summary)
    expect(html).not.toMatch(/<a [^>]*evil|<img [^>]*evil/)
  })
})
