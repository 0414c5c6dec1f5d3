import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'dynamodb/attribute-definitions-mismatch';

function table(lines: string[]): string {
  return ['resource "aws_dynamodb_table" "t" {', '  name = "t"', '  hash_key = "pk"', ...lines, '}'].join('\n');
}

const attribute = (name: string) => ['  attribute {', `    name = "${name}"`, '    type = "S"', '  }'];
const findings = (text: string) => findingsOf(scanProject({ 'main.tf': text }, { rules: [RULE] }), RULE);

test('an unused definition and an undefined index key are each reported, once per name', () => {
  const found = findings(
    table([
      ...attribute('pk'),
      ...attribute('status'),
      '  global_secondary_index {',
      '    name = "a"',
      '    hash_key = "owner"',
      '    projection_type = "ALL"',
      '  }',
      '  global_secondary_index {',
      '    name = "b"',
      '    hash_key = "owner"',
      '    projection_type = "KEYS_ONLY"',
      '  }',
    ]),
  );
  assert.deepEqual(
    found.map((f) => f.message.match(/"(\w+)"/g)?.[1]),
    ['"status"', '"owner"'],
  );
  assert.match(found[0].message, /in attribute blocks/);
});

test('a local secondary index key counts as used', () => {
  const lsi = [
    '  range_key = "sk"',
    '  local_secondary_index {',
    '    name = "l"',
    '    range_key = "at"',
    '    projection_type = "ALL"',
    '  }',
  ];
  assert.deepEqual(findings(table([...attribute('pk'), ...attribute('sk'), ...attribute('at'), ...lsi])), []);
});

test('dynamic attribute blocks and an index without its key are not judged', () => {
  const dynamic = [
    '  dynamic "attribute" {',
    '    for_each = ["pk", "status"]',
    '    content {',
    '      name = attribute.value',
    '      type = "S"',
    '    }',
    '  }',
  ];
  assert.deepEqual(findings(table(dynamic)), []);
  const keyless = ['  global_secondary_index {', '    name = "a"', '    projection_type = "ALL"', '  }'];
  assert.deepEqual(findings(table([...attribute('pk'), ...attribute('status'), ...keyless])), []);
});

test('a table created only under a condition is reported at high', () => {
  const found = findings(table(['  count = var.enabled ? 1 : 0', ...attribute('pk'), ...attribute('status')]));
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'high');
});
