import * as http from 'node:http'
import * as https from 'node:https'
import type { Socket } from 'node:net'
import { LoginError, reasonOf } from '../errors.ts'
import { isTransientStatus, statusText } from './statuses.ts'

/** The proxy a request goes through, and the variable that named it. */
export interface ProxyRoute {
  url: URL
  /** HTTPS_PROXY, https_proxy, HTTP_PROXY or http_proxy. */
  variable: string
}

/** Registers a socket or request to be destroyed when the request it serves settles. */
export type Track = <T extends { destroy(): unknown }>(resource: T) => T

/** The proxy as it may be printed: scheme, host and port, never the credentials in its URL. */
export function proxyName(proxy: URL): string {
  return `${proxy.protocol}//${proxy.host}`
}

/** A URL's host name as sockets take it: an IPv6 address without its brackets. */
export function bareHostname(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '')
}

/** `host:port` of a URL, as CONNECT names it. */
export function authorityOf(target: URL): string {
  return `${target.hostname}:${target.port || (target.protocol === 'https:' ? 443 : 80)}`
}

/**
 * Opens a tunnel to `target` with the proxy's CONNECT method and resolves with its socket. Every
 * answer but a plain 2xx is a LoginError naming the proxy: the server behind it was never reached.
 */
export function openTunnel(route: ProxyRoute, target: URL, track: Track): Promise<Socket> {
  const authority = authorityOf(target)
  const proxy = route.url
  return new Promise((resolve, reject) => {
    const client = proxy.protocol === 'https:' ? https : http
    const connect = track(
      client.request({
        protocol: proxy.protocol,
        hostname: bareHostname(proxy),
        port: proxy.port || (proxy.protocol === 'https:' ? 443 : 80),
        method: 'CONNECT',
        path: authority,
        agent: false,
        headers: { Host: authority, ...proxyAuthorization(proxy) }
      })
    )
    connect.once('connect', (response: http.IncomingMessage, socket: Socket, head: Buffer) => {
      track(socket)
      const status = response.statusCode ?? 0
      if (status < 200 || status >= 300) return reject(refusal(route, authority, response))
      if (head.length > 0) return reject(spokeTooEarly(route, authority))
      resolve(socket)
    })
    connect.once('error', (error) => reject(unreachable(route, authority, error)))
    connect.end()
  })
}

function proxyAuthorization(proxy: URL): Record<string, string> {
  if (!proxy.username && !proxy.password) return {}
  const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`
  return { 'Proxy-Authorization': `Basic ${Buffer.from(credentials).toString('base64')}` }
}

function refusal(route: ProxyRoute, authority: string, response: http.IncomingMessage) {
  const status = response.statusCode ?? 0
  const message = `The proxy ${proxyName(route.url)} refused to open a tunnel to ${authority}: HTTP ${statusText(status)}.`
  // tinyproxy answers wrong credentials with 401 and missing ones with 407.
  if (status === 407 || status === 401) {
    return new LoginError(message, { hint: credentialsHint(route, response) })
  }
  const transient = isTransientStatus(status)
  return new LoginError(message, {
    transient,
    hint: transient
      ? `The proxy could not reach ${authority}, or is overloaded. If this keeps happening, ask the proxy's ` +
        `administrator, or list ${hostOf(authority)} in NO_PROXY if the runner can reach it directly.`
      : `The proxy in ${route.variable} does not let this runner through to ${authority}. Ask its administrator ` +
        `to allow it, or list ${hostOf(authority)} in NO_PROXY if the runner can reach it directly.`
  })
}

/** What the proxy asks for, named only from a fixed list: its header is not printed. */
const AUTH_SCHEMES = ['Basic', 'Digest', 'Negotiate', 'NTLM', 'Bearer']

function credentialsHint(route: ProxyRoute, response: http.IncomingMessage): string {
  const header = [response.headers['proxy-authenticate'], response.headers['www-authenticate']]
    .flat()
    .join(',')
  const schemes = AUTH_SCHEMES.filter((scheme) => new RegExp(`\\b${scheme}\\b`, 'i').test(header))
  const asks = schemes.length
    ? `It asks for ${schemes.join(' or ')} credentials`
    : 'It asks for credentials'
  const given =
    route.url.username || route.url.password
      ? `the user name and password in ${route.variable} were not accepted`
      : `${route.variable} gives none`
  const basicOnly =
    schemes.length && !schemes.includes('Basic')
      ? ' This action can send only Basic credentials: ask for a proxy account that accepts them.'
      : ''
  return (
    `${asks}, and ${given}. Set ${route.variable} to ${route.url.protocol}//USER:PASSWORD@${route.url.host} from a secret ` +
    `(percent-encode special characters), or ask the proxy's administrator to let this runner through.${basicOnly} ` +
    'A refusal by the proxy is not retried.'
  )
}

function spokeTooEarly(route: ProxyRoute, authority: string) {
  return new LoginError(
    `The proxy ${proxyName(route.url)} accepted a tunnel to ${authority}, then sent data of its own before ` +
      'the request: the tunnel was not used.',
    {
      hint:
        `Something other than a plain HTTP proxy answers at ${proxyName(route.url)}. Check the address in ` +
        `${route.variable}.`
    }
  )
}

function unreachable(route: ProxyRoute, authority: string, error: Error) {
  return new LoginError(
    `The proxy ${proxyName(route.url)} (from ${route.variable}) failed while opening a tunnel to ` +
      `${authority}: ${reasonOf(error)}`,
    {
      transient: true,
      hint: `Check that the proxy in ${route.variable} is running and that its address is right.`,
      cause: error
    }
  )
}

function hostOf(authority: string): string {
  return authority.slice(0, authority.lastIndexOf(':'))
}
