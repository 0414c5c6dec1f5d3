/**
 * Paths as the tool shows and matches them.
 */
import { isAbsolute, relative } from 'node:path';

/** `path` relative to `base` when it lies inside `base`, else undefined. */
export function relativeInside(base: string, path: string): string | undefined {
  const rel = relative(base, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : undefined;
}

/** A path as shown to the user: relative to `base` (the working directory) when inside it, else as given. */
export function displayPath(path: string, base: string = process.cwd()): string {
  return relativeInside(base, path) ?? path;
}
