/**
 * A pool of worker threads that each take one item at a time (so one large
 * program does not hold up a whole share) and answer with one result per item.
 * Used by scanning and fixing alike.
 */
import { Worker } from 'node:worker_threads';
import { tuneV8ForScanning } from './v8-tuning.js';

/** Below this many programs per thread, starting threads costs more than it saves. */
const MIN_ITEMS_PER_WORKER = 16;

/**
 * Items a thread holds at once: the next is waiting when it answers one, so it
 * does not sit idle for the round trip (0.7 s of the Pulumi + Terraform corpus
 * on 2 threads with one), and the last items still go to whichever is free.
 */
const ITEMS_IN_FLIGHT = 2;

/** Threads worth starting for `count` items with at most `jobs`; below 2, do the work in this thread. */
export function workersFor(jobs: number, count: number): number {
  return Math.min(jobs, Math.floor(count / MIN_ITEMS_PER_WORKER));
}

/**
 * Runs every item through `script` on `workers` threads; the results come back
 * in item order, and `onResult` sees each (by item index) as soon as it is done.
 */
export async function mapOnWorkers<Item, Result>(
  script: URL,
  workerData: unknown,
  items: readonly Item[],
  workers: number,
  onResult?: (index: number, result: Result) => void,
): Promise<Result[]> {
  // Before the threads start: V8 flags hold for the threads started after them.
  tuneV8ForScanning();
  const results: Result[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, () => {
      const worker = new Worker(script, { workerData });
      return new Promise<void>((resolve, reject) => {
        // Items sent and not yet answered, oldest first: a thread answers in the order it was sent.
        const sent: number[] = [];
        const finish = () => void worker.terminate().then(() => resolve());
        const send = () => {
          if (next < items.length) {
            sent.push(next);
            worker.postMessage(items[next++]);
          }
        };
        worker.on('message', (result: Result) => {
          const index = sent.shift() as number;
          results[index] = result;
          onResult?.(index, result);
          send();
          if (sent.length === 0) finish();
        });
        worker.on('error', reject);
        for (let i = 0; i < ITEMS_IN_FLIGHT; i++) send();
        if (sent.length === 0) finish();
      });
    }),
  );
  return results;
}
