// The command line's entry point: the process's own io, the lazily loaded parts, and its exit code.
import { bashParser } from '../check/shell/bash.ts'
import { ACTION_VERSION } from '../shared/version.ts'
import { main, type MigrateCommand } from './main.ts'
import { nodeIo } from './node-io.ts'

process.exitCode = await main(process.argv.slice(2), nodeIo(), {
  version: ACTION_VERSION,
  loadTools: async () => {
    const { default: sh } = await import('mvdan-sh')
    return { bash: bashParser(sh.syntax) }
  },
  loadMigrate: async () => {
    // src/migrate/ comes from its own branch; until it is merged this import fails at run time.
    // eslint-disable-next-line @typescript-eslint/ban-ts-comment
    // @ts-ignore: the module may be absent from this build
    const loaded = (await import('../migrate/command.ts').catch(() => undefined)) as
      { runMigrate?: MigrateCommand } | undefined
    return loaded?.runMigrate
  }
})
