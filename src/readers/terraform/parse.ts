/**
 * The HCL parser entry points of the Terraform reader: the hand-written
 * native-syntax parser of `hcl/` (error recovery, exact UTF-16 offsets).
 */
import { parseHcl } from './hcl/parser.js';

export { parseHcl };

/** `resource.aws_s3_bucket.logs`, `variable.region`, ... for each top-level block. */
export function topLevelKeysOfTerraform(text: string): string[] {
  const keys: string[] = [];
  for (const item of parseHcl(text).body) {
    if (item.type !== 'Block') continue;
    keys.push([item.name.name, ...item.labels.map((l) => l.raw)].join('.'));
  }
  return keys;
}
