// The push rules of ../shared/nuget-token-service.md ("Pushing with the key", "Policy scopes"),
// one row per rule and per answer, against the twin: what `dotnet nuget push` meets after the login.
// Sources: src/NuGetGallery/Controllers/ApiController.cs (CreatePackageInternal, VerifyPackageKeyAsync),
// ApiKeyAuthenticationHandler.cs, ApiScopeEvaluator.cs, ScopeExtensions.cs, Strings.resx.
import { afterEach, describe, expect, it } from 'vitest'
import { fakeNupkg, pushPackage, unlistPackage, verifyKey } from '../fakes/nupkg.ts'
import { NUGET_PUSH_MESSAGES } from '../fixtures/nuget-messages.ts'
import { DEFAULT_POLICY } from '../standins/index.ts'
import type { NuGetTokenServiceOptions, TrustPolicy } from '../standins/nuget-token-service.ts'
import type { Account } from '../standins/nuget/model.ts'
import { startTwin, type Twin } from './twin.ts'

const KEY_REFUSED =
  'The specified API key is invalid, has expired, or does not have permission to access the specified package.'
const CONTROLLER = 'ApiController.cs'
const HANDLER = 'ApiKeyAuthenticationHandler.cs'
const SCOPES = 'ApiScopeEvaluator.cs, ScopeExtensions.cs'
const RESERVED =
  'This package ID has been reserved. Please request access to upload to this reserved namespace from the owner of the reserved prefix, or re-upload the package with a different ID. Go to https://docs.microsoft.com/nuget/reference/id-prefix-reservation learn more about Package ID prefix reservation.'
const OWNERLESS =
  'The package ID is reserved. You can upload your package with a different package ID. Reach out to support@nuget.org if you have questions.'

type Pushed = Awaited<ReturnType<typeof pushPackage>>

interface PushContext {
  twin: Twin
  key: string
  push(id?: string, version?: string, key?: string): Promise<Pushed>
}

interface PushRule {
  rule: string
  source: string
  /** The NuGetGallery test case (tests/NuGetGallery.Facts) that states the same rule. */
  case?: string
  twin?: Partial<NuGetTokenServiceOptions>
  /** The login's policy: the default one, unscoped, unless given. */
  policy?: Partial<TrustPolicy>
  send(context: PushContext): Promise<Pushed>
  status: number
  /** The plain-text body, which is also the reason phrase. */
  message?: string
}

const scoped = (actions: string[], packageIds: string[]) => ({ scopes: { actions, packageIds } })
const PUSH_NEW = ['package:push']
const VERSIONS_ONLY = ['package:pushversion']
/** Fabrikam.Gadgets exists and belongs to contoso: a version of it is not a new ID. */
const EXISTING = { packages: { 'Contoso.Widgets': 'contoso', 'Fabrikam.Gadgets': 'fabrikam' } }

const KEY: PushRule[] = [
  {
    rule: 'no key: 401 with a challenge',
    source: HANDLER,
    send: ({ push }) => push('Contoso.Widgets', '1.0.0', ''),
    status: 401,
    message: "An API key must be provided in the 'X-NuGet-ApiKey' header to use this service"
  },
  {
    rule: 'a key it never issued',
    source: HANDLER,
    send: ({ push }) => push('Contoso.Widgets', '1.0.0', 'x'.repeat(84)),
    status: 403,
    message: KEY_REFUSED
  },
  {
    rule: 'a key whose policy allows only unlisting',
    source: 'ApiScopeRequiredAttribute.cs',
    policy: scoped(['package:unlist'], ['*']),
    send: ({ push }) => push(),
    status: 403,
    message: KEY_REFUSED
  }
]

