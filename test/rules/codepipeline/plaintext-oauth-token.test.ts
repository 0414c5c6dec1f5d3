import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';
import { lineOf, pulumiProject } from '../pulumi-fixtures.js';

const RULE = 'codepipeline/plaintext-oauth-token';

const positive = `const token = process.env.GITHUB_TOKEN || 'placeholder';
new aws.codepipeline.Pipeline('p', {
  roleArn: 'arn:aws:iam::123456789012:role/p',
  artifactStores: [{ location: 'b', type: 'S3' }],
  stages: [{ name: 'Source', actions: [{ name: 'GitHub', category: 'Source', owner: 'ThirdParty', provider: 'GitHub', version: '1',
    outputArtifacts: ['src'],
    configuration: {
      Owner: 'o', Repo: 'r', Branch: 'main',
      OAuthToken: token,
    } }] }],
});`;
const negative = `const connection = new aws.codestarconnections.Connection('gh', { providerType: 'GitHub' });
new aws.codepipeline.Pipeline('p', {
  roleArn: 'arn:aws:iam::123456789012:role/p',
  artifactStores: [{ location: 'b', type: 'S3' }],
  stages: [{ name: 'Source', actions: [{ name: 'GitHub', category: 'Source', owner: 'AWS', provider: 'CodeStarSourceConnection', version: '1',
    outputArtifacts: ['src'], configuration: { ConnectionArn: connection.arn, FullRepositoryId: 'o/r', BranchName: 'main' } }] }],
});`;

test('codepipeline/plaintext-oauth-token reports the defect at its line', () => {
  const findings = findingsOf(scanProject(pulumiProject(positive), { rules: [RULE] }), RULE);
  assert.equal(findings.length, 1, JSON.stringify(findings));
  assert.equal(findings[0].line, lineOf(positive, 'OAuthToken: token'));
});

test('codepipeline/plaintext-oauth-token stays quiet on the corrected code', () => {
  assert.deepEqual(findingsOf(scanProject(pulumiProject(negative), { rules: [RULE] }), RULE), []);
});
