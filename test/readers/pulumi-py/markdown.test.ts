import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SourceFile } from '../../../src/model/source.js';
import { readMarkdownDocument } from '../../../src/readers/markdown/read-document.js';

test('Markdown: dunder file names in prose, and superseded Python drafts stay readable', () => {
  const doc = [
    'First the `__main__.py` file:',
    '',
    '```python',
    'import pulumi_aws as aws',
    'aws.s3.Bucket("draft")',
    '```',
    '',
    '## Main Entry Point (**main**.py)',
    '',
    '```python',
    'import pulumi_aws as aws',
    'aws.s3.Bucket("final")',
    '```',
    '',
  ].join('\n');
  const [program] = readMarkdownDocument(new SourceFile('/doc/answer.md', doc));
  const paths = program.files.map((f) => f.path.split('#')[1]);
  assert.ok(paths.includes('/__main__.py'), paths.join(', '));
  assert.ok(
    paths.some((p) => p.startsWith('/__main__.draft')),
    paths.join(', '),
  );
  assert.deepEqual(program.resources.map((r) => [r.name, r.span.line]).sort(), [
    ['draft', 5],
    ['final', 12],
  ]);
});
