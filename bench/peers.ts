/**
 * preflight and the linters a user would pick instead, on the same files,
 * one after the other: Checkov and cfn-lint (PyPI), tflint with the AWS
 * ruleset and Trivy (Go), each skipped with a note when it is not installed
 * (bench/README.md says how to install them here). Prints wall time, peak
 * memory (GNU time's maximum resident set of the largest process) and
 * findings per tool, and each tool's time and memory as a multiple of
 * preflight's on the same files.
 *
 *   npm run bench:peers                      # 20 Terraform and 20 CloudFormation tasks
 *   npm run bench:peers -- --tasks 0         # every task of both platforms
 *   npm run bench:peers -- --tasks 50 --jobs 2
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultJobs } from '../src/engine/parallel.js';
import { CORPUS } from '../test/helpers.js';

const { values } = parseArgs({ options: { tasks: { type: 'string', default: '20' }, jobs: { type: 'string' } } });
const taskCount = Number(values.tasks);
const jobs = values.jobs ? Number(values.jobs) : defaultJobs();
const TASKS = join(CORPUS, 'tasks');
const CLI = fileURLToPath(new URL('../bundle/main.js', import.meta.url));
const TIME = '/usr/bin/time';

/** The `lib` folders (where the programs are) of the first `count` tasks of a platform, 0 for all. */
function taskDirectories(platform: string, count: number): string[] {
  const dir = join(TASKS, platform);
  if (!existsSync(dir)) return [];
  const tasks = readdirSync(dir)
    .sort()
    .map((task) => join(dir, task, 'lib'))
    .filter((lib) => existsSync(lib));
  return count > 0 ? tasks.slice(0, count) : tasks;
}

function installed(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}

interface Measure {
  seconds: number;
  peakMegabytes?: number;
  stdout: string;
  status: number | null;
}

/** Runs a command under GNU time (when present) for its peak memory; stdout is kept for counting findings. */
function measure(command: string[], cwd?: string): Measure {
  const report = join(mkdtempSync(join(tmpdir(), 'preflight-peers-')), 'time');
  const timed = existsSync(TIME) ? [TIME, '-f', '%M', '-o', report, ...command] : command;
  const started = process.hrtime.bigint();
  const run = spawnSync(timed[0], timed.slice(1), { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  let peakMegabytes: number | undefined;
  if (existsSync(report)) {
    const kilobytes = Number(readFileSync(report, 'utf8').trim().split('\n').pop());
    if (Number.isFinite(kilobytes)) peakMegabytes = kilobytes / 1024;
  }
  return { seconds, peakMegabytes, stdout: run.stdout ?? '', status: run.status };
}

interface Tool {
  name: string;
  /** The executable that must be on PATH. */
  command: string;
  install: string;
  /** What it scans and how many findings its output holds. */
  runs: { label: string; dirs: string[]; args: (dirs: string[]) => string[]; count: (stdout: string) => number }[];
}

/**
 * Copies of the tasks' `lib` folders under one root per platform, so that every
 * tool is given one directory, as a user would run it (Checkov's reports for
 * several -d directories overlap, so several directories cannot be passed).
 */
const workspace = mkdtempSync(join(tmpdir(), 'preflight-peers-files-'));
function copyTasks(platforms: string[], into: string): string[] {
  const copies: string[] = [];
  for (const platform of platforms)
    for (const lib of taskDirectories(platform, taskCount)) {
      const copy = join(workspace, into, `${platform}-${lib.split('/').at(-2)}`);
      cpSync(lib, copy, { recursive: true });
      copies.push(copy);
    }
  return copies;
}
const terraformModules = copyTasks(['tf-hcl'], 'terraform');
const cloudformationTasks = copyTasks(['cfn-yaml', 'cfn-json'], 'cloudformation');
const terraform = terraformModules.length ? [join(workspace, 'terraform')] : [];
const cloudformation = cloudformationTasks.length ? [join(workspace, 'cloudformation')] : [];
const cloudformationTemplates = cloudformationTasks.flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => /\.(ya?ml|json|template)$/i.test(name))
    .map((name) => join(dir, name)),
);

const jsonOf = (stdout: string): unknown => {
  try {
    return JSON.parse(stdout);
  } catch {
    return undefined;
  }
};

/** Pretty-printed JSON documents one after the other (each closes with a bracket in column 0). */
function jsonDocuments(stdout: string): unknown[] {
  const documents: unknown[] = [];
  let buffer: string[] = [];
  for (const line of stdout.split('\n')) {
    buffer.push(line);
    if (line === '}' || line === ']') {
      documents.push(jsonOf(buffer.join('\n')));
      buffer = [];
    }
  }
  return documents;
}

/** Checkov prints one report, or a list of them (one per framework). */
function checkovFindings(stdout: string): number {
  const reports = jsonDocuments(stdout).flat() as { results?: { failed_checks?: unknown[] } }[];
  return reports.reduce((sum, report) => sum + (report?.results?.failed_checks?.length ?? 0), 0);
}

