import * as core from '@actions/core'
import { getProxyUrl } from '@actions/http-client/lib/proxy'
import { LoginError, messageOf } from '../errors.ts'
import { createTransport, type SendRequest } from '../transport/http.ts'
import { inertLog } from '../../shared/log-text.ts'
import { readOptionalText } from '../../shared/optional-text.ts'
import type { Clock } from '../transport/retry.ts'
import type { ProxyRoute } from '../transport/tunnel.ts'
import { userAgent } from '../../shared/version.ts'

/** Everything the action touches outside its own logic, bundled for `run()`. */
export interface Runtime {
  getInput(name: string): string
  info(message: string): void
  warning(message: string): void
  setSecret(value: string): void
  setOutput(name: string, value: string): void
  setFailed(message: string): void
  exportVariable(name: string, value: string): void
  startGroup(name: string): void
  endGroup(): void
  /** Appends markdown to the job summary, when the runner provides one. */
  writeSummary(markdown: string): Promise<void>
  /** A file's text, or undefined when it cannot be read. */
  readText(path: string): string | undefined
  env: NodeJS.ProcessEnv
  send: SendRequest
  clock: Clock
  userAgent: string
}

/** Answers from GitHub and nuget.org are a few hundred bytes; anything far larger is refused. */
const MAX_ANSWER_BYTES = 64 * 1024

/**
 * The proxy for a URL, as http-client and the runner's other tools pick it from the process
 * environment: HTTPS_PROXY or HTTP_PROXY (lower case first) unless NO_PROXY names the host;
 * loopback addresses always go direct.
 */
export function proxyRoutes(): (url: URL) => ProxyRoute | undefined {
  const env = process.env
  return (url) => {
    const proxy = getProxyUrl(url)
    if (!proxy) return undefined
    const names =
      url.protocol === 'https:' ? ['https_proxy', 'HTTPS_PROXY'] : ['http_proxy', 'HTTP_PROXY']
    const variable = names.find((name) => env[name]) ?? (names[1] as string)
    return { url: new URL(proxy.href), variable }
  }
}

/**
 * Runs a write to one of the runner's file commands, turning its failure (file missing, disk full)
 * into an error that names the file, instead of one that looks like a bug in the action.
 */
export function writeRunnerFile(
  variable: 'GITHUB_OUTPUT' | 'GITHUB_ENV',
  what: string,
  write: () => void,
  env: NodeJS.ProcessEnv = process.env
): void {
  try {
    write()
  } catch (error) {
    throw new LoginError(
      `Could not write ${what} to the runner's file ${variable} (${env[variable] ?? 'not set'}): ` +
        `${messageOf(error)}`,
      {
        hint:
          "The runner gives each step this file to pass values to later steps. Check the runner's free disk " +
          'space and that no earlier step deleted or replaced the file, then re-run the job.',
        cause: error
      }
    )
  }
}

export function createRuntime(): Runtime {
  const agent = userAgent()
  return {
    getInput: (name) => core.getInput(name),
    info: (message) => core.info(inertLog(message)),
    warning: (message) => core.warning(inertLog(message)),
    setSecret: core.setSecret,
    setOutput: (name, value) =>
      writeRunnerFile('GITHUB_OUTPUT', `the output ${name}`, () => core.setOutput(name, value)),
    setFailed: (message) => core.setFailed(inertLog(message)),
    exportVariable: (name, value) =>
      writeRunnerFile('GITHUB_ENV', `the variable ${name}`, () => core.exportVariable(name, value)),
    startGroup: core.startGroup,
    endGroup: core.endGroup,
    writeSummary: async (markdown) => {
      if (!process.env.GITHUB_STEP_SUMMARY) return
      try {
        await core.summary.addRaw(markdown, true).write()
      } catch (error) {
        core.warning(inertLog(`Could not write the job summary: ${messageOf(error)}`))
      }
    },
    readText: readOptionalText,
    env: process.env,
    send: createTransport({
      proxyFor: proxyRoutes(),
      maxBodyBytes: MAX_ANSWER_BYTES
    }),
    clock: {
      now: Date.now,
      sleep: (ms) => new Promise((wake) => setTimeout(wake, ms)),
      random: Math.random
    },
    userAgent: agent
  }
}
