import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 's3/replication-rule-schema';

function configuration(rule: string[], extra: string[] = []): string {
  return [
    'resource "aws_s3_bucket_replication_configuration" "r" {',
    '  role   = "arn:aws:iam::123456789012:role/replication"',
    '  bucket = "source-example"',
    ...extra,
    '  rule {',
    '    status = "Enabled"',
    ...rule,
    '    destination {',
    '      bucket = "arn:aws:s3:::replica-example"',
    '    }',
    '  }',
    '}',
  ].join('\n');
}

const findings = (text: string) => findingsOf(scanProject({ 'main.tf': text }, { rules: [RULE] }), RULE);

test('a rule with a filter and delete marker replication, or neither, is accepted', () => {
  assert.deepEqual(findings(configuration([])), []);
  assert.deepEqual(
    findings(configuration(['    filter {}', '    delete_marker_replication {', '      status = "Enabled"', '    }'])),
    [],
  );
});

test('a rule with a filter and no delete marker replication is reported at the filter', () => {
  const [finding, ...more] = findings(configuration(['    filter {', '      prefix = "logs/"', '    }']));
  assert.deepEqual(more, []);
  assert.equal(finding.line, 6);
  assert.match(finding.message, /DeleteMarkerReplication must be specified/);
});

test('a conditional configuration is reported at high', () => {
  const conditional = findings(configuration(['    filter {}'], ['  count = var.replicate ? 1 : 0']));
  assert.equal(conditional.length, 1);
  assert.equal(conditional[0].severity, 'high');
});
