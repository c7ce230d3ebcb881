// What a published GitHub release may do, decided from package.json and CHANGELOG.md alone.

export interface ReleaseFacts {
  /** The release's tag, such as v1.2.3. */
  tag: string
  /** GitHub's "Set as a pre-release" box. */
  prerelease: boolean
  /** package.json's version: the one source of the version. */
  version: string
  changelog: string
}

export interface ReleasePlan {
  /** The floating tags to move to this release: none for a prerelease. */
  moveTags: string[]
}

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?$/

/** Throws, listing every problem, when the release must not go ahead. */
export function planRelease(facts: ReleaseFacts): ReleasePlan {
  const problems: string[] = []
  const version = SEMVER.exec(facts.version)
  if (!version)
    problems.push(`package.json's version '${facts.version}' is not a semantic version.`)
  if (facts.tag !== `v${facts.version}`) {
    problems.push(
      `The tag '${facts.tag}' does not match package.json's version: it must be 'v${facts.version}'.`
    )
  }
  if (!changelogHasSection(facts.changelog, facts.version)) {
    problems.push(`CHANGELOG.md has no '## ${facts.version}' section.`)
  }
  const isPrerelease = facts.prerelease || !!version?.[4]
  if (facts.prerelease !== !!version?.[4]) {
    problems.push(
      facts.prerelease
        ? `The release is marked as a pre-release, but '${facts.version}' is not a pre-release version.`
        : `'${facts.version}' is a pre-release version, but the release is not marked as a pre-release.`
    )
  }
  if (problems.length > 0) throw new Error(problems.join('\n'))
  const [, major, minor] = version as RegExpExecArray
  return { moveTags: isPrerelease ? [] : [`v${major}`, `v${major}.${minor}`] }
}

export function changelogHasSection(changelog: string, version: string): boolean {
  const escaped = version.replace(/[.+-]/g, '\\$&')
  return new RegExp(`^## \\[?${escaped}\\]?(\\s|$)`, 'm').test(changelog)
}
