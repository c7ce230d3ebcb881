// A loopback TCP server that answers every connection byte for byte as a test says: for answers
// no HTTP library would send (101 without being asked, cut bodies, a proxy that never answers
// CONNECT or answers it wrongly).
import { createServer, type AddressInfo, type Socket } from 'node:net'

export interface RawServer {
  /** `http://127.0.0.1:<port>` */
  url: string
  /** What each connection sent first (up to the end of its headers), in order. */
  received: string[]
  close(): Promise<void>
}

/** Called once per connection with the request's head; never called again on that connection. */
export type RawAnswer = (socket: Socket, head: string) => void

export async function startRawServer(answer: RawAnswer): Promise<RawServer> {
  const received: string[] = []
  const sockets = new Set<Socket>()
  const server = createServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => socket.destroy())
    let head = ''
    const onData = (chunk: Buffer) => {
      head += chunk.toString('latin1')
      if (!head.includes('\r\n\r\n')) return
      socket.off('data', onData)
      received.push(head)
      answer(socket, head)
    }
    socket.on('data', onData)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}

/** Writes `text` and keeps the connection open, reading and ignoring whatever comes next. */
export const answerAndHold =
  (text: string): RawAnswer =>
  (socket) => {
    socket.write(text)
    socket.resume()
  }

/** Writes `text` and closes the connection. */
export const answerAndClose =
  (text: string): RawAnswer =>
  (socket) => {
    socket.end(text)
  }

/** Reads the request and never answers it. */
export const neverAnswer: RawAnswer = (socket) => {
  socket.resume()
}
