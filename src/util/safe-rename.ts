/**
 * When a "did you mean" guess may be applied by `fix` rather than only
 * suggested (a documented rename is the other case, decided by the caller).
 */
import { levenshtein } from './closest.js';

/**
 * A guess safe to apply: within a few edits of the written name (a typo, not
 * another argument), and no other free candidate about as close.
 */
export function uniqueAndClose(name: string, closest: string, candidates: string[]): boolean {
  // Every written word kept, in the only candidate that keeps them all (`maximum_event_age` → `..._in_seconds`).
  const words = name.split('_');
  const keepsAll = (candidate: string) => words.every((w) => candidate.split('_').includes(w));
  if (keepsAll(closest)) return candidates.filter(keepsAll).length === 1;
  const distance = levenshtein(name, closest);
  if (distance > Math.max(1, Math.floor(name.length / 5))) return false;
  return !candidates.some(
    (c) => c !== closest && Math.abs(c.length - name.length) <= distance + 1 && levenshtein(name, c) <= distance + 1,
  );
}
