import type { HttpRequest, HttpResponse } from '../../src/login/transport/http.ts'

/** A transport that records what it is asked to send and always gives the same answer. */
export function fakeSend(response: Partial<HttpResponse>) {
  const sent: HttpRequest[] = []
  const send = async (request: HttpRequest): Promise<HttpResponse> => {
    sent.push(request)
    return { status: 200, headers: {}, body: '', ...response }
  }
  return { send, sent }
}
