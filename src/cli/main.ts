#!/usr/bin/env node
/**
 * preflight command line: `preflight scan [paths...]`.
 * Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or internal error.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, DEFAULT_CONFIG, loadConfig, type Config } from '../config/config.js';
import { defaultJobs, scanInParallel } from '../engine/parallel.js';
import { applyFixes } from '../fix/apply.js';
import { formatJson } from '../report/json.js';
import { formatText } from '../report/text.js';
import { renderRuleDocs } from '../report/rule-docs.js';
import { RULES } from '../rules/index.js';
import { SEVERITIES, severityRank, type Severity } from '../rules/rule.js';

const VERSION = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

const HELP = `preflight ${VERSION}: review AWS infrastructure-as-code before it is deployed

Usage:
  preflight scan [paths...]   scan files and directories (default: .)
  preflight rules             list the rules (--format markdown --out <dir>: write the rule reference)

Options:
  --format <text|json>        output format (default: text)
  --fail-on <level>           exit 1 when a finding is at or above: critical, high, medium, low, none (default: high)
  --rules <id,...>            run only these rules
  --config <file>             configuration file (default: .preflight.json when present)
  --no-markdown               do not read Markdown documents found in directories
  --jobs <n>                  threads to scan with (default: one per core)
  --fix                       apply the automatic fixes findings carry, then report what remains
  --quiet                     findings only: no code frames or suggestions
  --no-color                  plain text output
  --version                   print the version
  --help                      print this help

Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 usage or internal error.
`;

class UsageError extends Error {}

/** Rounds of fixing and rescanning `--fix` makes at most. */
const MAX_FIX_PASSES = 5;

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      'fail-on': { type: 'string', default: 'high' },
      rules: { type: 'string' },
      config: { type: 'string' },
      'no-markdown': { type: 'boolean', default: false },
      fix: { type: 'boolean', default: false },
      out: { type: 'string' },
      jobs: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      'no-color': { type: 'boolean', default: false },
      color: { type: 'boolean' },
      version: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const [command, ...paths] = positionals;
  if (values.help || command === undefined || command === 'help') {
    process.stdout.write(HELP);
    return command === undefined && !values.help ? 2 : 0;
  }
  if (command === 'rules') {
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
  if (command !== 'scan') throw new UsageError(`unknown command "${command}"; try "preflight --help"`);

  const format = values.format;
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}"`);
  const failOn = values['fail-on'];
  if (failOn !== 'none' && !SEVERITIES.includes(failOn as Severity))
    throw new UsageError(`--fail-on must be one of critical, high, medium, low, none, not "${failOn}"`);
  let ruleIds: string[] | undefined;
  if (values.rules !== undefined) {
    ruleIds = values.rules
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    const known = new Set(RULES.map((r) => r.meta.id));
    const unknown = ruleIds.filter((id) => !known.has(id) && id !== 'parse-error');
    if (unknown.length) throw new UsageError(`unknown rule id${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`);
  }
  let config: Config = DEFAULT_CONFIG;
  if (values.config) config = loadConfig(values.config);
  else if (existsSync('.preflight.json')) config = loadConfig('.preflight.json');

  const targets = paths.length ? paths : ['.'];
  for (const target of targets) if (!existsSync(target)) throw new UsageError(`no such file or directory: ${target}`);
  const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new UsageError(`--jobs must be a positive integer, not "${values.jobs}"`);
  const options = { config, ruleIds, markdownInDirectories: !values['no-markdown'] };
  let result = await scanInParallel(targets, options, jobs);
  if (values.fix) {
    // Like ESLint: fixes that overlap (or that a fix makes possible, such as layout) need another pass.
    let fixed = 0;
    const written = new Set<string>();
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const outcome = applyFixes(result.findings);
      for (const file of outcome.refused)
        process.stderr.write(
          `preflight: left ${file} unchanged: the fixed text would not parse as well as the original\n`,
        );
      if (outcome.files.length === 0) break;
      fixed += outcome.fixed;
      for (const file of outcome.files) written.add(file);
      result = await scanInParallel(targets, options, jobs);
    }
    process.stderr.write(
      `preflight: fixed ${fixed} finding${fixed === 1 ? '' : 's'} in ${written.size} file${written.size === 1 ? '' : 's'}\n`,
    );
  }
  if (ruleIds && !ruleIds.includes('parse-error'))
    result.findings = result.findings.filter((f) => f.ruleId !== 'parse-error');

  const color = values.color ?? (!values['no-color'] && !process.env.NO_COLOR && process.stdout.isTTY === true);
  process.stdout.write(
    format === 'json'
      ? formatJson(result, VERSION)
      : formatText(result, { color, quiet: values.quiet, cwd: process.cwd() }),
  );
  if (format === 'json') for (const error of result.errors) process.stderr.write(`preflight: ${error}\n`);
  if (failOn === 'none') return 0;
  const threshold = severityRank(failOn as Severity);
  return result.findings.some((f) => severityRank(f.severity) >= threshold) ? 1 : 0;
}

// A reader that stops early (`preflight scan . | head`) closes the pipe: stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  if (
    error instanceof UsageError ||
    error instanceof ConfigError ||
    (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
  ) {
    process.stderr.write(`preflight: ${(error as Error).message}\n`);
  } else {
    process.stderr.write(`preflight: internal error: ${(error as Error).message}\n`);
    if (process.env.PREFLIGHT_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
  }
  process.exitCode = 2;
}
