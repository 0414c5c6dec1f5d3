import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'lambda/sqs-event-source-batching';

function mapping(queue: string[], settings: string[]): string {
  return [
    'resource "aws_sqs_queue" "q" {',
    ...queue,
    '}',
    'resource "aws_lambda_event_source_mapping" "m" {',
    '  event_source_arn = aws_sqs_queue.q.arn',
    '  function_name    = "f"',
    ...settings,
    '}',
  ].join('\n');
}

function findings(files: Record<string, string>) {
  return findingsOf(scanProject(files, { rules: [RULE] }), RULE);
}

test('a FIFO queue refuses a batching window and more than 10 messages a batch, each reported', () => {
  const found = findings({
    'main.tf': mapping(['  fifo_queue = true'], ['  batch_size = 20', '  maximum_batching_window_in_seconds = 5']),
  });
  assert.equal(found.length, 2);
  assert.ok(found.some((f) => /Batching window is not supported for FIFO queues/.test(f.message)));
  assert.ok(found.some((f) => /at most 10 messages at a time from a FIFO queue/.test(f.message)));
});

test('a standard queue needs a window of at least one second above 10 messages a batch; a window of 0 is none', () => {
  assert.equal(findings({ 'main.tf': mapping([], ['  batch_size = 11']) }).length, 1);
  assert.equal(
    findings({ 'main.tf': mapping([], ['  batch_size = 11', '  maximum_batching_window_in_seconds = 0']) }).length,
    1,
  );
  assert.deepEqual(findings({ 'main.tf': mapping([], ['  batch_size = 10']) }), []);
  const windowInput = ['variable "window" {', '  type = number', '}'].join('\n');
  assert.deepEqual(
    findings({
      'main.tf': `${windowInput}\n${mapping([], ['  batch_size = 11', '  maximum_batching_window_in_seconds = var.window'])}`,
    }),
    [],
  );
  assert.deepEqual(
    findings({ 'main.tf': mapping([], ['  batch_size = 11', '  maximum_batching_window_in_seconds = 1']) }),
    [],
  );
});

test('a batch size from a variable default is judged at high; a queue whose FIFO flag is an unset input is not judged', () => {
  const fromDefault = findings({
    'main.tf': ['variable "batch" {', '  default = 50', '}', mapping([], ['  batch_size = var.batch'])].join('\n'),
  });
  assert.equal(fromDefault.length, 1);
  assert.equal(fromDefault[0].severity, 'high');
  assert.match(fromDefault[0].message, /from the default of var\.batch/);
  const unknownQueue = findings({
    'main.tf': [
      'variable "fifo" {',
      '  type = bool',
      '}',
      mapping(['  fifo_queue = var.fifo'], ['  batch_size = 10', '  maximum_batching_window_in_seconds = 5']),
    ].join('\n'),
  });
  assert.deepEqual(unknownQueue, []);
});

test('AWS CDK: a queue named .fifo is FIFO without saying so, and a window in minutes is read in seconds', () => {
  const stack = (queueProps: string, sourceProps: string) =>
    [
      "import * as cdk from 'aws-cdk-lib';",
      "import * as lambda from 'aws-cdk-lib/aws-lambda';",
      "import * as sqs from 'aws-cdk-lib/aws-sqs';",
      "import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';",
      'export class S extends cdk.Stack {',
      '  constructor(scope: cdk.App, id: string) {',
      '    super(scope, id);',
      `    const queue = new sqs.Queue(this, 'Q', ${queueProps});`,
      "    const fn = new lambda.Function(this, 'F', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'i.h', code: lambda.Code.fromAsset('l') });",
      `    fn.addEventSource(new SqsEventSource(queue, ${sourceProps}));`,
      '  }',
      '}',
    ].join('\n');
  const named = findings({
    'stack.ts': stack("{ queueName: 'orders.fifo' }", '{ maxBatchingWindow: cdk.Duration.minutes(1) }'),
  });
  assert.equal(named.length, 1);
  assert.match(named[0].message, /maxBatchingWindow, 60 s/);
  assert.deepEqual(
    findings({ 'stack.ts': stack('{}', '{ batchSize: 100, maxBatchingWindow: cdk.Duration.minutes(1) }') }),
    [],
  );
});
