import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 's3/lifecycle-transition-days';

function configuration(rule: string, preamble = ''): Record<string, string> {
  return {
    'main.tf': `${preamble}resource "aws_s3_bucket_lifecycle_configuration" "l" {\n  bucket = "b"\n  rule {\n    id     = "r"\n    status = "Enabled"\n    filter {}\n${rule}\n  }\n}\n`,
  };
}

const transition = (days: string | number, storageClass: string): string =>
  `    transition {\n      days          = ${days}\n      storage_class = "${storageClass}"\n    }`;

function found(files: Record<string, string>): { severity: string; line: number; message: string }[] {
  return findingsOf(scanProject(files, { rules: [RULE] }), RULE);
}

test('a day count from a variable default is high, and says which default', () => {
  const findings = found(
    configuration(transition('var.ia_days', 'STANDARD_IA'), 'variable "ia_days" {\n  default = 7\n}\n'),
  );
  assert.deepEqual(
    findings.map((f) => f.severity),
    ['high'],
  );
  assert.match(findings[0].message, /from the default of var\.ia_days/);
});

test('a transition up the waterfall is not judged by the minimum stay of the class it leaves', () => {
  // GLACIER then STANDARD_IA 30 days later: not a gap S3 measures (the order itself is another matter).
  assert.deepEqual(found(configuration([transition(30, 'GLACIER'), transition(60, 'STANDARD_IA')].join('\n'))), []);
  // Down the waterfall, the 90 days GLACIER keeps objects are measured.
  assert.deepEqual(
    found(configuration([transition(30, 'GLACIER'), transition(60, 'DEEP_ARCHIVE')].join('\n'))).map((f) => f.line),
    [12],
  );
});

test('transitions written out of order are measured in day order', () => {
  const findings = found(
    configuration(
      [transition(95, 'DEEP_ARCHIVE'), transition(30, 'STANDARD_IA'), transition(40, 'GLACIER')].join('\n'),
    ),
  );
  // STANDARD_IA (30) → GLACIER (40) is 10 days; GLACIER (40) → DEEP_ARCHIVE (95) is 55.
  assert.equal(findings.length, 2);
  assert.match(findings[0].message, /DEEP_ARCHIVE after 95 days, 55 days after moving them to GLACIER/);
  assert.match(findings[1].message, /GLACIER after 40 days, 10 days after moving them to STANDARD_IA/);
});

test('the legacy inline lifecycle_rule counts noncurrent days in `days`', () => {
  const files = {
    'main.tf': [
      'resource "aws_s3_bucket" "b" {',
      '  lifecycle_rule {',
      '    enabled = true',
      '    noncurrent_version_transition {',
      '      days          = 10',
      '      storage_class = "STANDARD_IA"',
      '    }',
      '  }',
      '}',
    ].join('\n'),
  };
  const findings = found(files);
  assert.equal(findings.length, 1);
  assert.match(findings[0].message, /noncurrent versions to STANDARD_IA after 10 days/);
});

test('unknown day counts and storage classes are left alone', () => {
  assert.deepEqual(found(configuration(transition('var.days', 'STANDARD_IA'), 'variable "days" {}\n')), []);
  assert.deepEqual(
    found(
      configuration(
        [transition(0, 'GLACIER_IR'), '    expiration {\n      days = var.keep\n    }'].join('\n'),
        'variable "keep" {}\n',
      ),
    ),
    [],
  );
});
