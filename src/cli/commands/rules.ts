/**
 * `preflight rules`: list every rule (id, severity, frameworks, fix), or with
 * an id print that rule's documentation page (docs/rules/<id>.md, shipped
 * with the package and generated from the rule's metadata and tested cases).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { RULES, suggestRuleId } from '../../rules/index.js';
import { ruleFrameworks, type Rule } from '../../rules/rule.js';
import { UsageError } from '../usage-error.js';
import { packageFile } from '../../util/package-file.js';

export function runRules(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'text' } },
  });
  if (values.format !== 'text' && values.format !== 'json')
    throw new UsageError(`--format must be text or json, not "${values.format}"`);
  const sorted = [...RULES].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
  if (positionals.length > 1) throw new UsageError('preflight rules takes at most one rule id');
  const [id] = positionals;
  if (id === undefined) {
    process.stdout.write(values.format === 'json' ? listJson(sorted) : listText(sorted));
    return 0;
  }
  const rule = sorted.find((r) => r.meta.id === id);
  if (!rule) {
    const closest = suggestRuleId(id);
    throw new UsageError(`unknown rule "${id}"${closest ? `; did you mean "${closest}"?` : ''}`);
  }
  if (values.format === 'json') process.stdout.write(JSON.stringify(describe(rule), null, 2) + '\n');
  else process.stdout.write(readFileSync(packageFile(`docs/rules/${id}.md`), 'utf8'));
  return 0;
}

function describe(rule: Rule) {
  const { id, title, severity, fixable, description, rationale, docs } = rule.meta;
  return { id, title, severity, frameworks: ruleFrameworks(rule), fixable, description, rationale, docs };
}

function listJson(rules: readonly Rule[]): string {
  return JSON.stringify(rules.map(describe), null, 2) + '\n';
}

function listText(rules: readonly Rule[]): string {
  const rows = [
    ['id', 'severity', 'frameworks', 'fix', 'title'],
    ...rules.map((r) => [r.meta.id, r.meta.severity, ruleFrameworks(r).join(','), r.meta.fixable, r.meta.title]),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return (
    rows
      .map((row) => row.map((cell, column) => (column < 4 ? cell.padEnd(widths[column]) : cell)).join('  '))
      .join('\n') + `\n\n${rules.length} rules; "preflight rules <id>" prints one rule's documentation\n`
  );
}
