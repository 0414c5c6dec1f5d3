import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SourceFile } from '../../../src/model/source.js';
import type { Program } from '../../../src/model/types.js';
import { arg, field, items, stringValue } from '../../../src/model/values.js';
import { collectPolicyDocuments } from '../../../src/model/policy.js';
import { readTerraformModule } from '../../../src/readers/terraform/read-module.js';

function read(files: Record<string, string>): Program {
  const sources = Object.entries(files).map(([path, text]) => new SourceFile(`/m/${path}`, text));
  const program = readTerraformModule({
    framework: 'terraform',
    root: '/m#',
    files: sources,
    readFile: () => undefined,
  });
  collectPolicyDocuments(program);
  return program;
}

test('reads resources, data sources, variables, locals, outputs, providers, modules and backends across files', () => {
  const program = read({
    'main.tf': [
      'terraform {',
      '  backend "s3" { bucket = "state" }',
      '}',
      'provider "aws" {',
      '  region = var.region',
      '  alias  = "east"',
      '}',
      'resource "aws_s3_bucket" "logs" {',
      '  bucket = "logs"',
      '}',
      'module "vpc" { source = "./vpc" }',
    ].join('\n'),
    'other.tf': [
      'variable "region" {',
      '  default = "us-east-1"',
      '  validation {',
      '    condition     = length(var.region) > 0',
      '    error_message = "empty"',
      '  }',
      '}',
      'locals { name = "app" }',
      'data "aws_caller_identity" "me" {}',
      'output "bucket" { value = aws_s3_bucket.logs.arn }',
    ].join('\n'),
  });
  assert.deepEqual(
    program.resources.map((r) => `${r.type}.${r.name}`),
    ['aws_s3_bucket.logs'],
  );
  assert.equal(program.dataSources[0].name, 'me');
  assert.equal(program.variables[0].name, 'region');
  assert.equal(program.variables[0].validated, true);
  assert.equal(stringValue(program.variables[0].default), 'us-east-1');
  assert.equal(stringValue(program.locals.get('name')), 'app');
  assert.equal(program.outputs[0].name, 'bucket');
  assert.equal(program.providers[0].alias, 'east');
  assert.equal(program.providers[0].region?.kind, 'reference');
  assert.equal(program.modules[0].source, './vpc');
  assert.equal(program.backends[0].type, 's3');
  assert.equal(program.files.length, 2);
});

test('keeps exact spans for arguments and nested blocks', () => {
  const program = read({
    'main.tf':
      'resource "aws_dynamodb_table" "t" {\n  name = "orders"\n  global_secondary_index {\n    name = "a"\n  }\n  global_secondary_index {\n    name = "b"\n  }\n}\n',
  });
  const table = program.resources[0];
  const name = arg(table, 'name')!;
  assert.deepEqual([name.span.line, name.span.column, name.span.endColumn], [2, 10, 18]);
  assert.equal(name.span.file, '/m/main.tf');
  const indexes = items(arg(table, 'global_secondary_index'));
  assert.deepEqual(
    indexes.map((i) => stringValue(field(i, 'name'))),
    ['a', 'b'],
  );
  assert.equal(field(indexes[1], 'name')!.span.line, 7);
  assert.equal(table.headerSpan.line, 1);
  assert.equal(table.typeSpan?.column, 11);
});

