import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'lambda/self-invoking-retry';
const PROGRAM = (handler: string) =>
  [
    'import pulumi, pulumi_aws as aws',
    `aws.lambda_.Function("fn", role="r", runtime="python3.12", handler="${handler}",`,
    '    code=pulumi.AssetArchive({".": pulumi.FileArchive("./lambda_code")}))',
  ].join('\n');

test('a Python handler invoking its own function name after a sleep', () => {
  const result = scanProject(
    {
      'Pulumi.yaml': 'name: t\nruntime: python\n',
      '__main__.py': PROGRAM('index.handler'),
      'lambda_code/index.py': [
        'import boto3, json, time',
        'client = boto3.client("lambda")',
        'def handler(event, context):',
        '    try:',
        '        work(event)',
        '    except Exception:',
        '        time.sleep(1)',
        '        client.invoke(FunctionName=context.function_name, InvocationType="Event",',
        '                      Payload=json.dumps(event))',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  const findings = findingsOf(result, RULE);
  assert.equal(findings.length, 1);
  assert.equal(findings[0].file, 'lambda_code/index.py');
  assert.equal(findings[0].line, 8);
  assert.match(findings[0].message, /"fn".*blocking sleep/);
});

test('a JavaScript handler invoking itself through the environment', () => {
  const result = scanProject(
    {
      'Pulumi.yaml': 'name: t\nruntime: python\n',
      '__main__.py': PROGRAM('index.handler'),
      'lambda_code/index.js': [
        'const { LambdaClient, InvokeCommand } = require("@aws-sdk/client-lambda");',
        'const client = new LambdaClient({});',
        'exports.handler = async (event) => {',
        '  await client.send(new InvokeCommand({ FunctionName: process.env.AWS_LAMBDA_FUNCTION_NAME, Payload: "{}" }));',
        '};',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.deepEqual(
    findingsOf(result, RULE).map((f) => f.line),
    [4],
  );
});

test('invoking another function is fine', () => {
  const result = scanProject(
    {
      'Pulumi.yaml': 'name: t\nruntime: python\n',
      '__main__.py': PROGRAM('index.handler'),
      'lambda_code/index.py': [
        'import boto3, os',
        'def handler(event, context):',
        '    boto3.client("lambda").invoke(FunctionName=os.environ["WORKER"], InvocationType="Event")',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.equal(findingsOf(result, RULE).length, 0);
});
