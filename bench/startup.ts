/**
 * Start-up: the wall time of the `preflight` command (the bundle users run) for
 * `--version`, `rules` and a one-answer scan of the first task of a few
 * platforms, each the median of several runs in fresh processes.
 *
 *   npm run bench:startup
 *   npm run bench:startup -- --runs 15
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CORPUS } from '../test/helpers.js';

const CLI = fileURLToPath(new URL('../bundle/main.js', import.meta.url));
const TASKS = join(CORPUS, 'tasks');
/** One answer of each of the languages of the first answers users scan. */
const ANSWER_PLATFORMS = ['pulumi-ts', 'pulumi-py', 'tf-hcl', 'cfn-yaml', 'cdk-ts'];

const { values } = parseArgs({ options: { runs: { type: 'string', default: '9' } } });
const runs = Number(values.runs);

function medianMilliseconds(args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const child = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (child.status !== 0 && child.status !== 1) throw new Error(`preflight ${args.join(' ')}: ${child.stderr}`);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** The first task's answer of a platform, if the corpus has one. */
function firstAnswer(platform: string): string | undefined {
  const directory = join(TASKS, platform);
  if (!existsSync(directory)) return undefined;
  for (const task of readdirSync(directory).sort()) {
    const answer = join(directory, task, 'lib', 'MODEL_RESPONSE.md');
    if (existsSync(answer)) return answer;
  }
  return undefined;
}

console.log(`preflight start-up: ${CLI}, median of ${runs} runs`);
const line = (label: string, ms: number) => console.log(`${label.padEnd(48)}${ms.toFixed(0).padStart(6)} ms`);
line('--version', medianMilliseconds(['--version']));
line('rules', medianMilliseconds(['rules']));
for (const platform of ANSWER_PLATFORMS) {
  const answer = firstAnswer(platform);
  if (answer) line(`scan ${answer.slice(TASKS.length + 1)}`, medianMilliseconds(['scan', answer, '--quiet']));
}
