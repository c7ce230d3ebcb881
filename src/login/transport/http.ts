import type { IncomingHttpHeaders, IncomingMessage } from 'node:http'
import * as http from 'node:http'
import * as https from 'node:https'
import { isIP, type Socket } from 'node:net'
import * as tls from 'node:tls'
import { LoginError, reasonOf } from '../errors.ts'
import { bareHostname, openTunnel, proxyName, type ProxyRoute, type Track } from './tunnel.ts'
import { statusText } from './statuses.ts'

export interface HttpRequest {
  method: 'GET' | 'POST'
  url: URL
  headers: Record<string, string>
  body?: string
  /** Give up on the request, proxy and body included, after this many milliseconds. */
  timeoutMs: number
}

export interface HttpResponse {
  status: number
  headers: IncomingHttpHeaders
  body: string
}

export type SendRequest = (request: HttpRequest) => Promise<HttpResponse>

export interface TransportOptions {
  /** The proxy a URL's requests go through, or undefined to connect directly. */
  proxyFor: (url: URL) => ProxyRoute | undefined
  /** Answers longer than this fail without being read further. */
  maxBodyBytes: number
}

/**
 * Sends one request and reads the answer, never following redirects. The request settles within
 * its timeout whatever the network, a proxy or the server does, and leaves no socket open.
 * Failures to get an answer at all are transient LoginErrors.
 */
export function createTransport(options: TransportOptions): SendRequest {
  return (request) => {
    const proxy = options.proxyFor(request.url)
    let tunnelling = proxy !== undefined
    return settleWithin(
      request.timeoutMs,
      () => timedOut(request, proxy, tunnelling),
      async (track) => {
        const tunnel = proxy ? await openTunnel(proxy, request.url, track) : undefined
        tunnelling = false
        const response = await sendOver(request, tunnel, track)
        const body = await readBody(response, options.maxBodyBytes, request)
        return { status: response.statusCode ?? 0, headers: response.headers, body }
      }
    ).catch((error: unknown) => {
      throw describeNetworkError(request, proxy, error)
    })
  }
}

/**
 * Runs `operation` with a way to register what it opens, and settles with it or, after `ms`, with
 * `onTimeout()`. Either way everything registered is destroyed. The timer keeps the process alive:
 * Node emits nothing for a request aborted before it has a socket (an agent still waiting for a
 * proxy), so a request's own events cannot be relied on to settle it.
 */
export function settleWithin<T>(
  ms: number,
  onTimeout: () => Error,
  operation: (track: Track) => Promise<T>
): Promise<T> {
  const resources = new Set<{ destroy(): unknown }>()
  let settled = false
  return new Promise<T>((resolve, reject) => {
    const finish = (settle: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      for (const resource of resources) resource.destroy()
      settle()
    }
    const timer = setTimeout(() => finish(() => reject(onTimeout())), ms)
    const track: Track = (resource) => {
      if (settled) resource.destroy()
      else resources.add(resource)
      return resource
    }
    operation(track).then(
      (value) => finish(() => resolve(value)),
      (error: unknown) => finish(() => reject(error))
    )
  })
}

/** Sends the request, directly or over an open tunnel, and resolves with the answer's head. */
function sendOver(
  request: HttpRequest,
  tunnel: Socket | undefined,
  track: Track
): Promise<IncomingMessage> {
  const isHttps = request.url.protocol === 'https:'
  const client = isHttps ? https : http
  const connection = tunnel && {
    createConnection: () => (isHttps ? track(secureOver(tunnel, request.url)) : tunnel)
  }
  return new Promise((resolve, reject) => {
    const outgoing = track(
      client.request(request.url, {
        method: request.method,
        headers: request.headers,
        ...(connection ?? { agent: false })
      })
    )
    outgoing.on('error', reject)
    outgoing.on('upgrade', (response: IncomingMessage, socket: Socket) => {
      track(socket)
      reject(switchedProtocols(request, response))
    })
    outgoing.on('response', (response: IncomingMessage) => {
      if ((response.statusCode ?? 0) < 200) reject(switchedProtocols(request, response))
      else resolve(response)
    })
    outgoing.end(request.body)
  })
}

/** TLS to the target inside the proxy's tunnel, checked against the target's name. */
function secureOver(tunnel: Socket, url: URL): tls.TLSSocket {
  const host = bareHostname(url)
  return tls.connect({ socket: tunnel, host, servername: isIP(host) ? undefined : host })
}

/** A final answer below 200: 101 Switching Protocols, which this action never asks for. */
function switchedProtocols(request: HttpRequest, response: IncomingMessage): LoginError {
  const status = response.statusCode ?? 0
  return new LoginError(
    `${request.method} ${request.url.origin}${request.url.pathname} answered ` +
      `${statusText(status)}, leaving HTTP, which this action never asks for.`,
    {
      status,
      hint:
        `${request.url.host} does not answer as a token service does. If it is the address in ` +
        '`token-service-url`, check that setting; otherwise a proxy or gateway between the runner and it ' +
        'answered instead.'
    }
  )
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
    const cutOff = (cause?: Error) =>
      reject(Object.assign(new Error('the answer was cut off before its end'), { cause }))
    response.on('error', cutOff)
    response.on('close', () => {
      if (!response.complete) cutOff()
    })
  })
}

function timedOut(request: HttpRequest, proxy: ProxyRoute | undefined, tunnelling: boolean) {
  const target = `${request.method} ${request.url.origin}${request.url.pathname}`
  const within = `${target} got no complete answer within ${request.timeoutMs / 1000} s`
  if (!proxy) return new LoginError(`${within}.`, { transient: true })
  const name = proxyName(proxy.url)
  if (!tunnelling)
    return new LoginError(`${within} (through the proxy ${name}).`, { transient: true })
  return new LoginError(`${within}: the proxy ${name} did not answer its CONNECT request.`, {
    transient: true,
    hint:
      `The proxy in ${proxy.variable} took the connection but never answered. Check that ${proxy.variable} ` +
      `names a working HTTP proxy, or list ${request.url.hostname} in NO_PROXY if the runner can reach it directly.`
  })
}

/** Failures without an answer, each naming the request and, where one was used, the proxy. */
function describeNetworkError(
  request: HttpRequest,
  proxy: ProxyRoute | undefined,
  error: unknown
): LoginError {
  if (error instanceof LoginError) return error
  const through = proxy ? ` through the proxy ${proxyName(proxy.url)}` : ''
  const target = `${request.method} ${request.url.origin}${request.url.pathname}${through}`
  const code = (error as NodeJS.ErrnoException).code
  const reason = reasonOf(error)
  if (code?.startsWith('HPE_')) {
    return new LoginError(`${target} failed: the answer was not valid HTTP: ${reason}`, {
      transient: true,
      cause: error
    })
  }
  if (code && CERTIFICATE_ERRORS.has(code)) {
    return new LoginError(`${target} failed: its TLS certificate was not accepted: ${reason}`, {
      hint: certificateHint(request.url.host),
      cause: error
    })
  }
  return new LoginError(`${target} failed: ${reason}`, {
    transient: true,
    hint: proxy && throughProxyHint(proxy, request.url),
    cause: error
  })
}

/** For a failure inside a proxy's tunnel: the proxy is as likely a cause as the server. */
function throughProxyHint(proxy: ProxyRoute, url: URL): string {
  return (
    `The request went through the proxy ${proxyName(proxy.url)} (from ${proxy.variable}). If this keeps ` +
    `happening, check that proxy, or list ${url.hostname} in NO_PROXY if the runner can reach it directly.`
  )
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
