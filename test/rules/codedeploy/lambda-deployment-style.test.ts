import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';
import { lineOf, pulumiProject } from '../pulumi-fixtures.js';

const RULE = 'codedeploy/lambda-deployment-style';

const positive = `const app = new aws.codedeploy.Application('app', { computePlatform: 'Lambda' });
new aws.codedeploy.DeploymentGroup('dg', {
  appName: app.name,
  deploymentGroupName: 'dg',
  serviceRoleArn: 'arn:aws:iam::123456789012:role/cd',
  deploymentConfigName: 'CodeDeployDefault.LambdaAllAtOnce',
});`;
const negative = `const app = new aws.codedeploy.Application('app', { computePlatform: 'Lambda' });
new aws.codedeploy.DeploymentGroup('dg', {
  appName: app.name,
  deploymentGroupName: 'dg',
  serviceRoleArn: 'arn:aws:iam::123456789012:role/cd',
  deploymentConfigName: 'CodeDeployDefault.LambdaAllAtOnce',
  deploymentStyle: { deploymentOption: 'WITH_TRAFFIC_CONTROL', deploymentType: 'BLUE_GREEN' },
});`;

test('codedeploy/lambda-deployment-style reports the defect at its line', () => {
  const findings = findingsOf(scanProject(pulumiProject(positive), { rules: [RULE] }), RULE);
  assert.equal(findings.length, 1, JSON.stringify(findings));
  assert.equal(findings[0].line, lineOf(positive, "new aws.codedeploy.DeploymentGroup('dg'"));
});

test('codedeploy/lambda-deployment-style stays quiet on the corrected code', () => {
  assert.deepEqual(findingsOf(scanProject(pulumiProject(negative), { rules: [RULE] }), RULE), []);
});
