// How nuget.org compares package versions: on their normalised form (NuGet.Versioning's
// ToNormalizedString, used by src/NuGetGallery/Controllers/ApiController.cs CreatePackageInternal).

const VERSION = /^(\d+)\.(\d+)(?:\.(\d+))?(?:\.(\d+))?(-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/

/**
 * `1.0` → `1.0.0`, `01.2.3.0` → `1.2.3`, `1.2.3.4` stays, build metadata (`+sha`) dropped, the
 * pre-release label kept. Text that is not a version is returned as it is.
 */
export function normalisedVersion(version: string): string {
  const match = VERSION.exec(version.trim())
  if (!match) return version
  const [, major, minor, patch = '0', revision = '0', label = ''] = match
  const numbers = [major, minor, patch].map((part) => String(Number(part)))
  if (Number(revision) !== 0) numbers.push(String(Number(revision)))
  return numbers.join('.') + label
}

/** Versions are the same when their normalised forms are, in any letter case. */
export const sameVersion = (a: string, b: string) =>
  normalisedVersion(a).toLowerCase() === normalisedVersion(b).toLowerCase()
