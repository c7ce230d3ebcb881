// The real .NET SDK, as a release job uses it: pack a library, push it with `dotnet nuget push`.
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** Quiet, offline-friendly settings for every dotnet process the tests start. */
export const DOTNET_ENV = {
  DOTNET_CLI_TELEMETRY_OPTOUT: '1',
  DOTNET_NOLOGO: '1',
  DOTNET_SKIP_FIRST_TIME_EXPERIENCE: '1',
  DOTNET_GENERATE_ASPNET_CERTIFICATE: 'false'
}

export interface DotnetInfo {
  sdk: string
  /** The NuGet client the SDK carries, as `dotnet nuget --version` reports it. */
  nuget: string
}

/** The SDK on PATH, or the reason there is none. */
export async function findDotnet(): Promise<DotnetInfo | string> {
  try {
    const env = { ...process.env, ...DOTNET_ENV }
    const sdk = (await run('dotnet', ['--version'], { env })).stdout.trim()
    const nuget = (await run('dotnet', ['nuget', '--version'], { env })).stdout.trim()
    return { sdk, nuget: nuget.split('\n').at(-1) ?? nuget }
  } catch (error) {
    return `dotnet is not on PATH (${(error as Error).message.split('\n')[0]})`
  }
}

export interface Library {
  id: string
  /**
   * Packs this version into `outputDir` and returns the .nupkg's path; `packageId` packs the same
   * build under another ID.
   */
  pack(version: string, outputDir: string, packageId?: string): Promise<string>
}

/**
 * A class library with no package references, so it builds offline. The first pack builds it;
 * later ones repack the same build under another version.
 */
export async function createLibrary(id: string): Promise<Library> {
  const projectDir = await mkdtemp(join(tmpdir(), `nuget-login-${id}-`))
  await writeFile(
    join(projectDir, `${id}.csproj`),
    '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n' +
      '    <TargetFramework>net$(NETCoreAppMaximumVersion)</TargetFramework>\n' +
      `    <PackageId>${id}</PackageId>\n` +
      '    <Authors>contoso</Authors>\n    <Description>A package for the release-job test.</Description>\n' +
      '  </PropertyGroup>\n</Project>\n'
  )
  await writeFile(
    join(projectDir, 'Widget.cs'),
    'namespace Contoso { public static class Widget { } }\n'
  )
  let built = false
  return {
    id,
    pack: async (version, outputDir, packageId = id) => {
      await mkdir(outputDir, { recursive: true })
      const args = ['pack', projectDir, '--configuration', 'Release', '--output', outputDir]
      const properties = [`-p:Version=${version}`, `-p:PackageId=${packageId}`]
      await run('dotnet', [...args, ...properties, ...(built ? ['--no-build'] : [])], {
        env: { ...process.env, ...DOTNET_ENV }
      })
      built = true
      return join(outputDir, `${packageId}.${version}.nupkg`)
    }
  }
}

/**
 * How `dotnet` comes to trust the test CA, the documented way per OS: on Linux the SSL_CERT_FILE
 * variable; elsewhere the machine's trust store, changed only on a CI runner, which is thrown away.
 * A string is the reason it cannot here.
 */
export async function trustForDotnet(caFile: string): Promise<Record<string, string> | string> {
  if (process.platform === 'linux') return { SSL_CERT_FILE: caFile }
  if (process.env.GITHUB_ACTIONS !== 'true') {
    return `trusting a test CA on ${process.platform} changes the machine's trust store, which only CI runners do`
  }
  if (process.platform === 'win32') {
    await run('certutil', ['-addstore', '-f', 'Root', caFile])
  } else {
    await run('sudo', [
      'security',
      'add-trusted-cert',
      '-d',
      '-r',
      'trustRoot',
      '-k',
      '/Library/Keychains/System.keychain',
      caFile
    ])
  }
  return {}
}
