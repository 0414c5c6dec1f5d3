/**
 * The pulumi-aws version a Pulumi program's dependency file pins, and what the
 * schema rules accept under it: an argument the bridged provider major has.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SourceFile } from '../../src/model/source.js';
import { readPulumiAwsPin } from '../../src/model/pulumi-aws-pin.js';
import { findingsOf, scanProject } from '../helpers.js';

function pinOf(framework: 'pulumi-py' | 'pulumi-ts', name: string, text: string) {
  return readPulumiAwsPin(framework, (path) => (path === name ? new SourceFile(`/p/${name}`, text) : undefined));
}

test('a requirements.txt or package.json constraint gives the pulumi-aws major and the provider major it bridges', () => {
  const major = (pin: ReturnType<typeof pinOf>) => pin && [pin.pulumiMajor, pin.terraformMajor];
  assert.deepEqual(
    major(pinOf('pulumi-py', 'requirements.txt', 'pulumi>=3.0.0,<4.0.0\npulumi-aws>=5.0.0,<6.0.0\n')),
    [5, 4],
  );
  assert.deepEqual(major(pinOf('pulumi-py', 'requirements.txt', 'pulumi_aws~=6.1  # bridged\n')), [6, 5]);
  assert.deepEqual(major(pinOf('pulumi-py', 'requirements.txt', 'pulumi-aws==6.*\n')), [6, 5]);
  assert.deepEqual(major(pinOf('pulumi-ts', 'package.json', '{"dependencies": {"@pulumi/aws": "^6.0.0"}}')), [6, 5]);
  assert.deepEqual(major(pinOf('pulumi-ts', 'package.json', '{"dependencies": {"@pulumi/aws": "~5.42.0"}}')), [5, 4]);
  // No upper bound, or no pulumi-aws at all: the newest package, nothing pinned.
  assert.equal(pinOf('pulumi-py', 'requirements.txt', 'pulumi-aws>=5.0.0\n'), undefined);
  assert.equal(pinOf('pulumi-py', 'requirements.txt', 'boto3>=1.26\n'), undefined);
  assert.equal(pinOf('pulumi-ts', 'package.json', '{"dependencies": {"@pulumi/aws": "latest"}}'), undefined);
});

const program = [
  'import pulumi_aws as aws',
  '',
  'eip = aws.ec2.Eip("nat", vpc=True)',
  'deployment = aws.apigateway.Deployment("api", rest_api="abc123", stage_name="v1")',
  'usage_plan = aws.apigateway.UsagePlan("plan", api_stages=[{"api_id": "abc123", "stage": deployment.stage_name}])',
  '',
].join('\n');

test('arguments and outputs the pinned pulumi-aws major still has are not reported; unpinned, they are', () => {
  const rules = ['schema/unknown-property', 'pulumi/unknown-output-attribute'];
  const project = { 'Pulumi.yaml': 'name: api\nruntime: python\n', '__main__.py': program };
  const pinned = scanProject(
    { ...project, 'requirements.txt': 'pulumi>=3.0.0,<4.0.0\npulumi-aws>=5.0.0,<6.0.0\n' },
    { rules },
  );
  assert.deepEqual(
    rules.flatMap((rule) => findingsOf(pinned, rule)),
    [],
  );
  const unpinned = scanProject(
    { ...project, 'requirements.txt': 'pulumi>=3.0.0,<4.0.0\npulumi-aws>=7.0.0,<8.0.0\n' },
    { rules },
  );
  assert.deepEqual(
    findingsOf(unpinned, 'schema/unknown-property').map((f) => f.message.match(/argument "(\w+)"/)?.[1]),
    ['vpc', 'stage_name'],
  );
  assert.equal(findingsOf(unpinned, 'pulumi/unknown-output-attribute').length, 1);
});
