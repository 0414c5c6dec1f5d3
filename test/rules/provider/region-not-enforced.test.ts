import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'provider/region-not-enforced';
const PULUMI = 'name: t\nruntime: python\n';

test('a region constant that no provider uses is reported where it is declared', () => {
  const result = scanProject(
    {
      'Pulumi.yaml': PULUMI,
      'config.py': 'aws_region = "us-east-1"\n',
      '__main__.py': 'import pulumi_aws as aws\nfrom config import aws_region\naws.s3.Bucket("b")\n',
    },
    { rules: [RULE] },
  );
  const findings = findingsOf(result, RULE);
  assert.equal(findings.length, 1);
  assert.equal(findings[0].file, 'config.py');
  assert.equal(findings[0].line, 1);
  assert.match(findings[0].suggestion?.after ?? '', /aws\.Provider\("aws", region=aws_region\)/);
});

test('a provider that uses the region, on every resource, is enough', () => {
  const result = scanProject(
    {
      'Pulumi.yaml': PULUMI,
      '__main__.py': [
        'import pulumi, pulumi_aws as aws',
        'aws_region = "us-east-1"',
        'p = aws.Provider("p", region=aws_region)',
        'aws.s3.Bucket("b", opts=pulumi.ResourceOptions(provider=p))',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.equal(findingsOf(result, RULE).length, 0);
});

test('reading aws:region config or AWS_REGION is what the default provider uses', () => {
  const result = scanProject(
    {
      'Pulumi.yaml': PULUMI,
      '__main__.py': [
        'import os, pulumi, pulumi_aws as aws',
        'region = pulumi.Config("aws").require("region")',
        'other = os.environ.get("AWS_REGION", "us-east-1")',
        'aws.s3.Bucket("b")',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.equal(findingsOf(result, RULE).length, 0);
});
