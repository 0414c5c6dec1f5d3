import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';
import { lineOf, pulumiProject } from '../pulumi-fixtures.js';

const RULE = 'cloudwatch/log-group-missing';

const fn = `const env = process.env.ENVIRONMENT_SUFFIX || 'dev';
const handler = new aws.lambda.Function('handler', {
  name: \`orders-\${env}\`,
  role: 'arn:aws:iam::123456789012:role/r',
  handler: 'index.handler',
  runtime: 'nodejs20.x',
});
`;

test('a function without a log group is reported at its declaration, with a fix adding one', () => {
  const result = scanProject(pulumiProject(fn), { rules: [RULE] });
  const findings = findingsOf(result, RULE);
  assert.equal(findings.length, 1);
  assert.equal(findings[0].line, lineOf(fn, "new aws.lambda.Function('handler'"));
  assert.match(findings[0].message, /"handler".*\/aws\/lambda\/orders-/);
  // The log group comes first, named from the function's name, and the function logs to it.
  const [group, config] = findings[0].fix!.edits;
  assert.ok(group.text.includes('new aws.cloudwatch.LogGroup('));
  assert.ok(group.text.includes('name: `/aws/lambda/orders-${env}`'), group.text);
  assert.ok(config.text.includes('logGroup: handlerLogGroup.name'), config.text);
});

test('a log group named after the function (same template, or referencing it) counts', () => {
  const sameName = `${fn}new aws.cloudwatch.LogGroup('logs', { name: \`/aws/lambda/orders-\${env}\`, retentionInDays: 7 });`;
  assert.equal(findingsOf(scanProject(pulumiProject(sameName), { rules: [RULE] }), RULE).length, 0);
  const byReference = `${fn}new aws.cloudwatch.LogGroup('logs', { name: pulumi.interpolate\`/aws/lambda/\${handler.name}\` });`;
  assert.equal(findingsOf(scanProject(pulumiProject(byReference), { rules: [RULE] }), RULE).length, 0);
});

test('a log group for another function does not count', () => {
  const other = `${fn}new aws.cloudwatch.LogGroup('logs', { name: '/aws/lambda/something-else' });`;
  assert.equal(findingsOf(scanProject(pulumiProject(other), { rules: [RULE] }), RULE).length, 1);
});
