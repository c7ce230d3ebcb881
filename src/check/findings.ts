import type { Where } from './workflow-file.ts'

/** error: the release will fail; warning: it may; notice: advice. */
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