const NEW_ID: PushRule[] = [
  {
    rule: 'a new ID under an unscoped policy: 201',
    source: CONTROLLER,
    case: 'ApiControllerFacts.WillCreateAPackageWithNewRegistration',
    send: ({ push }) => push('Contoso.Brand.New'),
    status: 201
  },
  {
    rule: 'a new ID inside the globs of a push policy: 201',
    source: SCOPES,
    case: 'ScopeExtensionsFacts.WhenSubjectMatches_ReturnsTrue',
    policy: scoped(PUSH_NEW, ['Contoso.*']),
    send: ({ push }) => push('contoso.widgets.extras'),
    status: 201
  },
  {
    rule: 'a glob covers the whole ID: Contoso.* does not match Contoso',
    source: SCOPES,
    case: 'ScopeExtensionsFacts.WhenSubjectDoesNotMatch_ReturnsFalse',
    policy: scoped(PUSH_NEW, ['Contoso.*']),
    send: ({ push }) => push('Contoso'),
    status: 403,
    message: KEY_REFUSED
  },
  {
    rule: 'a glob covers the whole ID: Contoso.Widgets does not match Contoso.Widgets.Extras',
    source: SCOPES,
    case: 'ScopeExtensionsFacts.WhenSubjectDoesNotMatch_ReturnsFalse',
    policy: scoped(PUSH_NEW, ['Contoso.Widgets']),
    send: ({ push }) => push('Contoso.Widgets.Extras'),
    status: 403,
    message: KEY_REFUSED
  },
  {
    rule: 'a glob in any letter case',
    source: SCOPES,
    case: 'ScopeExtensionsFacts.WhenSubjectMatches_ReturnsTrue',
    policy: scoped(PUSH_NEW, ['CONTOSO.WIDGETS']),
    send: ({ push }) => push('contoso.widgets'),
    status: 201
  },
  {
    rule: 'a * inside a glob: Contoso.*.Abstractions',
    source: SCOPES,
    case: 'ScopeExtensionsFacts.WhenSubjectMatches_ReturnsTrue',
    policy: scoped(PUSH_NEW, ['Contoso.*.Abstractions']),
    send: ({ push }) => push('Contoso.Widgets.Abstractions'),
    status: 201
  },
  {
    rule: 'a new ID outside the globs: the generic 403',
    source: SCOPES,
    case: 'ApiScopeEvaluatorFacts.ReturnsForbiddenWhenSubjectIsNotAllowedByScope',
    policy: scoped(PUSH_NEW, ['Contoso.*']),
    send: ({ push }) => push('Widgets.Contoso'),
    status: 403,
    message: KEY_REFUSED
  },
  {
    rule: 'a new ID under "only new versions": the generic 403',
    source: SCOPES,
    case: 'ApiScopeEvaluatorFacts.ReturnsForbiddenWhenActionIsNotAllowedByScope',
    policy: scoped(VERSIONS_ONLY, ['*']),
    send: ({ push }) => push('Contoso.Brand.New'),
    status: 403,
    message: KEY_REFUSED
  },
  {
    rule: 'a new ID inside another owner’s reserved prefix: 409',
    source: 'ActionRequiringReservedNamespacePermissions.cs',
    case: 'ApiControllerFacts.WillNotCreateAPackageIfScopesInvalidWithNewRegistration(ReservedNamespaceFailure)',
    twin: { reservedPrefixes: { 'Fabrikam.*': ['fabrikam'] } },
    send: ({ push }) => push('Fabrikam.Widgets'),
    status: 409,
    message: RESERVED
  },
  {
    rule: 'a new ID inside a reserved prefix without owners: 409',
    source: 'ActionRequiringReservedNamespacePermissions.cs',
    case: 'ApiControllerFacts.WillNotCreateAPackageIfScopesInvalidWithNewRegistration(OwnerlessReservedNamespaceFailure)',
    twin: { reservedPrefixes: { 'Microsoft.*': [] } },
    send: ({ push }) => push('microsoft.widgets'),
    status: 409,
    message: OWNERLESS
  },
  {
    rule: 'a new ID inside the owner’s own reserved prefix: 201',
    source: 'ActionRequiringReservedNamespacePermissions.cs',
    twin: { reservedPrefixes: { 'Contoso.*': ['contoso'] } },
    send: ({ push }) => push('Contoso.Reserved'),
    status: 201
  },
  {
    rule: 'the globs are checked before the reserved prefix',
    source: CONTROLLER,
    policy: scoped(PUSH_NEW, ['Contoso.*']),
    twin: { reservedPrefixes: { 'Fabrikam.*': ['fabrikam'] } },
    send: ({ push }) => push('Fabrikam.Widgets'),
    status: 403,
    message: KEY_REFUSED
  },
  {
    rule: 'the owner locked after the key was issued',
    source: CONTROLLER,
    case: 'ApiControllerFacts.CreatePackage_Returns403IfUserIsLocked',
    send: async ({ twin, push }) => {
      setAccount(twin, 'contoso', { state: 'locked' })
      return push('Contoso.Brand.New')
    },
    status: 403,
    message:
      'The specified API key is scoped to an owner that is locked. Please contact support@nuget.org.'
  },
  {
    rule: 'the creator left the owning organization after the key was issued',
    source: SCOPES,
    send: async ({ twin, push }) => {
      setAccount(twin, 'contoso', { members: [] })
      return push('Contoso.Brand.New')
    },
    status: 403,
    message: KEY_REFUSED
  },
  {
    rule: 'the owner’s e-mail address unconfirmed: the generic 403',
    source: CONTROLLER,
    case: 'ApiControllerFacts.WillNotCreateAPackageIfScopesInvalidWithNewRegistration(ApiKeyOwnerUnconfirmed)',
    send: async ({ twin, push }) => {
      setAccount(twin, 'contoso', { state: 'unconfirmed' })
      return push('Contoso.Brand.New')
    },
    status: 403,
    message: KEY_REFUSED
  }
]

