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
  scanPrograms,
  type ConfiguredProgram,
  type ScanOptions,
  type ScanResult,
} from './scan.js';
import { inShard, type Shard } from './shard.js';
import { mapOnWorkers, workersFor } from './worker-pool.js';

export function defaultJobs(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

/** Follows a scan as it goes (progress line, streamed output). */
export interface ScanObserver {
  /** The programs about to be scanned (after sharding). */
  started?(programs: readonly ConfiguredProgram[]): void;
  /** One program's result (its findings sorted), in program order, as soon as it and those before it are done. */
  scanned?(program: ConfiguredProgram, partial: ScanResult): void;
}

export interface ParallelScanOptions {
  /** Only this share of the discovered programs (`--shard i/n`). */
  shard?: Shard;
  observer?: ScanObserver;
}

export async function scanInParallel(
  paths: string[],
  options: ScanOptions,
  jobs: number,
  { shard, observer }: ParallelScanOptions = {},
): Promise<ScanResult> {
  const discovery = discover(paths, { markdownInDirectories: options.markdownInDirectories });
  const discovered = shard ? discovery.programs.filter((_, index) => inShard(index, shard)) : discovery.programs;
  // Configuration files are read here, so an invalid one stops the run before any thread starts.
  const programs = configurePrograms(discovered, options);
  // Errors of discovery belong to every shard's run but are reported once, by the first.
  const result = emptyResult(shard && shard.index !== 1 ? [] : discovery.errors);
  observer?.started?.(programs);
  const workers = workersFor(jobs, programs.length);
  const add = (program: ConfiguredProgram, partial: ScanResult) => {
    result.findings.push(...partial.findings);
    result.errors.push(...partial.errors);
    result.filesScanned += partial.filesScanned;
    result.bytesScanned += partial.bytesScanned;
    result.programs += partial.programs;
    result.suppressed = (result.suppressed ?? 0) + (partial.suppressed ?? 0);
    observer?.scanned?.(program, finishResult(partial));
  };
  if (workers < 2) {
    if (!observer?.scanned) {
      scanPrograms(programs, options, result);
      return finishResult(result);
    }
    for (const program of programs) {
      const partial = emptyResult();
      scanPrograms([program], options, partial);
      add(program, partial);
    }
    return finishResult(result);
  }
  await mapOnWorkers<ConfiguredProgram, ScanResult>(
    new URL('./worker.js', import.meta.url),
    options,
    programs,
    workers,
    (index, partial) => add(programs[index], partial),
  );
  return finishResult(result);
}
