/**
 * The corrected payment pipeline under Pulumi's runtime mocks: the release path
 * CodeDeploy needs (published version, alias, blue/green deployment group) is
 * really declared, and the pipeline goes through CodeDeploy from a connection.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { installMocks, only, settle, type MockResource } from './pulumi-mocks.js';

let created: MockResource[];

before(async () => {
  created = await installMocks();
  // Imported after the mocks are installed, as Pulumi's unit-testing guide requires.
  const { PaymentPipeline } = await import('../../examples/payment-pipeline/corrected/pipeline.js');
  new PaymentPipeline('payments', {
    environmentSuffix: 'test',
    githubOwner: 'example',
    githubRepo: 'payments',
    githubBranch: 'main',
    tags: { Project: 'payments', Environment: 'test' },
  });
  await settle(created);
});

test('the live alias points at the version the function publishes, never $LATEST', () => {
  const fn = only(created, 'aws:lambda/function:Function');
  const alias = only(created, 'aws:lambda/alias:Alias');
  assert.equal(fn.inputs.publish, true);
  assert.equal(alias.inputs.functionVersion, fn.state.version);
  assert.notEqual(alias.inputs.functionVersion, '$LATEST');
});

test('the deployment group is BLUE_GREEN with traffic control and rolls back on the error-rate alarm', () => {
  const group = only(created, 'aws:codedeploy/deploymentGroup:DeploymentGroup');
  assert.deepEqual(group.inputs.deploymentStyle, {
    deploymentType: 'BLUE_GREEN',
    deploymentOption: 'WITH_TRAFFIC_CONTROL',
  });
  const alarm = only(created, 'aws:cloudwatch/metricAlarm:MetricAlarm');
  assert.deepEqual((group.inputs.alarmConfiguration as { alarms: string[] }).alarms, [alarm.state.name]);
  const queries = alarm.inputs.metricQueries as { id: string; expression?: string; returnData?: boolean }[];
  const rate = queries.find((q) => q.returnData);
  assert.match(rate?.expression ?? '', /errors \/ invocations/);
  assert.equal(alarm.inputs.metricName, undefined);
});

test('the function reserves no concurrency and has a /aws/lambda log group with retention', () => {
  const fn = only(created, 'aws:lambda/function:Function');
  assert.equal(fn.inputs.reservedConcurrentExecutions, undefined);
  const logGroup = created.find(
    (r) => r.type === 'aws:cloudwatch/logGroup:LogGroup' && r.inputs.name === `/aws/lambda/${fn.inputs.name}`,
  );
  assert.ok(logGroup, 'a /aws/lambda/<function> log group is declared');
  assert.ok(Number(logGroup.inputs.retentionInDays) > 0);
});

test('no inline role policies: every policy is managed and attached', () => {
  assert.deepEqual(
    created.filter((r) => r.type === 'aws:iam/rolePolicy:RolePolicy').map((r) => r.name),
    [],
  );
  const attached = created
    .filter((r) => r.type === 'aws:iam/rolePolicyAttachment:RolePolicyAttachment')
    .map((r) => r.inputs.policyArn);
  for (const policy of created.filter((r) => r.type === 'aws:iam/policy:Policy'))
    assert.ok(attached.includes(policy.state.arn), `${policy.name} is attached`);
});

test('the pipeline sources through a CodeStar connection and deploys with CodeDeploy', () => {
  const pipeline = only(created, 'aws:codepipeline/pipeline:Pipeline');
  const connection = only(created, 'aws:codestarconnections/connection:Connection');
  type Action = { category: string; provider: string; configuration: Record<string, string> };
  const actions = (pipeline.inputs.stages as { actions: Action[] }[]).flatMap((s) => s.actions);
  const source = actions.find((a) => a.category === 'Source');
  assert.equal(source?.provider, 'CodeStarSourceConnection');
  assert.equal(source?.configuration.ConnectionArn, connection.state.arn);
  assert.ok(!actions.some((a) => 'OAuthToken' in a.configuration));
  assert.deepEqual(
    actions.filter((a) => a.category === 'Deploy' || a.category === 'Invoke').map((a) => a.provider),
    ['CodeDeploy'],
  );
});

test('the artifact bucket blocks public access', () => {
  const bucket = only(created, 'aws:s3/bucket:Bucket');
  const block = only(created, 'aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock');
  assert.equal(block.inputs.bucket, `${bucket.name}-id`);
  for (const key of ['blockPublicAcls', 'blockPublicPolicy', 'ignorePublicAcls', 'restrictPublicBuckets'])
    assert.equal(block.inputs[key], true, key);
});
