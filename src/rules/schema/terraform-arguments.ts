/**
 * The arguments and nested blocks of a Terraform resource or data source
 * that its schema does not have, at every level of nesting: what
 * schema/unknown-property reports, unless the pinned provider still has them
 * (schema/removed-in-newer-provider).
 */
import type { ObjectEntry, ObjectValue } from '../../model/types.js';
import { items } from '../../model/values.js';
import type { BlockShape } from '../../schema/aws-provider.js';

/** Terraform meta-arguments and blocks every resource accepts. */
const META = new Set([
  'lifecycle',
  'provisioner',
  'connection',
  'timeouts',
  'count',
  'for_each',
  'depends_on',
  'provider',
]);

export interface UnknownArgument {
  entry: ObjectEntry;
  /** The block body the entry is written in. */
  body: ObjectValue;
  /** The shape of that block. */
  shape: BlockShape;
  /** The nested blocks leading to it (empty at the top level). */
  path: string[];
}

/** The entries of a block body, nested blocks included, that its shape does not name. */
export function* unknownArguments(
  body: ObjectValue,
  shape: BlockShape,
  path: string[] = [],
): Generator<UnknownArgument> {
  for (const entry of body.entries) {
    if (path.length === 0 ? META.has(entry.key) : entry.key === 'for_each') continue;
    const nested = shape.blocks?.[entry.key];
    if (nested) {
      for (const block of items(entry.value))
        if (block.kind === 'object' && block.block) yield* unknownArguments(block, nested, [...path, entry.key]);
      continue;
    }
    if (entry.key in shape.attrs) continue;
    yield { entry, body, shape, path };
  }
}