test('reads references with their kind, path and index keys', () => {
  const program = read({
    'main.tf': [
      'resource "aws_lambda_function" "f" {',
      '  role     = aws_iam_role.r.arn',
      '  layers   = [data.aws_lambda_layer_version.l.arn, module.m.out, local.x, var.y]',
      '  filename = data.archive_file.z["api"].output_path',
      '  for_each = toset(["api"])',
      '  depends_on = [aws_iam_role_policy.p]',
      '}',
    ].join('\n'),
  });
  const fn = program.resources[0];
  const role = arg(fn, 'role');
  assert.deepEqual(role?.kind === 'reference' && role.target, {
    kind: 'resource',
    type: 'aws_iam_role',
    name: 'r',
    path: ['arn'],
  });
  const layers = arg(fn, 'layers');
  assert.deepEqual(layers?.kind === 'list' && layers.items.map((i) => i.kind === 'reference' && i.target.kind), [
    'data',
    'module',
    'local',
    'var',
  ]);
  const filename = arg(fn, 'filename');
  assert.deepEqual(filename?.kind === 'reference' && filename.target.path, ['["api"]', 'output_path']);
  assert.equal(arg(fn, 'for_each'), undefined, 'meta-arguments are options, not arguments');
  assert.equal(fn.options.forEach?.kind, 'call');
  assert.equal(fn.options.dependsOn.length, 1);
});

test('folds constants: string escapes, templates of literals, heredocs, jsonencode, merge and conditionals', () => {
  const program = read({
    'main.tf': [
      'resource "x" "y" {',
      '  a = "say \\"hi\\"\\n$${literal}"',
      '  b = "${"pre"}-fix"',
      '  c = <<-EOT',
      '    line one',
      '      line two',
      '    EOT',
      '  d = jsonencode({ A = 1, B = ["x"] })',
      '  e = merge({ a = 1 }, { b = 2 })',
      '  f = true ? "yes" : "no"',
      '  g = upper("abc")',
      '}',
    ].join('\n'),
  });
  const r = program.resources[0];
  assert.equal(stringValue(arg(r, 'a')), 'say "hi"\n${literal}');
  assert.equal(stringValue(arg(r, 'b')), 'pre-fix');
  assert.equal(stringValue(arg(r, 'c')), 'line one\n  line two\n');
  assert.equal(stringValue(arg(r, 'd')), '{"A":1,"B":["x"]}');
  assert.deepEqual(
    (arg(r, 'e') as { folded?: { entries: { key: string }[] } }).folded?.entries.map((e) => e.key),
    ['a', 'b'],
  );
  assert.equal(stringValue(arg(r, 'f')), 'yes');
  assert.equal(stringValue(arg(r, 'g')), 'ABC');
});

test('parses IAM policy documents from jsonencode, heredoc JSON and aws_iam_policy_document', () => {
  const program = read({
    'main.tf': [
      'resource "aws_iam_policy" "a" {',
      '  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = ["s3:GetObject"], Resource = "*" }] })',
      '}',
      'resource "aws_iam_role_policy" "b" {',
      '  policy = <<EOF',
      '{"Statement": [{"Effect": "Allow", "Action": "dynamodb:*", "Resource": "${aws_dynamodb_table.t.arn}"}]}',
      'EOF',
      '}',
      'data "aws_iam_policy_document" "c" {',
      '  statement {',
      '    actions   = ["sqs:SendMessage"]',
      '    resources = ["*"]',
      '    principals {',
      '      type        = "Service"',
      '      identifiers = ["lambda.amazonaws.com"]',
      '    }',
      '  }',
      '}',
    ].join('\n'),
  });
  assert.equal(program.policies.length, 3);
  const [a, b, c] = program.policies;
  assert.equal(a.owner?.resource.name, 'a');
  assert.deepEqual(
    a.statements[0].actions.map((x) => x.value),
    ['s3:GetObject'],
  );
  assert.equal(b.statements[0].actions[0].value, 'dynamodb:*');
  assert.equal(b.statements[0].resources[0].value, undefined, 'an interpolated resource is unknown');
  assert.equal(b.statements[0].partial, true);
  assert.equal(c.statements[0].effect, 'Allow');
  assert.equal(c.statements[0].principals[0].identifiers[0].value, 'lambda.amazonaws.com');
});

test('reports syntax errors as diagnostics and still reads the rest', () => {
  const program = read({
    'main.tf': 'resource "aws_s3_bucket" "a" {\n  bucket = "x" +\n}\n\nresource "aws_sqs_queue" "q" {}\n',
  });
  assert.ok(program.diagnostics.length >= 1);
  assert.match(program.diagnostics[0].message, /syntax error/);
  assert.ok(program.resources.some((r) => r.type === 'aws_sqs_queue'));
});

