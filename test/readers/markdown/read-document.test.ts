import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SourceFile } from '../../../src/model/source.js';
import { arg } from '../../../src/model/values.js';
import { readMarkdownDocument } from '../../../src/readers/markdown/read-document.js';

const fence = '```';

function read(markdown: string) {
  return readMarkdownDocument(new SourceFile('/answers/answer.md', markdown));
}

function virtualNames(markdown: string): string[] {
  return read(markdown).flatMap((p) => p.files.map((f) => f.path.split('#')[1]));
}

test('names blocks from headings, prose, first-line comments, and falls back to the language', () => {
  const names = virtualNames(
    [
      '## File: infra/main.tf',
      `${fence}hcl`,
      'resource "aws_s3_bucket" "a" {}',
      fence,
      'Create the `variables.tf` file:',
      `${fence}terraform`,
      'variable "x" {}',
      fence,
      `${fence}hcl`,
      '# outputs.tf',
      'output "y" { value = 1 }',
      fence,
      'Some text.',
      '',
      `${fence}hcl`,
      'locals { z = 1 }',
      fence,
    ].join('\n'),
  );
  assert.deepEqual(names, ['/infra/main.tf', '/variables.tf', '/outputs.tf', '/block-1.tf']);
});

test('maps positions back to the Markdown lines and columns, also for indented blocks', () => {
  const [program] = read(
    [
      '# Answer',
      '',
      '1. main.tf',
      '',
      `   ${fence}hcl`,
      '   resource "aws_s3_bucket" "a" {',
      '     bucket = "b"',
      '   }',
      `   ${fence}`,
    ].join('\n'),
  );
  const bucket = arg(program.resources[0], 'bucket')!;
  assert.equal(bucket.span.file, '/answers/answer.md');
  assert.deepEqual([bucket.span.line, bucket.span.column], [7, 15]);
  assert.equal(program.resources[0].headerSpan.line, 6);
});

test('a later full version of a file replaces the draft; a continuation is appended', () => {
  const programs = read(
    [
      '### main.tf',
      `${fence}hcl`,
      'resource "aws_s3_bucket" "a" { bucket = "draft" }',
      fence,
      'Final version of main.tf:',
      `${fence}hcl`,
      'resource "aws_s3_bucket" "a" { bucket = "final" }',
      fence,
      'And add to main.tf:',
      `${fence}hcl`,
      'resource "aws_sqs_queue" "q" {}',
      fence,
    ].join('\n'),
  );
  const resources = programs[0].resources;
  assert.deepEqual(
    resources.map((r) => `${r.type}.${r.name}`),
    ['aws_s3_bucket.a', 'aws_sqs_queue.q'],
  );
  assert.equal(arg(resources[0], 'bucket')?.span.line, 7);
});

test('ignores shell, JSON and YAML blocks', () => {
  const programs = read(
    [
      `${fence}bash`,
      'terraform apply',
      fence,
      `${fence}json`,
      '{"a": 1}',
      fence,
      `${fence}yaml`,
      'on: push',
      fence,
    ].join('\n'),
  );
  assert.deepEqual(programs, []);
});

test('files in different directories are different Terraform modules', () => {
  const programs = read(
    [
      '### main.tf',
      `${fence}hcl`,
      'module "net" { source = "./modules/net" }',
      fence,
      '### modules/net/main.tf',
      `${fence}hcl`,
      'resource "aws_vpc" "v" {}',
      fence,
    ].join('\n'),
  );
  assert.equal(programs.length, 2);
  assert.deepEqual(
    programs.map((p) => p.resources.length + p.modules.length),
    [1, 1],
  );
});

test('a shell block after prose naming a code file is not that file', () => {
  const programs = read(
    [
      '## File: main.tf',
      `${fence}hcl`,
      'resource "aws_sqs_queue" "q" {}',
      fence,
      'Modify `main.tf` and redeploy:',
      `${fence}bash`,
      'terraform apply',
      fence,
    ].join('\n'),
  );
  assert.equal(programs.length, 1);
  assert.deepEqual(programs[0].diagnostics, []);
  assert.equal(programs[0].files[0].text, 'resource "aws_sqs_queue" "q" {}\n');
});

