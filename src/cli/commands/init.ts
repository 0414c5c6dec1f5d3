/**
 * `preflight init`: writes a commented default `.preflight.yaml` in the
 * current directory (or `--dir`), never over an existing one unless `--force`.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultConfigText } from '../../config/template.js';
import { UsageError } from '../usage-error.js';

export function runInit(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: { force: { type: 'boolean', default: false }, dir: { type: 'string', default: '.' } },
  });
  if (!existsSync(values.dir)) throw new UsageError(`no such directory: ${values.dir}`);
  const target = join(values.dir, '.preflight.yaml');
  if (existsSync(target) && !values.force)
    throw new UsageError(`${target} already exists; use --force to overwrite it`);
  try {
    writeFileSync(target, defaultConfigText());
  } catch (error) {
    throw new UsageError(`cannot write ${target}: ${(error as NodeJS.ErrnoException).code}`);
  }
  process.stdout.write(`wrote ${target}\n`);
  return 0;
}
