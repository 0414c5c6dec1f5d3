/**
 * Benchmark: scans every platform of the shared corpus (`corpus/tasks/<platform>`),
 * each in a process of its own so that its peak memory is its own, then the
 * Pulumi + Terraform platforms together (the figure the speed goal is set on),
 * and prints files/s, MB/s and peak memory. Platforms whose framework preflight
 * does not read yet are listed as skipped. Cold: nothing is cached.
 *
 *   npm run bench                        # every platform, one thread per core
 *   npm run bench -- --jobs 2            # on 2 threads
 *   npm run bench -- path...             # these paths, in one process
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_CONFIG } from '../src/config/config.js';
import { defaultJobs, scanInParallel } from '../src/engine/parallel.js';
import { CORPUS, readsCorpusPlatform } from '../test/helpers.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { jobs: { type: 'string' }, child: { type: 'boolean', default: false } },
});
const jobs = values.jobs ? Number(values.jobs) : defaultJobs();
const TASKS = join(CORPUS, 'tasks');
/** The platforms the speed goal is set on: Pulumi + Terraform. */
const GOAL_PLATFORMS = ['tf-hcl', 'pulumi-ts', 'pulumi-py'];

interface Figures {
  files: number;
  bytes: number;
  programs: number;
  findings: number;
  errors: number;
  seconds: number;
  /** User + system CPU seconds of every thread: less at the mercy of a shared machine's load than wall time. */
  cpuSeconds: number;
  peakMegabytes: number;
}

/** One scan in this process: the figures as one JSON line (the parent reads it). */
async function measure(paths: string[]): Promise<Figures> {
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const result = await scanInParallel(paths, { config: DEFAULT_CONFIG }, jobs);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  return {
    files: result.filesScanned,
    bytes: result.bytesScanned,
    programs: result.programs,
    findings: result.findings.length,
    errors: result.errors.length,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    // maxRSS covers the whole process, worker threads included (kilobytes).
    peakMegabytes: process.resourceUsage().maxRSS / 1024,
  };
}

/** The same scan in a fresh process, so that its peak memory and start are its own. */
function measureInChild(paths: string[]): Figures {
  const script = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, [script, '--child', '--jobs', String(jobs), ...paths], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (child.status !== 0) throw new Error(`bench: scanning ${paths.join(', ')} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() as string) as Figures;
}

function line(label: string, f: Figures): string {
  const megabytes = f.bytes / 1e6;
  return [
    label.padEnd(32),
    `${f.files} files`.padStart(12),
    `${megabytes.toFixed(1)} MB`.padStart(9),
    `${f.programs} programs`.padStart(15),
    `${f.findings} findings`.padStart(16),
    `${f.seconds.toFixed(2)} s`.padStart(9),
    `cpu ${f.cpuSeconds.toFixed(1)} s`.padStart(12),
    `${(f.files / f.seconds).toFixed(0)} files/s`.padStart(14),
    `${(megabytes / f.seconds).toFixed(2)} MB/s`.padStart(11),
    `peak ${f.peakMegabytes.toFixed(0)} MB`.padStart(14),
    f.errors ? `  ${f.errors} errors` : '',
  ].join('');
}

if (values.child) {
  console.log(JSON.stringify(await measure(positionals)));
} else if (positionals.length) {
  for (const path of positionals)
    if (!existsSync(path)) {
      console.error(`bench: ${path} does not exist`);
      process.exit(2);
    }
  console.log(`preflight bench on ${jobs} thread${jobs === 1 ? '' : 's'}`);
  console.log(line(positionals.join(', '), measureInChild(positionals)));
} else {
  if (!existsSync(TASKS)) {
    console.error(`bench: the corpus is not at ${TASKS}`);
    process.exit(2);
  }
  console.log(`preflight bench: every platform of ${TASKS}, cold, on ${jobs} thread${jobs === 1 ? '' : 's'}`);
  const platforms = readdirSync(TASKS).sort();
  for (const platform of platforms) {
    if (!readsCorpusPlatform(platform)) {
      console.log(`${platform.padEnd(32)}  skipped: preflight does not read this framework yet (0 findings)`);
      continue;
    }
    console.log(line(platform, measureInChild([join(TASKS, platform)])));
  }
  const goal = GOAL_PLATFORMS.filter((p) => platforms.includes(p));
  console.log(line(goal.join(' + '), measureInChild(goal.map((p) => join(TASKS, p)))));
}
