export type FailOn = 'error' | 'warning' | 'never'

export interface CheckInputs {
  /** The folder of workflow files, relative to the repository root. */
  workflows: string
  failOn: FailOn
  /** Seconds the whole check may take before it fails. */
  timeout: number
}

export const CHECK_INPUT_DEFAULTS = {
  workflows: '.github/workflows',
  'fail-on': 'error',
  timeout: '120'
} as const

export class InputError extends Error {}

export function readCheckInputs(getInput: (name: string) => string): CheckInputs {
  const workflows = getInput('workflows').trim() || CHECK_INPUT_DEFAULTS.workflows
  const failOn = getInput('fail-on').trim() || CHECK_INPUT_DEFAULTS['fail-on']
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') {
    throw new InputError(
      `The input \`fail-on\` must be error, warning or never, but is '${failOn}'.`
    )
  }
  if (workflows.split(/[\\/]/).includes('..')) {
    throw new InputError(
      `The input \`workflows\` must be a folder inside the repository, but is '${workflows}'.`
    )
  }
  const timeoutText = getInput('timeout').trim() || CHECK_INPUT_DEFAULTS.timeout
  const timeout = Number(timeoutText)
  if (!/^\d+(\.\d+)?$/.test(timeoutText) || !(timeout > 0) || timeout > 21_600) {
    throw new InputError(
      `The input \`timeout\` must be a number of seconds above 0 and at most 21600 (a job's six hours), but is '${timeoutText}'.`
    )
  }
  return { workflows, failOn, timeout }
}

/** Whether the findings fail the step under `fail-on`. */
export function shouldFail(failOn: FailOn, counts: { error: number; warning: number }): boolean {
  if (failOn === 'never') return false
  return counts.error > 0 || (failOn === 'warning' && counts.warning > 0)
}
