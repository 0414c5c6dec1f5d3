/**
 * How far a scan lets V8 grow each thread's heap past its live data after a
 * full collection. A scan keeps little alive (about 50 MB a thread) but makes
 * gigabytes of short-lived syntax trees and values; V8's default factor, up to
 * ×4 when collections are quick, let each thread's heap swell to 150–200 MB
 * between collections. At ×2.5 the Pulumi + Terraform corpus on 2 threads
 * peaks at 471 MB instead of 531–635 MB for the same CPU time (×2 cost 8%
 * more CPU).
 */
import { setFlagsFromString } from 'node:v8';

const HEAP_GROWING_PERCENT = 150;
let limited = false;

/**
 * Sets the factor once per process. V8 flags are process-wide and read at
 * every collection, so it holds for this thread and the threads started after.
 */
export function limitHeapGrowth(): void {
  if (limited) return;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  limited = true;
}
