/**
 * "Did you mean" look-ups for identifiers such as `aws_s3_bucket_encryption_configuration`.
 */

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

function tokenMatches(token: string, candidates: string[]): boolean {
  const limit = Math.floor(token.length / 4);
  // Words whose lengths differ by more than the limit cannot be within it: skip the distance.
  return candidates.some(
    (c) =>
      c === token || (token.length > 3 && Math.abs(c.length - token.length) <= limit && levenshtein(token, c) <= limit),
  );
}

/**
 * The candidate closest to `name`: most of the name's `_`-separated words
 * present (allowing small typos), then fewest extra words, then edit distance.
 * Undefined when nothing shares most of the name's words.
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const tokens = name.split('_');
  let best: { candidate: string; matched: number; extra: number; distance: number } | undefined;
  for (const candidate of candidates) {
    const own = candidate.split('_');
    const matched = tokens.filter((t) => tokenMatches(t, own)).length;
    if (matched * 2 <= tokens.length) continue;
    const extra = own.length - matched;
    const score = { candidate, matched, extra, distance: levenshtein(name, candidate) };
    if (
      !best ||
      score.matched > best.matched ||
      (score.matched === best.matched &&
        (score.extra < best.extra || (score.extra === best.extra && score.distance < best.distance)))
    )
      best = score;
  }
  return best?.candidate;
}
