/**
 * The HCL parser entry points of the Terraform reader: the hand-written
 * native-syntax parser of `hcl/` (error recovery, exact UTF-16 offsets).
 */
import type { BodyItem } from './hcl/ast.js';
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

/**
 * Text whose top level holds attributes and no block, and does not parse: a line quoted from a
 * block and wrapped for the prose, which no Terraform file holds. (Attributes that parse are
 * `.tfvars` values, which terraform fmt still reviews.)
 */
export function isBrokenAttributeExcerpt(text: string): boolean {
  const { body, diagnostics } = parseHcl(text);
  return diagnostics.length > 0 && body.length > 0 && body.every((item) => item.type !== 'Block');
}

/**
 * Attributes set twice in one body, which Terraform rejects ("Attribute
 * redefined"); blocks may repeat. Iterative over nested blocks.
 */
export function redefinedAttributes(body: BodyItem[]): { message: string; start: number; end: number }[] {
  const out: { message: string; start: number; end: number }[] = [];
  // Inside blocks only: top-level attributes are `.tfvars` examples in answers, where alternatives repeat.
  const bodies = body.flatMap((item) => (item.type === 'Block' ? [item.body] : []));
  while (bodies.length) {
    const items = bodies.pop()!;
    const seen = new Set<string>();
    for (const item of items) {
      if (item.type === 'Block') {
        bodies.push(item.body);
        continue;
      }
      if (seen.has(item.name.name))
        out.push({
          message: `Attribute redefined: "${item.name.name}" is set more than once in this block`,
          start: item.name.start,
          end: item.name.end,
        });
      seen.add(item.name.name);
    }
  }
  return out;
}
