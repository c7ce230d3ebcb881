export interface LoginErrorOptions {
  /** What the user should change; printed under the message. */
  hint?: string
  /** The failure may pass if the same request is tried again. */
  transient?: boolean
  /** How long the server asked us to wait before trying again. */
  retryAfterMs?: number
  /** HTTP status of the answer that caused the failure. */
  status?: number
  /** The server's own explanation, verbatim. */
  serverMessage?: string
  cause?: unknown
}

/** A failure explained for the person who reads the workflow log. */
export class LoginError extends Error {
  readonly hint: string | undefined
  readonly transient: boolean
  readonly retryAfterMs: number | undefined
  readonly status: number | undefined
  readonly serverMessage: string | undefined

  constructor(message: string, options: LoginErrorOptions = {}) {
    super(message, { cause: options.cause })
    this.name = 'LoginError'
    this.hint = options.hint
    this.transient = options.transient ?? false
    this.retryAfterMs = options.retryAfterMs
    this.status = options.status
    this.serverMessage = options.serverMessage
  }
}

export function isTransient(error: unknown): boolean {
  return error instanceof LoginError && error.transient
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** A network error's message with its code (`ECONNRESET`) when the message does not already name it. */
export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const message = messageOf(error)
  return code && !message.includes(code) ? `${message} (${code})` : message
}
