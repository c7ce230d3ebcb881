// Files of the workspace as GitHub sees a repository: regular files only, no symbolic link
// followed or read, nothing outside the workspace opened, and no file read past a limit, so a
// pull request's links, fifos and huge files cost the check nothing. The calls are synchronous:
// the check reads one file at a time anyway, and each asynchronous call is a round trip through
// libuv's thread pool (about 10 ms of idle waiting on a repository of seven workflows).
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  opendirSync,
  readSync,
  realpathSync,
  type Dir
} from 'node:fs'
import { join } from 'node:path'

/** GitHub refuses a workflow file longer than this many characters (UTF-16 units, as .NET counts). */
export const MAX_WORKFLOW_CHARACTERS = 1024 * 1024

/** What a path of the workspace turned out to be. */
export type WorkspaceEntry =
  | { kind: 'file'; path: string; text: string }
  | { kind: 'absent'; path: string }
  | { kind: 'link'; path: string }
  | { kind: 'not-a-file'; path: string; what: string }
  | { kind: 'too-large'; path: string; limit: number }
  | { kind: 'unreadable'; path: string; reason: string }

/** The real location of the workspace, every path below is opened under. */
export async function workspaceRoot(root: string): Promise<string> {
  return realpathSync(root)
}

/**
 * Reads `relativePath` under `root` (a real path, see workspaceRoot) if every part of the path is
 * a folder or file and not a link, and the file holds at most `limit` characters. Never throws for
 * what the repository holds; a path that leaves the workspace is refused.
 */
export async function readWorkspaceFile(
  root: string,
  relativePath: string,
  limit: number
): Promise<WorkspaceEntry> {
  const parts = relativePath.split(/[\\/]+/).filter((part) => part !== '' && part !== '.')
  const path = parts.join('/')
  if (parts.includes('..') || /^([\\/]|[a-z]:)/i.test(relativePath)) {
    return { kind: 'unreadable', path, reason: 'the path leaves the workspace' }
  }
  let at = root
  for (const [index, part] of parts.entries()) {
    at = join(at, part)
    const entry = kindOf(at, parts.slice(0, index + 1).join('/'))
    if (entry.kind !== 'present') return entry
    if (index < parts.length - 1 && !entry.folder) {
      return { kind: 'not-a-file', path: entry.path, what: 'a file where a folder was expected' }
    }
  }
  return readRegularFile(at, path, limit)
}

type Kind = { kind: 'present'; path: string; folder: boolean } | WorkspaceEntry

function kindOf(absolute: string, path: string): Kind {
  try {
    const stats = lstatSync(absolute)
    if (stats.isSymbolicLink()) return { kind: 'link', path }
    if (stats.isDirectory()) return { kind: 'present', path, folder: true }
    if (stats.isFile()) return { kind: 'present', path, folder: false }
    return { kind: 'not-a-file', path, what: describe(stats) }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'absent', path }
    return { kind: 'unreadable', path, reason: reasonOf(error) }
  }
}

/** Opens without following a link or waiting on a fifo, and reads at most what the limit allows. */
function readRegularFile(absolute: string, path: string, limit: number): WorkspaceEntry {
  // A character is at most 3 bytes of UTF-8 (4 for 2 UTF-16 units): more bytes is over the limit.
  const maxBytes = limit * 3
  let handle: number
  try {
    handle = openSync(absolute, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ELOOP') return { kind: 'link', path }
    if (code === 'ENOENT') return { kind: 'absent', path }
    return { kind: 'unreadable', path, reason: reasonOf(error) }
  }
  try {
    const stats = fstatSync(handle)
    if (stats.isDirectory()) return { kind: 'not-a-file', path, what: 'a folder' }
    if (!stats.isFile()) return { kind: 'not-a-file', path, what: describe(stats) }
    if (stats.size > maxBytes) return { kind: 'too-large', path, limit }
    // Read one byte past the bound: a file that grew since stat() shows it and is refused.
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1)
    let length = 0
    while (length < buffer.length) {
      const bytesRead = readSync(handle, buffer, length, buffer.length - length, length)
      if (bytesRead === 0) break
      length += bytesRead
    }
    if (length > maxBytes) return { kind: 'too-large', path, limit }
    const text = buffer.toString('utf8', 0, length)
    if (text.length > limit) return { kind: 'too-large', path, limit }
    return { kind: 'file', path, text }
  } catch (error) {
    return { kind: 'unreadable', path, reason: reasonOf(error) }
  } finally {
    closeSync(handle)
  }
}

/**
 * The entries of a folder of the workspace whose names `wanted` accepts, in name order, read one
 * by one: the folder is listed without opening any file, and each file is opened only when the
 * previous one is closed. A folder that is a link, or any link on its way, is one `link` entry.
 */
export async function* folderEntries(
  root: string,
  folder: string,
  wanted: (name: string) => boolean,
  limit: number
): AsyncGenerator<WorkspaceEntry> {
  const parts = folder.split(/[\\/]+/).filter((part) => part !== '' && part !== '.')
  let at = root
  for (const [index, part] of parts.entries()) {
    at = join(at, part)
    const entry = kindOf(at, parts.slice(0, index + 1).join('/'))
    if (entry.kind !== 'present') {
      if (entry.kind === 'absent') throw new Error(`the folder '${folder}' does not exist`)
      yield entry
      return
    }
    if (!entry.folder) throw new Error(`'${entry.path}' is not a folder`)
  }
  const names = namesIn(opendirSync(at), wanted).sort()
  const prefix = parts.join('/')
  for (const name of names) {
    const path = prefix ? `${prefix}/${name}` : name
    const entry = kindOf(join(at, name), path)
    if (entry.kind !== 'present') yield entry
    else if (entry.folder) yield { kind: 'not-a-file', path, what: 'a folder' }
    else yield readRegularFile(join(at, name), path, limit)
  }
}

/** The first name at the workspace's root that `wanted` accepts, or undefined. */
export async function findAtRoot(
  root: string,
  wanted: (name: string) => boolean
): Promise<string | undefined> {
  try {
    return namesIn(opendirSync(root), wanted, 1)[0]
  } catch {
    return undefined
  }
}

/** The names of a folder's entries that `wanted` accepts, listed one entry at a time. */
function namesIn(dir: Dir, wanted: (name: string) => boolean, most = Infinity): string[] {
  const names: string[] = []
  try {
    for (let entry = dir.readSync(); entry && names.length < most; entry = dir.readSync()) {
      if (wanted(entry.name)) names.push(entry.name)
    }
  } finally {
    dir.closeSync()
  }
  return names
}

function describe(stats: { isFIFO(): boolean; isSocket(): boolean }): string {
  if (stats.isFIFO()) return 'a fifo'
  if (stats.isSocket()) return 'a socket'
  return 'a device'
}

function reasonOf(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException
  return code ?? message
}
