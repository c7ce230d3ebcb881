// "Not valid YAML" exactly where GitHub's reader, YamlDotNet, rejects the text: each fixture of
// test/fixtures/yaml is read by both. What GitHub's converter refuses after YamlDotNet has read
// the text (duplicate keys, too deep, too many nodes, an unknown anchor) is asserted apart.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  parseWorkflowFile,
  WorkflowSyntaxError
} from '../../../../../src/check/reading/workflow-file.ts'
import { ROOT } from '../../../../harness/run-action.ts'
import { yamlDotNet, type Verdict, type YamlOracle } from '../../../../harness/yamldotnet.ts'

const FIXTURES = join(ROOT, 'test', 'fixtures', 'yaml')
/** Fixtures YamlDotNet reads and GitHub's converter refuses after it. */
const REFUSED_BY_CONVERTER = new Set([
  'duplicate-key.yml',
  'deep-block.yml',
  'deep-flow.yml',
  'deep-flow-thousand.yml',
  'unknown-alias.yml'
])

const names = (await readdir(FIXTURES)).filter((name) => name.endsWith('.yml')).sort()

/** What the check makes of a fixture: read, not valid YAML, or refused as GitHub's converter does. */
async function checkVerdict(name: string): Promise<'accepted' | 'yaml' | 'refused'> {
  try {
    parseWorkflowFile(name, await readFile(join(FIXTURES, name), 'utf8'))
    return 'accepted'
  } catch (error) {
    if (error instanceof WorkflowSyntaxError) return error.kind
    throw error
  }
}

const oracle: YamlOracle | string = await yamlDotNet()
if (typeof oracle === 'string') {
  if (process.env.NUGET_LOGIN_REQUIRE_YAML_ORACLE) {
    throw new Error(`The YamlDotNet oracle must run here, but ${oracle}.`)
  }
  console.log(`Skipping the YamlDotNet oracle test: ${oracle}.`)
}

describe.skipIf(typeof oracle === 'string')('the check reads YAML as YamlDotNet does', () => {
  let verdicts: Map<string, Verdict>
  beforeAll(async () => {
    verdicts = await (oracle as YamlOracle).read(names.map((name) => join(FIXTURES, name)))
  }, 300_000)

  it('has a verdict for every fixture, and both kinds among them', () => {
    expect(verdicts.size).toBe(names.length)
    const values = [...verdicts.values()]
    expect(values.filter((verdict) => verdict.accepted).length).toBeGreaterThan(5)
    expect(values.filter((verdict) => !verdict.accepted).length).toBeGreaterThan(5)
  })

  it.each(names.filter((name) => !REFUSED_BY_CONVERTER.has(name)))(
    '%s: "Not valid YAML" exactly where YamlDotNet rejects it',
    async (name) => {
      const verdict = verdicts.get(join(FIXTURES, name))
      expect(verdict, `no verdict for ${name}`).toBeDefined()
      expect(await checkVerdict(name)).toBe(verdict?.accepted ? 'accepted' : 'yaml')
    }
  )

  it.each([...REFUSED_BY_CONVERTER])(
    '%s: YamlDotNet reads it, GitHub refuses it after, and so does the check',
    async (name) => {
      expect(verdicts.get(join(FIXTURES, name))).toEqual({ accepted: true })
      expect(await checkVerdict(name)).toBe('refused')
    }
  )
})
