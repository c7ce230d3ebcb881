import type { Agent, IncomingHttpHeaders, IncomingMessage } from 'node:http'
import * as http from 'node:http'
import * as https from 'node:https'
import { LoginError, messageOf } from './errors.ts'

export interface HttpRequest {
  method: 'GET' | 'POST'
  url: URL
  headers: Record<string, string>
  body?: string
  /** Abort the request, body included, after this many milliseconds. */
  timeoutMs: number
}

export interface HttpResponse {
  status: number
  headers: IncomingHttpHeaders
  body: string
}

export type SendRequest = (request: HttpRequest) => Promise<HttpResponse>

export interface TransportOptions {
  /** The agent for a URL: it decides whether a proxy is used. */
  agentFor: (url: URL) => Agent | undefined
  /** Answers longer than this fail without being read further. */
  maxBodyBytes: number
}

/**
 * Sends one request and reads the answer, never following redirects.
 * Failures to get an answer at all are transient LoginErrors.
 */
export function createTransport(options: TransportOptions): SendRequest {
  return (request) =>
    new Promise<HttpResponse>((resolve, reject) => {
      const client = request.url.protocol === 'https:' ? https : http
      const outgoing = client.request(request.url, {
        method: request.method,
        headers: request.headers,
        agent: options.agentFor(request.url),
        signal: AbortSignal.timeout(request.timeoutMs)
      })
      outgoing.on('error', (error) => reject(describeNetworkError(request, error)))
      outgoing.on('response', (response) => {
        readBody(response, options.maxBodyBytes, request).then(
          (body) => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
          reject
        )
      })
      outgoing.end(request.body)
    })
}

function readBody(
  response: IncomingMessage,
  maxBytes: number,
  request: HttpRequest
): Promise<string> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => {
      response.destroy()
      reject(
        new LoginError(
          `${request.url.host} answered with more than ${maxBytes} bytes; the answer was not read.`
        )
      )
    }
    if (Number(response.headers['content-length']) > maxBytes) return tooLarge()
    const chunks: Buffer[] = []
    let size = 0
    response.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBytes) return tooLarge()
      chunks.push(chunk)
    })
    response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    response.on('error', (error) => reject(describeNetworkError(request, error)))
    response.on('close', () => {
      if (!response.complete)
        reject(describeNetworkError(request, new Error('the answer was cut off')))
    })
  })
}

function describeNetworkError(request: HttpRequest, error: Error): LoginError {
  const target = `${request.method} ${request.url.origin}${request.url.pathname}`
  if (error.name === 'AbortError' || error.name === 'TimeoutError') {
    return new LoginError(
      `${target} got no complete answer within ${request.timeoutMs / 1000} s.`,
      {
        transient: true,
        cause: error
      }
    )
  }
  const code = (error as NodeJS.ErrnoException).code
  const message = messageOf(error)
  const reason = code && !message.includes(code) ? `${message} (${code})` : message
  if (code && CERTIFICATE_ERRORS.has(code)) {
    return new LoginError(`${target} failed: its TLS certificate was not accepted: ${reason}`, {
      hint: certificateHint(request.url.host),
      cause: error
    })
  }
  return new LoginError(`${target} failed: ${reason}`, { transient: true, cause: error })
}

/** Node's codes for a certificate that is untrusted, expired or for another host: no retry helps. */
const CERTIFICATE_ERRORS = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_UNTRUSTED',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'CERT_SIGNATURE_FAILURE',
  'CERT_CHAIN_TOO_LONG',
  'INVALID_CA',
  'HOSTNAME_MISMATCH',
  'ERR_TLS_CERT_ALTNAME_INVALID'
])

function certificateHint(host: string): string {
  return (
    `The connection to ${host} was not retried: the same certificate would be refused again. If the runner ` +
    'is behind a proxy that inspects TLS, give Node its root certificate: set NODE_EXTRA_CA_CERTS to the path ' +
    'of that certificate (PEM) in the job or runner environment. Otherwise check `token-service-url` and the ' +
    "runner's clock."
  )
}
