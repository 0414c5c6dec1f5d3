import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LOW_QUOTA_CONFIG, renderProject } from './report-helpers.js';

const LAMBDAS = `
resource "aws_lambda_function" "a" {
  function_name                  = "a"
  role                           = "arn:aws:iam::123456789012:role/r"
  reserved_concurrent_executions = 100
}

resource "aws_lambda_function" "b" {
  function_name                  = "b"
  role                           = "arn:aws:iam::123456789012:role/r"
  reserved_concurrent_executions = 100
}

resource "aws_kms_key" "data" {
  description = "data"
}
`;

test('markdown report: title, severity sections, before/after from the real source, summary table', () => {
  const { dir, result, output } = renderProject('markdown', { 'main.tf': LAMBDAS }, LOW_QUOTA_CONFIG);
  assert.ok(output.startsWith(`# Failures and Corrections: \`${dir}\``));
  assert.match(output, /^## Critical Failures$/m);
  assert.match(output, /^## Medium Severity Issues$/m);
  // Before is the real line; After is that line with the rule's fix applied.
  const critical = output.slice(output.indexOf('## Critical Failures'), output.indexOf('## Medium'));
  assert.match(
    critical,
    /\*\*Before\*\* \(`main\.tf`, lines \d+-\d+\):\n\n```hcl\n[^`]*reserved_concurrent_executions = 100/,
  );
  assert.match(critical, /\*\*After\*\*:\n\n```hcl\n[^`]*reserved_concurrent_executions = 10\n/);
  // The KMS key gets its fix as an inserted argument.
  assert.match(
    output,
    /\*\*After\*\*:\n\n```hcl\n[^`]*resource "aws_kms_key" "data" \{\n {2}enable_key_rotation = true\n {2}description = "data"\n\}\n```/,
  );
  // Summary counts match the scan.
  const critical_count = result.findings.filter((f) => f.severity === 'critical').length;
  assert.ok(critical_count >= 2);
  assert.match(output, new RegExp(`^\\| Critical \\| ${critical_count} \\|`, 'm'));
  assert.match(output, new RegExp(`^\\| \\*\\*Total\\*\\* \\| \\*\\*${result.findings.length}\\*\\* \\|`, 'm'));
  assert.match(output, /^## Testing Recommendations$/m);
  assert.doesNotMatch(output, /"ruleId"/, 'no raw JSON');
});

test('markdown report groups repeated findings of a rule instead of repeating paragraphs', () => {
  const { output } = renderProject('markdown', { 'main.tf': LAMBDAS });
  const headings = output.match(/^### \d+\. Reserved concurrency.*$/gm) ?? [];
  assert.equal(headings.length, 1);
  assert.match(output, /2 aws_lambda_function resources: `a`, `b`/);
  assert.match(output, /- `a` \(`aws_lambda_function`\), line 5\n- `b` \(`aws_lambda_function`\), line 11/);
  const issue = output.match(/\*\*Issue\*\*: Reserved concurrency[^\n]*/g) ?? [];
  assert.equal(issue.length, 1);
});

test('markdown report of a Markdown answer keeps excerpts inside the code block', () => {
  const answer = [
    '# Answer',
    '',
    'Here is the stack:',
    '',
    '```hcl',
    'resource "aws_kms_key" "data" {',
    '  description = "data"',
    '}',
    '```',
    '',
    'Done.',
    '',
  ].join('\n');
  const { output } = renderProject('markdown', { 'MODEL_RESPONSE.md': answer });
  const before = output.match(/\*\*Before\*\* \(`MODEL_RESPONSE\.md`, lines (\d+)-(\d+)\):\n\n```hcl\n([^`]*)```/);
  assert.ok(before, output);
  assert.equal(before[1], '6');
  assert.equal(before[3], 'resource "aws_kms_key" "data" {\n  description = "data"\n}\n');
});

test('markdown report of a clean program says so', () => {
  const { output } = renderProject('markdown', { 'main.tf': 'resource "aws_sqs_queue" "q" {}\n' });
  assert.match(output, /0 findings in 1 file/);
  assert.match(output, /No failures found/);
  assert.match(output, /\| \*\*Total\*\* \| \*\*0\*\* \|/);
});

test('one rule firing on resources of different types is one entry; a fix spread over a file shows its first changes', () => {
  const lines = [
    'resource "aws_sqs_queue" "q" {',
    '  name = "orders"',
    '}',
    '',
    'resource "aws_sns_topic" "t" {',
    '  name = "events"',
    '}',
  ];
  // Spaces on blank lines all through the file: the layout fix edits every one of them.
  const padded = Array.from(
    { length: 30 },
    (_, i) => `resource "aws_sqs_queue" "p${i}" {\n  \n  visibility_timeout_seconds = 30\n}\n`,
  ).join('\n');
  const { output } = renderProject('markdown', { 'main.tf': `${lines.join('\n')}\n\n${padded}` });
  const naming = output.match(/^### \d+\. Physical name without environment suffix$/gm) ?? [];
  assert.equal(naming.length, 1, output);
  assert.doesNotMatch(output, /^#### .*`q`/m);
  const layout = output.slice(output.indexOf('terraform fmt layout'));
  assert.match(layout, /The fix makes \d+ more changes further down, in the same way\./);
});
