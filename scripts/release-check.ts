// The release workflow's gate: node scripts/release-check.ts --tag v1.2.3 --prerelease false
// Prints `tags=<floating tags to move>` for GITHUB_OUTPUT, or fails naming every problem.
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { planRelease } from './release/plan.ts'

const { values } = parseArgs({
  options: {
    tag: { type: 'string', default: '' },
    prerelease: { type: 'string', default: 'false' }
  }
})
const root = new URL('..', import.meta.url)
const packageJson = JSON.parse(await readFile(new URL('package.json', root), 'utf8')) as {
  version: string
}
try {
  const plan = planRelease({
    tag: values.tag,
    prerelease: values.prerelease === 'true',
    version: packageJson.version,
    changelog: await readFile(new URL('CHANGELOG.md', root), 'utf8')
  })
  console.log(`tags=${plan.moveTags.join(' ')}`)
} catch (error) {
  console.error(`::error::${(error as Error).message.replaceAll('\n', '%0A')}`)
  process.exit(1)
}
