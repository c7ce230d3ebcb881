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
