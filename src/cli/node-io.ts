import { execFile } from 'node:child_process'
import type { CliIo } from './io.ts'

/** The process's own streams, environment and folder; git run with a short timeout, no prompt. */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    colour: process.stdout.isTTY === true && !process.env.NO_COLOR,
    env: process.env,
    cwd: process.cwd(),
    git: (args, folder) =>
      new Promise((resolve) => {
        execFile(
          'git',
          ['-C', folder, ...args],
          { timeout: 5_000, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } },
          (error, stdout) => resolve(error ? undefined : stdout)
        )
      })
  }
}
