import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { INPUT_DEFAULTS } from '../../src/login/runner/inputs.ts'
import { API_KEY_OUTPUT, EXPIRES_OUTPUT } from '../../src/login/exchange/api-key.ts'
import { ROOT, readActionMetadata } from '../harness/run-action.ts'
import { NUGET_PUSH_MESSAGES, NUGET_TOKEN_MESSAGES } from '../fixtures/nuget-messages.ts'
import { CHECK_INPUT_DEFAULTS } from '../../src/check/inputs.ts'

/**
 * The README's table row for an input, looked up in its own section: both actions have an input
 * named `timeout`, each under its action's heading in "## Inputs and outputs".
 */
function inputRow(readme: string, heading: string, name: string): string | undefined {
  const start = readme.indexOf(`\n${heading}\n`)
  if (start < 0) return undefined
  const level = heading.split(' ')[0] as string
  const rest = readme.slice(start + heading.length + 2)
  const end = rest.search(new RegExp(`^#{1,${level.length}} `, 'm'))
  const section = end < 0 ? rest : rest.slice(0, end)
  return section.split('\n').find((line) => line.startsWith(`| \`${name}\``))
}

describe('action.yml, package.json and README agree with the code', async () => {
  const metadata = await readActionMetadata()
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8')

  it('states the same defaults the code falls back to', () => {
    const defaults = Object.fromEntries(
      Object.entries(metadata.inputs)
        .filter(([, input]) => input.default !== undefined)
        .map(([name, input]) => [name, input.default])
    )
    expect(defaults).toEqual(INPUT_DEFAULTS)
    expect(metadata.inputs.user?.required).toBe(true)
  })

  it('declares the outputs the code sets', () => {
    expect(Object.keys(metadata.outputs).sort()).toEqual([API_KEY_OUTPUT, EXPIRES_OUTPUT].sort())
  })

  it('runs on node24 from dist/index.js', async () => {
    const raw = await readFile(join(ROOT, 'action.yml'), 'utf8')
    expect(raw).toMatch(/using: 'node24'/)
    expect(raw).toMatch(/main: 'dist\/index\.js'/)
  })

  it('documents every input and output in the README tables with its default', () => {
    for (const [name, input] of Object.entries(metadata.inputs)) {
      const row = inputRow(readme, '### The login, `acme/nuget-login`', name)
      expect(row, `README row for input ${name}`).toBeDefined()
      if (input.default !== undefined) expect(row).toContain(`\`${input.default}\``)
    }
    for (const name of Object.keys(metadata.outputs)) {
      expect(readme).toMatch(new RegExp(`^\\| \`${name}\``, 'm'))
    }
  })
})

describe('the troubleshooting pages', async () => {
  const login = await readFile(join(ROOT, 'docs', 'troubleshooting.md'), 'utf8')
  const push = await readFile(join(ROOT, 'docs', 'push.md'), 'utf8')
  it.each(NUGET_TOKEN_MESSAGES)('quote %s', (message) => {
    expect(login).toContain(`\`${message}\``)
  })

  it.each(NUGET_PUSH_MESSAGES)('quote the push answer %s', (message) => {
    expect(push).toMatch(new RegExp(`\`(\\d{3} \\()?${escapeRegExp(message)}\\)?\``))
  })

  it('say nowhere that a temporary policy hides a mismatch', async () => {
    const policy = await readFile(join(ROOT, 'docs', 'policy.md'), 'utf8')
    for (const page of [login, push, policy]) {
      expect(page).not.toMatch(/never-used policy|until its first use, nuget\.org does not name/)
    }
  })

  it('blame no trailing slash, which nuget.org accepts', () => {
    expect(login).not.toMatch(/no trailing slash|or a trailing slash\)/)
  })
})

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

describe('check/action.yml agrees with the check and the README', async () => {
  const metadata = await readActionMetadata('check')
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8')

  it('states the defaults the check falls back to, and documents each input in the README', () => {
    const defaults = Object.fromEntries(
      Object.entries(metadata.inputs).map(([name, input]) => [name, input.default])
    )
    expect(defaults).toEqual(CHECK_INPUT_DEFAULTS)
    for (const [name, input] of Object.entries(metadata.inputs)) {
      const row = inputRow(readme, '### The check, `acme/nuget-login/check`', name)
      expect(row, `README row for the check's input ${name}`).toContain(`\`${input.default}\``)
    }
  })

  it('declares the outputs the check sets', () => {
    expect(Object.keys(metadata.outputs).sort()).toEqual(['errors', 'warnings'])
  })
})

describe('the committed bundle', () => {
  it('bundles core, http-client and their helpers, but not undici (see src/bundle/)', async () => {
    const licenses = await readFile(join(ROOT, 'dist', 'licenses.txt'), 'utf8')
    const bundled = licenses
      .split('\n')
      .filter((line) => /^(@[a-z-]+\/)?[a-z][a-z0-9.-]*$/.test(line))
    expect(bundled.sort()).toEqual([
      '@actions/core',
      '@actions/exec',
      '@actions/http-client',
      '@actions/io',
      'tunnel'
    ])
  })

  it('keeps the YAML library out of the login: only the check bundles it', async () => {
    const licenses = await checkLicenses()
    expect(licenses.get('main')).toContain('yaml')
    const login = await readFile(join(ROOT, 'dist', 'licenses.txt'), 'utf8')
    expect(login.split('\n')).not.toContain('yaml')
  })

  it('loads mvdan/sh from a file of its own beside the check, with its own license file', async () => {
    const licenses = await checkLicenses()
    // The chunk with third-party code has a license file; the migration's chunks hold only ours.
    const [shell, ...others] = [...licenses.keys()].filter((name) => name !== 'main')
    expect(others).toEqual([])
    expect(licenses.get(shell as string)).toContain('mvdan-sh')
    expect(licenses.get(shell as string)).not.toContain('yaml')
    expect(licenses.get('main')).not.toContain('mvdan-sh')
    const main = await readFile(join(ROOT, 'check', 'dist', 'index.js'), 'utf8')
    const chunkText = await readFile(join(ROOT, 'check', 'dist', `${shell}.index.js`), 'utf8')
    expect(main.length).toBeLessThan(chunkText.length / 2)
  })

  it('is an ES module with its package.json', async () => {
    expect(JSON.parse(await readFile(join(ROOT, 'dist', 'package.json'), 'utf8'))).toEqual({
      type: 'module'
    })
  })
})

/** The packages each file of the check's bundle holds, by chunk name (`main`, or a number). */
async function checkLicenses(): Promise<Map<string, string[]>> {
  const folder = join(ROOT, 'check', 'dist')
  const files = (await readdir(folder)).filter((name) => name.endsWith('.licenses.txt'))
  const licenses = new Map<string, string[]>()
  for (const name of files) {
    const lines = (await readFile(join(folder, name), 'utf8')).split('\n')
    const packages = lines.filter((line) => /^(@[a-z-]+\/)?[a-z][a-z0-9.-]*$/.test(line))
    licenses.set(name.replace('.licenses.txt', ''), packages)
  }
  return licenses
}
