// The options of `dotnet nuget push`, as `dotnet nuget push --help` lists them in the .NET 10 SDK
// (10.0.401). Names are case-sensitive; a value follows after a space, `=` or `:`. Checked with
// that SDK against a loopback feed: any other word that starts with `-` (`-api-key`, `--apikey`,
// `--skip-duplicates`, `--verbosity`) is taken as a package path, so the real packages are pushed
// (without the key, when the key's option was the misspelled one) and the command then fails with
// "File does not exist (-api-key)". A value option given twice fails before anything is pushed. A
// word after an option that takes none (`--no-symbols true`) is a package path too: the real
// packages are pushed, then "File does not exist (true)." and exit code 1.

export const DOTNET_PUSH_OPTIONS: Record<string, { canonical: string; takesValue: boolean }> = {}

const TABLE: [names: string[], takesValue: boolean][] = [
  [['-s', '--source'], true],
  [['--allow-insecure-connections'], false],
  [['-ss', '--symbol-source'], true],
  [['-t', '--timeout'], true],
  [['-k', '--api-key'], true],
  [['-sk', '--symbol-api-key'], true],
  [['-d', '--disable-buffering'], false],
  [['-n', '--no-symbols'], false],
  [['--no-service-endpoint'], false],
  [['--interactive'], false],
  [['--skip-duplicate'], false],
  [['--configfile'], true],
  [['-?', '-h', '--help'], false],
  [['--force-english-output'], false]
]
for (const [names, takesValue] of TABLE) {
  const canonical = names.at(-1) as string
  for (const name of names) DOTNET_PUSH_OPTIONS[name] = { canonical, takesValue }
}

/**
 * nuget.exe's push options (case-insensitive, one dash). nuget.exe is not on this machine, so the
 * check reads only the three it needs and judges no other option of it.
 */
export const NUGET_EXE_OPTIONS: Record<string, { canonical: string; takesValue: boolean }> = {
  '-source': { canonical: '--source', takesValue: true },
  '-apikey': { canonical: '--api-key', takesValue: true },
  '-skipduplicate': { canonical: '--skip-duplicate', takesValue: false }
}
