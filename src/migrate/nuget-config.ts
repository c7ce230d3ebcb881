// The default push source a NuGet.Config names (`<config><add key="defaultPushSource" ...>`).

const ADD = /<add\b([^>]*)>/gi
const ATTRIBUTE = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(["'])(.*?)\\1`, 'i')

/** The value of defaultPushSource, or undefined when the file sets none. */
export function defaultPushSourceOf(config: string): string | undefined {
  for (const match of config.matchAll(ADD)) {
    const attributes = match[1] as string
    if (ATTRIBUTE('key').exec(attributes)?.[2]?.toLowerCase() !== 'defaultpushsource') continue
    return ATTRIBUTE('value').exec(attributes)?.[2]
  }
  return undefined
}
