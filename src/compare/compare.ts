/**
 * Compare two versions of a program (an AI answer and its corrected code, or
 * two commits): which findings were fixed, which remain and which are new.
 * Findings are matched by what they are about, never by line or file: the
 * two versions may lay their code out differently (a Markdown answer against
 * a directory of `.tf` files).
 */
import type { Finding } from '../engine/finding.js';
import { findingIdentity, type IdentityOptions } from '../engine/fingerprint.js';

export interface Comparison {
  /** In the first version only. */
  fixed: Finding[];
  /** In both: each finding of the first version with its match in the second. */
  remaining: { before: Finding; after: Finding }[];
  /** In the second version only. */
  added: Finding[];
}

/**
 * Keys from strict to loose; the second pass matches what the first left:
 * the same rule, resource and message; then the same rule and resource with
 * a message of the same shape (the argument it names is the same; a count or
 * a quoted value changed). A finding whose argument changed is fixed plus new.
 */
const PASSES: ((finding: Finding) => string)[] = [
  (f) => findingIdentity(f, { withFile: false }),
  (f) => findingIdentity(f, { withFile: false, byShape: true } satisfies IdentityOptions),
];

export function compareVersions(before: readonly Finding[], after: readonly Finding[]): Comparison {
  const unmatchedBefore = new Set(before);
  const unmatchedAfter = new Set(after);
  const pairs = new Map<Finding, Finding>();
  for (const keyOf of PASSES) {
    // Findings of the second version by key, in order, so repeated findings pair up in order.
    const waiting = new Map<string, Finding[]>();
    for (const finding of unmatchedAfter) {
      const key = keyOf(finding);
      const list = waiting.get(key) ?? [];
      list.push(finding);
      waiting.set(key, list);
    }
    for (const finding of unmatchedBefore) {
      const key = keyOf(finding);
      const match = waiting.get(key)?.shift();
      if (!match) continue;
      pairs.set(finding, match);
      unmatchedBefore.delete(finding);
      unmatchedAfter.delete(match);
    }
  }
  return {
    fixed: before.filter((f) => unmatchedBefore.has(f)),
    remaining: before.filter((f) => pairs.has(f)).map((f) => ({ before: f, after: pairs.get(f)! })),
    added: after.filter((f) => unmatchedAfter.has(f)),
  };
}
