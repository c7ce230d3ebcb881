import { STATUS_CODES } from 'node:http'

/** Statuses that may pass: a timeout, rate limiting, a server or gateway fault. */
const TRANSIENT_STATUSES = new Set([408, 429, 500, 502, 503, 504])

export function isTransientStatus(status: number): boolean {
  return TRANSIENT_STATUSES.has(status)
}

/** A status and its standard name (never the server's own reason phrase): `407 Proxy Authentication Required`. */
export function statusText(status: number): string {
  return `${status} ${STATUS_CODES[status] ?? ''}`.trim()
}
