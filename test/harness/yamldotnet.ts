// YamlDotNet, the YAML reader GitHub's runner uses, as a test oracle: test/oracles/yamldotnet is
// built once per source version (cached by its hash), then reads many files in one process.
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { access, cp, mkdir, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { DOTNET_ENV, findDotnet } from './dotnet.ts'
import { ROOT } from './run-action.ts'

const run = promisify(execFile)
const SOURCE = join(ROOT, 'test', 'oracles', 'yamldotnet')

export type Verdict = { accepted: true } | { accepted: false; error: string }

export interface YamlOracle {
  /** What YamlDotNet says of each file, by path. */
  read(paths: string[]): Promise<Map<string, Verdict>>
}

/** The oracle, built if its cached build is missing, or the reason it cannot be. */
export async function yamlDotNet(): Promise<YamlOracle | string> {
  const dotnet = await findDotnet()
  if (typeof dotnet === 'string') return dotnet
  const env = { ...process.env, ...DOTNET_ENV }
  const dll = join(await buildFolder(), 'out', 'YamlOracle.dll')
  try {
    await access(dll)
  } catch {
    const folder = join(dll, '..', '..')
    await cp(SOURCE, join(folder, 'src'), { recursive: true })
    try {
      await run(
        'dotnet',
        ['build', '-c', 'Release', '-o', join(folder, 'out'), join(folder, 'src')],
        {
          env,
          timeout: 300_000
        }
      )
    } catch (error) {
      const { stdout } = error as { stdout?: string }
      return `the YamlDotNet oracle did not build (${(stdout ?? String(error)).split('\n').filter((l) => /error/i.test(l))[0] ?? 'dotnet build failed'})`
    }
  }
  return {
    read: async (paths) => {
      const { stdout } = await run('dotnet', [dll, ...paths], { env, maxBuffer: 1 << 24 })
      const verdicts = new Map<string, Verdict>()
      for (const line of stdout.split('\n')) {
        const accepted = /^accepted (.*)$/.exec(line)
        const rejected = /^rejected (.*?): (.*)$/.exec(line)
        if (accepted) verdicts.set(accepted[1] as string, { accepted: true })
        else if (rejected)
          verdicts.set(rejected[1] as string, { accepted: false, error: rejected[2] as string })
      }
      return verdicts
    }
  }
}

/** A folder of the OS temp dir named by the hash of the oracle's sources. */
async function buildFolder(): Promise<string> {
  const hash = createHash('sha256')
  for (const name of (await readdir(SOURCE)).sort()) {
    hash.update(name).update(await readFile(join(SOURCE, name)))
  }
  const folder = join(tmpdir(), `nuget-login-yamldotnet-${hash.digest('hex').slice(0, 16)}`)
  await mkdir(folder, { recursive: true })
  return folder
}
