/**
 * Fence artefacts in an answer are not code: a stray backtick line at the end
 * of a Python block, or a block without a language that holds fences (prose a
 * broken fence swallowed), give no parse error.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

test('a stray backtick line closing a Python block is not read as code', () => {
  const answer = [
    '## __main__.py',
    '',
    '```python',
    'import pulumi_aws as aws',
    'queue = aws.sqs.Queue("jobs")',
    '`',
    '```',
    '',
  ].join('\n');
  const result = scanProject({ 'answer.md': answer });
  assert.deepEqual(findingsOf(result, 'parse-error'), []);
});

test('a block without a language that holds fences (a README, prose after a broken fence) is not code', () => {
  const answer = [
    'The handler lives in `app.py`:',
    '',
    '````',
    '## Usage',
    '',
    '1. Configure the stack:',
    '',
    '```bash',
    'pulumi config set aws_region us-west-2',
    '````',
    '',
    '```python',
    'import pulumi_aws as aws',
    'queue = aws.sqs.Queue("jobs")',
    '```',
    '',
  ].join('\n');
  const result = scanProject({ 'answer.md': answer });
  assert.deepEqual(findingsOf(result, 'parse-error'), []);
});

test('a Python block with a real syntax error is still a parse error', () => {
  const answer = ['```python', 'import pulumi_aws as aws', 'queue = aws.sqs.Queue("jobs"', '```', ''].join('\n');
  assert.equal(findingsOf(scanProject({ 'answer.md': answer }), 'parse-error').length, 1);
});
