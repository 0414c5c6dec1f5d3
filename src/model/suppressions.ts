/**
 * Suppression directives: `# preflight-ignore <ruleId>: <reason>` (or `//`)
 * in a comment on the line before a resource or argument. Read from the
 * comments the parsers report, never from raw text; the engine applies them
 * after the rules run, and `preflight/invalid-suppression` reports bad ones.
 */
import type { Span } from './source.js';
import type { Comment, Program } from './types.js';

export const SUPPRESSION_DIRECTIVE = 'preflight-ignore';

export interface Suppression {
  /** Rule ids named (`preflight-ignore a, b: reason` names two). */
  ruleIds: string[];
  reason: string;
  /** The directive comment. */
  span: Span;
  /** The line (of `span.file`) the directive applies to: the first line after it that is not another directive. */
  targetLine: number;
  /** Why the directive is not valid (no rule id, no reason, an unknown rule); invalid directives suppress nothing. */
  problem?: string;
  /** Named rules that ran on the program, and those whose findings the directive suppressed (kept by the engine). */
  ran: Set<string>;
  suppressed: Set<string>;
}

/** The directive a comment holds, or undefined when it holds none. */
export function parseDirective(text: string): { ruleIds: string[]; reason: string } | undefined {
  if (!text.startsWith(SUPPRESSION_DIRECTIVE)) return undefined;
  const rest = text.slice(SUPPRESSION_DIRECTIVE.length);
  // `preflight-ignored` or `preflight-ignore-next` are other words, not this directive.
  if (rest !== '' && !/^[\s:]/.test(rest)) return undefined;
  const colon = rest.indexOf(':');
  const ids = colon < 0 ? rest : rest.slice(0, colon);
  const reason = colon < 0 ? '' : rest.slice(colon + 1).trim();
  return {
    ruleIds: ids
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
    reason,
  };
}

/** The program's directives, checked against the rule ids that exist. */
export function collectSuppressions(program: Program, knownRuleIds: ReadonlySet<string>): Suppression[] {
  const directives: { comment: Comment; ruleIds: string[]; reason: string }[] = [];
  for (const comment of program.comments) {
    const directive = parseDirective(comment.text);
    if (directive) directives.push({ comment, ...directive });
  }
  // A stack of directives above one line all apply to that line.
  const startLines = new Set(directives.map((d) => `${d.comment.span.file}\0${d.comment.span.line}`));
  return directives.map(({ comment, ruleIds, reason }) => {
    let targetLine = comment.span.endLine + 1;
    while (startLines.has(`${comment.span.file}\0${targetLine}`)) targetLine++;
    const unknown = ruleIds.filter((id) => !knownRuleIds.has(id));
    const problem = !ruleIds.length
      ? `names no rule; write "${SUPPRESSION_DIRECTIVE} <ruleId>: <reason>"`
      : unknown.length
        ? `names unknown rule${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`
        : !reason
          ? `gives no reason; write "${SUPPRESSION_DIRECTIVE} ${ruleIds.join(', ')}: <why this is acceptable>"`
          : undefined;
    return { ruleIds, reason, span: comment.span, targetLine, problem, ran: new Set(), suppressed: new Set() };
  });
}

/**
 * The valid directive for `ruleId` on the line before the finding's line or
 * before the first line of the resource it belongs to, if any; it is marked
 * as having suppressed something for the rule.
 */
export function suppressionFor(
  suppressions: readonly Suppression[],
  ruleId: string,
  span: Span,
  resourceSpan?: Span,
): Suppression | undefined {
  if (!suppressions.length) return undefined;
  const found = suppressions.find(
    (s) =>
      !s.problem &&
      s.ruleIds.includes(ruleId) &&
      ((s.span.file === span.file && s.targetLine === span.line) ||
        (resourceSpan !== undefined && s.span.file === resourceSpan.file && s.targetLine === resourceSpan.line)),
  );
  found?.suppressed.add(ruleId);
  return found;
}
