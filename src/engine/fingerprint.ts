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
  /**
   * Compare messages by shape (`messageShape`), so that a finding whose
   * particulars changed (a count, a quoted value) keeps its identity while
   * what it is about (rule, resource, argument named in the message) stays.
   */
  byShape?: boolean;
}

/** What a finding is about: rule, resource, message (and file), never its position. */
export function findingIdentity(finding: Finding, options: IdentityOptions = { withFile: true }): string {
  const resource = finding.resource ? `${finding.resource.type}.${finding.resource.name}` : '';
  const message = options.byShape ? messageShape(finding.message) : finding.message;
  return [finding.ruleId, options.withFile ? finding.file : '', resource, message].join('\u0000');
}

/**
 * A message with its particulars (quoted values, numbers, parenthesised
 * lists) blanked out; the words that name an argument or a problem stay.
 */
export function messageShape(message: string): string {
  return message
    .replace(/"[^"]*"|'[^']*'|`[^`]*`/g, '""')
    .replace(/\d+(\.\d+)?/g, '0')
    .replace(/\(([^()]*)\)/g, '()');
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
