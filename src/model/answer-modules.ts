/**
 * Terraform modules of a Markdown answer: each directory of `.tf` blocks is a
 * program of its own, its files named `<answer>#/<path>`. These place a module
 * inside the answer and resolve a local `source` against them.
 */
import { posix } from 'node:path';
import type { ModuleCall, Program } from './types.js';

/** The directory of a program inside its answer (`/modules/networking`), or undefined outside one. */
export function answerDirectory(program: Program): string | undefined {
  const path = program.files[0]?.path;
  const hash = path?.indexOf('#/') ?? -1;
  return path && hash >= 0 ? posix.dirname(path.slice(hash + 1)) : undefined;
}

/** The directory a local module source names, from the calling program's directory; undefined for other sources. */
export function localModuleDirectory(caller: Program, call: ModuleCall): string | undefined {
  const from = answerDirectory(caller);
  if (from === undefined || !call.source) return undefined;
  if (!call.source.startsWith('./') && !call.source.startsWith('../')) return undefined;
  return posix.join(from, call.source);
}
