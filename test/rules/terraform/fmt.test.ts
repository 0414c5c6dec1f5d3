import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'terraform/fmt';

function applyFix(text: string, edits: { start: number; end: number; text: string }[]): string {
  for (const edit of [...edits].sort((a, b) => b.start - a.start))
    text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  return text;
}

test('reports unaligned "=" and wrong indentation once per file, and the fix formats them', () => {
  const text = [
    'resource "aws_cloudwatch_log_group" "g" {',
    '  name              = "/aws/lambda/f"',
    '  retention_in_days = 14',
    '  kms_key_id       = "k"',
    '    tags = {}',
    '  ',
    '  lifecycle {',
    '  prevent_destroy = true',
    '  }',
    '}',
    '',
  ].join('\n');
  const [finding, ...rest] = findingsOf(scanProject({ 'main.tf': text }, { rules: [RULE] }), RULE);
  assert.equal(rest.length, 0);
  assert.equal(finding.line, 4);
  assert.match(finding.message, /main\.tf is not in terraform fmt layout: 4 lines to change/);
  assert.equal(
    applyFix(text, finding.fix!.edits),
    [
      'resource "aws_cloudwatch_log_group" "g" {',
      '  name              = "/aws/lambda/f"',
      '  retention_in_days = 14',
      '  kms_key_id        = "k"',
      '  tags              = {}',
      '',
      '  lifecycle {',
      '    prevent_destroy = true',
      '  }',
      '}',
      '',
    ].join('\n'),
  );
});

test('accepts fmt layout: groups end at blank lines, blocks, comments and multi-line values; heredocs do not end them', () => {
  const text = [
    'resource "aws_s3_object" "o" {',
    '  bucket  = "b"',
    '  key     = "k"',
    '  content = <<-EOF',
    '    text with trailing spaces   ',
    '  EOF',
    '',
    '  a = 1',
    '  # comment',
    '  longer_name = 2',
    '  tags = {',
    '    A = 1',
    '  }',
    '  acl = "private"',
    '}',
    '',
  ].join('\n');
  assert.deepEqual(findingsOf(scanProject({ 'main.tf': text }, { rules: [RULE] }), RULE), []);
  // The heredoc attribute belongs to the bucket/key group: unaligned there, it is reported.
  const unaligned = text.replace('  bucket  = "b"', '  bucket = "b"');
  const [finding] = findingsOf(scanProject({ 'main.tf': unaligned }, { rules: [RULE] }), RULE);
  assert.equal(finding?.line, 2);
});

test('files with syntax errors are not judged', () => {
  const result = scanProject({ 'main.tf': 'resource "a" "b" {\n  x    = \n}\n' }, { rules: [RULE] });
  assert.deepEqual(findingsOf(result, RULE), []);
});

test('a blank line holding spaces is emptied, except inside a heredoc (its text is the value)', () => {
  const text = [
    'resource "aws_s3_object" "o" {',
    '  bucket  = "b"',
    '  content = <<-EOF',
    '    first',
    '    ',
    '    second',
    '  EOF',
    '}',
    '  ',
    '',
  ].join('\n');
  const [finding, ...rest] = findingsOf(scanProject({ 'main.tf': text }, { rules: [RULE] }), RULE);
  assert.equal(rest.length, 0);
  // One change: the blank line after the resource (line 9); the heredoc's line 5 is left as written.
  assert.match(finding.message, /1 line to change/);
  assert.deepEqual(
    finding.fix!.edits.map((edit) => text.slice(edit.start, edit.end)),
    ['  '],
  );
  assert.equal(applyFix(text, finding.fix!.edits), text.replace('}\n  \n', '}\n\n'));
});
