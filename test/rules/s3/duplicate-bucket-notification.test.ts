import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 's3/duplicate-bucket-notification';
const PULUMI = 'name: t\nruntime: python\n';
const HEAD = [
  'import pulumi, pulumi_aws as aws',
  'bucket = aws.s3.Bucket("b")',
  'fn = aws.lambda_.Function("fn", role="r", runtime="python3.12", handler="i.h", code=pulumi.FileArchive("./x"))',
];

test('two notifications for one bucket, and one with no targets', () => {
  const result = scanProject(
    {
      'Pulumi.yaml': PULUMI,
      '__main__.py': [
        ...HEAD,
        'perm = aws.lambda_.Permission("perm", action="lambda:InvokeFunction", function=fn.name, principal="s3.amazonaws.com", source_arn=bucket.arn)',
        'aws.s3.BucketNotification("n1", bucket=bucket.id, lambda_functions=[])',
        'aws.s3.BucketNotification("n2", bucket=bucket.id, lambda_functions=[{"lambda_function_arn": fn.arn, "events": ["s3:ObjectCreated:*"]}],',
        '    opts=pulumi.ResourceOptions(depends_on=[perm]))',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  const findings = findingsOf(result, RULE);
  assert.deepEqual(
    findings.map((f) => f.line),
    [5, 6],
  );
  assert.match(findings[0].message, /no targets/);
  assert.match(findings[1].message, /same bucket/);
});

test('a Lambda notification that does not depend on its permission', () => {
  const result = scanProject(
    {
      'Pulumi.yaml': PULUMI,
      '__main__.py': [
        ...HEAD,
        'perm = aws.lambda_.Permission("perm", action="lambda:InvokeFunction", function=fn.name, principal="s3.amazonaws.com")',
        'aws.s3.BucketNotification("n", bucket=bucket.id,',
        '    lambda_functions=[aws.s3.BucketNotificationLambdaFunctionArgs(lambda_function_arn=fn.arn, events=["s3:ObjectCreated:*"])])',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  const findings = findingsOf(result, RULE);
  assert.equal(findings.length, 1);
  assert.match(findings[0].message, /does not depend on aws\.lambda_\.Permission "perm"/);
});

test('one notification that depends on its permission is fine', () => {
  const result = scanProject(
    {
      'Pulumi.yaml': PULUMI,
      '__main__.py': [
        ...HEAD,
        'perm = aws.lambda_.Permission("perm", action="lambda:InvokeFunction", function=fn.name, principal="s3.amazonaws.com")',
        'aws.s3.BucketNotification("n", bucket=bucket.id, lambda_functions=[{"lambda_function_arn": fn.arn, "events": ["s3:ObjectCreated:*"]}],',
        '    opts=pulumi.ResourceOptions(depends_on=[perm]))',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.equal(findingsOf(result, RULE).length, 0);
});
