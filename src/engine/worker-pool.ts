/**
 * A pool of worker threads that each take one item at a time (so one large
 * program does not hold up a whole share) and answer with one result per item.
 * Used by scanning and fixing alike.
 *
 * One item at a time, not two: a thread given its next item in advance goes
 * from message to message without the turn of the event loop that frees the
 * Python parser's native trees (Pulumi + Terraform corpus on 2 threads: peak
 * 515–530 MB against 483–496 MB), and saved no time.
 */
import { Worker } from 'node:worker_threads';
import { tuneV8ForScanning } from './v8-tuning.js';

/** Below this many programs per thread, starting threads costs more than it saves. */
const MIN_ITEMS_PER_WORKER = 16;

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
        let current = -1;
        const send = () => {
          if (next < items.length) worker.postMessage(items[(current = next++)]);
          else void worker.terminate().then(() => resolve());
        };
        worker.on('message', (result: Result) => {
          results[current] = result;
          onResult?.(current, result);
          send();
        });
        worker.on('error', reject);
        send();
      });
    }),
  );
  return results;
}
