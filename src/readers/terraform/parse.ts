/**
 * The HCL parser entry points of the Terraform reader: the hand-written
 * native-syntax parser of `hcl/` (error recovery, exact UTF-16 offsets).
 */
import type { BodyItem } from './hcl/ast.js';
import { parseHcl } from './hcl/parser.js';

export { parseHcl };

/** What the Markdown reader asks of a block or file of Terraform: its top-level blocks, and whether it is a broken excerpt. */
interface Outline {
  keys: string[];
  brokenAttributeExcerpt: boolean;
}

/**
 * The outlines of the texts last asked about. The Markdown reader asks several questions of each block,
 * and asks again of the files its blocks add up to for every later block: one parse per text, not per question.
 */
const recentOutlines = new Map<string, Outline>();
const RECENT_OUTLINES = 32;

function outlineOf(text: string): Outline {
  let outline = recentOutlines.get(text);
  if (outline) return outline;
  const { body, diagnostics } = parseHcl(text);
  const keys: string[] = [];
  for (const item of body)
    if (item.type === 'Block') keys.push([item.name.name, ...item.labels.map((l) => l.raw)].join('.'));
  outline = { keys, brokenAttributeExcerpt: diagnostics.length > 0 && body.length > 0 && keys.length === 0 };
  if (recentOutlines.size >= RECENT_OUTLINES) recentOutlines.delete(recentOutlines.keys().next().value!);
  recentOutlines.set(text, outline);
  return outline;
}

/** `resource.aws_s3_bucket.logs`, `variable.region`, ... for each top-level block. */
export function topLevelKeysOfTerraform(text: string): readonly string[] {
  return outlineOf(text).keys;
}

/**
 * Text whose top level holds attributes and no block, and does not parse: a line quoted from a
 * block and wrapped for the prose, which no Terraform file holds. (Attributes that parse are
 * `.tfvars` values, which terraform fmt still reviews.)
 */
export function isBrokenAttributeExcerpt(text: string): boolean {
  return outlineOf(text).brokenAttributeExcerpt;
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
