import { describe, expect, it } from 'vitest'
import { documentationPages, lintWorkflow, yamlBlocks } from '../../scripts/actionlint.ts'
import { ROOT } from '../harness/run-action.ts'

const blocks = documentationPages(ROOT).flatMap((page) =>
  yamlBlocks(page.text).map((block) => ({ ...block, path: page.path }))
)

describe('the YAML examples of the README and docs/', () => {
  it('are there: the workflows a package author copies', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(6)
  })

  it.each(blocks.map((block) => [block.path, block.firstLine, block.text] as const))(
    'lint clean with actionlint: %s, the block at line %i',
    async (path, firstLine, text) => {
      expect(await lintWorkflow(text, path, firstLine)).toEqual([])
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
