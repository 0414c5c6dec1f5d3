/**
 * Stable identities of findings, independent of line numbers: the same
 * problem keeps its fingerprint when code above it moves. Used to match
 * findings across runs (baselines, SARIF `partialFingerprints`) and across
 * versions of a program (compare).
 */
import { createHash } from 'node:crypto';
import type { Finding } from './finding.js';

export interface IdentityOptions {
  /** Include the file path (baselines and SARIF do; comparing two versions of a program may not). */
  withFile: boolean;
}

/** What a finding is about: rule, resource, message (and file), never its position. */
export function findingIdentity(finding: Finding, options: IdentityOptions = { withFile: true }): string {
  const resource = finding.resource ? `${finding.resource.type}.${finding.resource.name}` : '';
  return [finding.ruleId, options.withFile ? finding.file : '', resource, finding.message].join('\u0000');
}

/**
 * One fingerprint per finding, in order: a hash of its identity plus its
 * occurrence number among findings of the same identity (in position order),
 * so repeated identical findings stay distinct.
 */
export function fingerprints(findings: readonly Finding[], options: IdentityOptions = { withFile: true }): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const identity = findingIdentity(finding, options);
    const occurrence = seen.get(identity) ?? 0;
    seen.set(identity, occurrence + 1);
    return createHash('sha256').update(`${identity}\u0000${occurrence}`).digest('hex').slice(0, 32);
  });
}
