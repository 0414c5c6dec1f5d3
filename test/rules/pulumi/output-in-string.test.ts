import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';
import { lineOf, pulumiProject } from '../pulumi-fixtures.js';

const RULE = 'pulumi/output-in-string';

test('an Output in a template literal is reported with a pulumi.interpolate fix', () => {
  const code = `const bucket = new aws.s3.Bucket('data');
new aws.ssm.Parameter('prefix', { type: 'String', value: \`\${bucket.arn}/incoming/\` });`;
  const findings = findingsOf(scanProject(pulumiProject(code), { rules: [RULE] }), RULE);
  assert.equal(findings.length, 1);
  assert.equal(findings[0].line, lineOf(code, 'value: `'));
  assert.match(findings[0].message, /bucket\.arn/);
  assert.equal(findings[0].fix?.edits[0].text, 'pulumi.interpolate');
});

test('inside JSON.stringify the finding offers no pulumi.interpolate fix, which JSON.stringify would still break', () => {
  const code = `const bucket = new aws.s3.Bucket('data');
new aws.iam.Policy('read', {
  policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: \`\${bucket.arn}/*\` }] }),
});`;
  const findings = findingsOf(scanProject(pulumiProject(code), { rules: [RULE] }), RULE);
  assert.equal(findings.length, 1);
  assert.equal(findings[0].line, lineOf(code, 'Resource: `'));
  assert.equal(findings[0].fix, undefined);
  assert.match(findings[0].message, /pulumi\.jsonStringify/);
});

test('inside json.dumps the message points at pulumi.Output.json_dumps', () => {
  const result = scanProject(
    {
      'Pulumi.yaml': 'name: t\nruntime: python\n',
      '__main__.py': [
        'import json, pulumi_aws as aws',
        'bucket = aws.s3.Bucket("data")',
        'aws.iam.Policy("read", policy=json.dumps({"Statement": [{"Resource": f"{bucket.arn}/*"}]}))',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  const findings = findingsOf(result, RULE);
  assert.equal(findings.length, 1);
  assert.match(findings[0].message, /pulumi\.Output\.json_dumps/);
});

test('an Output in a + concatenation, also through a constant, is reported without an automatic fix', () => {
  const code = `const topic = new aws.sns.Topic('t');
const arn = topic.arn;
new aws.ssm.Parameter('p', { type: 'String', value: 'topic:' + arn });`;
  const findings = findingsOf(scanProject(pulumiProject(code), { rules: [RULE] }), RULE);
  assert.equal(findings.length, 1);
  assert.equal(findings[0].fix, undefined);
});

test('pulumi.interpolate, apply callbacks and config values are fine', () => {
  const code = `const config = new pulumi.Config();
const bucket = new aws.s3.Bucket('data');
new aws.ssm.Parameter('a', { type: 'String', value: pulumi.interpolate\`\${bucket.arn}/*\` });
new aws.ssm.Parameter('b', { type: 'String', value: bucket.arn.apply((arn) => \`\${arn}/*\`) });
new aws.ssm.Parameter('c', { type: 'String', value: \`prefix-\${config.require('env')}\` });`;
  assert.equal(findingsOf(scanProject(pulumiProject(code), { rules: [RULE] }), RULE).length, 0);
});

test('Python: an Output attribute in an f-string is reported; the plain `_name` of a resource is not', () => {
  const code = [
    'import pulumi_aws as aws',
    'fn = aws.lambda_.Function("worker", role="r", runtime="python3.12", handler="h.main", code=None)',
    'functions = [fn]',
    'for f in functions:',
    '    aws.cloudwatch.MetricAlarm(f"{f._name}-errors", alarm_description=f"Errors of {f._name}")',
    'aws.ssm.Parameter("p", type="String", value=f"{fn._name}")',
    'aws.ssm.Parameter("q", type="String", value=f"arn: {fn.arn}")',
  ].join('\n');
  const findings = findingsOf(scanProject({ '__main__.py': code }, { rules: [RULE] }), RULE);
  assert.deepEqual(
    findings.map((f) => f.line),
    [7],
  );
});

test('high in a resource argument, medium in a stack output where only the exported value is wrong', () => {
  const code = `const bucket = new aws.s3.Bucket('data');
new aws.ssm.Parameter('prefix', { type: 'String', value: \`\${bucket.arn}/incoming/\` });
export const url = \`https://\${bucket.bucketDomainName}/\`;`;
  const findings = findingsOf(scanProject(pulumiProject(code), { rules: [RULE] }), RULE);
  assert.deepEqual(
    findings.map((f) => [f.line, f.severity]),
    [
      [lineOf(code, 'value: `'), 'high'],
      [lineOf(code, 'export const url'), 'medium'],
    ],
  );
});

test("an Output in a resource's physical name is critical (no valid name), in free text medium, elsewhere high", () => {
  const code = `const stream = new aws.kinesis.Stream('events', { shardCount: 1 });
const key = new aws.kms.Key('logs');
new aws.cloudwatch.LogGroup('logs', {
  name: \`/app/\${stream.name}\`,
  kmsKeyId: \`\${key.arn}\`,
  tags: { source: \`\${stream.name}\` },
});`;
  const findings = findingsOf(scanProject(pulumiProject(code), { rules: [RULE] }), RULE);
  assert.deepEqual(
    findings.map((f) => [f.line, f.severity]),
    [
      [lineOf(code, 'name: `'), 'critical'],
      [lineOf(code, 'kmsKeyId'), 'high'],
      [lineOf(code, 'tags:'), 'medium'],
    ],
  );
  assert.match(findings[0].message, /no valid name/);
});

test('an f-string Output in a Python name is critical too', () => {
  const result = scanProject(
    {
      'Pulumi.yaml': 'name: t\nruntime: python\n',
      '__main__.py': [
        'import pulumi_aws as aws',
        'stream = aws.kinesis.Stream("events", shard_count=1)',
        'aws.cloudwatch.LogGroup("logs", name=f"/app/{stream.name}")',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.deepEqual(
    findingsOf(result, RULE).map((f) => f.severity),
    ['critical'],
  );
});
