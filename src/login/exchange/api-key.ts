/** What the exchange yields. */
export interface ApiKey {
  value: string
  /** Undefined when the server did not say; nuget.org always does. */
  expires: Date | undefined
  /**
   * How far the runner's clock is ahead of the server's (negative: behind), from the answer's Date
   * header; absent without one.
   */
  clockSkewMs?: number
}

/** The outputs that hand the key and its expiry to later steps. */
export const API_KEY_OUTPUT = 'NUGET_API_KEY'
export const EXPIRES_OUTPUT = 'NUGET_API_KEY_EXPIRES_AT'
