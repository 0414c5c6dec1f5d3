/**
 * The HCL parser entry points of the Terraform reader: the hand-written
 * native-syntax parser of `hcl/` (error recovery, exact UTF-16 offsets).
 */
import type { BodyItem, ParsedFile } from './hcl/ast.js';
import { parseHcl } from './hcl/parser.js';
import { RecentResults } from '../../util/recent-results.js';

/**
 * The syntax trees of the texts parsed last. The Markdown reader outlines each block of an answer (is it a
 * file of the program? a draft of one before it?) before the module reader reads the files the blocks make:
 * a block that is a file is parsed once for both.
 */
const recentParses = new RecentResults<string, ParsedFile>(16);

/** The syntax tree of a Terraform text (never changed by its readers: it is shared). */
export function parseTerraform(text: string): ParsedFile {
  return recentParses.of(text, parseHcl);
}

/** What the Markdown reader asks of a block or file of Terraform: its top-level blocks, and whether it is a broken excerpt. */
interface Outline {
  keys: string[];
  brokenAttributeExcerpt: boolean;
}

/**
 * The outlines of the texts last asked about. The Markdown reader asks several questions of each block,
 * and asks again of the files its blocks add up to for every later block: one parse per text, not per question.
 */
const recentOutlines = new RecentResults<string, Outline>(32);

function outlineOf(text: string): Outline {
  return recentOutlines.of(text, () => {
    const { body, diagnostics } = parseTerraform(text);
    const keys: string[] = [];
    for (const item of body)
      if (item.type === 'Block') keys.push([item.name.name, ...item.labels.map((l) => l.raw)].join('.'));
    return { keys, brokenAttributeExcerpt: diagnostics.length > 0 && body.length > 0 && keys.length === 0 };
  });
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