test('positions count characters, not bytes, after non-ASCII text', () => {
  const program = read({
    'main.tf': 'resource "aws_s3_bucket" "a" {\n  tags = { Note = "héllo wörld" }\n  bucket = "b"\n}\n',
  });
  const bucket = arg(program.resources[0], 'bucket')!;
  assert.deepEqual([bucket.span.line, bucket.span.column], [3, 12]);
  const text = program.files[0].text;
  assert.equal(text.slice(bucket.span.start, bucket.span.end), '"b"');
});

test('operands of operators are whole expressions: references keep their path', () => {
  const program = read({
    'main.tf': [
      'resource "aws_instance" "web" {',
      '  count = var.enabled && length(var.names) > 0 ? 1 : 0',
      '  ami   = -var.offset',
      '}',
    ].join('\n'),
  });
  const count = program.resources[0].options.count;
  assert.equal(count?.kind, 'call');
  if (count?.kind !== 'call') return;
  const and = count.args[0];
  assert.equal(and.kind === 'call' && and.name, '&&');
  if (and.kind !== 'call') return;
  const left = and.args[0];
  assert.equal(left.kind, 'reference');
  if (left.kind === 'reference') {
    assert.deepEqual(left.target, { kind: 'var', name: 'enabled', path: [] });
    assert.equal(left.text, 'var.enabled');
  }
  const ami = arg(program.resources[0], 'ami');
  assert.equal(ami?.kind === 'call' && ami.args.length, 1);
});

test('template literals keep their whitespace; strip markers remove it; conditionals nest to the right', () => {
  const program = read({
    'main.tf': [
      'locals {',
      '  spaced   = "a ${var.x} b"',
      '  space    = " "',
      '  stripped = "a  ${~ var.x ~}  b"',
      '  size     = var.env == "prod" ? "large" : var.env == "dev" ? "small" : "medium"',
      '}',
    ].join('\n'),
  });
  const parts = (name: string) => {
    const value = program.locals.get(name);
    return value?.kind === 'template' ? value.parts.map((p) => (p.kind === 'literal' ? p.value : p.kind)) : value;
  };
  assert.deepEqual(parts('spaced'), ['a ', 'reference', ' b']);
  assert.equal(stringValue(program.locals.get('space')), ' ');
  assert.deepEqual(parts('stripped'), ['a', 'reference', 'b']);
  const size = program.locals.get('size');
  assert.equal(size?.kind === 'call' && size.args[2].kind === 'call' && size.args[2].name, '?:');
});

test('syntax diagnostics point at the offending token, at most three per file', () => {
  const text = ['resource "aws_s3_bucket" "b" {', '  bucket = = "x"', '  a = ]', '  b = )', '  c = ]', '}'].join('\n');
  const program = read({ 'main.tf': text });
  assert.equal(program.diagnostics.length, 3);
  assert.equal(program.diagnostics[0].span.line, 2);
  assert.equal(program.diagnostics[0].span.column, 12);
  assert.match(program.diagnostics[0].message, /^syntax error: expected an expression, found "="/);
  assert.equal(program.resources.length, 1);
});

test('an attribute keeps the comment written at the end of its line', () => {
  const program = read({
    'main.tf': [
      'resource "aws_cloudwatch_metric_alarm" "errors" {',
      '  # The whole-line comment belongs to no attribute.',
      '  metric_name = "Errors"',
      '  threshold   = 5 # 5% error rate',
      '  dimensions = {',
      '    FunctionName = "orders"',
      '  } // per function',
      '}',
    ].join('\n'),
  });
  const entries = program.resources[0].args.entries;
  assert.deepEqual(
    entries.map((e) => [e.key, e.comment]),
    [
      ['metric_name', undefined],
      ['threshold', '5% error rate'],
      ['dimensions', 'per function'],
    ],
  );
});
