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

const TERRAFORM_FUNCTION = (handler: string) =>
  [
    'resource "aws_lambda_function" "fn" {',
    '  function_name = "fn"',
    '  role          = "r"',
    '  runtime       = "python3.12"',
    `  handler       = "${handler}"`,
    '  filename      = data.archive_file.code.output_path',
    '}',
  ].join('\n');

const SELF_INVOKING_PYTHON = [
  'import boto3, os',
  'def handler(event, context):',
  '    boto3.client("lambda").invoke(FunctionName=os.environ["AWS_LAMBDA_FUNCTION_NAME"])',
];

test('Terraform: inline archive_file source content, reported at its line in the .tf file', () => {
  const result = scanProject(
    {
      'main.tf': [
        'data "archive_file" "code" {',
        '  type        = "zip"',
        '  output_path = "${path.module}/code.zip"',
        '  source {',
        '    filename = "index.py"',
        '    content  = <<-EOT',
        ...SELF_INVOKING_PYTHON.map((line) => `      ${line}`),
        '    EOT',
        '  }',
        '}',
        TERRAFORM_FUNCTION('index.handler'),
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  const findings = findingsOf(result, RULE);
  assert.deepEqual(
    findings.map((f) => [f.file, f.line, f.column]),
    [['main.tf', 9, 11]],
  );
  assert.match(findings[0].message, /aws_lambda_function "fn"/);
});

test('Terraform: the handler module in source_dir, and a source_file, are read from disk', () => {
  for (const [archive, path] of [
    ['  source_dir  = "${path.module}/src"', 'src/app.py'],
    ['  source_file = "handlers/app.py"', 'handlers/app.py'],
  ]) {
    const result = scanProject(
      {
        'main.tf': [
          'data "archive_file" "code" {',
          '  type        = "zip"',
          archive,
          '  output_path = "build/code.zip"',
          '}',
          TERRAFORM_FUNCTION('app.handler'),
        ].join('\n'),
        [path]: SELF_INVOKING_PYTHON.join('\n'),
        'src/other.py': SELF_INVOKING_PYTHON.join('\n'),
      },
      { rules: [RULE] },
    );
    assert.deepEqual(
      findingsOf(result, RULE).map((f) => [f.file, f.line]),
      [[path, 3]],
      archive,
    );
  }
});

test('Terraform: a heredoc with interpolations is not read as code', () => {
  const result = scanProject(
    {
      'main.tf': [
        'data "archive_file" "code" {',
        '  type                    = "zip"',
        '  output_path             = "code.zip"',
        '  source_content_filename = "index.py"',
        '  source_content          = <<-EOT',
        '    import boto3, os',
        '    TABLE = "${var.table}"',
        '    def handler(event, context):',
        '        boto3.client("lambda").invoke(FunctionName=context.function_name)',
        '  EOT',
        '}',
        'variable "table" {}',
        TERRAFORM_FUNCTION('index.handler'),
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.deepEqual(findingsOf(result, RULE), []);
});
