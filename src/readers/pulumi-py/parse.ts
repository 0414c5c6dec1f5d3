/**
 * The Python parser: tree-sitter with the Python grammar (error recovery,
 * exact positions). The Node binding parses the JavaScript string as UTF-16,
 * so `startIndex`/`endIndex` are offsets into the string (checked on
 * non-ASCII input in test/readers/pulumi-py/parse.test.ts).
 */
import Parser from 'tree-sitter';
import Python from 'tree-sitter-python';

export type SyntaxNode = Parser.SyntaxNode;

let parser: Parser | undefined;

export function parsePython(text: string): Parser.Tree {
  if (!parser) {
    parser = new Parser();
    parser.setLanguage(Python as Parser.Language);
  }
  // The default 32 KB input chunking is slow on large files; hand the whole text at once.
  return parser.parse(text, undefined, { bufferSize: Math.max(32 * 1024, text.length * 2 + 1) });
}

/** The first syntax error of a tree (an ERROR or missing node), or undefined. */
export function firstSyntaxError(root: SyntaxNode): SyntaxNode | undefined {
  if (!root.hasError) return undefined;
  const cursor = root.walk();
  let found: SyntaxNode | undefined;
  const visit = (): void => {
    do {
      const node = cursor.currentNode;
      if (node.type === 'ERROR' || node.isMissing) {
        found = node;
        return;
      }
      if (node.hasError && cursor.gotoFirstChild()) {
        visit();
        if (found) return;
        cursor.gotoParent();
      }
    } while (cursor.gotoNextSibling());
  };
  if (cursor.gotoFirstChild()) visit();
  return found ?? root;
}
