// inertProse and inertCell leave no link, whatever the text holds, under GitHub's renderer
// (cmark-gfm with its autolink extension, run as a program) and under markdown-it with linkify,
// and the text still reads as it was written.
import { execFileSync } from 'node:child_process'
import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { inertCell, inertProse } from '../../../src/shared/markdown.ts'

const CMARK_GFM = 'cmark-gfm'

function cmarkGfmMissing(): string {
  try {
    execFileSync(CMARK_GFM, ['--version'], { stdio: 'ignore' })
    return ''
  } catch {
    return `${CMARK_GFM} is not on PATH (Debian's package cmark-gfm)`
  }
}

const missing = cmarkGfmMissing()
if (missing && process.env.NUGET_LOGIN_REQUIRE_CMARK_GFM) {
  throw new Error(`The cmark-gfm rendering test must run here, but ${missing}.`)
}
if (missing) {
  console.log(`Skipping GitHub's renderer: ${missing}. markdown-it still runs; .ci/run runs both.`)
}

const markdownIt = new MarkdownIt({ html: true, linkify: true })

const RENDERERS: [string, (markdown: string) => string, boolean][] = [
  [
    'cmark-gfm',
    (markdown) =>
      execFileSync(CMARK_GFM, ['-e', 'autolink', '-e', 'table'], { input: markdown }).toString(),
    Boolean(missing)
  ],
  ['markdown-it with linkify', (markdown) => markdownIt.render(markdown), false]
]

/** What a reader sees: the HTML without its tags, its entities read. */
function shownText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim()
}

const SAMPLES = [
  'see nuget.org now',
  'status.nuget.org/x?y=1',
  'evil.example/x',
  'evil.com/login',
  'a bare IDN пример.рф and xn--e1afmkfd.xn--p1ai',
  'x //host/path y',
  '//localhost/x',
  'www.evil.com',
  'WWW.EVIL.COM/x',
  '(www.evil.com)',
  'mallory@evil.com',
  'write to mallory@evil.com.',
  'two: a@b.com,c@d.org',
  'a run a@@b.com',
  'http://evil.example/a',
  'https://evil.com/b',
  'HTTPS://EVIL.COM/c',
  'ftp://evil.com/d',
  'mailto:mallory@evil.com',
  'xmpp:mallory@evil.com/x',
  '<https://evil.com/e>',
  '<mallory@evil.com>',
  'a code span `nuget.org` then nuget.org@evil.com',
  'beside a span `x`@evil.com and a@`y`',
  "No matching trust policy owned by user 'alice@evil.com' at https://www.nuget.org/x"
]

/** The sample as read: its code spans (kept as code spans) without their backticks. */
const asRead = (sample: string) => sample.replace(/`/g, '')

describe.each(RENDERERS)('under %s', (_, render, skip) => {
  describe.skipIf(skip)('inertProse', () => {
    it.each(SAMPLES)('%j: no link, the same text', (sample) => {
      const html = render(inertProse(sample))

      expect(html).not.toContain('<a')
      expect(html).not.toContain('href')
      expect(shownText(html)).toBe(asRead(sample))
    })
  })

  describe.skipIf(skip)('inertCell', () => {
    it.each(SAMPLES)('%j: no link, the same text, in its cell', (sample) => {
      const table = `| a | b |\n| --- | --- |\n| x | ${inertCell(sample)} |\n`
      const html = render(table)

      expect(html).not.toContain('<a')
      expect(html).not.toContain('href')
      const cells = [...html.matchAll(/<td>(.*?)<\/td>/gs)].map((match) =>
        shownText(match[1] ?? '')
      )
      expect(cells).toEqual(['x', asRead(sample)])
    })
  })
})

describe('the samples are links when left as they are', () => {
  it.each(RENDERERS.filter(([, , skip]) => !skip))('most of them under %s', (_, render) => {
    const linked = SAMPLES.filter((sample) => render(sample).includes('href'))
    expect(linked.length).toBeGreaterThan(SAMPLES.length / 2)
  })
})
