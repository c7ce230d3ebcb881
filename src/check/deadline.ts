// The check's own time limit, checked between files and between the jobs of a file: a check past
// its deadline fails naming the file it was reading, and never passes.

export interface Deadline {
  /** Starts on `file`: first fails if the time is up, naming the file read until now. */
  enter(file: string): void
  /** Fails if the time is up, naming the file being read. */
  check(): void
}

export class DeadlineExceeded extends Error {}

/** A deadline `seconds` from now, by `now` (milliseconds). */
export function deadlineIn(seconds: number, now: () => number = Date.now): Deadline {
  const end = now() + seconds * 1000
  let reading: string | undefined
  const check = () => {
    if (now() <= end) return
    throw new DeadlineExceeded(
      `The check ran past its timeout of ${seconds} seconds` +
        (reading ? ` while reading ${reading}` : '') +
        ', so it did not finish: nothing was judged to pass. Raise `timeout`, or look at what ' +
        'that file holds: a workflow file from a pull request may be built to be slow to read.'
    )
  }
  return {
    enter: (file) => {
      check()
      reading = file
    },
    check
  }
}

/** No deadline: for tests and callers that bound the time themselves. */
export const NO_DEADLINE: Deadline = { enter: () => {}, check: () => {} }
