import { describe, expect, it } from 'vitest'
import { preflight, readWorkflowContext } from '../../../../src/login/explain/preflight.ts'

const forkEvent = {
  pull_request: {
    head: { repo: { fork: true, full_name: 'mallory/widgets' } },
    base: { repo: { full_name: 'contoso/widgets' } }
  }
}

describe('preflight', () => {
  it('lets an ordinary run with an OIDC environment through', () => {
    expect(() =>
      preflight({ eventName: 'push', fromDependabot: false, event: {}, hasOidcEnvironment: true })
    ).not.toThrow()
  })

  it('refuses pull_request_target before any token is spent', () => {
    expect(() =>
      preflight({
        eventName: 'pull_request_target',
        fromDependabot: false,
        event: {},
        hasOidcEnvironment: true
      })
    ).toThrow(
      expect.objectContaining({
        message:
          "nuget.org does not accept logins from workflows triggered by 'pull_request_target'.",
        hint: expect.stringContaining('push, release or workflow_dispatch')
      })
    )
  })

  it('explains that pull requests from forks get no OIDC token', () => {
    expect(() =>
      preflight({
        eventName: 'pull_request',
        fromDependabot: false,
        event: forkEvent,
        hasOidcEnvironment: false
      })
    ).toThrow(
      expect.objectContaining({ message: expect.stringContaining('pull request from a fork') })
    )
  })

  it('explains the id-token permission for a pull request from the same repository', () => {
    const sameRepo = {
      pull_request: {
        head: { repo: { full_name: 'contoso/widgets' } },
        base: { repo: { full_name: 'contoso/widgets' } }
      }
    }
    expect(() =>
      preflight({
        eventName: 'pull_request',
        fromDependabot: false,
        event: sameRepo,
        hasOidcEnvironment: false
      })
    ).toThrow(expect.objectContaining({ hint: expect.stringContaining('id-token: write') }))
  })

  it('explains that Dependabot runs get no OIDC token, instead of asking for id-token: write', () => {
    for (const eventName of ['push', 'pull_request']) {
      expect(() =>
        preflight({ eventName, fromDependabot: true, event: {}, hasOidcEnvironment: false })
      ).toThrow(
        expect.objectContaining({
          message: expect.stringContaining('GitHub gives Dependabot runs no OIDC token'),
          hint: expect.not.stringContaining('id-token: write')
        })
      )
    }
  })

  it('lets a Dependabot run that has an OIDC environment through', () => {
    expect(() =>
      preflight({ eventName: 'push', fromDependabot: true, event: {}, hasOidcEnvironment: true })
    ).not.toThrow()
  })

  it('explains the id-token permission, with the YAML and the replaced defaults', () => {
    expect(() =>
      preflight({ eventName: 'push', fromDependabot: false, event: {}, hasOidcEnvironment: false })
    ).toThrow(
      expect.objectContaining({
        hint: expect.stringMatching(
          /permissions:\n {4}id-token: write[\s\S]*replaces the default permissions/
        )
      })
    )
  })
})

describe('readWorkflowContext', () => {
  it('reads the payload when OIDC is unavailable, to tell whether the run is from a fork', () => {
    const context = readWorkflowContext(
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: '/event.json' },
      (path) => (path === '/event.json' ? JSON.stringify(forkEvent) : undefined)
    )
    expect(context).toEqual({
      eventName: 'pull_request',
      fromDependabot: false,
      event: forkEvent,
      hasOidcEnvironment: false,
      repository: {}
    })
  })

  const OIDC = { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' }
  const ORGANIZATION_EVENT = JSON.stringify({
    repository: { owner: { login: 'Contoso', type: 'Organization' }, private: false }
  })

  it.each([
    [{ GITHUB_REPOSITORY_OWNER: 'Contoso' }, 'contoso'],
    [{ GITHUB_REPOSITORY: 'contoso/widgets' }, 'CONTOSO']
  ])(
    'reads the payload when `user` is the repository owner’s name (%j, user %s), to tell an organization',
    (env, user) => {
      const context = readWorkflowContext(
        { ...OIDC, ...env, GITHUB_EVENT_PATH: '/event.json' },
        () => ORGANIZATION_EVENT,
        user
      )
      expect(context.repository).toEqual({
        ownerLogin: 'Contoso',
        ownerType: 'Organization',
        private: false
      })
    }
  )

  it('leaves the payload unread when OIDC is available and `user` is not the owner’s name', () => {
    const paths: string[] = []
    const context = readWorkflowContext(
      {
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: '/event.json',
        ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't',
        GITHUB_REPOSITORY_OWNER: 'contoso'
      },
      (path) => {
        paths.push(path)
        return '{}'
      },
      'alice'
    )
    expect(context).toEqual({
      eventName: 'push',
      fromDependabot: false,
      event: undefined,
      hasOidcEnvironment: true
    })
    expect(paths).toEqual([])
  })

  it.each([
    [{ GITHUB_ACTOR: 'dependabot[bot]' }, true],
    [{ GITHUB_ACTOR: 'dependabot[bot]', GITHUB_TRIGGERING_ACTOR: 'octocat' }, true],
    [{ GITHUB_ACTOR: 'octocat', GITHUB_TRIGGERING_ACTOR: 'dependabot[bot]' }, true],
    [{ GITHUB_ACTOR: 'octocat' }, false]
  ])('tells a Dependabot run by either actor: %j is %s', (env, expected) => {
    expect(readWorkflowContext(env, () => undefined).fromDependabot).toBe(expected)
  })

  it('copes with a missing or broken event file', () => {
    expect(
      readWorkflowContext({ GITHUB_EVENT_PATH: '/nope' }, () => undefined).event
    ).toBeUndefined()
    expect(readWorkflowContext({ GITHUB_EVENT_PATH: '/bad' }, () => '{').event).toBeUndefined()
  })
})
