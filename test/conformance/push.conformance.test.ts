// The push rules of ../shared/nuget-token-service.md ("Pushing with the key"), against the twin:
// what `dotnet nuget push` meets after the login. Sources: src/NuGetGallery/Controllers/ApiController.cs
// (CreatePackagePut) and src/NuGetGallery/Strings.resx.
import { afterEach, describe, expect, it } from 'vitest'
import { fakeNupkg, pushPackage } from '../fakes/nupkg.ts'
import { startTwin, type Twin } from './twin.ts'

const KEY_REFUSED =
  'The specified API key is invalid, has expired, or does not have permission to access the specified package.'

describe('nuget.org twin: the push', () => {
  let twin: Twin | undefined
  let skipMs = 0
  afterEach(async () => {
    await twin?.close()
    twin = undefined
    skipMs = 0
  })

  /** A twin whose clock can jump, and a key it issued. */
  async function withKey(options: Parameters<typeof startTwin>[0] = {}) {
    twin = await startTwin({ ...options, now: () => Date.now() + skipMs })
    const answer = await twin.exchange(twin.token())
    return { twin, key: JSON.parse(answer.body).apiKey as string }
  }
  const pushUrl = (t: Twin) => `${t.nuget.url}/api/v2/package`
  const push = (t: Twin, key: string, id = 'Contoso.Widgets', version = '1.0.0') =>
    pushPackage(pushUrl(t), key, fakeNupkg(id, version))

  it('names PackagePublish/2.0.0 in the v3 service index', async () => {
    const { twin } = await withKey()
    const index = (await (await fetch(twin.nuget.serviceIndexUrl)).json()) as {
      resources: { '@id': string; '@type': string }[]
    }
    expect(index.resources).toContainEqual(
      expect.objectContaining({ '@type': 'PackagePublish/2.0.0', '@id': pushUrl(twin) })
    )
  })

  it('takes a package (201), reading its ID and version from the .nuspec', async () => {
    const { twin, key } = await withKey()
    expect((await push(twin, key)).status).toBe(201)
    expect(twin.nuget.registry.pushed).toEqual([
      expect.objectContaining({ id: 'Contoso.Widgets', version: '1.0.0', apiKey: key })
    ])
  })

  it('uses a key many times until its end', async () => {
    const { twin, key } = await withKey()
    for (const version of ['1.0.0', '1.0.1', '1.0.2']) {
      expect((await push(twin, key, 'Contoso.Widgets', version)).status).toBe(201)
    }
  })

  it.each([
    ['a key it never issued', 'x'.repeat(84)],
    ['no key', '']
  ])('refuses %s: 403', async (_, key) => {
    const { twin } = await withKey()
    const refused = await push(twin, key)
    expect({ status: refused.status, error: JSON.parse(refused.text).error }).toEqual({
      status: 403,
      error: KEY_REFUSED
    })
  })

  it('refuses a key from its real end on, up to a minute before expires: 403', async () => {
    const { twin, key } = await withKey()
    const issued = twin.nuget.keys.get(key)
    skipMs = (issued?.usableUntil ?? 0) - Date.now()
    expect((await push(twin, key)).status).toBe(403)
  })

  it('refuses a package another owner holds: 403', async () => {
    const { twin, key } = await withKey({ packages: { 'Fabrikam.Gadgets': 'fabrikam' } })
    expect((await push(twin, key, 'fabrikam.gadgets')).status).toBe(403)
    expect((await push(twin, key, 'Contoso.Widgets')).status).toBe(201)
  })

  it('refuses the same version twice: 409, with nuget.org’s message', async () => {
    const { twin, key } = await withKey()
    await push(twin, key)
    const again = await push(twin, key)
    expect({ status: again.status, error: JSON.parse(again.text).error }).toEqual({
      status: 409,
      error:
        "A package with ID 'Contoso.Widgets' and version '1.0.0' already exists and cannot be modified."
    })
  })

  it('refuses what is not a package: 400', async () => {
    const { twin, key } = await withKey()
    expect((await pushPackage(pushUrl(twin), key, new Uint8Array([1, 2, 3]))).status).toBe(400)
  })

  it('limits a key to 100 pushes a minute: 429 with Retry-After', async () => {
    const { twin, key } = await withKey()
    const answers = []
    for (let version = 0; version < 101; version++) {
      answers.push(await push(twin, key, 'Contoso.Widgets', `1.0.${version}`))
    }
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(100)
    expect(answers.at(-1)).toMatchObject({ status: 429, retryAfter: '60' })
  })
})