const NEW_VERSION: PushRule[] = [
  {
    rule: 'a new version of an ID the owner owns: 201',
    source: CONTROLLER,
    case: 'ApiControllerFacts.WillCreateAPackageWithExistingRegistration',
    twin: EXISTING,
    send: ({ push }) => push('Contoso.Widgets', '2.0.0'),
    status: 201
  },
  {
    rule: 'a new version under "only new versions": 201',
    source: SCOPES,
    twin: EXISTING,
    policy: scoped(VERSIONS_ONLY, ['Contoso.*']),
    send: ({ push }) => push('Contoso.Widgets', '2.0.0'),
    status: 201
  },
  {
    rule: 'an ID another owner owns: the generic 403',
    source: CONTROLLER,
    case: 'ApiControllerFacts.WillNotCreateAPackageIfScopesInvalidWithExistingRegistration',
    twin: EXISTING,
    send: ({ push }) => push('fabrikam.gadgets', '9.0.0'),
    status: 403,
    message: KEY_REFUSED
  },
  {
    rule: 'a version of an owned ID outside the globs: the generic 403',
    source: SCOPES,
    twin: EXISTING,
    policy: scoped(PUSH_NEW, ['Contoso.Other']),
    send: ({ push }) => push('Contoso.Widgets', '2.0.0'),
    status: 403,
    message: KEY_REFUSED
  },
  {
    rule: 'a locked package',
    source: CONTROLLER,
    case: 'ApiControllerFacts.WillFailIfPackageRegistrationIsLocked',
    twin: { ...EXISTING, lockedPackages: ['Contoso.Widgets'] },
    send: ({ push }) => push('Contoso.Widgets', '2.0.0'),
    status: 403,
    message:
      "Package 'Contoso.Widgets' has been locked. This means you cannot publish a new version or change the listing status of a published package version. Please contact support@nuget.org."
  },
  {
    rule: 'the same version twice: 409',
    source: CONTROLLER,
    case: 'ApiControllerFacts.WillReturnConflictIfAPackageWithTheIdAndSameNormalizedVersionAlreadyExists',
    send: async ({ push }) => {
      await push('Contoso.Widgets', '1.0.0')
      return push('Contoso.Widgets', '1.0.0')
    },
    status: 409,
    message:
      "A package with ID 'Contoso.Widgets' and version '1.0.0' already exists and cannot be modified."
  },
  {
    rule: 'versions compared normalised: 1.0 after 1.0.0, named as 1.0.0',
    source: CONTROLLER,
    case: 'ApiControllerFacts.WillReturnConflictIfAPackageWithTheIdAndSameNormalizedVersionAlreadyExists',
    send: async ({ push }) => {
      await push('Contoso.Widgets', '1.0.0')
      return push('contoso.widgets', '1.0')
    },
    status: 409,
    message:
      "A package with ID 'contoso.widgets' and version '1.0.0' already exists and cannot be modified."
  },
  {
    rule: 'versions compared normalised: build metadata and a zero fourth part do not count',
    source: CONTROLLER,
    send: async ({ push }) => {
      await push('Contoso.Widgets', '1.2.3+sha.1')
      return push('Contoso.Widgets', '1.2.3.0')
    },
    status: 409,
    message:
      "A package with ID 'Contoso.Widgets' and version '1.2.3' already exists and cannot be modified."
  },
  {
    rule: 'a version that failed validation may be pushed again',
    source: CONTROLLER,
    case: 'ApiControllerFacts.WillAllowReuploadingPackageIfFailedValidation',
    send: async ({ twin, push }) => {
      await push('Contoso.Widgets', '1.0.0')
      twin.nuget.registry.pushed.forEach((pushed) => (pushed.failedValidation = true))
      return push('Contoso.Widgets', '1.0.0')
    },
    status: 201
  },
  {
    rule: 'what is not a package: 400',
    source: CONTROLLER,
    case: 'ApiControllerFacts.CreatePackageWillReturn400IfFileIsNotANuGetPackageInternal',
    send: ({ twin, key }) =>
      pushPackage(`${twin.nuget.url}/api/v2/package`, key, new Uint8Array([1, 2, 3])),
    status: 400,
    message: 'The package file is not a valid package.'
  }
]

