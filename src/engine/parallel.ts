/**
 * Scans programs on several threads. Discovery runs here; workers pull one
 * program at a time (so a large module does not hold up a whole share) and
 * send back their findings; the result is the same as a single-thread scan.
 */
import { availableParallelism } from 'node:os';
import { discover } from '../discover/discover.js';
import {
  configurePrograms,
  emptyResult,
  finishResult,
  mergeRequirementOutcomes,
  scanPrograms,
  type ConfiguredProgram,
  type ScanOptions,
  type ScanResult,
} from './scan.js';
import { mapOnWorkers, workersFor } from './worker-pool.js';

export function defaultJobs(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

export async function scanInParallel(paths: string[], options: ScanOptions, jobs: number): Promise<ScanResult> {
  const discovery = discover(paths, { markdownInDirectories: options.markdownInDirectories });
  // Configuration files are read here, so an invalid one stops the run before any thread starts.
  const programs = configurePrograms(discovery.programs, options);
  const result = emptyResult(discovery.errors);
  const workers = workersFor(jobs, programs.length);
  if (workers < 2) {
    scanPrograms(programs, options, result);
    return finishResult(result);
  }
  const partials = await mapOnWorkers<ConfiguredProgram, ScanResult>(
    new URL('./worker.js', import.meta.url),
    options,
    programs,
    workers,
  );
  for (const partial of partials) {
    result.findings.push(...partial.findings);
    result.errors.push(...partial.errors);
    result.filesScanned += partial.filesScanned;
    result.bytesScanned += partial.bytesScanned;
    result.programs += partial.programs;
    result.suppressed = (result.suppressed ?? 0) + (partial.suppressed ?? 0);
    mergeRequirementOutcomes(result, partial);
  }
  return finishResult(result);
}
