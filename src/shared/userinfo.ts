// Inputs and answers may hold URLs with a user name and password; messages show them without.

/**
 * The text with everything that could be a URL's user information (from after the scheme up to
 * the last '@') replaced by ***: safe to echo even when the text does not parse as a URL.
 */
export function withoutUserinfo(text: string): string {
  const at = text.lastIndexOf('@')
  if (at < 0) return text
  const scheme = /^[a-z][a-z\d+.-]*:\/\//i.exec(text)?.[0] ?? ''
  return `${scheme}***${text.slice(at)}`
}
