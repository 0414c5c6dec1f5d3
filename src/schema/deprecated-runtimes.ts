/**
 * Runtimes AWS no longer accepts for new Lambda functions and Synthetics
 * canaries, generated from aws-cdk-lib's `Runtime` classes by
 * scripts/generate-deprecated-runtimes.mjs (data/deprecated-runtimes.json).
 */
import { readFileSync } from 'node:fs';

let byArgument: Record<string, string[]> | undefined;

/** Deprecated values of a canonical argument, e.g. (`aws_lambda_function`, `runtime`). */
export function deprecatedRuntimes(type: string, argument: string): readonly string[] {
  byArgument ??= (
    JSON.parse(readFileSync(new URL('../../../src/schema/data/deprecated-runtimes.json', import.meta.url), 'utf8')) as {
      arguments: Record<string, string[]>;
    }
  ).arguments;
  return byArgument[`${type}.${argument}`] ?? [];
}

/** Every canonical `type.argument` that takes runtime names. */
export function runtimeArguments(): string[] {
  deprecatedRuntimes('', '');
  return Object.keys(byArgument ?? {});
}
