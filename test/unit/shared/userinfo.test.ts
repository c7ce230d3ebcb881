import { describe, expect, it } from 'vitest'
import { withoutUserinfo } from '../../../src/shared/userinfo.ts'

describe('withoutUserinfo', () => {
  it.each([
    ['https://alice:pw@www.nuget.org:443x/api', 'https://***@www.nuget.org:443x/api'],
    ['https://alice:p/w@www.nuget.org/api', 'https://***@www.nuget.org/api'],
    ['https://alice:p@w@host:99999', 'https://***@host:99999'],
    ['alice:pw@www.nuget.org', '***@www.nuget.org'],
    ['https://www.nuget.org/api/v2/token', 'https://www.nuget.org/api/v2/token'],
    ['not a url', 'not a url']
  ])('%s → %s', (text, shown) => {
    expect(withoutUserinfo(text)).toBe(shown)
  })
})
