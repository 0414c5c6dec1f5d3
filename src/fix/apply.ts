/**
 * Merging the edits of several fixes into one file's text: fixes are taken in
 * order, and one that overlaps an edit already taken waits for a later pass.
 */
import type { Fix, TextEdit } from '../rules/rule.js';

/** Two edits overlap when their ranges intersect, or both insert at one point (their order would be a guess). */
export function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

export function applyEdits(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start || b.end - a.end))
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

export interface Merged<T> {
  /** The fixes whose edits were all taken, in order. */
  taken: T[];
  /** The fixes left for a later pass because they overlap a taken one. */
  deferred: T[];
  edits: TextEdit[];
}

/**
 * Takes fixes in order while their edits stay inside `length` and clear of
 * every edit already taken. All edits of a fix must be in one file.
 */
export function mergeFixes<T extends { fix: Fix }>(fixes: T[], length: number): Merged<T> {
  const merged: Merged<T> = { taken: [], deferred: [], edits: [] };
  for (const item of fixes) {
    const edits = item.fix.edits;
    if (edits.some((e) => e.start < 0 || e.start > e.end || e.end > length)) continue;
    const clash =
      edits.some((e) => merged.edits.some((t) => overlaps(t, e))) ||
      edits.some((e, i) => edits.some((o, j) => i !== j && overlaps(o, e)));
    if (clash) {
      merged.deferred.push(item);
      continue;
    }
    merged.taken.push(item);
    merged.edits.push(...edits);
  }
  return merged;
}

/** The line ending a text uses: CRLF when most of its line breaks are. */
export function lineEnding(text: string): '\n' | '\r\n' {
  const crlf = text.split('\r\n').length - 1;
  const all = text.split('\n').length - 1;
  return crlf > 0 && crlf * 2 >= all ? '\r\n' : '\n';
}

/** Edits written with `\n` spelled in the file's line ending. */
export function withLineEnding(edits: TextEdit[], ending: '\n' | '\r\n'): TextEdit[] {
  if (ending === '\n') return edits;
  return edits.map((e) => ({ ...e, text: e.text.replace(/\r?\n/g, '\r\n') }));
}
