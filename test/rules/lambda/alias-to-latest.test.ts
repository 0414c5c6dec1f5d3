import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';
import { lineOf, pulumiProject } from '../pulumi-fixtures.js';

const RULE = 'lambda/alias-to-latest';

const positive = `const fn = new aws.lambda.Function('fn', { role: 'r' });
new aws.lambda.Alias('live', {
  functionName: fn.name,
  functionVersion: '$LATEST',
});`;
const negative = `const fn = new aws.lambda.Function('fn', { role: 'r', publish: true });
new aws.lambda.Alias('live', { functionName: fn.name, functionVersion: fn.version });`;

test('lambda/alias-to-latest reports the defect at its line', () => {
  const findings = findingsOf(scanProject(pulumiProject(positive), { rules: [RULE] }), RULE);
  assert.equal(findings.length, 1, JSON.stringify(findings));
  assert.equal(findings[0].line, lineOf(positive, "functionVersion: '$LATEST'"));
});

test('lambda/alias-to-latest stays quiet on the corrected code', () => {
  assert.deepEqual(findingsOf(scanProject(pulumiProject(negative), { rules: [RULE] }), RULE), []);
});

const provisioned = (guard: string) => `const config = new pulumi.Config();
const fn = new aws.lambda.Function('fn', { role: 'r' });
const live = new aws.lambda.Alias('live', { functionName: fn.name, functionVersion: '$LATEST' });
${guard}
  new aws.lambda.ProvisionedConcurrencyConfig('pc', {
    functionName: fn.name,
    qualifier: live.name,
    provisionedConcurrentExecutions: 10,
  });
}`;

test('lambda/alias-to-latest: provisioned concurrency always created on the alias is critical', () => {
  const findings = findingsOf(scanProject(pulumiProject(provisioned('{')), { rules: [RULE] }), RULE);
  assert.deepEqual(
    findings.map((f) => f.severity),
    ['critical'],
  );
});

test('lambda/alias-to-latest: provisioned concurrency an input may leave out is high', () => {
  const code = provisioned("if (config.get('env') === 'prod') {");
  const findings = findingsOf(scanProject(pulumiProject(code), { rules: [RULE] }), RULE);
  assert.deepEqual(
    findings.map((f) => f.severity),
    ['high'],
  );
  assert.match(findings[0].message, /wherever the inputs create the provisioned concurrency configuration/);
});

test('lambda/alias-to-latest: provisioned concurrency with a Terraform count is high', () => {
  const tf = `variable "prod" { type = bool }
resource "aws_lambda_function" "fn" {
  function_name = "fn"
  role          = "r"
}
resource "aws_lambda_alias" "live" {
  name             = "live"
  function_name    = aws_lambda_function.fn.function_name
  function_version = "$LATEST"
}
resource "aws_lambda_provisioned_concurrency_config" "pc" {
  count                             = var.prod ? 1 : 0
  function_name                     = aws_lambda_function.fn.function_name
  qualifier                         = aws_lambda_alias.live.name
  provisioned_concurrent_executions = 10
}
`;
  const findings = findingsOf(scanProject({ 'main.tf': tf }, { rules: [RULE] }), RULE);
  assert.deepEqual(
    findings.map((f) => f.severity),
    ['high'],
  );
});

test('lambda/alias-to-latest: in Python, provisioned concurrency under an `if` on an input is high', () => {
  const code = `import pulumi
import pulumi_aws as aws

config = pulumi.Config()
fn = aws.lambda_.Function("fn", role="r")
live = aws.lambda_.Alias("live", function_name=fn.name, function_version="$LATEST")
if config.get("env") == "prod":
    aws.lambda_.ProvisionedConcurrencyConfig(
        "pc", function_name=fn.name, qualifier=live.name, provisioned_concurrent_executions=10
    )
`;
  const project = { 'Pulumi.yaml': 'name: test\nruntime: python\n', '__main__.py': code };
  const findings = findingsOf(scanProject(project, { rules: [RULE] }), RULE);
  assert.deepEqual(
    findings.map((f) => f.severity),
    ['high'],
  );
});
