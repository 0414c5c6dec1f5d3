/**
 * Matching IAM policy statements against what a service needs: an action
 * (with `*` and `?` wildcards, case-insensitive), and the log path a service
 * writes under in a bucket (`<prefix>/AWSLogs/<account>/…`).
 */
import type { PolicyStatement } from './types.js';
import { UNKNOWN_PART } from './values.js';

/** Whether one of the statement's known actions covers `action`. */
export function allowsAction(statement: PolicyStatement, action: string): boolean {
  return statement.actions.some((a) => a.value !== undefined && globMatches(a.value, action, 'i'));
}

/**
 * Whether one of the statement's resources covers objects under
 * `<prefix>/AWSLogs/<account>/`: the object part of the ARN (after the first
 * `/`) matched as a glob, unknown parts (a bucket ARN reference, the account
 * id) matching anything.
 */
export function coversLogPath(statement: PolicyStatement, prefix: string): boolean {
  const sample = `${prefix ? `${prefix}/` : ''}AWSLogs/123456789012/service/us-east-1/2026/01/01/log.gz`;
  return statement.resources.some((resource) => {
    const text = resource.value ?? resource.shape;
    // `*`, or a value preflight cannot read (a parameter holding the ARN), may cover it.
    if (text === undefined || text === '*' || text === UNKNOWN_PART) return true;
    const slash = text.indexOf('/');
    if (slash < 0) return false;
    // A literal account id stands for the program's account, whichever it is.
    const objectPattern = text.slice(slash + 1).replace(/\b\d{12}\b/g, '*');
    return globMatches(objectPattern, sample, '');
  });
}

/** A statement resource as the program writes it, unknown parts as `…`. */
export function shownResource(resource: { value?: string; shape?: string }): string {
  return resource.value ?? (resource.shape ?? '?').replaceAll(UNKNOWN_PART, '…');
}

/** IAM-style glob: `*` any run of characters, `?` one; unknown parts match anything. */
function globMatches(pattern: string, text: string, flags: string): boolean {
  const source = [...pattern]
    .map((c) => (c === '*' || c === UNKNOWN_PART ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, flags).test(text);
}
