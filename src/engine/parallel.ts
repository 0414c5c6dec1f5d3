/**
 * Scans programs on several threads. Discovery runs here; workers pull one
 * program at a time (so a large module does not hold up a whole share) and
 * send back their findings; the result is the same as a single-thread scan.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { discover } from '../discover/discover.js';
import {
  configurePrograms,
  emptyResult,
  finishResult,
  scanPrograms,
  type ScanOptions,
  type ScanResult,
} from './scan.js';

/** Below this many programs, starting threads costs more than it saves. */
const MIN_PROGRAMS_PER_WORKER = 16;

export function defaultJobs(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

export async function scanInParallel(paths: string[], options: ScanOptions, jobs: number): Promise<ScanResult> {
  const discovery = discover(paths, { markdownInDirectories: options.markdownInDirectories });
  // Configuration files are read here, so an invalid one stops the run before any thread starts.
  const programs = configurePrograms(discovery.programs, options);
  const result = emptyResult(discovery.errors);
  const workers = Math.min(jobs, Math.floor(programs.length / MIN_PROGRAMS_PER_WORKER));
  if (workers < 2) {
    scanPrograms(programs, options, result);
    return finishResult(result);
  }
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, () => {
      const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: options });
      return new Promise<void>((resolve, reject) => {
        const send = () => {
          if (next < programs.length) worker.postMessage(programs[next++]);
          else void worker.terminate().then(() => resolve());
        };
        worker.on('message', (partial: ScanResult) => {
          result.findings.push(...partial.findings);
          result.errors.push(...partial.errors);
          result.filesScanned += partial.filesScanned;
          result.bytesScanned += partial.bytesScanned;
          result.programs += partial.programs;
          result.suppressed = (result.suppressed ?? 0) + (partial.suppressed ?? 0);
          send();
        });
        worker.on('error', reject);
        send();
      });
    }),
  );
  return finishResult(result);
}
