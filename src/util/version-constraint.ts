/**
 * Terraform version constraints (`"~> 5.0"`, `">= 4.0, < 6.0"`), evaluated as
 * Terraform does for providers (github.com/apparentlymart/go-versions, its
 * "Ruby-style" syntax): comma-separated conditions that must all hold; a
 * condition is an operator (`=` when none, `!=`, `>`, `>=`, `<`, `<=`, `~>`)
 * and a version of one to three numbers, the missing ones zero; `~>` with
 * three numbers lets only the patch number grow, with one or two numbers the
 * minor and patch; prereleases are chosen only when named exactly. npm's
 * semver ranges read the same text differently (`~>` is not theirs, spaces
 * separate conditions), so this is its own small reader.
 */

interface Version {
  major: number;
  minor: number;
  patch: number;
  /** After `-`, empty for a release. */
  prerelease: string;
}

interface Bound {
  version: Version;
  inclusive: boolean;
}

/** The versions one or more constraints admit: between two bounds, except some exact versions. */
export interface VersionRange {
  lower?: Bound;
  upper?: Bound;
  excluded: Version[];
}

const OPERATORS = ['>=', '<=', '!=', '~>', '>', '<', '='] as const;

function compare(a: Version, b: Version): number {
  if (a.major !== b.major) return a.major - b.major;
  if (a.minor !== b.minor) return a.minor - b.minor;
  if (a.patch !== b.patch) return a.patch - b.patch;
  // A prerelease comes before its release.
  if (a.prerelease === b.prerelease) return 0;
  if (!a.prerelease) return 1;
  if (!b.prerelease) return -1;
  return a.prerelease < b.prerelease ? -1 : 1;
}

function isNumber(text: string): boolean {
  return text.length > 0 && [...text].every((c) => c >= '0' && c <= '9');
}

/** `5`, `5.0`, `5.0.1`, `6.0.0-beta1` (build metadata after `+` ignored); the count of numbers given. */
function parseVersion(text: string): { version: Version; numbers: number } | undefined {
  const [withoutMetadata] = text.split('+');
  const dash = withoutMetadata.indexOf('-');
  const core = dash < 0 ? withoutMetadata : withoutMetadata.slice(0, dash);
  const prerelease = dash < 0 ? '' : withoutMetadata.slice(dash + 1);
  const parts = core.split('.');
  if (parts.length > 3 || !parts.every(isNumber) || (dash >= 0 && !prerelease)) return undefined;
  const [major, minor = 0, patch = 0] = parts.map(Number);
  return { version: { major, minor, patch, prerelease }, numbers: parts.length };
}

/** The range all the constraints admit together; undefined when one of them is not a valid constraint. */
export function parseConstraints(constraints: string[]): VersionRange | undefined {
  const range: VersionRange = { excluded: [] };
  for (const constraint of constraints) {
    for (const condition of constraint.split(',')) {
      const text = condition.trim();
      // An empty constraint admits every version, as does a trailing comma's nothing.
      if (!text) continue;
      const operator = OPERATORS.find((op) => text.startsWith(op)) ?? '';
      const parsed = parseVersion(text.slice(operator.length).trim());
      if (!parsed) return undefined;
      const { version, numbers } = parsed;
      switch (operator) {
        case '':
        case '=':
          raiseLower(range, { version, inclusive: true });
          lowerUpper(range, { version, inclusive: true });
          break;
        case '!=':
          range.excluded.push(version);
          break;
        case '>':
        case '>=':
          raiseLower(range, { version, inclusive: operator === '>=' });
          break;
        case '<':
        case '<=':
          lowerUpper(range, { version, inclusive: operator === '<=' });
          break;
        case '~>': {
          raiseLower(range, { version, inclusive: true });
          const next =
            numbers === 3
              ? { major: version.major, minor: version.minor + 1, patch: 0, prerelease: '' }
              : { major: version.major + 1, minor: 0, patch: 0, prerelease: '' };
          lowerUpper(range, { version: next, inclusive: false });
          break;
        }
      }
    }
  }
  return range;
}

function raiseLower(range: VersionRange, bound: Bound): void {
  const current = range.lower;
  const order = current ? compare(bound.version, current.version) : 1;
  if (order > 0 || (order === 0 && !bound.inclusive)) range.lower = bound;
}

function lowerUpper(range: VersionRange, bound: Bound): void {
  const current = range.upper;
  const order = current ? compare(bound.version, current.version) : -1;
  if (order < 0 || (order === 0 && !bound.inclusive)) range.upper = bound;
}

/**
 * The newest major version of which the range admits a release, the one
 * Terraform installs; undefined when the range has no upper bound (the newest
 * major there is) or admits nothing.
 */
export function newestMajor(range: VersionRange): number | undefined {
  const { lower, upper } = range;
  if (!upper) return undefined;
  if (lower) {
    const order = compare(lower.version, upper.version);
    if (order > 0 || (order === 0 && !(lower.inclusive && upper.inclusive))) return undefined;
    if (order === 0 && range.excluded.some((v) => compare(v, lower.version) === 0)) return undefined;
    // One exact version, a prerelease included when named.
    if (order === 0) return lower.version.major;
  }
  // Releases only: below a prerelease bound means below its release.
  const { major, minor, patch, prerelease } = upper.version;
  const exclusive = !upper.inclusive || prerelease !== '';
  const newest = exclusive && minor === 0 && patch === 0 ? major - 1 : major;
  if (newest < 0 || (lower && lower.version.major > newest)) return undefined;
  return newest;
}
