/**
 * The idiom measure: findings whose suggestion is not code of the program's
 * language (checked with the same parsers as test/idiom/), and findings that
 * show a name in the evaluator's internal form (`{or(...)}`, a raw
 * `config.require(` call).
 */
import type { Finding } from '../../src/engine/finding.js';
import { languageOfPath, notCodeOf, type Language } from '../../test/idiom/language-check.js';

export interface IdiomCounts {
  findings: number;
  suggestions: number;
  /** Suggestions that do not parse as the program's language. */
  foreign: number;
  /** Findings whose resource name or a quoted name in the message shows an internal form. */
  internals: number;
}

const INTERNAL = /\(\.\.\.\)|\{or\(|config\.require\(|config\.get\(/;

const PLATFORM_LANGUAGE: Record<string, Language> = {
  'pulumi-py': 'python',
  'pulumi-ts': 'typescript',
  'tf-hcl': 'hcl',
  'cfn-yaml': 'yaml',
  'cfn-json': 'json',
};

/** Counts for one task's findings; `platform` gives the language of Markdown answers. */
export function idiomCounts(findings: Finding[], platform: string): IdiomCounts {
  const counts: IdiomCounts = { findings: findings.length, suggestions: 0, foreign: 0, internals: 0 };
  for (const finding of findings) {
    const names = [finding.resource?.name ?? '', ...(finding.message.match(/"[^"\n]*"/g) ?? [])];
    if (names.some((name) => INTERNAL.test(name))) counts.internals++;
    if (!finding.suggestion) continue;
    const language = languageOfPath(finding.file) ?? PLATFORM_LANGUAGE[platform];
    if (!language) continue;
    counts.suggestions++;
    if (notCodeOf(language, finding.suggestion.after)) counts.foreign++;
  }
  return counts;
}

/** One row per framework: suggestions not in the program's language, names shown in internal form. */
export function summariseIdiom(outcomes: { framework: string; idiom: IdiomCounts }[], out: string[]): void {
  const groups = new Map<string, IdiomCounts>();
  for (const o of outcomes) {
    const sum = groups.get(o.framework) ?? { findings: 0, suggestions: 0, foreign: 0, internals: 0 };
    for (const key of ['findings', 'suggestions', 'foreign', 'internals'] as const) sum[key] += o.idiom[key];
    groups.set(o.framework, sum);
  }
  out.push('Idiom (answers and corrected code): suggestions not in the program language, names in internal form', '');
  out.push('framework   findings  suggestions  foreign  internal-names');
  for (const [framework, c] of groups)
    out.push(
      [framework.padEnd(11), String(c.findings).padStart(8), String(c.suggestions).padStart(11)]
        .concat([String(c.foreign).padStart(7), String(c.internals).padStart(14)])
        .join('  '),
    );
  out.push('');
}
