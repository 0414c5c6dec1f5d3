/**
 * Benchmark: scans the shared corpus (or the paths given) and prints files/s,
 * MB/s and peak memory. `npm run bench -- [paths...] [--jobs n]`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_CONFIG } from '../src/config/config.js';
import { defaultJobs, scanInParallel } from '../src/engine/parallel.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { jobs: { type: 'string' } } });
const corpus = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..', 'shared', 'corpus', 'tasks');
const paths = positionals.length ? positionals : [corpus];
for (const path of paths)
  if (!existsSync(path)) {
    console.error(`bench: ${path} does not exist`);
    process.exit(2);
  }
const jobs = values.jobs ? Number(values.jobs) : defaultJobs();

const started = process.hrtime.bigint();
const result = await scanInParallel(paths, { config: DEFAULT_CONFIG }, jobs);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const megabytes = result.bytesScanned / 1e6;
// maxRSS covers the whole process, worker threads included (kilobytes).
const peakMegabytes = process.resourceUsage().maxRSS / 1024;

console.log(`scanned ${paths.join(', ')} on ${jobs} thread${jobs === 1 ? '' : 's'}`);
console.log(
  `  ${result.filesScanned} files, ${megabytes.toFixed(1)} MB, ${result.programs} programs, ${result.findings.length} findings`,
);
console.log(
  `  ${seconds.toFixed(2)} s: ${(result.filesScanned / seconds).toFixed(0)} files/s, ${(megabytes / seconds).toFixed(2)} MB/s`,
);
console.log(`  peak memory ${peakMegabytes.toFixed(0)} MB`);
if (result.errors.length) console.log(`  ${result.errors.length} errors, first: ${result.errors[0]}`);
