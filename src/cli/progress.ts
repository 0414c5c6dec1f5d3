/**
 * The progress line of a long scan: programs done / total and the framework
 * of the last one, redrawn in place on standard error and erased at the end.
 * Only on a terminal: never in a pipe, a file or a CI log (`CI` set).
 */
import type { ScanObserver } from '../engine/parallel.js';

/** Redraw at most this often: a terminal cannot show faster and writes cost time. */
const REDRAW_MS = 100;

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): boolean;
}

export function progressWanted(stream: ProgressStream, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && !env.CI && env.TERM !== 'dumb';
}

/** An observer that draws the line, and `end` to erase it (call it before printing the report). */
export function progressLine(stream: ProgressStream, now: () => number = Date.now) {
  let total = 0;
  let done = 0;
  let drawn = false;
  let last = -Infinity;
  const observer: ScanObserver = {
    started(programs) {
      total = programs.length;
    },
    scanned(program) {
      done++;
      const time = now();
      if (time - last < REDRAW_MS && done < total) return;
      last = time;
      drawn = true;
      stream.write(`\r\x1b[Kpreflight: ${done}/${total} programs scanned (${program.kind})`);
    },
  };
  return {
    observer,
    end() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
    },
  };
}