/** Unlisting Contoso.Widgets 1.0.0, pushed first with the same key when the key may push. */
const unlistAfterPush = async ({ twin, key, push }: PushContext) => {
  await push('Contoso.Widgets', '1.0.0')
  return unlistPackage(twin.nuget.url, key, 'Contoso.Widgets', '1.0.0')
}

const UNLIST: PushRule[] = [
  {
    rule: 'an unscoped policy’s key unlists a version of any package of the owner',
    source: CONTROLLER,
    case: 'ApiControllerFacts.WillUnlistThePackage',
    send: unlistAfterPush,
    status: 200
  },
  {
    rule: 'a push-only key may not unlist: the generic 403',
    source: 'ApiScopeRequiredAttribute.cs',
    policy: scoped(PUSH_NEW, ['Contoso.*']),
    send: unlistAfterPush,
    status: 403,
    message: KEY_REFUSED
  },
  {
    rule: 'an unlist scope outside its globs: the generic 403',
    source: SCOPES,
    case: 'ApiControllerFacts.WillNotUnlistThePackageIfScopesInvalid',
    policy: scoped([...PUSH_NEW, 'package:unlist'], ['Contoso.Widgets.*', 'Contoso.Widgets']),
    send: async (context) => {
      await context.push('Contoso.Widgets', '1.0.0')
      await context.push('Contoso.Widgets.Extras', '1.0.0')
      context.twin.nuget.registry.pushed.push({
        id: 'Contoso.Gadgets',
        version: '1.0.0',
        apiKey: '',
        bytes: 0
      })
      context.twin.nuget.registry.owners.set('contoso.gadgets', 'contoso')
      return unlistPackage(context.twin.nuget.url, context.key, 'Contoso.Gadgets', '1.0.0')
    },
    status: 403,
    message: KEY_REFUSED
  },
  {
    rule: 'a version that does not exist: 404',
    source: CONTROLLER,
    case: 'ApiControllerFacts.WillThrowIfAPackageWithTheIdAndNuGetVersionDoesNotExist',
    send: ({ twin, key }) => unlistPackage(twin.nuget.url, key, 'Contoso.Widgets', '9.9.9'),
    status: 404,
    message: "A package with ID 'Contoso.Widgets' and version '9.9.9' does not exist."
  },
  {
    rule: 'a locked package may not be unlisted',
    source: CONTROLLER,
    case: 'ApiControllerFacts.WillNotUnlistThePackageIfItIsLocked',
    send: async (context) => {
      await context.push('Contoso.Widgets', '1.0.0')
      context.twin.nuget.registry.locked.add('contoso.widgets')
      return unlistPackage(context.twin.nuget.url, context.key, 'Contoso.Widgets', '1.0.0')
    },
    status: 403,
    message:
      "Package 'Contoso.Widgets' has been locked. This means you cannot publish a new version or change the listing status of a published package version. Please contact support@nuget.org."
  }
]

