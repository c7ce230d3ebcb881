import { spawn, type ChildProcess } from 'node:child_process'
import { access, chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { createServer, connect, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface Proxy {
  url: string
  /** What tinyproxy logged so far: one line per CONNECT among others. */
  log(): Promise<string>
  stop(): Promise<void>
}

const CANDIDATES = ['/usr/bin/tinyproxy', '/usr/sbin/tinyproxy', '/usr/local/bin/tinyproxy']

export async function findTinyproxy(): Promise<string | undefined> {
  for (const path of CANDIDATES) {
    try {
      await access(path)
      return path
    } catch {
      // not there; try the next place
    }
  }
  return undefined
}

/**
 * Runs a real tinyproxy on loopback in the foreground until `stop()`. With `basicAuth`, it grants
 * access only to requests carrying that user and password, and answers 407 to others.
 */
export async function startTinyproxy(
  binary: string,
  basicAuth?: { user: string; password: string }
): Promise<Proxy> {
  const dir = await mkdtemp(join(tmpdir(), 'nuget-login-proxy-'))
  await chmod(dir, 0o777)
  const port = await freePort()
  const logFile = join(dir, 'tinyproxy.log')
  const runsAsRoot = process.getuid?.() === 0
  await writeFile(
    join(dir, 'tinyproxy.conf'),
    [
      ...(runsAsRoot ? ['User nobody', 'Group nogroup'] : []),
      `Port ${port}`,
      'Listen 127.0.0.1',
      'Timeout 30',
      'Allow 127.0.0.1',
      `LogFile "${logFile}"`,
      'LogLevel Connect',
      'MaxClients 20',
      ...(basicAuth ? [`BasicAuth ${basicAuth.user} ${basicAuth.password}`] : [])
    ].join('\n')
  )
  const child = spawn(binary, ['-d', '-c', join(dir, 'tinyproxy.conf')], { stdio: 'ignore' })
  await waitForPort(port, child)
  return {
    url: `http://127.0.0.1:${port}`,
    log: () => readFile(logFile, 'utf8').catch(() => ''),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      })
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      server.close(() => resolve(port))
    })
  })
}

async function waitForPort(port: number, child: ChildProcess) {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`tinyproxy exited with code ${child.exitCode}`)
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1')
      socket.once('connect', () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (open) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`tinyproxy did not listen on port ${port}`)
}
