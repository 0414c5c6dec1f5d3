import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';
import { lineOf, pulumiProject } from '../pulumi-fixtures.js';

const RULE = 'codepipeline/lambda-invoke-deploy';

const positive = `const fn = new aws.lambda.Function('fn', { role: 'r' });
new aws.codedeploy.DeploymentGroup('dg', { appName: 'a', deploymentGroupName: 'dg', serviceRoleArn: 'r' });
new aws.codepipeline.Pipeline('p', {
  roleArn: 'r',
  artifactStores: [{ location: 'b', type: 'S3' }],
  stages: [{ name: 'Deploy', actions: [{ name: 'DeployLambda',
    category: 'Invoke', owner: 'AWS', provider: 'Lambda', version: '1', configuration: { FunctionName: fn.name } }] }],
});`;
const negative = `const fn = new aws.lambda.Function('fn', { role: 'r' });
new aws.codepipeline.Pipeline('p', {
  roleArn: 'r',
  artifactStores: [{ location: 'b', type: 'S3' }],
  stages: [{ name: 'Deploy', actions: [{ name: 'DeployLambda',
    category: 'Invoke', owner: 'AWS', provider: 'Lambda', version: '1', configuration: { FunctionName: fn.name } }] }],
});`;

test('codepipeline/lambda-invoke-deploy reports the defect at its line', () => {
  const findings = findingsOf(scanProject(pulumiProject(positive), { rules: [RULE] }), RULE);
  assert.equal(findings.length, 1, JSON.stringify(findings));
  assert.equal(findings[0].line, lineOf(positive, "category: 'Invoke'"));
});

test('the message names the deployment group, or the CodeDeploy application when there is no group', () => {
  const [withGroup] = findingsOf(scanProject(pulumiProject(positive), { rules: [RULE] }), RULE);
  assert.match(withGroup.message, /although deployment group "dg" exists/);
  const appOnly = positive.replace(
    "new aws.codedeploy.DeploymentGroup('dg', { appName: 'a', deploymentGroupName: 'dg', serviceRoleArn: 'r' });",
    "new aws.codedeploy.Application('app', { computePlatform: 'Lambda' });",
  );
  const [withApp] = findingsOf(scanProject(pulumiProject(appOnly), { rules: [RULE] }), RULE);
  assert.match(withApp.message, /although CodeDeploy application "app" exists/);
});

test('codepipeline/lambda-invoke-deploy stays quiet on the corrected code', () => {
  assert.deepEqual(findingsOf(scanProject(pulumiProject(negative), { rules: [RULE] }), RULE), []);
});
