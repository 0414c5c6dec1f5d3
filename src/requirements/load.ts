/**
 * Which request a program is checked against, and reading it: `--requirements`
 * (every program), else `requirements:` of the program's configuration, else,
 * for a Markdown answer, the `PROMPT.md` beside it (`--no-requirements` turns
 * all of this off). Each file is read and extracted once per run.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { displayPath } from '../util/paths.js';
import { extractRequirements } from './extract.js';
import type { RequirementSet } from './types.js';

/** The request a Markdown answer is written for, when it sits beside it. */
export const DEFAULT_REQUEST_FILE = 'PROMPT.md';

/** Requests above this size are not requests. */
const MAX_REQUEST_BYTES = 1024 * 1024;

export class RequirementsError extends Error {}

/** Reads and extracts a request file; a missing, oversized or binary file is a RequirementsError. */
export function readRequirements(path: string, cwd = process.cwd()): RequirementSet {
  let text: string;
  try {
    if (!statSync(path).isFile()) throw new RequirementsError(`requirements ${path}: not a regular file`);
    if (statSync(path).size > MAX_REQUEST_BYTES)
      throw new RequirementsError(`requirements ${path}: larger than 1 MB; not a request text`);
    const buffer = readFileSync(path);
    if (buffer.subarray(0, 8192).includes(0)) throw new RequirementsError(`requirements ${path}: binary file`);
    text = buffer.toString('utf8');
  } catch (error) {
    if (error instanceof RequirementsError) throw error;
    throw new RequirementsError(`cannot read requirements ${path}: ${(error as NodeJS.ErrnoException).code}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return extractRequirements(text, displayPath(path, cwd));
}

/** The default request of a Markdown answer: `PROMPT.md` in its directory, other than the answer itself. */
export function defaultRequestFor(markdownAnswer: string): string | undefined {
  const candidate = join(dirname(markdownAnswer), DEFAULT_REQUEST_FILE);
  return candidate !== markdownAnswer && existsSync(candidate) ? candidate : undefined;
}
