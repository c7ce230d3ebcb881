// What a command of the command line touches outside its own logic, passed in so tests run it
// without a terminal: its output streams, whether stdout is a terminal, the environment, the
// working folder, and a way to run git.

export interface CliIo {
  /** Writes text to stdout as it is (add the line break yourself). */
  stdout(text: string): void
  /** Writes text to stderr as it is. */
  stderr(text: string): void
  /** Whether stdout is a terminal that shows colour (and NO_COLOR is not set). */
  colour: boolean
  env: Record<string, string | undefined>
  /** The folder relative paths are read from. */
  cwd: string
  /** Runs git with these arguments in a folder: its stdout, or undefined when it fails. */
  git(args: string[], folder: string): Promise<string | undefined>
}