describe.each([
  ['the key', KEY],
  ['a new package ID', NEW_ID],
  ['a version of an existing ID', NEW_VERSION],
  ['unlisting', UNLIST]
])('nuget.org twin: the push, %s', (_, rules) => {
  let twin: Twin | undefined
  afterEach(async () => {
    await twin?.close()
    twin = undefined
  })

  it.each(rules.map((rule) => [`${rule.rule} (${origin(rule)})`, rule] as const))(
    '%s',
    async (_, rule) => {
      const started = await withKey({
        ...rule.twin,
        policies: [{ ...DEFAULT_POLICY, ...rule.policy }]
      })
      twin = started.twin
      const answer = await rule.send(started)
      expect({ status: answer.status, text: answer.text }).toEqual({
        status: rule.status,
        text: rule.message ?? ''
      })
      if (rule.message) {
        expect(answer.contentType).toMatch(/^text\/plain/)
        expect(answer.reason).toBe(rule.message)
      }
      if (rule.status === 401) expect(answer.challenge).toBe('ApiKey realm="127.0.0.1"')
      if (rule.status === 201) {
        expect(started.twin.nuget.registry.pushed.at(-1)?.apiKey).toBe(started.key)
      }
      if (rule.status === 200) {
        expect(started.twin.nuget.registry.pushed.filter((p) => p.unlisted)).toHaveLength(1)
      }
    }
  )
})

/** A twin with a key from its first policy, and a push of a fake package with that key. */
async function withKey(options: Partial<NuGetTokenServiceOptions>, skip = () => 0) {
  const twin = await startTwin({ ...options, now: () => Date.now() + skip() })
  const answer = await twin.exchange(twin.token())
  const key = JSON.parse(answer.body).apiKey as string
  const push = (id = 'Contoso.Widgets', version = '1.0.0', withKey = key) =>
    pushPackage(`${twin.nuget.url}/api/v2/package`, withKey, fakeNupkg(id, version))
  return { twin, key, push }
}

/** An account changed on nuget.org after the key was issued. */
function setAccount(twin: Twin, name: string, change: Partial<Account>) {
  const account = twin.nuget.accounts.get(name)
  if (!account) throw new Error(`no account ${name} on the twin`)
  Object.assign(account, change)
}

const origin = (rule: PushRule) => (rule.case ? `${rule.source}; case ${rule.case}` : rule.source)

