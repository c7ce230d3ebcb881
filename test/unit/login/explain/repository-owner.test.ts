import { describe, expect, it } from 'vitest'
import {
  isRepositoryOwnerUser,
  organizationUserWarning,
  owningOrganization
} from '../../../../src/login/explain/repository-owner.ts'

const ORGANIZATION = { ownerLogin: 'Contoso', ownerType: 'Organization' as const }

describe('owningOrganization', () => {
  it.each([
    ['contoso', ORGANIZATION, 'Contoso'],
    ['CONTOSO', ORGANIZATION, 'Contoso'],
    ['alice', ORGANIZATION, undefined],
    ['contoso', { ownerLogin: 'contoso', ownerType: 'User' as const }, undefined],
    ['contoso', { ownerLogin: 'contoso' }, undefined],
    ['contoso', undefined, undefined]
  ])('user %s with %j: %s', (user, repository, expected) => {
    expect(owningOrganization(user, repository)).toBe(expected)
  })
})

describe('organizationUserWarning', () => {
  it('warns, naming the cause and the fix, and says a nuget.org user may share the name', () => {
    expect(organizationUserWarning('contoso', ORGANIZATION)).toMatch(
      /^`user` \('contoso'\) is the GitHub organization that owns this repository\..*unless a nuget\.org user named 'contoso' created the policy.*No matching trust policy.*Set `user` to the nuget\.org username of the person who created the policy\.$/
    )
  })

  it('says nothing for a person’s name', () => {
    expect(organizationUserWarning('alice', ORGANIZATION)).toBeUndefined()
    expect(isRepositoryOwnerUser('alice', { ownerLogin: 'Alice', ownerType: 'User' })).toBe(true)
  })
})
