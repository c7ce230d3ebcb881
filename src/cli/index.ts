// The command line's entry point: the process's own io, the lazily loaded parts, and its exit code.
import { loadBashTools } from '../check/shell/bash.ts'
import { ACTION_VERSION } from '../shared/version.ts'
import { main } from './main.ts'
import { nodeIo } from './node-io.ts'

process.exitCode = await main(process.argv.slice(2), nodeIo(), {
  version: ACTION_VERSION,
  loadTools: loadBashTools
})
