// The few runner commands the check issues, written as @actions/core writes them (its escaping,
// byte for byte; test/unit/check/runner-commands.test.ts holds the two side by side). The check
// does not import @actions/core: its index loads the HTTP client, TLS and node:crypto for the OIDC
// token, about 15 ms of every run of a check that never makes a request.
import { appendFileSync } from 'node:fs'
import { EOL } from 'node:os'

export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface AnnotationPlace {
  title?: string
  file?: string
  startLine?: number
  startColumn?: number
}

/** An input as @actions/core's getInput reads it: `INPUT_<NAME>`, spaces as `_`, trimmed. */
export function getInput(name: string, env = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim()
}

export function info(message: string): void {
  writeLine(message)
}

export function annotate(
  level: AnnotationLevel,
  message: string,
  place: AnnotationPlace = {}
): void {
  const properties = [
    ['title', place.title],
    ['file', place.file],
    ['line', place.startLine],
    ['col', place.startColumn]
  ].flatMap(([key, value]) => (value ? [`${key}=${escapeProperty(String(value))}`] : []))
  writeLine(
    `::${level}${properties.length > 0 ? ` ${properties.join(',')}` : ''}::${escapeData(message)}`
  )
}

/** An error annotation, and the step's exit code 1. */
export function setFailed(message: string): void {
  process.exitCode = 1
  annotate('error', message)
}

/**
 * A step output, in the one-line `name=value` form of the runner's GITHUB_OUTPUT file; the check's
 * outputs are counts, so a line break in either is refused rather than given a delimiter.
 */
export function setOutput(name: string, value: string, env = process.env): void {
  const path = env.GITHUB_OUTPUT
  if (/[\r\n]/.test(name + value) || name.includes('=')) {
    throw new Error(`The output '${escapeData(name)}' cannot be written on one line.`)
  }
  if (path) {
    appendFileSync(path, `${name}=${value}${EOL}`, 'utf8')
  } else {
    // Outside a runner: the old command, as @actions/core writes it.
    writeLine('')
    writeLine(`::set-output name=${escapeProperty(name)}::${escapeData(value)}`)
  }
}

/** Markdown added to the job's summary page, when the runner gives the step one. */
export async function appendSummary(markdown: string, env = process.env): Promise<void> {
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, `${markdown}${EOL}`)
}

function writeLine(line: string) {
  process.stdout.write(line + EOL)
}

const escapeData = (text: string) =>
  text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')

const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