describe('nuget.org twin: the push, across requests', () => {
  let twin: Twin | undefined
  afterEach(async () => {
    await twin?.close()
    twin = undefined
  })

  it('names PackagePublish/2.0.0 in the v3 service index', async () => {
    ;({ twin } = await withKey({}))
    const index = (await (await fetch(twin.nuget.serviceIndexUrl)).json()) as {
      resources: { '@id': string; '@type': string }[]
    }
    expect(index.resources).toContainEqual(
      expect.objectContaining({
        '@type': 'PackagePublish/2.0.0',
        '@id': `${twin.nuget.url}/api/v2/package`
      })
    )
  })

  it('reads the ID and version from the .nuspec, and uses a key many times until its end', async () => {
    const started = await withKey({})
    twin = started.twin
    for (const version of ['1.0.0', '1.0.1', '1.0.2']) {
      expect((await started.push('Contoso.Widgets', version)).status).toBe(201)
    }
    expect(twin.nuget.registry.pushed.map(({ id, version }) => `${id} ${version}`)).toEqual([
      'Contoso.Widgets 1.0.0',
      'Contoso.Widgets 1.0.1',
      'Contoso.Widgets 1.0.2'
    ])
  })

  it('refuses a key from its real end on, up to a minute before expires: 403 (CredentialBuilder.cs)', async () => {
    let skipMs = 0
    const started = await withKey({}, () => skipMs)
    twin = started.twin
    skipMs = (twin.nuget.keys.get(started.key)?.usableUntil ?? 0) - Date.now()
    const refused = await started.push()
    expect({ status: refused.status, text: refused.text }).toEqual({
      status: 403,
      text: KEY_REFUSED
    })
  })

  it('throttles per package owner, not per key: two keys of one owner share 100 pushes a minute (429, Retry-After)', async () => {
    const started = await withKey({})
    twin = started.twin
    const second = JSON.parse((await twin.exchange(twin.token())).body).apiKey as string
    const answers = []
    for (let version = 0; version < 101; version++) {
      const key = version % 2 === 0 ? started.key : second
      answers.push(await started.push('Contoso.Widgets', `1.0.${version}`, key))
    }
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(100)
    expect(answers.at(-1)).toMatchObject({ status: 429, retryAfter: '60' })
  })

  it('verifykey: 200 for a version the owner may push, 404 for no such ID, 403 for another owner’s (ApiController.cs VerifyPackageKeyAsync; cases ApiControllerFacts.Returns200_NotVerify, Returns404IfPackageDoesNotExist, Returns403IfScopeDoesNotMatch)', async () => {
    const started = await withKey(EXISTING)
    twin = started.twin
    await started.push('Contoso.Widgets', '1.0.0')
    const { key } = started
    twin.nuget.registry.pushed.push({
      id: 'Fabrikam.Gadgets',
      version: '1.0.0',
      apiKey: '',
      bytes: 0
    })
    expect((await verifyKey(twin.nuget.url, key, 'Contoso.Widgets/1.0.0')).status).toBe(200)
    expect((await verifyKey(twin.nuget.url, key, 'Contoso.Widgets')).status).toBe(200)
    expect((await verifyKey(twin.nuget.url, key, 'Contoso.Nothing')).status).toBe(404)
    const other = await verifyKey(twin.nuget.url, key, 'Fabrikam.Gadgets/1.0.0')
    expect({ status: other.status, text: other.text }).toEqual({ status: 403, text: KEY_REFUSED })
  })

  it('verifykey: 400 for a key from a scoped policy (the shared note)', async () => {
    const started = await withKey({
      policies: [{ ...DEFAULT_POLICY, ...scoped(PUSH_NEW, ['Contoso.*']) }]
    })
    twin = started.twin
    await started.push('Contoso.Widgets', '1.0.0')
    expect((await verifyKey(twin.nuget.url, started.key, 'Contoso.Widgets/1.0.0')).status).toBe(400)
  })
})

describe('the push conformance table', () => {
  const produced = [KEY, NEW_ID, NEW_VERSION, UNLIST]
    .flat()
    .flatMap((rule) => (rule.message ? [rule.message] : []))

  it.each(NUGET_PUSH_MESSAGES)('has a row that gets %s', (template) => {
    const pattern = new RegExp(
      `^${template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\.\\\.\\\./g, '.+?')}$`
    )
    expect(produced.some((message) => pattern.test(message))).toBe(true)
  })
})
