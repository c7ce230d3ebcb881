import type { IncomingHttpHeaders } from 'node:http'
import { LoginError } from '../errors.ts'
import type { HttpResponse } from './http.ts'
import { isTransientStatus } from './statuses.ts'
import { withoutUserinfo } from '../../shared/userinfo.ts'

const EXCERPT_LENGTH = 200
const SERVER_MESSAGE_LENGTH = 2000

/**
 * Turns an answer that is not a success into a LoginError: the server's own message when it
 * sent one, otherwise the status and a short, cleaned excerpt of the body. Without the server's own
 * reason, `serverFaultHint` goes with a 500 and `refusalHint` with a permanent refusal.
 */
export function describeErrorAnswer(
  what: string,
  response: HttpResponse,
  options: { now: number; redirectHint?: string; refusalHint?: string; serverFaultHint?: string }
): LoginError {
  const { status, headers } = response
  if (status >= 300 && status < 400) {
    const location = headerValue(headers, 'location') ?? '(no Location header)'
    return new LoginError(
      `${what}: it answered ${status} with a redirect to ${clean(withoutUserinfo(location))}, which is not followed.`,
      { status, hint: options.redirectHint }
    )
  }
  const serverMessage = jsonErrorField(response.body)
  const detail = serverMessage ?? bodyExcerpt(response.body)
  const transient = isTransientStatus(status)
  return new LoginError(`${what} (HTTP ${status})${detail ? `: ${detail}` : '.'}`, {
    status,
    serverMessage,
    hint: serverMessage ? undefined : unexplainedHint(status, transient, options),
    transient,
    retryAfterMs: parseRetryAfter(headerValue(headers, 'retry-after'), options.now)
  })
}

/** The hint for an answer that came without the server's own reason. */
function unexplainedHint(
  status: number,
  transient: boolean,
  options: { refusalHint?: string; serverFaultHint?: string }
): string | undefined {
  if (status === 500) return options.serverFaultHint
  return transient ? undefined : options.refusalHint
}

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}

/** The server's clock when it answered, from its Date header; undefined without a valid one. */
export function answeredAt(headers: IncomingHttpHeaders): number | undefined {
  const value = headerValue(headers, 'date')
  const time = value === undefined ? Number.NaN : Date.parse(value)
  return Number.isNaN(time) ? undefined : time
}

/** Milliseconds to wait from a Retry-After header given in seconds or as an HTTP date. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const date = Date.parse(trimmed)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

function jsonErrorField(body: string): string | undefined {
  try {
    const error = (JSON.parse(body) as { error?: unknown } | null)?.error
    return typeof error === 'string' && error.trim()
      ? truncate(clean(error), SERVER_MESSAGE_LENGTH)
      : undefined
  } catch {
    return undefined
  }
}

function bodyExcerpt(body: string): string {
  return truncate(clean(body.replace(/<[^>]*>/g, ' ')), EXCERPT_LENGTH)
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length)}…` : text
}

/** One line of printable text, with anything shaped like a JWT blanked out. */
function clean(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Cf}]+/gu, ' ')
    .replace(/eyJ[\w-]*\.[\w-]+\.[\w-]*/g, '[token removed]')
    .replace(/\s+/g, ' ')
    .trim()
}
