/**
 * The Python parser: tree-sitter with the Python grammar (error recovery,
 * exact positions). The Node binding parses the JavaScript string as UTF-16,
 * so `startIndex`/`endIndex` are offsets into the string (checked on
 * non-ASCII input in test/readers/pulumi-py/parse.test.ts).
 */
import { createRequire } from 'node:module';
import type Parser from 'tree-sitter';
import type { SourceFile } from '../../model/source.js';
import { RecentResults } from '../../util/recent-results.js';
import { plainTree, type GrammarFacts, type PyNode } from './tree.js';

export type SyntaxNode = PyNode;

let parser: Parser | undefined;
/** What the copy learns from the grammar's node-types.json. */
let grammar: GrammarFacts | undefined;

/**
 * The trees of the texts parsed last. A Markdown answer's block is parsed to tell whether it is a program
 * file (its imports), then again as that file: the second parse is a lookup. Two are enough: on the Pulumi +
 * Terraform corpus keeping four saved 0.1 MB of 14 MB of parsing, and held two more trees in every thread.
 */
const recentTrees = new RecentResults<string, PyNode>(2);

/** Parses Python source into a plain syntax tree (see tree.ts). */
export function parsePython(text: string, lineStarts?: number[]): { rootNode: PyNode } {
  return { rootNode: recentTrees.of(text, () => parseAnew(text, lineStarts)) };
}

function parseAnew(text: string, lineStarts?: number[]): PyNode {
  if (!parser) {
    // Loaded when Python is first parsed: the native binding costs start-up to scans that read none.
    const require = createRequire(import.meta.url);
    const TreeSitter = require('tree-sitter') as typeof Parser;
    const python = require('tree-sitter-python') as Parser.Language;
    parser = new TreeSitter();
    parser.setLanguage(python);
    // node-types.json lists each type with its `fields` and `children` when it has any; a token has neither.
    const types = python.nodeTypeInfo as { type: string; named: boolean; fields?: object; children?: object }[];
    grammar = {
      fieldedTypes: new Set(types.filter((t) => Object.keys(t.fields ?? {}).length > 0).map((t) => t.type)),
      tokenTypes: new Set(types.filter((t) => !t.named && !t.fields && !t.children).map((t) => t.type)),
    };
  }
  // The default 32 KB input chunking is slow on large files; hand the whole text at once.
  const tree = parser.parse(text, undefined, { bufferSize: Math.max(32 * 1024, text.length * 2 + 1) });
  return plainTree(tree, text, lineStarts, grammar);
}

const treesOfFiles = new WeakMap<SourceFile, PyNode>();

/**
 * The tree of a file, parsed once however many readers ask: a Pulumi program's
 * handler module is read by the program's reader and by the handler analysis.
 */
export function parsePythonFile(file: SourceFile): PyNode {
  let root = treesOfFiles.get(file);
  if (!root) treesOfFiles.set(file, (root = parsePython(file.text, file.lineStarts).rootNode));
  return root;
}

/**
 * The first syntax error of a tree (an ERROR or missing node, or a keyword
 * argument repeated in one call, which CPython rejects: "keyword argument
 * repeated"), or undefined.
 */
export function firstSyntaxError(root: SyntaxNode): SyntaxNode | undefined {
  if (!root.hasError) return repeatedKeyword(root);
  // Depth first, entering only subtrees that hold an error.
  const stack = [...root.children].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'ERROR' || node.isMissing) return node;
    if (node.hasError) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return root;
}

/** The second occurrence of a keyword in one call's arguments, if any (the tree's argument lists, not a walk). */
function repeatedKeyword(root: SyntaxNode): SyntaxNode | undefined {
  for (const list of root.argumentLists) {
    const seen = new Set<string>();
    for (const argument of list.children) {
      if (argument.type !== 'keyword_argument') continue;
      const name = argument.childForFieldName('name');
      if (!name) continue;
      if (seen.has(name.text)) return name;
      seen.add(name.text);
    }
  }
  return undefined;
}
