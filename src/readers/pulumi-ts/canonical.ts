/**
 * Pulumi argument names → canonical (Terraform) names, level by level, using
 * the provider schema: nested blocks are renamed inside, map arguments (tags,
 * environment variables, pipeline action configuration) keep their keys.
 */
import { canonicalArgumentName, nestedShape, withOwnName } from '../../model/names.js';
import type { ObjectValue, Value } from '../../model/types.js';
import type { BlockShape } from '../../schema/aws-provider.js';

/** The arguments of a resource, its `name` included (see `ownNameArgument`). */
export function canonicalResourceArgs(object: ObjectValue, type: string, shape: BlockShape | undefined): ObjectValue {
  return withOwnName(canonicalObject(object, shape), type, shape);
}

export function canonicalObject(object: ObjectValue, shape: BlockShape | undefined): ObjectValue {
  return {
    ...object,
    entries: object.entries.map((entry) => {
      const key = canonicalArgumentName(entry.key, shape);
      const nested = nestedShape(shape, key);
      // A block: rename inside with the block's shape. An attribute, or an
      // argument the schema does not know: its own key only.
      const value = nested ? canonicalBlockValue(entry.value, nested) : entry.value;
      return key === entry.key ? { ...entry, value } : { ...entry, key, value, written: entry.written ?? entry.key };
    }),
  };
}

function canonicalBlockValue(value: Value, shape: BlockShape): Value {
  if (value.kind === 'object') return canonicalObject(value, shape);
  if (value.kind === 'list') return { ...value, items: value.items.map((item) => canonicalBlockValue(item, shape)) };
  return value;
}