test("the answer's unit tests are not part of its program, as a directory scan skips them", () => {
  const names = virtualNames(
    [
      '## File: lib/tap_stack.py',
      `${fence}python`,
      'import pulumi_aws as aws',
      'aws.s3.Bucket("data")',
      fence,
      '## File: tests/unit/test_tap_stack.py',
      `${fence}python`,
      'import pulumi_aws as aws',
      'aws.s3.Bucket("fixture")',
      fence,
      '## File: lib/stack.test.ts',
      `${fence}typescript`,
      "import * as aws from '@pulumi/aws';",
      "new aws.s3.Bucket('fixture');",
      fence,
    ].join('\n'),
  );
  assert.deepEqual(names, ['/lib/tap_stack.py']);
});

test('a block without a language is named only by its own section, a block with one by any prose since the last block', () => {
  const names = virtualNames(
    [
      '# Review',
      '',
      'The solution is organised across provider.tf and main.tf.',
      '',
      '## Mappings',
      '',
      fence,
      'env_code_map: environments to numeric codes',
      fence,
      '',
      '## Storage',
      '',
      'The bucket, in `storage.tf`:',
      '',
      '### Bucket',
      '',
      fence,
      'resource "aws_s3_bucket" "b" {}',
      fence,
      '',
      'The queue lives in queue.tf.',
      '',
      '## Queue',
      '',
      `${fence}hcl`,
      'resource "aws_sqs_queue" "q" {}',
      fence,
    ].join('\n'),
  );
  // The prose block under "Mappings" is not main.tf; the bucket's section is "Bucket", which names
  // nothing, so it is not read; the hcl block keeps the name the prose before it gives.
  assert.deepEqual(names, ['/queue.tf']);
});

test('a block without a language takes a name given in its section', () => {
  const names = virtualNames(
    ['## Storage', '', 'The bucket, in `storage.tf`:', '', fence, 'resource "aws_s3_bucket" "b" {}', fence].join('\n'),
  );
  assert.deepEqual(names, ['/storage.tf']);
});

test('a document with Windows line breaks reads as the same document with Unix ones', () => {
  const lines = [
    '## main.tf',
    '',
    `${fence}hcl`,
    'resource "aws_s3_bucket" "logs" {',
    '  bucket = "logs"',
    '}',
    fence,
    '',
    'And `outputs.tf`:',
    `${fence}hcl`,
    'output "bucket" { value = aws_s3_bucket.logs.id }',
    fence,
  ];
  const shape = (markdown: string) =>
    read(markdown).flatMap((p) =>
      p.files.map((f) => ({ path: f.path, lines: f.text.split(/\r?\n/), from: f.origins?.map((o) => o.line) })),
    );
  const unix = shape(lines.join('\n'));
  assert.equal(unix.length, 2);
  assert.deepEqual(shape(lines.join('\r\n')), unix);
});

test('in an answer that shows its reasoning first, the blocks of the trace are drafts: the answer is read', () => {
  const trace = [
    '### Reasoning Trace',
    'A first try at main.tf:',
    `${fence}hcl`,
    'resource "aws_s3_bucket" "draft" {}',
    fence,
    '### Answer',
  ];
  const answer = ['## File: main.tf', `${fence}hcl`, 'resource "aws_s3_bucket" "final" {}', fence];
  const read1 = read([...trace, ...answer].join('\n'));
  assert.deepEqual(
    read1.flatMap((p) => p.files.map((f) => f.text.trim())),
    ['resource "aws_s3_bucket" "final" {}'],
  );
  // An answer section without code leaves the trace the only code there is.
  const traceOnly = read([...trace, 'Deploy it with terraform apply.'].join('\n'));
  assert.deepEqual(
    traceOnly.flatMap((p) => p.files.map((f) => f.text.trim())),
    ['resource "aws_s3_bucket" "draft" {}'],
  );
});

test('an unnamed block of providers the named files configure restates them: it is no file of the module', () => {
  const names = virtualNames(
    [
      '## File: main.tf',
      `${fence}hcl`,
      'provider "aws" {',
      '  region = "us-east-1"',
      '}',
      'resource "aws_s3_bucket" "a" {}',
      fence,
      'The provider is configured once:',
      `${fence}hcl`,
      'provider "aws" {',
      '  region = "us-east-1"',
      '}',
      fence,
      'A second region needs an alias of its own:',
      `${fence}hcl`,
      'provider "google" {}',
      fence,
    ].join('\n'),
  );
  assert.deepEqual(names, ['/main.tf', '/block-1.tf']);
});
