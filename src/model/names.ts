/**
 * Canonical argument names. The model spells every argument the Terraform
 * way (snake_case); Pulumi readers convert camelCase and Python names here.
 */
import { resourceShape, type BlockShape } from '../schema/aws-provider.js';

/** `reservedConcurrentExecutions` → `reserved_concurrent_executions`. */
export function snakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
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

/** The shape of a nested block, for canonicalising the names inside it. */
export function nestedShape(shape: BlockShape | undefined, canonicalName: string): BlockShape | undefined {
  return shape?.blocks?.[canonicalName];
}

export { resourceShape };
