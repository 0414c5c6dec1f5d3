/**
 * The results of the last few keys a computation was asked for. A scan asks
 * the same question of the same text again and again within one program (a
 * Markdown block parsed to tell whether it is a file, then read as that file)
 * and seldom across programs: a handful of results is all the reuse there is,
 * and keeping only those bounds the memory whatever the scan's size.
 */
export class RecentResults<Key, Value> {
  private readonly results = new Map<Key, Value>();

  constructor(private readonly kept: number) {}

  /** The result for `key`: the one kept, else `compute(key)`, kept in place of the oldest. */
  of(key: Key, compute: (key: Key) => Value): Value {
    if (this.results.has(key)) return this.results.get(key) as Value;
    const value = compute(key);
    if (this.results.size >= this.kept) this.results.delete(this.results.keys().next().value as Key);
    this.results.set(key, value);
    return value;
  }
}
