/**
 * SAM templates: the resources the transform generates, as the checks read
 * them (`samExpansion`), and the template's syntax.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { samExpansion } from '../../../src/model/cloudformation-query.js';
import { SourceFile } from '../../../src/model/source.js';
import type { Program } from '../../../src/model/types.js';
import { constantValue, field, stringValue } from '../../../src/model/values.js';
import { readCloudFormationProgram } from '../../../src/readers/cloudformation/read-template.js';

function read(text: string, path = '/t/template.yaml'): Program {
  return readCloudFormationProgram({
    framework: 'cloudformation',
    root: path,
    files: [new SourceFile(path, text)],
    readFile: () => undefined,
  });
}

const SAM = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  Processor:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: index.handler
      MemorySize: 512
      Tracing: Active
      InlineCode: "def handler(event, context): return 1"
      Tags:
        Team: payments
      Events:
        Api:
          Type: Api
          Properties: { Path: /, Method: get }
  Orders:
    Type: AWS::Serverless::SimpleTable
    Properties:
      PrimaryKey: { Name: orderId, Type: Number }
  Plain:
    Type: AWS::SQS::Queue
`;

test('a SAM function is a Lambda function (pass-through properties, TracingConfig, Code) and its generated role', () => {
  const program = read(SAM);
  const [fn, role] = samExpansion(program, program.resources[0]);
  assert.equal(fn.type, 'AWS::Lambda::Function');
  assert.equal(fn.sourceType, 'AWS::Serverless::Function');
  assert.deepEqual(
    fn.args.entries.map((e) => e.key),
    ['Runtime', 'Handler', 'MemorySize', 'TracingConfig', 'Code', 'Role'],
  );
  assert.equal(stringValue(field(field(fn.args, 'TracingConfig'), 'Mode')), 'Active');
  assert.equal(role.type, 'AWS::IAM::Role');
  assert.equal(role.name, 'ProcessorRole');
});

test('a SimpleTable is a DynamoDB table keyed by its PrimaryKey, on demand', () => {
  const program = read(SAM);
  const [table] = samExpansion(program, program.resources[1]);
  assert.equal(table.type, 'AWS::DynamoDB::Table');
  assert.deepEqual(constantValue(field(table.args, 'AttributeDefinitions')), [
    { AttributeName: 'orderId', AttributeType: 'N' },
  ]);
  assert.equal(stringValue(field(table.args, 'BillingMode')), 'PAY_PER_REQUEST');
});

test('no expansion for other resources or without the transform', () => {
  const program = read(SAM);
  assert.deepEqual(samExpansion(program, program.resources[2]), []);
  const plain = read(SAM.replace('Transform: AWS::Serverless-2016-10-31\n', ''));
  assert.deepEqual(samExpansion(plain, plain.resources[0]), []);
});

test('a template opening with `{` is JSON, any other YAML', () => {
  assert.equal(read('{"Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}', '/t/t.json').template?.syntax, 'json');
  assert.equal(read(SAM).template?.syntax, 'yaml');
});
