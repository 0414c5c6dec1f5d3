/**
 * `preflight requirements <file>`: what preflight understood of a request,
 * one requirement a line with its source line (`--format json` for programs).
 */
import { parseArgs } from 'node:util';
import { describeRequirement } from '../../requirements/describe.js';
import { readRequirements } from '../../requirements/load.js';
import { writeReport } from '../output.js';
import { UsageError } from '../usage-error.js';

export function runRequirements(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'text' }, output: { type: 'string' } },
  });
  if (positionals.length !== 1)
    throw new UsageError('preflight requirements takes one request file (e.g. lib/PROMPT.md)');
  if (values.format !== 'text' && values.format !== 'json')
    throw new UsageError(`--format must be text or json, not "${values.format}"`);
  const set = readRequirements(positionals[0]);
  const text =
    values.format === 'json'
      ? JSON.stringify(set, null, 2) + '\n'
      : set.requirements
          .map((r) => `${set.file}:${r.source.line}  ${describeRequirement(r)}  (${r.source.text})`)
          .join('\n') + (set.requirements.length ? '\n' : `${set.file}: no requirements found\n`);
  writeReport(text, values.output);
  return 0;
}
