// The arguments of `nuget-login check`, read with node:util's parseArgs.
import { parseArgs } from 'node:util'

export type Format = 'text' | 'json' | 'sarif'
export type FailOn = 'error' | 'warning' | 'never'

export interface CheckArguments {
  folders: string[]
  format: Format
  failOn: FailOn
  help: boolean
}

export const CHECK_USAGE =
  'usage: nuget-login check [DIR...] [--format text|json|sarif] [--fail-on error|warning|never]'

/** Arguments a person can get wrong: the message says which and what is allowed. */
export class UsageError extends Error {}

export function parseCheckArguments(args: string[]): CheckArguments {
  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        'fail-on': { type: 'string', default: 'error' },
        help: { type: 'boolean', short: 'h', default: false }
      }
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const { values, positionals } = parsed
  const format = oneOf('--format', values.format, ['text', 'json', 'sarif'] as const)
  const failOn = oneOf('--fail-on', values['fail-on'], ['error', 'warning', 'never'] as const)
  return {
    folders: positionals.length > 0 ? positionals : ['.'],
    format,
    failOn,
    help: values.help
  }
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`${option} must be ${allowed.join(', ')}, but is '${value}'.`)
}
