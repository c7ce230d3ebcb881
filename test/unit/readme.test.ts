import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lintWorkflow, yamlBlocks } from '../../scripts/actionlint.ts'
import { ROOT } from '../harness/run-action.ts'

const readme = await readFile(join(ROOT, 'README.md'), 'utf8')
const blocks = yamlBlocks(readme)

describe('the README’s YAML examples', () => {
  it('are there: the workflows a package author copies', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(6)
  })

  it.each(blocks.map((block) => [block.firstLine, block.text] as const))(
    'lint clean with actionlint: the block at line %i',
    async (firstLine, text) => {
      expect(await lintWorkflow(text, 'README.md', firstLine)).toEqual([])
    }
  )

  it('would be caught if one rotted', async () => {
    const rotten =
      'on: push\npermissions:\n  id-tokn: write\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo\n'
    expect(await lintWorkflow(rotten, 'README.md', 40)).toEqual([
      expect.stringMatching(/^README\.md:42:3: unknown permission scope "id-tokn"/)
    ])
  })
})