const TOOLS: Tool[] = [
  {
    name: 'preflight',
    command: process.execPath,
    install: '',
    runs: [
      {
        label: 'terraform',
        dirs: terraform,
        args: (dirs) => [
          process.execPath,
          CLI,
          'scan',
          ...dirs,
          '--no-markdown',
          '--format',
          'json',
          '--fail-on',
          'none',
          '--jobs',
          String(jobs),
        ],
        count: (stdout) => ((jsonOf(stdout) as { findings?: unknown[] })?.findings ?? []).length,
      },
      {
        label: 'cloudformation',
        dirs: cloudformation,
        args: (dirs) => [
          process.execPath,
          CLI,
          'scan',
          ...dirs,
          '--no-markdown',
          '--format',
          'json',
          '--fail-on',
          'none',
          '--jobs',
          String(jobs),
        ],
        count: (stdout) => ((jsonOf(stdout) as { findings?: unknown[] })?.findings ?? []).length,
      },
    ],
  },
  {
    name: 'checkov',
    command: 'checkov',
    install: 'pip install checkov',
    runs: [
      {
        label: 'terraform',
        dirs: terraform,
        args: (dirs) => [
          'checkov',
          ...dirs.flatMap((d) => ['-d', d]),
          '--framework',
          'terraform',
          '-o',
          'json',
          '--quiet',
          '--compact',
          // No network here: no guideline download from Prisma Cloud.
          '--skip-download',
        ],
        count: checkovFindings,
      },
      {
        label: 'cloudformation',
        dirs: cloudformation,
        args: (dirs) => [
          'checkov',
          ...dirs.flatMap((d) => ['-d', d]),
          '--framework',
          'cloudformation',
          '-o',
          'json',
          '--quiet',
          '--compact',
          // No network here: no guideline download from Prisma Cloud.
          '--skip-download',
        ],
        count: checkovFindings,
      },
    ],
  },
  {
    name: 'cfn-lint',
    command: 'cfn-lint',
    install: 'pip install cfn-lint',
    runs: [
      {
        label: 'cloudformation',
        dirs: cloudformation,
        args: () => ['cfn-lint', '--format', 'json', '--', ...cloudformationTemplates],
        count: (stdout) => ((jsonOf(stdout) as unknown[]) ?? []).length,
      },
    ],
  },
  {
    name: 'tflint',
    command: 'tflint',
    install: 'go build from source, with tflint-ruleset-aws (bench/README.md)',
    runs: [
      {
        label: 'terraform',
        dirs: terraformModules,
        // One run per module, as tflint checks one module at a time; each document ends without a
        // newline, so one is written after it to keep a document a line.
        args: (dirs) => [
          'sh',
          '-c',
          'for d in "$@"; do tflint --chdir "$d" --format json; echo; done',
          'tflint-each',
          ...dirs,
        ],
        count: (stdout) =>
          stdout
            .split('\n')
            .filter((l) => l.startsWith('{'))
            .reduce((sum, l) => sum + ((jsonOf(l) as { issues?: unknown[] })?.issues?.length ?? 0), 0),
      },
    ],
  },
  {
    name: 'trivy',
    command: 'trivy',
    install: 'go build from source (bench/README.md)',
    runs: ['terraform', 'cloudformation'].map((label) => ({
      label,
      dirs: label === 'terraform' ? terraform : cloudformation,
      args: (dirs: string[]) => [
        'sh',
        '-c',
        'for d in "$@"; do trivy config --quiet --format json "$d"; done',
        'trivy-each',
        ...dirs,
      ],
      count: (stdout: string) =>
        (stdout.match(/"Status": "FAIL"/g) ?? []).length || (stdout.match(/"AVDID"/g) ?? []).length,
    })),
  },
];

console.log(
  `preflight and its peers, back to back on the same files: ${terraformModules.length} Terraform tasks, ` +
    `${cloudformationTasks.length} CloudFormation tasks (${cloudformationTemplates.length} templates); preflight on ${jobs} thread${jobs === 1 ? '' : 's'}`,
);
const baseline = new Map<string, Measure>();
for (const tool of TOOLS) {
  if (!installed(tool.command)) {
    console.log(`${tool.name.padEnd(10)} skipped: not installed (${tool.install})`);
    continue;
  }
  for (const run of tool.runs) {
    if (run.dirs.length === 0) {
      console.log(`${tool.name.padEnd(10)} ${run.label.padEnd(15)} skipped: no such tasks in the corpus`);
      continue;
    }
    const result = measure(run.args(run.dirs));
    // A ratio to a preflight that read no program of these files (a framework it does not read yet) means nothing.
    const programs = (jsonOf(result.stdout) as { summary?: { programs?: number } })?.summary?.programs ?? 0;
    if (tool.name === 'preflight' && programs > 0) baseline.set(run.label, result);
    const reference = baseline.get(run.label);
    const ratio =
      reference && tool.name !== 'preflight'
        ? `  ${(result.seconds / reference.seconds).toFixed(1)}x time` +
          (result.peakMegabytes && reference.peakMegabytes
            ? `, ${(result.peakMegabytes / reference.peakMegabytes).toFixed(1)}x memory`
            : '') +
          ' of preflight'
        : '';
    console.log(
      [
        tool.name.padEnd(10),
        run.label.padEnd(15),
        `${result.seconds.toFixed(2)} s`.padStart(10),
        (result.peakMegabytes === undefined ? 'peak ?' : `peak ${result.peakMegabytes.toFixed(0)} MB`).padStart(14),
        `${run.count(result.stdout)} findings`.padStart(16),
        // Linters exit non-zero when they find something; no output at all is a failure to run.
        result.stdout.trim() === '' ? `  (no output, exit ${result.status})` : '',
        tool.name === 'preflight' && programs === 0 ? '  (read no program: no ratios)' : '',
        ratio,
      ].join(' '),
    );
  }
}
