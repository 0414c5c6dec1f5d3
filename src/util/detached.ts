/**
 * Copies of strings that do not keep the text they were cut from alive. V8
 * represents a substring of 13 or more characters as a slice of its parent
 * and a concatenation as a pair of its parts, so a resource name kept in a
 * cache, or a message naming it kept in a finding, held the whole source file
 * it came from: heap snapshots of a corpus scan showed tens of megabytes of
 * sources retained that way, per thread.
 */

/** SlicedString::kMinLength in V8: shorter substrings are copied already. */
const SHORTEST_SLICE = 13;

/** A flat copy of `text` (concatenating flattens; slicing the flat result keeps only it alive). */
export function detached(text: string): string {
  return text.length < SHORTEST_SLICE ? text : (' ' + text).slice(1);
}

/** Replaces every string in plain data (objects and arrays, as findings are) by a detached copy, in place. */
export function detachStrings<T>(value: T): T {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = detachValue(value[i]);
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = detachValue(record[key]);
  }
  return value;
}

function detachValue(value: unknown): unknown {
  return typeof value === 'string' ? detached(value) : detachStrings(value);
}
