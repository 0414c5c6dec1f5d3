/**
 * One finding per root cause: the same rule on the same resource and value
 * (one policy document, or the same message from several places) is one
 * finding with related locations, in JSON, SARIF, text and Markdown.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '../../src/engine/finding.js';
import { mergeByPlace, mergeByRootCause } from '../../src/engine/scan.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatSarif } from '../../src/report/sarif.js';
import { formatText } from '../../src/report/text.js';
import { findingsOf, scanProject } from '../helpers.js';

const POLICY = [
  'resource "aws_iam_policy" "worker" {',
  '  name = "worker"',
  '  policy = jsonencode({',
  '    Version = "2012-10-17"',
  '    Statement = [',
  '      { Effect = "Allow", Action = ["dynamodb:GetItem"], Resource = "*" },',
  '      { Effect = "Allow", Action = ["sqs:SendMessage"], Resource = "*" },',
  '      { Effect = "Allow", Action = ["s3:GetObject"], Resource = "arn:aws:s3:::*" },',
  '    ]',
  '  })',
  '}',
  '',
  'resource "aws_iam_policy" "reader" {',
  '  name   = "reader"',
  '  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = ["sqs:ReceiveMessage"], Resource = "*" }] })',
  '}',
].join('\n');

test('one policy document with several wildcard statements is one finding, the others related', () => {
  const findings = findingsOf(
    scanProject({ 'main.tf': POLICY }, { rules: ['iam/wildcard-resource'] }),
    'iam/wildcard-resource',
  );
  assert.deepEqual(
    findings.map((f) => [f.line, f.resource?.name, f.related?.map((r) => r.line)]),
    [
      [6, 'worker', [7, 8]],
      [15, 'reader', undefined],
    ],
  );
  assert.match(findings[0].message, /2 more places: line 7, line 8\)$/);
  assert.match(findings[0].related![0].message, /sqs:SendMessage/);
});

function finding(line: number, message: string, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'r/x',
    severity: 'low',
    message,
    file: 'answer.md',
    line,
    column: 1,
    endLine: line,
    endColumn: 2,
    resource: { type: 'aws_lambda_function', name: 'fn' },
    ...extra,
  };
}

test('the same report from several places becomes one finding; other causes and findings without one stay apart', () => {
  const merged = mergeByRootCause([
    { finding: finding(30, 'same'), origin: 'a' },
    { finding: finding(10, 'other'), origin: 'b' },
    { finding: finding(12, 'same', { severity: 'medium' }), origin: 'a' },
    { finding: finding(50, 'same') },
  ]);
  assert.deepEqual(
    merged.map((f) => [f.line, f.severity, f.message, f.related?.map((r) => [r.line, r.message])]),
    [
      [12, 'medium', 'same (also at line 30)', [[30, 'the same finding here']]],
      [10, 'low', 'other', undefined],
      [50, 'low', 'same', undefined],
    ],
  );
});

test('related locations are listed in SARIF, text and Markdown', () => {
  const result = scanProject({ 'main.tf': POLICY }, { rules: ['iam/wildcard-resource'] });
  const context = { toolVersion: '0.0.0', cwd: '/', color: false, quiet: false, targets: ['.'] };
  const sarif = JSON.parse(formatSarif(result, context)) as {
    runs: { results: { relatedLocations?: unknown[] }[] }[];
  };
  assert.equal(sarif.runs[0].results[0].relatedLocations?.length, 2);
  const text = formatText(result, context);
  assert.match(text, /see main\.tf:7:\d+ {2}Policy of "worker" allows sqs:SendMessage/);
  const markdown = formatMarkdown(result, context);
  assert.match(markdown, /\*\*Related locations\*\*/);
  assert.match(markdown, /- line 8 \(related to line 6\): Policy of "worker" allows s3:GetObject/);
});

test('one line that makes several resources is one finding per rule, naming the others', () => {
  const program = [
    'import pulumi_aws as aws',
    '',
    'for name in ["logs", "data", "audit", "tmp", "raw"]:',
    '    aws.s3.Bucket(f"{name}-bucket")',
    '',
  ].join('\n');
  const findings = findingsOf(
    scanProject({ '__main__.py': program, 'Pulumi.yaml': 'name: p\nruntime: python\n' }),
    's3/public-access-block-missing',
  );
  assert.equal(findings.length, 1);
  assert.equal(findings[0].line, 4);
  assert.match(findings[0].message, /\(The same for "data-bucket", "audit-bucket", "tmp-bucket" and 1 more\.\)$/);
});

test('findings at one place merge only when they differ by the resource name alone', () => {
  const at = (name: string, message: string, line = 3): Finding => ({
    ruleId: 'r/x',
    severity: 'low',
    message,
    file: 'index.ts',
    line,
    column: 1,
    endLine: line,
    endColumn: 9,
    resource: { type: 'aws_s3_bucket', name },
  });
  const merged = mergeByPlace([
    at('a', 'Bucket "a" is open.'),
    { ...at('b', 'Bucket "b" is open.'), severity: 'high' },
    at('c', 'Bucket "c" is public.'),
    at('d', 'Bucket "d" is open.', 4),
  ]);
  assert.deepEqual(
    merged.map((f) => [f.line, f.severity, f.message]),
    [
      [3, 'high', 'Bucket "a" is open. (The same for "b".)'],
      [3, 'low', 'Bucket "c" is public.'],
      [4, 'low', 'Bucket "d" is open.'],
    ],
  );
});
