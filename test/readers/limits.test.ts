import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanProject } from '../helpers.js';

/** `s = s + s` sixty times: a string of 2^60 parts unless readers bound what they build. */
function doubling(statement: string, count = 60): string {
  return Array.from({ length: count }, () => statement).join('\n');
}

test('runaway string building in Pulumi TypeScript is cut off, and the rest is still read', () => {
  const result = scanProject({
    'Pulumi.yaml': 'name: x\nruntime: nodejs\n',
    'index.ts': [
      "import * as aws from '@pulumi/aws';",
      "import * as pulumi from '@pulumi/pulumi';",
      "let s = new pulumi.Config().require('x') + 'a';",
      doubling('s = s + s;'),
      "new aws.s3.Bucket('b', { bucket: s });",
      "new aws.kms.Key('k', {});",
    ].join('\n'),
  });
  assert.ok(result.findings.some((f) => f.ruleId === 'kms/rotation-disabled'));
  for (const finding of result.findings) assert.ok(finding.message.length < 2000, finding.message.slice(0, 200));
});

test('runaway string building in Pulumi Python is cut off, and the rest is still read', () => {
  const result = scanProject({
    'Pulumi.yaml': 'name: y\nruntime: python\n',
    '__main__.py': [
      'import pulumi',
      'import pulumi_aws as aws',
      's = pulumi.Config().require("x") + "a"',
      doubling('s = s + s'),
      'aws.s3.Bucket("b", bucket=s)',
      'aws.kms.Key("k")',
    ].join('\n'),
  });
  assert.deepEqual(
    result.findings.filter((f) => f.ruleId === 'parse-error'),
    [],
  );
  assert.ok(result.findings.some((f) => f.ruleId === 'kms/rotation-disabled'));
  for (const finding of result.findings) assert.ok(finding.message.length < 2000);
});
