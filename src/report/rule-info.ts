/**
 * Rule metadata by id for the reports, including `parse-error`, which is
 * reported by the engine rather than by a rule.
 */
import { PARSE_ERROR_RULE, UNSUPPORTED_LANGUAGE_RULE } from '../engine/scan.js';
import { RULES } from '../rules/index.js';
import type { RuleMeta } from '../rules/rule.js';

const PARSE_ERROR_META: RuleMeta = {
  id: PARSE_ERROR_RULE,
  title: 'Code that cannot be read',
  severity: 'critical',
  frameworks: 'all',
  description:
    'A file, or a code block of an answer, that its parser cannot read: a syntax error (critical), or a binary or oversized file left unread (low).',
  rationale:
    'Terraform, TypeScript and Python all refuse code that does not parse, so nothing is deployed; and preflight cannot check what it cannot read.',
  docs: '',
  fixable: 'none',
};

const UNSUPPORTED_LANGUAGE_META: RuleMeta = {
  id: UNSUPPORTED_LANGUAGE_RULE,
  title: 'Code in a language preflight does not read',
  severity: 'low',
  frameworks: 'all',
  description:
    'An answer (Markdown document) whose code blocks are all in programming languages no reader reads (Java, Go, C#, Kotlin…): it is reported once, so that no finding is not taken for a clean review.',
  rationale:
    'preflight reads Terraform, CloudFormation, and Pulumi, AWS CDK and CDK for Terraform in TypeScript and Python; code in other languages is not reviewed at all.',
  docs: '',
  fixable: 'none',
};

const META_BY_ID = new Map<string, RuleMeta>([
  [PARSE_ERROR_RULE, PARSE_ERROR_META],
  [UNSUPPORTED_LANGUAGE_RULE, UNSUPPORTED_LANGUAGE_META],
  ...RULES.map((rule) => [rule.meta.id, rule.meta] as const),
]);

/** The metadata of a rule id; an unknown id (a finding from another version) gets a neutral stand-in. */
export function ruleMeta(ruleId: string): RuleMeta {
  return (
    META_BY_ID.get(ruleId) ?? {
      id: ruleId,
      title: ruleId,
      severity: 'medium',
      frameworks: 'all',
      description: `Rule ${ruleId}.`,
      rationale: '',
      docs: '',
      fixable: 'none',
    }
  );
}

/** Where a rule's page lives in the repository (written by `npm run docs:rules`). */
export function rulePage(ruleId: string): string {
  return `docs/rules/${ruleId}.md`;
}
