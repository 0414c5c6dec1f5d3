/**
 * Where a scan's time goes, by stage (`read <framework>`) and by rule
 * (`rule <id>`), when `PREFLIGHT_TIMINGS` is set in the environment: the
 * figures a profile does not give directly (a rule's helpers show up under
 * their own names there). Off, it costs one check per call.
 */
import { performance } from 'node:perf_hooks';

/** Milliseconds by stage or rule, as a plain record so that worker threads can send it back. */
export type Timings = Record<string, number>;

export const timingsEnabled = Boolean(process.env.PREFLIGHT_TIMINGS);

const NOTHING = () => {};

/** Starts timing `key`; the function returned adds the time since to `timings` (nothing when off). */
export function timer(timings: Timings | undefined, key: string): () => void {
  if (!timings) return NOTHING;
  const started = performance.now();
  return () => {
    timings[key] = (timings[key] ?? 0) + performance.now() - started;
  };
}

export function addTimings(into: Timings, from: Timings): void {
  for (const [key, ms] of Object.entries(from)) into[key] = (into[key] ?? 0) + ms;
}

/** The table on stderr, costliest first. */
export function printTimings(timings: Timings): void {
  const rows = Object.entries(timings).sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((sum, [, ms]) => sum + ms, 0);
  process.stderr.write(`preflight timings (ms, summed over threads; total ${total.toFixed(0)}):\n`);
  for (const [key, ms] of rows)
    process.stderr.write(`${ms.toFixed(0).padStart(9)} ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${key}\n`);
}
