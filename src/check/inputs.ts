export type FailOn = 'error' | 'warning' | 'never'

export interface CheckInputs {
  /** The folder of workflow files, relative to the repository root. */
  workflows: string
  failOn: FailOn
}

export const CHECK_INPUT_DEFAULTS = { workflows: '.github/workflows', 'fail-on': 'error' } as const

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
  return { workflows, failOn }
}

/** Whether the findings fail the step under `fail-on`. */
export function shouldFail(failOn: FailOn, counts: { error: number; warning: number }): boolean {
  if (failOn === 'never') return false
  return counts.error > 0 || (failOn === 'warning' && counts.warning > 0)
}
