// An HTTP CONNECT proxy in this process (the `proxy` package), on every OS. It resolves one made-up
// host name to loopback itself, as a corporate proxy resolves names the runner cannot: a request
// that reaches that name went through the proxy.
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createProxy } from 'proxy'

export const PROXIED_HOST = 'nuget-login.test'

export interface ConnectProxy {
  url: string
  /** The `host:port` of every CONNECT the proxy received, as the client sent it. */
  tunnels: string[]
  close(): Promise<void>
}

export interface ProxyCredentials {
  user: string
  password: string
}

/** With `credentials`, the proxy answers 407 to any CONNECT that does not carry them. */
export async function startConnectProxy(credentials?: ProxyCredentials): Promise<ConnectProxy> {
  const tunnels: string[] = []
  const server = createServer()
  // Runs before the package's own CONNECT handler, which connects to whatever req.url names.
  server.prependListener('connect', (request: IncomingMessage) => {
    tunnels.push(request.url ?? '')
    request.url = (request.url ?? '').replace(`${PROXIED_HOST}:`, '127.0.0.1:')
  })
  const proxy = createProxy(server)
  if (credentials) {
    const expected = `Basic ${Buffer.from(`${credentials.user}:${credentials.password}`).toString('base64')}`
    proxy.authenticate = (request) => request.headers['proxy-authorization'] === expected
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    tunnels,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
