/**
 * V8 settings for scanning, set once per process before any worker thread
 * starts: V8 flags are process-wide (a worker cannot be given its own), and
 * these are read as the program runs, so they hold for this thread and the
 * threads started after.
 *
 * Heap growth. A scan keeps little alive (about 50 MB a thread) but makes
 * gigabytes of short-lived syntax trees and values; V8's default factor, up to
 * ×4 when collections are quick, let each thread's heap swell to 150–200 MB
 * between collections. At ×2.5 the Pulumi + Terraform corpus on 2 threads
 * peaked at 471 MB instead of 531–635 MB for the same CPU time (×2 cost 8%
 * more CPU); since then it peaked at 482–510 MB, and ×2.2 brings that to
 * 457–473 MB with no CPU time to tell apart (6 runs of each, interleaved).
 *
 * Optimisation. A scan runs a few hundred rules and reader functions over
 * many small programs of changing shapes. With V8's default budgets TurboFan
 * optimised most of them, and again after each shape change, before they had
 * run long enough to repay it: on the pulumi-ts corpus on one thread,
 * compiling took 4 of 12.6 CPU seconds. Optimising a function only after
 * about 15× more of its bytecode has run, with less inlined into it, cut
 * that to under 1 s without slowing the scan itself.
 */
import { setFlagsFromString } from 'node:v8';

const V8_FLAGS = [
  '--heap-growing-percent=120',
  // V8 11's default is 67,584 (bytecode bytes run between looks at a function).
  '--interrupt-budget=1000000',
  // Default 920 bytes of bytecode inlined into one optimised function.
  '--max-inlined-bytecode-size-cumulative=200',
];
let tuned = false;

export function tuneV8ForScanning(): void {
  if (tuned) return;
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
  tuned = true;
}
