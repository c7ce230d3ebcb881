import { describe, expect, it } from 'vitest'
import { repositoryFacts } from '../../../src/shared/event-payload.ts'

const payload = (repository: unknown) => JSON.stringify({ action: 'published', repository })

describe('repositoryFacts', () => {
  it('reads the owner login, owner type and visibility', () => {
    const text = payload({ private: false, owner: { login: 'contoso', type: 'Organization' } })
    expect(repositoryFacts(text)).toEqual({
      ownerLogin: 'contoso',
      ownerType: 'Organization',
      private: false
    })
  })

  it('reads a private repository of a user', () => {
    const text = payload({ private: true, owner: { login: 'jane-doe', type: 'User' } })
    expect(repositoryFacts(text)).toEqual({
      ownerLogin: 'jane-doe',
      ownerType: 'User',
      private: true
    })
  })

  it.each([
    ['no file', undefined],
    ['text that is not JSON', '{not json'],
    ['JSON null', 'null'],
    ['an event without a repository', JSON.stringify({ schedule: '0 0 * * *' })],
    ['a repository that is a string', payload('contoso/widgets')]
  ])('says nothing for %s', (_, text) => {
    expect(repositoryFacts(text)).toEqual({})
  })

  it('ignores values of the wrong type', () => {
    const text = payload({ private: 'no', owner: { login: 42, type: 'Bot' } })
    expect(repositoryFacts(text)).toEqual({})
  })
})
