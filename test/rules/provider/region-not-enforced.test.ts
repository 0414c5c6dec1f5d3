import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_CONFIG } from '../../../src/config/config.js';
import { scan } from '../../../src/engine/scan.js';
import { findingsOf, scanProject, writeProject } from '../../helpers.js';

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

function scanWithRequest(main: string) {
  const dir = writeProject({ 'Pulumi.yaml': PULUMI, '__main__.py': main, 'PROMPT.md': 'Deploy to us-east-1.\n' });
  return findingsOf(
    scan([dir], { config: DEFAULT_CONFIG, ruleIds: [RULE], cwd: dir, requirements: join(dir, 'PROMPT.md') }),
    RULE,
  );
}

test('a requested region that resource arguments are built from makes the finding medium and cites the request', () => {
  const findings = scanWithRequest(
    [
      'import pulumi, pulumi_aws as aws',
      'region = "us-east-1"',
      'aws.cloudwatch.Dashboard("d", dashboard_body=pulumi.Output.concat("{\\"region\\": \\"", region, "\\"}"))',
    ].join('\n'),
  );
  assert.equal(findings.length, 1);
  assert.equal(findings[0].severity, 'medium');
  assert.ok(findings[0].requirement);
});

test('a requested region that only names an output stays low: no resource relies on it', () => {
  const findings = scanWithRequest(
    [
      'import pulumi, pulumi_aws as aws',
      'region = "us-east-1"',
      'api = aws.apigateway.RestApi("api")',
      'pulumi.export("url", pulumi.Output.concat("https://", api.id, ".execute-api.", region, ".amazonaws.com"))',
    ].join('\n'),
  );
  assert.equal(findings.length, 1);
  assert.equal(findings[0].severity, 'low');
  assert.equal(findings[0].requirement, undefined);
});
