/**
 * `--shard i/n`: the programs of a scan split into n shares, so n CI runners
 * (a job matrix) scan one corpus together. Discovery orders programs by path,
 * so program k goes to shard (k mod n) + 1 on every machine; together the n
 * shards scan every program exactly once.
 */
export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** Parses `i/n` (1 ≤ i ≤ n); undefined when the text is not one. */
export function parseShard(text: string): Shard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return count >= 1 && index >= 1 && index <= count ? { index, count } : undefined;
}

export function inShard(programIndex: number, shard: Shard): boolean {
  return programIndex % shard.count === shard.index - 1;
}
