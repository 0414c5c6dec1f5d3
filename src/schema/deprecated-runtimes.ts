/**
 * Runtimes AWS no longer accepts for new Lambda functions and Synthetics
 * canaries, generated from aws-cdk-lib's `Runtime` classes by
 * scripts/generate-deprecated-runtimes.mjs (data/deprecated-runtimes.json).
 */
import { readFileSync } from 'node:fs';

let byType: Map<string, Map<string, readonly string[]>> | undefined;

const NONE: ReadonlyMap<string, readonly string[]> = new Map();

/** The deprecated runtimes of each argument of a resource type that takes runtime names, by canonical argument name. */
export function deprecatedRuntimesOf(type: string): ReadonlyMap<string, readonly string[]> {
  if (!byType) {
    byType = new Map();
    const data = JSON.parse(
      readFileSync(new URL('../../../src/schema/data/deprecated-runtimes.json', import.meta.url), 'utf8'),
    ) as { arguments: Record<string, string[]> };
    for (const [typeAndArgument, runtimes] of Object.entries(data.arguments)) {
      const [owner, argument] = typeAndArgument.split('.');
      if (!byType.has(owner)) byType.set(owner, new Map());
      byType.get(owner)!.set(argument, runtimes);
    }
  }
  return byType.get(type) ?? NONE;
}
