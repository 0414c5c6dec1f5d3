/**
 * Peer comparison with cfn-lint (`pip install cfn-lint`; skipped when it is
 * not on the PATH): both tools check the same CloudFormation templates, back
 * to back, each on one process; prints each tool's time and, for cfn-lint's
 * error-level findings, how many preflight also reports on the same line.
 *
 * `npm run bench:peers-cfn -- [--sample n] [template files or directories...]`
 * (default: every `lib/*.json|yml|yaml` template of the corpus's cfn-yaml and
 * cfn-json tasks, the corrected templates).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_CONFIG } from '../src/config/config.js';
import { scan } from '../src/engine/scan.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { sample: { type: 'string' } } });
const tasks = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..', 'shared', 'corpus', 'tasks');

function templatesUnder(path: string): string[] {
  if (statSync(path).isFile()) return [resolve(path)];
  const out: string[] = [];
  for (const name of readdirSync(path).sort()) {
    const child = join(path, name);
    if (statSync(child).isDirectory()) out.push(...templatesUnder(child));
    else if (/\.(json|ya?ml)$/.test(name) && !name.startsWith('metadata') && child.includes('/lib/')) out.push(child);
  }
  return out;
}

const inputs = positionals.length ? positionals : [join(tasks, 'cfn-yaml'), join(tasks, 'cfn-json')];
let files = inputs.flatMap(templatesUnder);
const sample = values.sample ? Number(values.sample) : undefined;
if (sample) files = files.filter((_, i) => i % Math.max(1, Math.floor(files.length / sample)) === 0).slice(0, sample);

const version = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' });
if (version.error) {
  console.log('cfn-lint is not installed (pip install cfn-lint): nothing to compare.');
  process.exit(0);
}

interface LintFinding {
  Level: string;
  Filename: string;
  Location: { Start: { LineNumber: number } };
  Rule: { Id: string };
}

let started = process.hrtime.bigint();
const lint = spawnSync('cfn-lint', ['--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 1 << 30 });
const lintSeconds = Number(process.hrtime.bigint() - started) / 1e9;
let lintFindings: LintFinding[] = [];
try {
  lintFindings = JSON.parse(lint.stdout || '[]') as LintFinding[];
} catch {
  console.log(`cfn-lint output unreadable: ${lint.stderr.slice(0, 300)}`);
}

started = process.hrtime.bigint();
const result = scan(files, { config: DEFAULT_CONFIG, cwd: '/' });
const preflightSeconds = Number(process.hrtime.bigint() - started) / 1e9;

const errors = lintFindings.filter((f) => f.Level === 'Error');
const matched = errors.filter((e) =>
  result.findings.some(
    (f) =>
      resolve('/', f.file) === resolve(e.Filename) &&
      f.line <= e.Location.Start.LineNumber &&
      e.Location.Start.LineNumber <= f.endLine,
  ),
);
const byRule = new Map<string, { all: number; matched: number }>();
for (const e of errors) {
  const entry = byRule.get(e.Rule.Id) ?? { all: 0, matched: 0 };
  entry.all++;
  if (matched.includes(e)) entry.matched++;
  byRule.set(e.Rule.Id, entry);
}

console.log(`${files.length} templates; ${version.stdout.trim()}`);
console.log(`cfn-lint:  ${lintSeconds.toFixed(1)} s, ${lintFindings.length} findings (${errors.length} errors)`);
console.log(`preflight: ${preflightSeconds.toFixed(1)} s, ${result.findings.length} findings`);
console.log(`speed: preflight ${(lintSeconds / preflightSeconds).toFixed(1)}x cfn-lint`);
console.log(`cfn-lint errors preflight also reports on the same line: ${matched.length}/${errors.length}`);
for (const [rule, { all, matched: m }] of [...byRule].sort((a, b) => b[1].all - a[1].all))
  console.log(`  ${rule.padEnd(8)} ${m}/${all}`);
