/**
 * "Did you mean" look-ups for identifiers such as `aws_s3_bucket_encryption_configuration`.
 * Called for every miss against every candidate, so each comparison is
 * bounded: names past MAX_NAME_LENGTH get no suggestion, and edit distances
 * are computed only within the distance that could still matter.
 */

/** Longer names (a 300 KB reference) get no suggestion: no identifier is a typo of them. */
const MAX_NAME_LENGTH = 256;

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

/**
 * The edit distance when it is at most `max`, else `max + 1`: only the band
 * of width 2·max around the diagonal is computed, and the loop stops as soon
 * as a whole row exceeds `max` (O(length · max) instead of O(length²)).
 */
export function boundedLevenshtein(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const over = max + 1;
  if (rows[0].length <= b.length) rows = [new Int32Array(b.length * 2 + 2), new Int32Array(b.length * 2 + 2)];
  let [previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j <= max ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    current[0] = i <= max ? i : over;
    // Cells left of the band are out of reach.
    if (from > 1) current[from - 1] = over;
    let rowMin = current[0];
    const ai = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      let value = previous[j - 1] + (ai === b.charCodeAt(j - 1) ? 0 : 1);
      if (previous[j] + 1 < value) value = previous[j] + 1;
      if (current[j - 1] + 1 < value) value = current[j - 1] + 1;
      if (value > over) value = over;
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    // Cells right of the band are out of reach.
    if (to < b.length) current[to + 1] = over;
    if (rowMin > max) return over;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length], over);
}

/** The `_`-separated words of candidates, split once (candidates repeat from miss to miss). */
const words = new Map<string, string[]>();

function wordsOf(candidate: string): string[] {
  let own = words.get(candidate);
  if (!own) {
    if (words.size > 100_000) words.clear();
    words.set(candidate, (own = candidate.split('_')));
  }
  return own;
}

/** Two reusable rows for boundedLevenshtein (no allocation per call). */
let rows: [Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64)];

function tokenMatches(token: string, candidates: string[]): boolean {
  const limit = Math.floor(token.length / 4);
  // Words whose lengths differ by more than the limit cannot be within it: skip the distance.
  return candidates.some(
    (c) =>
      c === token ||
      (token.length > 3 && Math.abs(c.length - token.length) <= limit && boundedLevenshtein(token, c, limit) <= limit),
  );
}

/**
 * The candidate closest to `name`: most of the name's `_`-separated words
 * present (allowing small typos), then fewest extra words, then edit distance.
 * Undefined when nothing shares most of the name's words.
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  if (name.length > MAX_NAME_LENGTH) return undefined;
  const tokens = name.split('_');
  let best: { candidate: string; matched: number; extra: number; distance: number } | undefined;
  for (const candidate of candidates) {
    if (candidate.length > MAX_NAME_LENGTH) continue;
    const own = wordsOf(candidate);
    const matched = tokens.filter((t) => tokenMatches(t, own)).length;
    if (matched * 2 <= tokens.length) continue;
    const extra = own.length - matched;
    if (best && (matched < best.matched || (matched === best.matched && extra > best.extra))) continue;
    const tied = best && matched === best.matched && extra === best.extra;
    // Against a tie, only a distance below the best's can win: compute no further than that.
    const bound = tied ? best!.distance - 1 : Math.max(name.length, candidate.length);
    const distance = bound < 0 ? 1 : boundedLevenshtein(name, candidate, bound);
    if (tied && distance > bound) continue;
    best = { candidate, matched, extra, distance };
  }
  return best?.candidate;
}
