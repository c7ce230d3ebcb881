// The short-lived key and its lifetime.
// Sources: src/NuGetGallery.Services/Authentication/ApiKeyV5.cs (the key's layout),
// CredentialBuilder.cs (CreateShortLivedApiKey: issue time rounded down to the minute),
// Federated/FederatedCredentialConfiguration.cs (ShortLivedApiKeyDuration).
import { createHash, randomInt } from 'node:crypto'

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
/** The fixed signature of Microsoft's common annotated key format, at offset 52. */
const KEY_SIGNATURE = 'JQQJ99'
const PROVIDER_SIGNATURE = 'NUGT'

export interface NewApiKey {
  value: string
  /** `expires` as the answer states it: the request time plus the lifetime. */
  expires: number
  /** Pushes are refused from here on: the minute of issue plus the lifetime. */
  usableUntil: number
}

/**
 * A v5-shaped key: 52 random characters, the signature, allocation date, 'N5' and the
 * environment letter, the user key, the key type and lifetime, the provider, a checksum.
 */
export function createApiKey(now: number, lifetimeMs: number, userKey: number): NewApiKey {
  const issued = Math.floor(now / 60_000) * 60_000
  const date = new Date(issued)
  const body =
    random(52) +
    KEY_SIGNATURE +
    base62(date.getUTCFullYear() - 2024, 1) +
    base62(date.getUTCMonth(), 1) +
    'N5P' +
    base62(userKey, 6) +
    base62(date.getUTCDate(), 1) +
    base62(date.getUTCHours(), 1) +
    base62(date.getUTCMinutes(), 1) +
    'S' +
    base62(lifetimeMs / 60_000, 3) +
    PROVIDER_SIGNATURE
  return {
    value: body + checksum(body),
    expires: now + lifetimeMs,
    usableUntil: issued + lifetimeMs
  }
}

/** .NET's round-trip ("O") format of a UTC DateTimeOffset: 7 fractional digits and +00:00. */
export function dotNetRoundTrip(epochMs: number): string {
  const ticks = String(randomInt(10_000)).padStart(4, '0')
  return new Date(epochMs).toISOString().replace(/\.(\d{3})Z$/, `.$1${ticks}+00:00`)
}

function random(length: number): string {
  return Array.from({ length }, () => BASE62[randomInt(62)]).join('')
}

function base62(value: number, width: number): string {
  let digits = ''
  for (let rest = Math.floor(value); digits.length < width; rest = Math.floor(rest / 62)) {
    digits = BASE62[rest % 62] + digits
  }
  return digits
}

function checksum(body: string): string {
  const hash = createHash('sha256').update(body).digest()
  return base62(hash.readUInt32BE(0), 4)
}
