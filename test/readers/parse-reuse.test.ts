/**
 * A Markdown answer's block is parsed to tell whether it is a program file,
 * then read as that file: each language's parser entry keeps the last texts'
 * trees, so the second parse is a lookup. The trees are shared, so a text
 * parsed again gives the very same tree, and another text its own.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePython } from '../../src/readers/pulumi-py/parse.js';
import { parseTypeScript } from '../../src/readers/pulumi-ts/ast.js';
import { parseTerraform } from '../../src/readers/terraform/parse.js';

test('Python: the same text gives the same tree; another text its own', () => {
  const text = 'import pulumi\nbucket = 1\n';
  const first = parsePython(text).rootNode;
  assert.equal(parsePython(text).rootNode, first);
  assert.notEqual(parsePython(text + '# more\n').rootNode, first);
});

test('TypeScript: the same text and dialect give the same parse; a JavaScript name parses anew', () => {
  const text = "import * as aws from '@pulumi/aws';\n";
  const first = parseTypeScript('a.ts', text);
  assert.equal(parseTypeScript('lib/other.ts', text), first);
  assert.notEqual(parseTypeScript('a.js', text), first);
  assert.deepEqual(first.staticImports, ['@pulumi/aws']);
});

test('Terraform: the same text gives the same tree', () => {
  const text = 'resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n';
  const first = parseTerraform(text);
  assert.equal(parseTerraform(text), first);
  assert.equal(first.body.length, 1);
  assert.notEqual(parseTerraform(text + '\n'), first);
});

test('only the last few texts are kept: an early text is parsed anew after many others', () => {
  const early = parseTerraform('variable "a" {}\n');
  for (let i = 0; i < 40; i++) parseTerraform(`variable "v${i}" {}\n`);
  assert.notEqual(parseTerraform('variable "a" {}\n'), early);
});
