import { describe, expect, it } from 'vitest'
import { repositoryFromRemote } from '../../../src/cli/git-remote.ts'

describe('owner and name from a git remote address', () => {
  it.each([
    ['https://github.com/contoso/widgets.git', 'contoso/widgets'],
    ['https://github.com/contoso/widgets', 'contoso/widgets'],
    ['https://github.com/contoso/widgets/', 'contoso/widgets'],
    ['https://user:secret@github.com/contoso/widgets.git\n', 'contoso/widgets'],
    ['ssh://git@github.com/contoso/widgets.git', 'contoso/widgets'],
    ['ssh://git@github.com:22/contoso/widgets', 'contoso/widgets'],
    ['git@github.com:contoso/widgets.git', 'contoso/widgets'],
    ['github.com:contoso/Widgets.Core', 'contoso/Widgets.Core'],
    ['https://ghe.example.com/org/team/repo.git', 'team/repo']
  ])('%s → %s', (address, repository) => {
    expect(repositoryFromRemote(address)).toBe(repository)
  })

  it.each([
    '',
    'widgets',
    '/srv/git/widgets',
    'https://github.com/contoso',
    'git@github.com:a b/c'
  ])('names no repository for %j', (address) => {
    expect(repositoryFromRemote(address)).toBeUndefined()
  })
})
