// npm run bench            start-up benchmark of the committed bundle (see README)
// npm run bench -- startup --against other/index.js [--against ...]   paired with other logins
// npm run bench -- chaos   retries under random transient faults
// npm run bench -- cli     nuget-login check on a repository of 20 workflow files
// npm run bench -- corpus <dir> [--bundle other/index.js] [--against old/index.js]
//   the check bundle per repository folder, paired against another bundle in the same run
import { parseArgs } from 'node:util'
import { chaos } from './bench/chaos.ts'
import { cli } from './bench/cli.ts'
import { corpus } from './bench/corpus.ts'
import { startup } from './bench/startup.ts'

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string' },
    'fault-rate': { type: 'string', default: '0.3' },
    concurrency: { type: 'string', default: '2' },
    seed: { type: 'string', default: '20261121' },
    bundle: { type: 'string' },
    against: { type: 'string', multiple: true }
  }
})

const mode = positionals[0] ?? 'startup'
if (mode === 'chaos') {
  const outcomes = await chaos({
    runs: Number(values.runs ?? 300),
    faultRate: Number(values['fault-rate']),
    concurrency: Number(values.concurrency),
    seed: Number(values.seed)
  })
  const leaked = outcomes.some((outcome) => outcome.leaked || outcome.outputOnFailure)
  process.exitCode = leaked ? 1 : 0
} else if (mode === 'corpus') {
  const folder = positionals[1]
  if (!folder) {
    console.error('Name the folder of repositories: npm run bench -- corpus <dir>')
    process.exitCode = 2
  } else {
    const options = {
      runs: Number(values.runs ?? 3),
      ...(values.bundle ? { bundle: values.bundle } : {}),
      ...(values.against?.[0] ? { against: values.against[0] } : {})
    }
    process.exitCode = (await corpus(folder, options)) ? 0 : 1
  }
} else if (mode === 'cli') {
  process.exitCode = (await cli(Number(values.runs ?? 20))) ? 0 : 1
} else if (mode === 'startup') {
  await startup(Number(values.runs ?? 30), values.against ?? [])
} else {
  console.error(
    `Unknown benchmark '${mode}'. Use: npm run bench [-- chaos | -- cli | -- corpus <dir>]`
  )
  process.exitCode = 2
}
