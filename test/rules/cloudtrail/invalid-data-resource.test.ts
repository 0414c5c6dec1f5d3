import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'cloudtrail/invalid-data-resource';

function trail(type: string, values: string): string {
  return [
    'resource "aws_s3_bucket" "data" {',
    '  bucket = "data-example"',
    '}',
    'resource "aws_cloudtrail" "t" {',
    '  name           = "t"',
    '  s3_bucket_name = "logs-example"',
    '  event_selector {',
    '    data_resource {',
    `      type   = "${type}"`,
    `      values = ${values}`,
    '    }',
    '  }',
    '}',
  ].join('\n');
}

const findings = (text: string) => findingsOf(scanProject({ 'main.tf': text }, { rules: [RULE] }), RULE);

test('a bucket ARN followed by "/", and the all-bucket forms, are accepted', () => {
  assert.deepEqual(
    findings(trail('AWS::S3::Object', '["${aws_s3_bucket.data.arn}/", "arn:aws:s3:::", "arn:aws:s3"]')),
    [],
  );
});

test('a bucket\'s ID followed by "/" and its ARN alone are each reported', () => {
  const found = findings(trail('AWS::S3::Object', '["${aws_s3_bucket.data.id}/logs", aws_s3_bucket.data.arn]'));
  assert.equal(found.length, 2);
  assert.match(found[0].message, /the name of aws_s3_bucket "data" where its ARN belongs/);
  assert.match(found[1].message, /the ARN of aws_s3_bucket "data" without the "\/"/);
});

test('Lambda data resources are not judged', () => {
  assert.deepEqual(findings(trail('AWS::Lambda::Function', '["arn:aws:lambda"]')), []);
});
