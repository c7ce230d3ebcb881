import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse
} from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo, Socket } from 'node:net'

export interface RecordedRequest {
  method: string
  url: string
  headers: IncomingMessage['headers']
  rawHeaders: string[]
  body: string
  rawBody: Buffer
}

export interface StandIn {
  url: string
  requests: RecordedRequest[]
  close(): Promise<void>
}

export type Handler = (
  request: RecordedRequest,
  incoming: IncomingMessage,
  response: ServerResponse
) => Promise<void>

export interface Tls {
  key: string
  cert: string
}

const MAX_REQUEST_BYTES = 8 * 1024 * 1024

/** Starts a loopback server that records every request with its body, then calls `handle`. */
export async function startStandIn(
  handle: Handler,
  options: { tls?: Tls; host?: string; port?: number } = {}
): Promise<StandIn> {
  const requests: RecordedRequest[] = []
  const sockets = new Set<Socket>()
  const listener = async (incoming: IncomingMessage, response: ServerResponse) => {
    const rawBody = await readRequestBody(incoming)
    const recorded: RecordedRequest = {
      method: incoming.method ?? '',
      url: incoming.url ?? '',
      headers: incoming.headers,
      rawHeaders: incoming.rawHeaders,
      body: rawBody.toString('utf8'),
      rawBody
    }
    requests.push(recorded)
    try {
      await handle(recorded, incoming, response)
    } catch (error) {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/html' })
      response.end(`<html><body>Server Error: ${String(error)}</body></html>`)
    }
  }
  const server = options.tls ? createHttpsServer(options.tls, listener) : createHttpServer(listener)
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  const host = options.host ?? '127.0.0.1'
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `${options.tls ? 'https' : 'http'}://${host}:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}

function readRequestBody(incoming: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    incoming.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_REQUEST_BYTES) return incoming.destroy(new Error('request too large'))
      chunks.push(chunk)
    })
    incoming.on('end', () => resolve(Buffer.concat(chunks)))
    incoming.on('error', reject)
  })
}

export function sendJson(
  response: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {}
) {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers })
  response.end(JSON.stringify(value))
}
