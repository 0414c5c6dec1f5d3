/**
 * The plain tree asks the cursor for a child's field only under node types the
 * grammar gives fields, and takes a token's end from its type without asking
 * for it or for children (node-types.json): the copy must give every node the
 * field, range and children the full copy gives, in well-formed code and
 * under ERROR nodes alike.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import type Parser from 'tree-sitter';
import { parsePython } from '../../../src/readers/pulumi-py/parse.js';
import { plainTree, type PyNode } from '../../../src/readers/pulumi-py/tree.js';

const require = createRequire(import.meta.url);

function fieldsOf(root: PyNode): string[] {
  const out: string[] = [];
  const stack = [root];
  while (stack.length) {
    const node = stack.pop()!;
    out.push(`${node.type}@${node.startIndex}-${node.endIndex}/${node.children.length}:${node.fieldName ?? '-'}`);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return out;
}

function everyFieldAsked(text: string): string[] {
  const TreeSitter = require('tree-sitter') as typeof Parser;
  const parser = new TreeSitter();
  parser.setLanguage(require('tree-sitter-python') as Parser.Language);
  return fieldsOf(plainTree(parser.parse(text), text));
}

const SAMPLES = {
  'well-formed': [
    'import pulumi',
    'from pulumi_aws import s3 as storage, lambda_',
    '',
    'class Stack(pulumi.ComponentResource):',
    '    def __init__(self, name: str, *args, **kwargs) -> None:',
    '        super().__init__("tap:Stack", name, None, kwargs.get("opts"))',
    '        self.bucket = storage.Bucket(f"{name}-logs", tags={"env": name}, force_destroy=True)',
    '        for i, key in enumerate(["a", "b"]):',
    '            if key == "a" and not i:',
    '                lambda_.Function(key, runtime="python3.12", handler=lambda e: e["x"][0])',
    '        with open("f") as f, open("g"):',
    '            x = [y async for y in f if y] or {k: v for k, v in {}.items()}',
    // Anonymous node types the grammar makes of two tokens: not tokens themselves, whatever the spacing.
    '        if a not   in b or c is  not d: pass',
  ].join('\n'),
  'with syntax errors': ['bucket = s3.Bucket("b", tags={"a": 1', 'def broken(:', '    return x[1:', 'y = (1,'].join(
    '\n',
  ),
};

for (const [name, text] of Object.entries(SAMPLES))
  test(`the plain tree gives every node the field, range and children the cursor gives: ${name}`, () => {
    assert.deepEqual(fieldsOf(parsePython(text).rootNode), everyFieldAsked(text));
    assert.ok(everyFieldAsked(text).some((entry) => !entry.endsWith(':-')));
  });

test('the plain tree lists every argument list, nested ones too, in document order', () => {
  const text = 'a = f(1, g(x=2), y=h())\nb = k()\n';
  const { rootNode } = parsePython(text);
  assert.deepEqual(
    rootNode.argumentLists.map((list) => list.text),
    ['(1, g(x=2), y=h())', '(x=2)', '()', '()'],
  );
});
