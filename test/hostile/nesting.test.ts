/**
 * Deep nesting (issue 13, items 1 and 2): oxc-parser overflows its native
 * stack (SIGSEGV, no `try` catches it) and the interpreter's own recursion
 * overflows V8's. Every path must turn such input into a `parse-error`, never
 * a crash or silence. The CLI runs in a child process so a crash fails the
 * test instead of killing the test runner.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { parseTypeScript } from '../../src/readers/pulumi-ts/ast.js';
import { javascriptNestingProblem } from '../../src/readers/nesting.js';
import { scanProject, writeProject } from '../helpers.js';

const CLI = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));

function run(args: string[], cwd: string) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
}

const deepArray = (n: number) => `const x = ${'['.repeat(n)}${']'.repeat(n)};\n`;

/** Shapes that overflowed oxc in a 4 MB worker stack, at the level they did. */
const CRASHING_SHAPES: Record<string, string> = {
  brackets: deepArray(2_900),
  objects: `const x = ${'{a:'.repeat(2_500)}1${'}'.repeat(2_500)};`,
  templates: `const x = ${'`${'.repeat(2_600)}1${'}`'.repeat(2_600)};`,
  arrows: `const x = ${'a=>'.repeat(5_200)}1;`,
  conditionals: `const x = ${'a?b:'.repeat(6_600)}1;`,
  assignments: `${'a='.repeat(8_700)}1;`,
  news: `const x = ${'new '.repeat(11_500)}A;`,
  nots: `const x = ${'!'.repeat(37_600)}1;`,
  generics: `type T = ${'A<'.repeat(3_100)}B${'>'.repeat(3_100)};`,
};

test('every shape that overflowed oxc is refused before it reaches the parser', () => {
  for (const [shape, text] of Object.entries(CRASHING_SHAPES)) {
    const parsed = parseTypeScript('index.ts', text);
    assert.equal(parsed.refused, true, shape);
    assert.match(parsed.errors[0].message, /nesting too deep/, shape);
  }
});

test('ordinary nesting, strings, comments, regular expressions and templates are not refused', () => {
  const text = [
    "const brackets = '((((((((((((((((((((((((((((((((((((((((((((((((((((';",
    '// ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((',
    '/* [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ */',
    'const r = /[(]\\(/g.test(s) ? `a${`b${c}`}` : 1;',
    `const deep = ${'['.repeat(300)}${']'.repeat(300)};`,
    `const sum = ${Array.from({ length: 1000 }, (_, i) => `'${i}'`).join(' + ')};`,
  ].join('\n');
  assert.equal(javascriptNestingProblem(text), undefined);
  // An unbalanced regex bracket repeated does not add up.
  assert.equal(javascriptNestingProblem('const r = /\\(/;\n'.repeat(20_000)), undefined);
});

test('a deeply nested .ts file is a parse-error, not a native crash (CLI, with and without threads)', () => {
  const dir = writeProject({ 'x.ts': deepArray(6_000), 'y/index.ts': deepArray(6_000) });
  for (const jobs of ['1', '2']) {
    const result = run(['scan', '.', '--format', 'json', '--jobs', jobs], dir);
    assert.equal(result.signal, null, result.stderr);
    assert.equal(result.status, 1, result.stderr);
    const findings = JSON.parse(result.stdout).findings as { ruleId: string; file: string; message: string }[];
    assert.deepEqual(findings.map((f) => `${f.ruleId} ${f.file}`).sort(), [
      'parse-error x.ts',
      'parse-error y/index.ts',
    ]);
  }
});

test('deep nesting in a Markdown block, a Lambda handler, fix and compare does not crash', () => {
  const deepBlock = '# Answer\n\n```typescript\nimport * as aws from "@pulumi/aws";\n' + deepArray(6_000) + '```\n';
  const handler = `exports.handler = async () => ${'['.repeat(6_000)}${']'.repeat(6_000)};\n`;
  const dir = writeProject({
    'answer.md': deepBlock,
    'tf/main.tf': [
      'data "archive_file" "zip" {',
      '  type        = "zip"',
      '  source_file = "${path.module}/index.js"',
      '  output_path = "${path.module}/fn.zip"',
      '}',
      '',
    ].join('\n'),
    'tf/index.js': handler,
    'other.md': deepBlock,
  });
  for (const args of [
    ['scan', '.'],
    ['fix', '.', '--dry-run'],
    ['compare', 'answer.md', 'other.md'],
  ]) {
    const result = run(args, dir);
    assert.equal(result.signal, null, `${args.join(' ')}: ${result.stderr}`);
    assert.ok(result.status !== null && result.status <= 2, `${args.join(' ')}: ${result.status} ${result.stderr}`);
  }
  const scanned = run(['scan', 'answer.md', '--format', 'json'], dir);
  assert.match(scanned.stdout, /nesting too deep/);
});

test('Pulumi arguments nested beyond what the interpreter can evaluate are reported, not dropped', () => {
  // Below the parser's bound, above what the recursive evaluation survives.
  const levels = 1_200;
  const result = scanProject({
    'Pulumi.yaml': 'name: x\nruntime: nodejs\n',
    'index.ts': [
      "import * as aws from '@pulumi/aws';",
      `new aws.s3.Bucket('b', { tags: ${'{a:'.repeat(levels)}1${'}'.repeat(levels)} });`,
    ].join('\n'),
  });
  assert.ok(result.findings.length > 0, 'silence');
});
