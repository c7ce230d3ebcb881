import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { changelogHasSection, planRelease } from '../../scripts/release/plan.ts'
import { ACTION_VERSION } from '../../src/shared/version.ts'
import { ROOT } from '../harness/run-action.ts'

const CHANGELOG = '# Changelog\n\n## 1.2.3\n\n- Fixed.\n\n## 1.3.0-rc.1\n\n- Tried.\n'

describe('planRelease', () => {
  it('moves v1 and v1.2 for a full release whose tag matches package.json', () => {
    expect(
      planRelease({ tag: 'v1.2.3', prerelease: false, version: '1.2.3', changelog: CHANGELOG })
    ).toEqual({ moveTags: ['v1', 'v1.2'] })
  })

  it('moves nothing for a pre-release', () => {
    expect(
      planRelease({
        tag: 'v1.3.0-rc.1',
        prerelease: true,
        version: '1.3.0-rc.1',
        changelog: CHANGELOG
      })
    ).toEqual({ moveTags: [] })
  })

  it.each([
    [
      { tag: 'v1.2.4' },
      "The tag 'v1.2.4' does not match package.json's version: it must be 'v1.2.3'."
    ],
    [{ tag: '1.2.3' }, "must be 'v1.2.3'"],
    [{ changelog: '# Changelog\n\n## 1.2.30\n' }, "CHANGELOG.md has no '## 1.2.3' section."],
    [{ prerelease: true }, 'marked as a pre-release, but'],
    [
      { tag: 'v1.3.0-rc.1', version: '1.3.0-rc.1' },
      "'1.3.0-rc.1' is a pre-release version, but the release is not marked"
    ],
    [{ tag: 'vnext', version: 'next' }, "'next' is not a semantic version"]
  ])('refuses %j', (change, message) => {
    const facts = {
      tag: 'v1.2.3',
      prerelease: false,
      version: '1.2.3',
      changelog: CHANGELOG,
      ...change
    }
    expect(() => planRelease(facts)).toThrow(message)
  })
})

describe('the version', () => {
  it('comes from package.json, and CHANGELOG.md has its section', async () => {
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as {
      version: string
    }
    expect(ACTION_VERSION).toBe(pkg.version)
    expect(
      changelogHasSection(await readFile(join(ROOT, 'CHANGELOG.md'), 'utf8'), pkg.version)
    ).toBe(true)
  })
})
