import { execFile } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { unifiedDiff } from '../../../src/migrate/diff.ts'
import { applyEdits, type Edit } from '../../../src/migrate/yaml-text.ts'

/** GNU diff's unified output for the same change, headers aside. */
async function gnuDiff(before: string, after: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'migrate-diff-'))
  await writeFile(join(dir, 'a'), before)
  await writeFile(join(dir, 'b'), after)
  const result = await promisify(execFile)('diff', ['-U3', join(dir, 'a'), join(dir, 'b')]).catch(
    (error: { stdout: string }) => error
  )
  return result.stdout.split('\n').slice(2).join('\n')
}

const TEXT = Array.from({ length: 30 }, (_, index) => `line ${index + 1}`).join('\n') + '\n'
const at = (line: number) => TEXT.indexOf(`line ${line}\n`)

describe('unifiedDiff', () => {
  it.each<[string, Edit[]]>([
    ['an insertion of whole lines', [{ start: at(10), end: at(10), text: 'new a\nnew b\n' }]],
    ['an insertion at a line end', [{ start: at(11) - 1, end: at(11) - 1, text: '\n  added' }]],
    ['a replacement inside a line', [{ start: at(5) + 5, end: at(5) + 6, text: 'five' }]],
    ['a removal of lines', [{ start: at(20), end: at(22), text: '' }]],
    [
      'edits close enough to share a hunk, and one far away',
      [
        { start: at(3), end: at(3), text: 'x\n' },
        { start: at(8) + 5, end: at(8) + 6, text: 'eight' },
        { start: at(28), end: at(29), text: '' }
      ]
    ],
    ['an edit on the first line', [{ start: 0, end: 0, text: 'first\n' }]],
    ['an edit on the last line', [{ start: TEXT.length - 1, end: TEXT.length - 1, text: '\nlast' }]]
  ])('%s: the same hunks as GNU diff', async (_, edits) => {
    const diff = unifiedDiff('w.yml', TEXT, edits)
    expect(diff.split('\n').slice(0, 2)).toEqual(['--- a/w.yml', '+++ b/w.yml'])
    expect(diff.split('\n').slice(2).join('\n')).toBe(await gnuDiff(TEXT, applyEdits(TEXT, edits)))
  })

  it('is empty when nothing changes', () => {
    expect(unifiedDiff('w.yml', TEXT, [])).toBe('')
  })
})
