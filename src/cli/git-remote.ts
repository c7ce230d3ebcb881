// A repository's owner and name from the address of its git remote, in the forms git accepts:
// https://host/owner/name(.git), ssh://git@host/owner/name, git@host:owner/name.git.

/** `owner/name`, or undefined when the address names no repository that way. */
export function repositoryFromRemote(address: string): string | undefined {
  const text = address.trim()
  const path = remotePath(text)
  if (path === undefined) return undefined
  const parts = path.split('/').filter((part) => part !== '')
  const last = parts.at(-1)
  if (last?.toLowerCase().endsWith('.git')) parts[parts.length - 1] = last.slice(0, -4)
  if (parts.length < 2) return undefined
  const [owner, name] = parts.slice(-2) as [string, string]
  const valid = /^[A-Za-z0-9_.-]+$/
  return valid.test(owner) && valid.test(name) ? `${owner}/${name}` : undefined
}

function remotePath(address: string): string | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(address)
  if (scheme) {
    try {
      return decodeURIComponent(new URL(address).pathname)
    } catch {
      return undefined
    }
  }
  // scp-like: [user@]host:path, the form `git clone git@github.com:owner/name.git` uses.
  const colon = address.indexOf(':')
  if (colon <= 0 || address.slice(0, colon).includes('/')) return undefined
  return address.slice(colon + 1)
}
