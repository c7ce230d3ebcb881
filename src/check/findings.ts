/**
 * error: the release fails (or leaks the key) on every run that reaches the step; warning: it
 * fails on some runs the workflow allows (forks' pull requests, Dependabot, a private repository,
 * a caller that passes no secret); notice: advice.
 */
export type Level = 'error' | 'warning' | 'notice'

export interface Finding {
  level: Level
  file: string
  where: Where
  /** A short name for the annotation's title. */
  title: string
  message: string
}

export const LEVELS: readonly Level[] = ['error', 'warning', 'notice']

/** A place in a file: 1-based line and column. */
export interface Where {
  line: number
  column: number
}
