/**
 * The corrected transaction Lambda under Pulumi's runtime mocks: provisioned
 * concurrency sits on an alias of a published version, reserved concurrency
 * stays within budget, and no secret or fixed environment tag is in the code.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { installMocks, only, settle, type MockResource } from './pulumi-mocks.js';

let created: MockResource[];
let processorModule: typeof import('../../examples/transaction-lambda/corrected/processor.js');

before(async () => {
  created = await installMocks();
  processorModule = await import('../../examples/transaction-lambda/corrected/processor.js');
  new processorModule.TransactionProcessor('transactions', {
    environmentSuffix: 'pr42',
    environment: 'staging',
    tags: { Team: 'payments' },
  });
  await settle(created);
});

test('provisioned concurrency targets the alias, and the alias a published version', () => {
  const fn = only(created, 'aws:lambda/function:Function');
  const alias = only(created, 'aws:lambda/alias:Alias');
  const provisioned = only(created, 'aws:lambda/provisionedConcurrencyConfig:ProvisionedConcurrencyConfig');
  assert.equal(fn.inputs.publish, true);
  assert.equal(alias.inputs.functionVersion, fn.state.version);
  assert.notEqual(alias.inputs.functionVersion, '$LATEST');
  assert.equal(provisioned.inputs.qualifier, alias.state.name);
});

test('reserved concurrency is within the per-function budget and covers the provisioned instances', () => {
  const fn = only(created, 'aws:lambda/function:Function');
  const provisioned = only(created, 'aws:lambda/provisionedConcurrencyConfig:ProvisionedConcurrencyConfig');
  const reserved = Number(fn.inputs.reservedConcurrentExecutions);
  assert.ok(reserved <= processorModule.MAX_RESERVED_CONCURRENCY, `${reserved} reserved`);
  assert.ok(reserved >= Number(provisioned.inputs.provisionedConcurrentExecutions));
});

test('the environment holds no secret and is encrypted with a rotating customer key', () => {
  const fn = only(created, 'aws:lambda/function:Function');
  const key = only(created, 'aws:kms/key:Key');
  const secret = only(created, 'aws:secretsmanager/secret:Secret');
  const variables = (fn.inputs.environment as { variables: Record<string, string> }).variables;
  assert.equal(variables.API_KEY, undefined);
  assert.equal(variables.API_KEY_SECRET_ARN, secret.state.arn);
  assert.equal(fn.inputs.kmsKeyArn, key.state.arn);
  assert.equal(key.inputs.enableKeyRotation, true);
});

test('DynamoDB access is scoped to the table the program creates', () => {
  const table = only(created, 'aws:dynamodb/table:Table');
  const policy = only(created, 'aws:iam/policy:Policy');
  const statements = JSON.parse(policy.inputs.policy as string).Statement as { Action: string[]; Resource: unknown }[];
  const dynamo = statements.find((s) => s.Action.some((a) => a.startsWith('dynamodb:')));
  assert.equal(dynamo?.Resource, table.state.arn);
});

test('the Environment tag comes from the input and the suffix is validated', () => {
  for (const resource of created.filter((r) => r.inputs.tags))
    assert.equal((resource.inputs.tags as Record<string, string>).Environment, 'staging', resource.name);
  assert.throws(
    () => new processorModule.TransactionProcessor('bad', { environmentSuffix: 'PR_42', environment: 'dev' }),
    /environmentSuffix "PR_42"/,
  );
  assert.throws(
    () =>
      new processorModule.TransactionProcessor('greedy', {
        environmentSuffix: 'dev',
        environment: 'dev',
        reservedConcurrency: 100,
      }),
    /reservedConcurrency 100/,
  );
});
