import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';
import { lineOf, pulumiProject } from '../pulumi-fixtures.js';

const RULE = 'pulumi/output-in-string';

test('an Output in a template literal is reported with a pulumi.interpolate fix', () => {
  const code = `const bucket = new aws.s3.Bucket('data');
new aws.iam.Policy('read', {
  policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: \`\${bucket.arn}/*\` }] }),
});`;
  const findings = findingsOf(scanProject(pulumiProject(code), { rules: [RULE] }), RULE);
  assert.equal(findings.length, 1);
  assert.equal(findings[0].line, lineOf(code, 'Resource: `'));
  assert.match(findings[0].message, /bucket\.arn/);
  assert.equal(findings[0].fix?.edits[0].text, 'pulumi.interpolate');
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
