import { strToU8, zipSync } from 'fflate'

/** A minimal .nupkg: a zip holding the .nuspec with the package's ID and version. */
export function fakeNupkg(id: string, version: string): Uint8Array {
  const nuspec =
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    '<package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">\n' +
    `  <metadata>\n    <id>${id}</id>\n    <version>${version}</version>\n` +
    '    <authors>contoso</authors>\n    <description>A test package.</description>\n  </metadata>\n' +
    '</package>\n'
  return zipSync({ [`${id}.nuspec`]: strToU8(nuspec) })
}

/** The push `dotnet nuget push` makes: multipart PUT, one part named package, the key in a header. */
export async function pushPackage(pushUrl: string, apiKey: string | undefined, nupkg: Uint8Array) {
  const form = new FormData()
  form.append('package', new Blob([nupkg], { type: 'application/octet-stream' }), 'package.nupkg')
  const response = await fetch(pushUrl, {
    method: 'PUT',
    headers: apiKey === undefined ? {} : { 'X-NuGet-ApiKey': apiKey },
    body: form
  })
  return answerOf(response)
}

/** The key check a client may make without pushing: GET /api/v2/verifykey/{id}/{version?}. */
export async function verifyKey(baseUrl: string, apiKey: string, path: string) {
  return answerOf(
    await fetch(`${baseUrl}/api/v2/verifykey/${path}`, { headers: { 'X-NuGet-ApiKey': apiKey } })
  )
}

/** What `dotnet nuget delete` sends: on nuget.org it unlists the version. */
export async function unlistPackage(baseUrl: string, apiKey: string, id: string, version: string) {
  return answerOf(
    await fetch(`${baseUrl}/api/v2/package/${id}/${version}`, {
      method: 'DELETE',
      headers: { 'X-NuGet-ApiKey': apiKey }
    })
  )
}

async function answerOf(response: Response) {
  return {
    status: response.status,
    reason: response.statusText,
    contentType: response.headers.get('content-type'),
    challenge: response.headers.get('www-authenticate'),
    text: await response.text(),
    retryAfter: response.headers.get('retry-after')
  }
}
