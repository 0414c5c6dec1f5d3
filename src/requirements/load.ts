/**
 * Which request a program is checked against, and reading it: `--requirements`
 * (every program), else `requirements:` of the program's configuration, else,
 * for a Markdown answer, the `PROMPT.md` beside it (`--no-requirements` turns
 * all of this off). Each text is extracted once per thread (`requirementsOf`).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { displayPath } from '../util/paths.js';
import { extractRequirements } from './extract.js';
import type { RequirementSet } from './types.js';
import { RecentResults } from '../util/recent-results.js';

/** The request a Markdown answer is written for, when it sits beside it. */
export const DEFAULT_REQUEST_FILE = 'PROMPT.md';

/** Requests above this size are not requests. */
const MAX_REQUEST_BYTES = 1024 * 1024;

export class RequirementsError extends Error {}

/** Reads and extracts a request file; a missing, oversized or binary file is a RequirementsError. */
export function readRequirements(path: string, cwd = process.cwd()): RequirementSet {
  const file = displayPath(path, cwd);
  return extractRequirements(readRequestText(path, file), file);
}

/** A request file's text (without a byte order mark); a missing, oversized or binary file is a RequirementsError. */
function readRequestText(path: string, shown: string): string {
  let text: string;
  try {
    if (!statSync(path).isFile()) throw new RequirementsError(`requirements ${shown}: not a regular file`);
    if (statSync(path).size > MAX_REQUEST_BYTES)
      throw new RequirementsError(`requirements ${shown}: larger than 1 MB; not a request text`);
    const buffer = readFileSync(path);
    if (buffer.subarray(0, 8192).includes(0)) throw new RequirementsError(`requirements ${shown}: binary file`);
    text = buffer.toString('utf8');
  } catch (error) {
    if (error instanceof RequirementsError) throw error;
    throw new RequirementsError(`cannot read requirements ${shown}: ${(error as NodeJS.ErrnoException).code}`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The requests extracted last, by display path and text: `--requirements`
 * applies to every program of a scan, and a thread gets the answers that share
 * a PROMPT.md together; a few are enough.
 */
const extracted = new RecentResults<string, RequirementSet>(8);

/**
 * `readRequirements`, extracting a text once: the file is read again (cheap),
 * so a request that changed between two scans in one process is read anew.
 */
export function requirementsOf(path: string, cwd = process.cwd()): RequirementSet {
  const file = displayPath(path, cwd);
  const text = readRequestText(path, file);
  return extracted.of(`${file}\0${text}`, () => extractRequirements(text, file));
}

/** The default request of a Markdown answer: `PROMPT.md` in its directory, other than the answer itself. */
export function defaultRequestFor(markdownAnswer: string): string | undefined {
  const candidate = join(dirname(markdownAnswer), DEFAULT_REQUEST_FILE);
  return candidate !== markdownAnswer && existsSync(candidate) ? candidate : undefined;
}
