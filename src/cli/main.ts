#!/usr/bin/env node
/**
 * preflight command line: dispatches to one module per command (`commands/`).
 * Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or internal error.
 */
import { ConfigError } from '../config/config.js';
import { runFix } from './commands/fix.js';
import { runRules } from './commands/rules.js';
import { runScan } from './commands/scan.js';
import { UsageError } from './usage-error.js';
import { VERSION } from './version.js';

const HELP = `preflight ${VERSION}: review AWS infrastructure-as-code before it is deployed

Usage:
  preflight scan [paths...]   scan files and directories (default: .)
  preflight fix [paths...]    apply the automatic fixes (--dry-run: print them as a unified diff)
  preflight rules             list the rules (--format markdown --out <dir>: write the rule reference)

Options:
  --format <text|json>        output format (default: text)
  --fail-on <level>           exit 1 when a finding is at or above: critical, high, medium, low, none (default: high)
  --rules <id,...>            run only these rules (fix: apply only their fixes)
  --config <file>             configuration file (default: .preflight.json when present)
  --no-markdown               do not read Markdown documents found in directories
  --jobs <n>                  threads to scan with (default: one per core)
  --fix                       scan: apply the automatic fixes first, then report what remains
  --dry-run                   fix: print a unified diff instead of writing
  --quiet                     findings only: no code frames or suggestions
  --no-color                  plain text output
  --version                   print the version
  --help                      print this help

Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 usage or internal error.
`;

const COMMANDS: Record<string, (argv: string[]) => number | Promise<number>> = {
  scan: runScan,
  fix: runFix,
  rules: runRules,
};

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (command === undefined || command === 'help' || command === '--help' || rest.includes('--help')) {
    process.stdout.write(HELP);
    return command === undefined ? 2 : 0;
  }
  const runCommand = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!runCommand) throw new UsageError(`unknown command "${command}"; try "preflight --help"`);
  return runCommand(rest);
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
