// The package a push carries: the multipart part named `package`, and the ID and version in its
// .nuspec (src/NuGetGallery/Controllers/ApiController.cs ReadPackageFromRequest).
import { unzipSync } from 'fflate'
import { XMLParser } from 'fast-xml-parser'
import type { RecordedRequest } from '../server.ts'

/** The multipart part named `package`, parsed by the platform's own form-data reader. */
export async function packagePart(request: RecordedRequest): Promise<Uint8Array | undefined> {
  try {
    const form = await new Response(request.rawBody, {
      headers: { 'Content-Type': String(request.headers['content-type'] ?? '') }
    }).formData()
    const part = form.get('package')
    return part instanceof Blob ? new Uint8Array(await part.arrayBuffer()) : undefined
  } catch {
    return undefined
  }
}

/** The ID and version from the .nuspec at the root of the .nupkg (a zip archive). */
export function readIdentity(nupkg: Uint8Array): { id: string; version: string } | undefined {
  try {
    const files = unzipSync(nupkg, { filter: (file) => /^[^/]+\.nuspec$/i.test(file.name) })
    const nuspec = Object.values(files)[0]
    if (!nuspec) return undefined
    const xml = new XMLParser({ removeNSPrefix: true, parseTagValue: false }).parse(
      new TextDecoder().decode(nuspec)
    )
    const metadata = xml?.package?.metadata
    const id: unknown = metadata?.id
    const version: unknown = metadata?.version
    return typeof id === 'string' && typeof version === 'string' ? { id, version } : undefined
  } catch {
    return undefined
  }
}
