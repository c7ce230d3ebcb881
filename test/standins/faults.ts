import type { IncomingMessage, ServerResponse } from 'node:http'

/** Something going wrong on the way, applied by a stand-in to one request. */
export type Fault =
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: string }
  | { kind: 'reset' }
  | { kind: 'hang' }
  | { kind: 'lose-answer' }
  | { kind: 'slow'; ms: number }
  | { kind: 'huge'; bytes: number }
  /** Bytes written to the connection as they are, which is then closed: a malformed answer. */
  | { kind: 'raw'; answer: string }

export const TRANSIENT_FAULTS: readonly Fault[] = [
  { kind: 'status', status: 503, body: 'Service Unavailable' },
  { kind: 'status', status: 502, body: '<html><body><h1>502 Bad Gateway</h1></body></html>' },
  { kind: 'status', status: 504, body: 'Gateway Timeout' },
  { kind: 'status', status: 500, body: '<html><body>Runtime Error</body></html>' },
  { kind: 'status', status: 429, headers: { 'Retry-After': '1' }, body: 'Too Many Requests' },
  { kind: 'reset' },
  { kind: 'lose-answer' },
  // What a broken connection or middlebox can make of an answer: each is retried.
  { kind: 'raw', answer: 'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{"apiKey":' },
  { kind: 'raw', answer: 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{"api\r\n' },
  {
    kind: 'raw',
    answer:
      'HTTP/1.1 103 Early Hints\r\n\r\nHTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n'
  },
  { kind: 'raw', answer: 'SSH-2.0-OpenSSH_9.6\r\n' }
]

/** The faults still to apply, in order, and a rate of random transient ones. */
export class FaultPlan {
  private readonly queue: Fault[] = []
  private readonly randomRate: number
  private readonly random: () => number

  constructor(randomRate = 0, random: () => number = Math.random) {
    this.randomRate = randomRate
    this.random = random
  }

  add(...faults: Fault[]): this {
    this.queue.push(...faults)
    return this
  }

  next(): Fault | undefined {
    const queued = this.queue.shift()
    if (queued) return queued
    if (this.randomRate > 0 && this.random() < this.randomRate) {
      return TRANSIENT_FAULTS[Math.floor(this.random() * TRANSIENT_FAULTS.length)]
    }
    return undefined
  }
}

/**
 * Applies a fault that replaces the answer. Returns false for faults that let the request be
 * handled (slow, lose-answer), so the caller goes on.
 */
export async function applyFault(fault: Fault, request: IncomingMessage, response: ServerResponse) {
  switch (fault.kind) {
    case 'status':
      response.writeHead(fault.status, { 'Content-Type': 'text/plain', ...fault.headers })
      response.end(fault.body ?? '')
      return true
    case 'reset':
      request.socket.destroy()
      return true
    case 'hang':
      return true
    case 'raw':
      request.socket.end(fault.answer)
      return true
    case 'huge':
      await writeHuge(response, fault.bytes)
      return true
    case 'slow':
      await new Promise((resolve) => setTimeout(resolve, fault.ms))
      return false
    case 'lose-answer':
      return false
  }
}

async function writeHuge(response: ServerResponse, bytes: number) {
  response.writeHead(200, { 'Content-Type': 'application/json' })
  const chunk = Buffer.alloc(64 * 1024, 'a')
  for (let written = 0; written < bytes && !response.destroyed; written += chunk.length) {
    if (!response.write(chunk)) await drainedOrClosed(response)
  }
  response.end()
}

/** Waits for the socket to drain or close, and leaves no listener behind either way. */
function drainedOrClosed(response: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      response.off('drain', done).off('close', done)
      resolve()
    }
    response.on('drain', done).on('close', done)
  })
}
