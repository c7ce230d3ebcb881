import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  folderEntries,
  readWorkspaceFile,
  workspaceRoot,
  type WorkspaceEntry
} from '../../../../src/check/reading/workspace-files.ts'

let root: string
let outside: string

beforeAll(async () => {
  outside = await mkdtemp(join(tmpdir(), 'nuget-login-outside-'))
  await writeFile(join(outside, 'secret.yml'), 'jobs: {other: {}}\n')
  root = await workspaceRoot(await mkdtemp(join(tmpdir(), 'nuget-login-workspace-')))
  const folder = join(root, '.github', 'workflows')
  await mkdir(folder, { recursive: true })
  await writeFile(join(folder, 'a.yml'), 'on: push\n')
  await writeFile(join(folder, 'big.yml'), 'x'.repeat(101))
  await writeFile(join(folder, 'wide.yml'), '\u00e9'.repeat(60))
  await writeFile(join(folder, 'README.md'), 'not a workflow')
  await mkdir(join(folder, 'notes.yml'))
  await symlink(join(outside, 'secret.yml'), join(folder, 'link.yml'))
  await symlink(join(root, 'missing.yml'), join(folder, 'dangling.yml'))
  execFileSync('mkfifo', [join(folder, 'pipe.yml')])
  await symlink(outside, join(root, 'linked'))
  await writeFile(join(root, 'global.json'), '{}')
})

async function entries(folder: string, limit = 100): Promise<WorkspaceEntry[]> {
  const found: WorkspaceEntry[] = []
  for await (const entry of folderEntries(root, folder, (name) => name.endsWith('.yml'), limit)) {
    found.push(entry)
  }
  return found
}

describe('folderEntries', () => {
  it('reads files, names links and odd entries, and refuses what GitHub would not read', async () => {
    const found = await entries('.github/workflows')
    expect(found.map((entry) => [entry.path.split('/').at(-1), entry.kind])).toEqual([
      ['a.yml', 'file'],
      ['big.yml', 'too-large'],
      ['dangling.yml', 'link'],
      ['link.yml', 'link'],
      ['notes.yml', 'not-a-file'],
      ['pipe.yml', 'not-a-file'],
      ['wide.yml', 'file']
    ])
    expect(found[0]).toEqual({ kind: 'file', path: '.github/workflows/a.yml', text: 'on: push\n' })
    expect(found[5]).toMatchObject({ what: 'a fifo' })
  })

  it('counts characters, not bytes, against the limit', async () => {
    const [wide] = (await entries('.github/workflows', 59)).filter((e) =>
      e.path.endsWith('wide.yml')
    )
    expect(wide?.kind).toBe('too-large')
  })

  it('names a linked folder once and reads nothing in it', async () => {
    expect(await entries('linked')).toEqual([{ kind: 'link', path: 'linked' }])
  })

  it('throws for a folder that is not there', async () => {
    await expect(entries('nowhere')).rejects.toThrow("the folder 'nowhere' does not exist")
  })
})

describe('readWorkspaceFile', () => {
  it('reads a file of the workspace', async () => {
    expect(await readWorkspaceFile(root, 'global.json', 100)).toEqual({
      kind: 'file',
      path: 'global.json',
      text: '{}'
    })
  })

  it('follows no link on the way and leaves the workspace never', async () => {
    expect(await readWorkspaceFile(root, 'linked/secret.yml', 100)).toEqual({
      kind: 'link',
      path: 'linked'
    })
    expect((await readWorkspaceFile(root, '../x/secret.yml', 100)).kind).toBe('unreadable')
    expect((await readWorkspaceFile(root, '/etc/passwd', 100)).kind).toBe('unreadable')
    expect(await readWorkspaceFile(root, 'missing.json', 100)).toEqual({
      kind: 'absent',
      path: 'missing.json'
    })
  })
})
