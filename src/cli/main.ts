#!/usr/bin/env node
/**
 * preflight command line: the version and help, else the command (commands.ts).
 * Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or internal error.
 */
import { warn } from '../util/terminal.js';
import { UsageError } from './usage-error.js';
import { VERSION } from './version.js';

const HELP = `preflight ${VERSION}: review AWS infrastructure-as-code before it is deployed

Usage:
  preflight scan [paths...]   scan files and directories (default: .)
  preflight compare <before> <after>
                              scan two versions of a program (e.g. an answer and its corrected
                              code) and report the findings fixed, remaining and new
  preflight fix [paths...]    apply the automatic fixes (--dry-run: print them as a unified diff)
  preflight rules [id]        list the rules, or print one rule's documentation
  preflight init              write a commented default .preflight.yaml here (--force: overwrite)
  preflight requirements <file>
                              print the requirements read from a request (e.g. PROMPT.md), one a line

Options:
  --format <format>           text (default), json, markdown, sarif, html, github (annotations),
                              junit (JUnit XML) or jsonl (one finding a line)
  --output <file>             write the report to a file instead of standard output
  --fail-on <level>           exit 1 when a finding (compare: a new finding) is at or above:
                              critical, high, medium, low, none (default: high)
  --rules <id,...>            run only these rules (fix: apply only their fixes)
  --config <file>             configuration file for every program (default: the nearest .preflight.yaml above each)
  --baseline <file>           hide findings recorded in this baseline file; only new ones fail
  --write-baseline            record the current findings in the baseline (--baseline file, default .preflight-baseline.json)
  --no-markdown               do not read Markdown documents found in directories
  --requirements <file>       check every program against this request (default: a Markdown answer's
                              PROMPT.md beside it, or requirements: in .preflight.yaml)
  --no-requirements           check no program against a request
  --jobs <n>                  threads to scan with (default: one per core)
  --shard <i>/<n>             scan: only the i-th of n deterministic shares of the programs
  --cache                     scan: reuse the results of unchanged programs from the last --cache scan
  --cache-location <path>     where --cache keeps them (default: .preflight-cache)
  --fix                       scan: apply the automatic fixes first, then report what remains
  --dry-run                   fix: print a unified diff instead of writing
  --quiet                     findings only: no code frames or suggestions
  --no-color                  plain text output
  --version                   print the version
  --help                      print this help

Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 usage or internal error.
`;

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
  // Everything else is loaded only when a command runs: --version and --help load no parser, rule or schema.
  const { COMMANDS } = await import('./commands.js');
  const loadCommand = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!loadCommand) throw new UsageError(`unknown command "${command}"; try "preflight --help"`);
  return (await loadCommand())(rest);
}

// A reader that stops early (`preflight scan . | head`) closes the pipe: stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  // main.ts's own usage errors, or a command's (the bundle holds a copy of UsageError in each file).
  const userError = error instanceof UsageError || (await (await import('./commands.js')).isUserError(error));
  if (userError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    warn((error as Error).message);
  } else {
    warn(`internal error: ${(error as Error).message}`);
    if (process.env.PREFLIGHT_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
  }
  process.exitCode = 2;
}
