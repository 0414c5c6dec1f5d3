/**
 * Canonical argument names. The model spells every argument the Terraform
 * way (snake_case); Pulumi readers convert camelCase and Python names here.
 */
import type { ObjectValue } from './types.js';
import { resourceShape, type BlockShape } from '../schema/aws-provider.js';
import { detached } from '../util/detached.js';

/** Readers and rules convert the same few hundred names again and again: two regex passes each time showed in profiles. */
const snakeCases = new Map<string, string>();
const SNAKE_CASES_KEPT = 50_000;

/** `reservedConcurrentExecutions` → `reserved_concurrent_executions`. */
export function snakeCase(name: string): string {
  // Terraform and Python names, most of those asked about, are snake case already: no lookup to make.
  if (isLowerAscii(name)) return name;
  let snake = snakeCases.get(name);
  if (snake !== undefined) return snake;
  snake = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
  if (snakeCases.size >= SNAKE_CASES_KEPT) snakeCases.clear();
  // Detached copies: a name sliced from a source would keep the whole file alive in the cache.
  snake = detached(snake);
  snakeCases.set(detached(name), snake);
  return snake;
}

/** No capital letter and nothing beyond ASCII: a name snake case leaves as it is. */
function isLowerAscii(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if ((code >= 65 && code <= 90) || code > 127) return false;
  }
  return true;
}

/** `reserved_concurrent_executions` → `reservedConcurrentExecutions`, as Pulumi TypeScript spells it. */
export function camelCase(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/**
 * Canonical name of a Pulumi argument inside a block of the given shape.
 * Pulumi pluralises repeated blocks (`globalSecondaryIndexes` for the
 * `global_secondary_index` block); the schema says which spelling exists.
 */
export function canonicalArgumentName(name: string, shape: BlockShape | undefined): string {
  const snake = snakeCase(name);
  if (!shape) return snake;
  if (snake in shape.attrs || (shape.blocks && snake in shape.blocks)) return snake;
  // CDK for Terraform renames arguments that clash with its own members: `self` is `selfAttribute`.
  const clash = snake.endsWith('_attribute') ? snake.slice(0, -'_attribute'.length) : undefined;
  if (clash && (clash in shape.attrs || (shape.blocks && clash in shape.blocks))) return clash;
  for (const singular of singularForms(snake)) if (shape.blocks && singular in shape.blocks) return singular;
  for (const singular of singularForms(snake)) if (singular in shape.attrs) return singular;
  return snake;
}

function singularForms(name: string): string[] {
  const out: string[] = [];
  if (name.endsWith('ies')) out.push(`${name.slice(0, -3)}y`);
  if (name.endsWith('es')) out.push(name.slice(0, -2));
  if (name.endsWith('s')) out.push(name.slice(0, -1));
  return out;
}

/**
 * The Terraform argument a Pulumi resource's `name` stands for. Pulumi calls a
 * resource's own name argument `name` where Terraform says `<kind>_name`
 * (`function_name` of `aws_lambda_function`, `alarm_name` of
 * `aws_cloudwatch_metric_alarm`); undefined when the type has a `name` of its own.
 */
export function ownNameArgument(type: string, shape: BlockShape | undefined): string | undefined {
  if (!shape || 'name' in shape.attrs) return undefined;
  const kind = type.split('_').at(-1);
  const candidates = Object.keys(shape.attrs).filter((a) => a.endsWith('_name') && a !== 'name_prefix');
  return candidates.find((a) => a === `${kind}_name`) ?? (candidates.length === 1 ? candidates[0] : undefined);
}

/** A resource's arguments with `name` renamed to the type's `<kind>_name`, unless that is written too. */
export function withOwnName(args: ObjectValue, type: string, shape: BlockShape | undefined): ObjectValue {
  const own = ownNameArgument(type, shape);
  if (!own || args.entries.some((e) => e.key === own)) return args;
  return { ...args, entries: args.entries.map((e) => (e.key === 'name' ? { ...e, key: own } : e)) };
}

/** The shape of a nested block, for canonicalising the names inside it. */
export function nestedShape(shape: BlockShape | undefined, canonicalName: string): BlockShape | undefined {
  return shape?.blocks?.[canonicalName];
}

export { resourceShape };
