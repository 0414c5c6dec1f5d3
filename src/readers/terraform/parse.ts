/**
 * The HCL parser: tree-sitter with the HCL grammar (error recovery, exact positions).
 */
import Parser from 'tree-sitter';
import HCL from '@tree-sitter-grammars/tree-sitter-hcl';

let parser: Parser | undefined;

export function parseHcl(text: string): Parser.Tree {
  if (!parser) {
    parser = new Parser();
    parser.setLanguage(HCL as Parser.Language);
  }
  // The default 32 KB input chunking is slow on large files; hand the whole text at once.
  return parser.parse(text, undefined, { bufferSize: Math.max(32 * 1024, text.length * 2 + 1) });
}

/** `resource.aws_s3_bucket.logs`, `variable.region`, ... for each top-level block. */
export function topLevelKeysOfTerraform(text: string): string[] {
  const body = parseHcl(text).rootNode.namedChildren.find((n) => n.type === 'body');
  const keys: string[] = [];
  for (const block of body?.namedChildren ?? []) {
    if (block.type !== 'block') continue;
    const parts = block.namedChildren
      .filter((n) => n.type === 'identifier' || n.type === 'string_lit')
      .map((n) => (n.type === 'string_lit' ? n.text.slice(1, -1) : n.text));
    keys.push(parts.join('.'));
  }
  return keys;
}
