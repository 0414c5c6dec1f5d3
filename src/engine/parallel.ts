/**
 * Scans programs on several threads. Discovery runs here; workers pull one
 * small batch of programs at a time (so a large module does not hold up a
 * whole share) and send back their findings; the result is the same as a
 * single-thread scan.
 */
import { availableParallelism } from 'node:os';
import { discover } from '../discover/discover.js';
import { tuneV8ForScanning } from './v8-tuning.js';
import {
  configFilesOf,
  configurePrograms,
  emptyResult,
  finishResult,
  mergeRequirementOutcomes,
  scanPrograms,
  today,
  type ConfiguredProgram,
  type ScanOptions,
  type ScanResult,
} from './scan.js';
import type { ScanCache } from './cache.js';
import { inShard, type Shard } from './shard.js';
import { mapOnWorkers, workersFor } from './worker-pool.js';
import { addTimings, printTimings } from './timings.js';

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
  /** Results of unchanged programs to reuse, and where to keep the new ones (`--cache`). */
  cache?: ScanCache;
}

export async function scanInParallel(
  paths: string[],
  options: ScanOptions,
  jobs: number,
  { shard, observer, cache }: ParallelScanOptions = {},
): Promise<ScanResult> {
  tuneV8ForScanning();
  // One date for every thread, even when the scan runs past midnight.
  const date = options.date ?? today();
  options = { ...options, date };
  const discovery = discover(paths, { markdownInDirectories: options.markdownInDirectories });
  const discovered = shard ? discovery.programs.filter((_, index) => inShard(index, shard)) : discovery.programs;
  // Configuration files are read here, so an invalid one stops the run before any thread starts.
  const programs = configurePrograms(discovered, options);
  // Errors of discovery belong to every shard's run but are reported once, by the first.
  const result = emptyResult(shard && shard.index !== 1 ? [] : discovery.errors);
  result.configFiles = configFilesOf(programs);
  observer?.started?.(programs);
  if (!observer?.scanned && !cache) {
    // The plain scan: nothing to do per program.
    const batches = batchesOf(
      programs.map((_, index) => index),
      programs,
    );
    const workers = workersFor(jobs, batches.length);
    if (workers < 2)
      for (const batch of batches) {
        scanPrograms(
          batch.map((index) => programs[index]),
          options,
          result,
        );
        await nativeMemoryReleased();
      }
    else
      for (const partials of await mapOnWorkers<ConfiguredProgram[], ScanResult[]>(
        WORKER,
        options,
        batches.map((batch) => batch.map((index) => programs[index])),
        workers,
      ))
        for (const partial of partials) addPartial(result, partial);
    if (result.timings) printTimings(result.timings);
    return finishResult(result);
  }

  // Per program: from the cache or scanned, then handed on in program order.
  const partials: (ScanResult | undefined)[] = new Array(programs.length);
  const keys: string[] = [];
  let delivered = 0;
  const complete = (index: number, partial: ScanResult) => {
    if (cache && keys[index] !== undefined && !partials[index]) cache.store(programs[index], keys[index], partial);
    partials[index] = partial;
    while (delivered < programs.length && partials[delivered]) {
      const next = partials[delivered] as ScanResult;
      addPartial(result, next);
      observer?.scanned?.(programs[delivered], finishResult(next));
      delivered++;
    }
  };
  const toScan: number[] = [];
  const cached: [number, ScanResult][] = [];
  programs.forEach((program, index) => {
    if (cache) {
      keys[index] = cache.keyOf(program, date);
      const hit = cache.lookup(program, keys[index]);
      if (hit) return void cached.push([index, hit]);
    }
    toScan.push(index);
  });
  for (const [index, hit] of cached) {
    partials[index] = hit;
  }
  // Hits are complete already; delivering them waits for the scanned programs before them.
  if (cached.length) complete(cached[0][0], cached[0][1]);
  const batches = batchesOf(toScan, programs);
  const workers = workersFor(jobs, batches.length);
  if (workers < 2) {
    for (const index of toScan) {
      const partial = emptyResult();
      scanPrograms([programs[index]], options, partial);
      complete(index, partial);
      await nativeMemoryReleased();
    }
  } else {
    await mapOnWorkers<ConfiguredProgram[], ScanResult[]>(
      WORKER,
      options,
      batches.map((batch) => batch.map((index) => programs[index])),
      workers,
      (position, partials) => partials.forEach((partial, k) => complete(batches[position][k], partial)),
    );
  }
  if (result.timings) printTimings(result.timings);
  return finishResult(result);
}

const WORKER = new URL('./worker.js', import.meta.url);

/**
 * A turn of the event loop. The Python parser's trees live in native memory
 * that is freed by finalizers, and Node runs those only between tasks: a scan
 * that never yielded kept every tree it parsed (Pulumi + Terraform corpus on
 * one thread: peak 979 MB, against 580 MB yielding). Worker threads yield
 * between batches already.
 */
function nativeMemoryReleased(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * The programs (by index) in the batches threads take one at a time: programs
 * in a row checked against one request (the answers of a task beside its
 * PROMPT.md) go together, so that one thread extracts the request once.
 */
function batchesOf(indices: readonly number[], programs: readonly ConfiguredProgram[]): number[][] {
  const batches: number[][] = [];
  for (const index of indices) {
    const last = batches.at(-1);
    const request = programs[index].request;
    if (last && request !== undefined && programs[last[0]].request === request) last.push(index);
    else batches.push([index]);
  }
  return batches;
}

function addPartial(result: ScanResult, partial: ScanResult): void {
  result.findings.push(...partial.findings);
  result.errors.push(...partial.errors);
  result.filesScanned += partial.filesScanned;
  result.bytesScanned += partial.bytesScanned;
  result.programs += partial.programs;
  result.suppressed = (result.suppressed ?? 0) + (partial.suppressed ?? 0);
  if (partial.skippedDocuments) result.skippedDocuments = (result.skippedDocuments ?? 0) + partial.skippedDocuments;
  mergeRequirementOutcomes(result, partial);
  if (partial.timings) addTimings((result.timings ??= {}), partial.timings);
}
