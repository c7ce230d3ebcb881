import * as core from '@actions/core'
import { HttpClient } from '@actions/http-client'
import { setTimeout as sleep } from 'node:timers/promises'
import { createTransport, type SendRequest } from './http.ts'
import type { Clock } from './retry.ts'
import { userAgent } from './version.ts'

/** Everything the action touches outside its own logic, bundled for `run()`. */
export interface Runtime {
  getInput(name: string): string
  info(message: string): void
  warning(message: string): void
  setSecret(value: string): void
  setOutput(name: string, value: string): void
  setFailed(message: string): void
  env: NodeJS.ProcessEnv
  send: SendRequest
  clock: Clock
  userAgent: string
}

/** Answers from GitHub and nuget.org are a few hundred bytes; anything far larger is refused. */
const MAX_ANSWER_BYTES = 64 * 1024

export function createRuntime(): Runtime {
  const agent = userAgent()
  // http-client decides, from HTTPS_PROXY, HTTP_PROXY and NO_PROXY, whether a proxy is used.
  const proxyAware = new HttpClient(agent)
  return {
    getInput: (name) => core.getInput(name),
    info: core.info,
    warning: (message) => core.warning(message),
    setSecret: core.setSecret,
    setOutput: core.setOutput,
    setFailed: core.setFailed,
    env: process.env,
    send: createTransport({
      agentFor: (url) => proxyAware.getAgent(url.href),
      maxBodyBytes: MAX_ANSWER_BYTES
    }),
    clock: { now: Date.now, sleep: (ms) => sleep(ms), random: Math.random },
    userAgent: agent
  }
}
