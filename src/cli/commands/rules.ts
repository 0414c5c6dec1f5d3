/**
 * `preflight rules`: list the rules, or write the rule reference with
 * `--format markdown --out <dir>`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { renderRuleDocs } from '../../report/rule-docs.js';
import { RULES } from '../../rules/index.js';
import { UsageError } from '../usage-error.js';

export function runRules(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'text' }, out: { type: 'string' } },
  });
  if (values.format === 'markdown') {
    if (!values.out) throw new UsageError('--format markdown writes the rule reference: give its folder with --out');
    for (const [path, content] of renderRuleDocs(RULES)) {
      const target = join(values.out, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
  } else
    for (const rule of RULES)
      process.stdout.write(`${rule.meta.id.padEnd(48)} ${rule.meta.severity.padEnd(8)} ${rule.meta.title}\n`);
  return 0;
}
