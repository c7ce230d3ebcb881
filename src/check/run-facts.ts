import type { OwnerType } from '../shared/event-payload.ts'
import type { LocalActions } from './reading/composite.ts'
import type { ShellParser } from './shell/words.ts'

/** What the run that checks the repository knows about it. */
export interface RunFacts {
  /** `owner/name`, from GITHUB_REPOSITORY. */
  repository?: string
  ownerLogin?: string
  ownerType?: OwnerType
  private?: boolean
  /** Whether a NuGet.Config at the repository's root names a defaultPushSource. */
  defaultPushSource?: boolean
  /** The defaultPushSource that NuGet.Config names, when it names one. */
  defaultPushSourceUrl?: string
  /** Whether .github/dependabot.yml exists, so Dependabot pushes branches. */
  dependabot?: boolean
  /** The SDK version a global.json at the repository root pins. */
  sdkVersion?: string
  /** The local actions (`uses: ./path`) the workflows use, read from the workspace. */
  localActions?: LocalActions
  /** That global.json's `sdk.rollForward`, as written (absent means `latestPatch`). */
  sdkRollForward?: string
}

/** Parsers the check is handed, so its logic never loads them itself. */
export interface Tools {
  /** mvdan/sh, for bash scripts the simple reader cannot read. */
  bash?: ShellParser
  /** Filled by the analysis with the parsers it lacked for some script. */
  needs?: Set<'bash'>
}
