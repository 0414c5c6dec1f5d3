/**
 * Pulumi argument names → canonical (Terraform) names, level by level, using
 * the provider schema: nested blocks are renamed inside, map arguments (tags,
 * environment variables, pipeline action configuration) keep their keys.
 */
import { canonicalArgumentName, nestedShape } from '../../model/names.js';
import type { ObjectValue, Value } from '../../model/types.js';
import type { BlockShape } from '../../schema/aws-provider.js';

/**
 * The arguments of a resource. Pulumi calls a resource's own name argument
 * `name` where Terraform says `<kind>_name` (`function_name` of
 * `aws_lambda_function`, `alarm_name` of `aws_cloudwatch_metric_alarm`).
 */
export function canonicalResourceArgs(object: ObjectValue, type: string, shape: BlockShape | undefined): ObjectValue {
  const out = canonicalObject(object, shape);
  if (!shape || 'name' in shape.attrs) return out;
  const kind = type.split('_').at(-1);
  const candidates = Object.keys(shape.attrs).filter((a) => a.endsWith('_name') && a !== 'name_prefix');
  const own = candidates.find((a) => a === `${kind}_name`) ?? (candidates.length === 1 ? candidates[0] : undefined);
  if (!own || out.entries.some((e) => e.key === own)) return out;
  return { ...out, entries: out.entries.map((e) => (e.key === 'name' ? { ...e, key: own } : e)) };
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
      return { ...entry, key, value };
    }),
  };
}

function canonicalBlockValue(value: Value, shape: BlockShape): Value {
  if (value.kind === 'object') return canonicalObject(value, shape);
  if (value.kind === 'list') return { ...value, items: value.items.map((item) => canonicalBlockValue(item, shape)) };
  return value;
}
