import {
  createPublicKey,
  createSign,
  createVerify,
  generateKeyPairSync,
  randomUUID
} from 'node:crypto'
import type { JsonWebKey, KeyObject } from 'node:crypto'

export type Claims = Record<string, unknown>

export interface SigningKey {
  kid: string
  privateKey: KeyObject
  publicJwk: JsonWebKey & { kid: string; alg: string; use: string }
}

export function createSigningKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const kid = randomUUID()
  return {
    kid,
    privateKey,
    publicJwk: { ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }
  }
}

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

export function signJwt(claims: Claims, key: SigningKey): string {
  const signingInput = `${encode({ typ: 'JWT', alg: 'RS256', kid: key.kid })}.${encode(claims)}`
  const signature = createSign('RSA-SHA256').update(signingInput).sign(key.privateKey)
  return `${signingInput}.${signature.toString('base64url')}`
}

export interface DecodedJwt {
  header: { alg?: unknown; kid?: unknown }
  claims: Claims
  signingInput: string
  signature: Buffer
}

/** Splits and decodes a JWT without checking it; undefined when it is not one. */
export function decodeJwt(token: string): DecodedJwt | undefined {
  const parts = token.split('.')
  if (parts.length !== 3) return undefined
  try {
    const [header, claims, signature] = parts as [string, string, string]
    return {
      header: JSON.parse(Buffer.from(header, 'base64url').toString('utf8')),
      claims: JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')),
      signingInput: `${header}.${claims}`,
      signature: Buffer.from(signature, 'base64url')
    }
  } catch {
    return undefined
  }
}

export function verifySignature(jwt: DecodedJwt, jwk: JsonWebKey): boolean {
  if (jwt.header.alg !== 'RS256') return false
  const publicKey = createPublicKey({ key: jwk, format: 'jwk' })
  return createVerify('RSA-SHA256').update(jwt.signingInput).verify(publicKey, jwt.signature)
}
