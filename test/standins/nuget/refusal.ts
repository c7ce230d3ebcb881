import type { ServerResponse } from 'node:http'
import { sendJson } from '../server.ts'

/** An answer nuget.org gives instead of a key: its status and its `error` message. */
export class Refusal {
  readonly status: number
  readonly message: string
  constructor(status: number, message: string) {
    this.status = status
    this.message = message
  }
}

export const unauthorized = (message: string) => new Refusal(401, message)
export const badRequest = (message: string) => new Refusal(400, message)

export const noMatchingPolicy = (username: string) =>
  unauthorized(`No matching trust policy owned by user '${username}' was found.`)

/** nuget.org's error answer (TokenApiController.cs ErrorJson): the message as `error` and as the reason phrase. */
export function sendError(
  response: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {}
) {
  response.statusMessage = message.replace(/[^\x20-\x7e]/g, '?')
  sendJson(response, status, { error: message }, headers)
}
