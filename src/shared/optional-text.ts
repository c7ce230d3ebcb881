// A file a run may not have, such as the event payload: its text, or undefined where it cannot be
// read. Both actions' runtimes read it so.
import { readFileSync } from 'node:fs'

export function readOptionalText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}
