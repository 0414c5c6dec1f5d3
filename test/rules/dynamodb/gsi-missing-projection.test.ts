import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'dynamodb/gsi-missing-projection';

const table = (index: string) =>
  [
    'resource "aws_dynamodb_table" "t" {',
    '  name     = "t"',
    '  hash_key = "id"',
    '  attribute {',
    '    name = "id"',
    '    type = "S"',
    '  }',
    '  global_secondary_index {',
    index,
    '  }',
    '}',
  ].join('\n');

test('reports an index without projection_type and fixes it', () => {
  const result = scanProject(
    { 'main.tf': table('    name     = "by-email"\n    hash_key = "email"') },
    { rules: [RULE] },
  );
  const [finding] = findingsOf(result, RULE);
  assert.equal(finding?.severity, 'critical');
  assert.equal(finding?.line, 9);
  assert.equal(finding?.fix?.edits[0].text, '\n    projection_type = "ALL"');
});

test('accepts an index with a projection type', () => {
  const result = scanProject(
    {
      'main.tf': table(
        '    name            = "by-email"\n    hash_key        = "email"\n    projection_type = "KEYS_ONLY"',
      ),
    },
    { rules: [RULE] },
  );
  assert.deepEqual(findingsOf(result, RULE), []);
});
