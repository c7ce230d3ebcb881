import { execFile } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const execFileAsync = promisify(execFile)
/** Git for Windows' openssl (MSYS) would rewrite `/CN=...` as a path without these. */
const run = (command: string, args: string[]) =>
  execFileAsync(command, args, {
    env: { ...process.env, MSYS_NO_PATHCONV: '1', MSYS2_ARG_CONV_EXCL: '*' }
  })

export interface TestCertificates {
  /** File with the CA certificate, for NODE_EXTRA_CA_CERTS. */
  caFile: string
  key: string
  cert: string
}

/** A throwaway CA and a server certificate it signed for `hostname`, made with openssl. */
export async function createTestCertificates(hostname: string): Promise<TestCertificates> {
  const dir = await mkdtemp(join(tmpdir(), 'nuget-login-ca-'))
  const file = (name: string) => join(dir, name)
  await run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '1',
    '-keyout',
    file('ca.key'),
    '-out',
    file('ca.crt'),
    '-subj',
    '/CN=nuget-login test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign'
  ])
  await run('openssl', [
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    file('server.key'),
    '-out',
    file('server.csr'),
    '-subj',
    `/CN=${hostname}`
  ])
  await writeFile(
    file('server.ext'),
    `subjectAltName=DNS:${hostname}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n`
  )
  await run('openssl', [
    'x509',
    '-req',
    '-days',
    '1',
    '-in',
    file('server.csr'),
    '-CA',
    file('ca.crt'),
    '-CAkey',
    file('ca.key'),
    '-CAcreateserial',
    '-extfile',
    file('server.ext'),
    '-out',
    file('server.crt')
  ])
  return {
    caFile: file('ca.crt'),
    key: await readFile(file('server.key'), 'utf8'),
    cert: await readFile(file('server.crt'), 'utf8')
  }
}
