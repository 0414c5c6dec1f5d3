import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'config/placeholder-value';

const PYTHON = (sourceArn: string) => ({
  'Pulumi.yaml': 'name: x\nruntime: python\n',
  '__main__.py': [
    'import pulumi',
    'import pulumi_aws as aws',
    'api = aws.apigateway.RestApi("api")',
    `source_arn = ${sourceArn}`,
    'aws.lambda_.Permission("perm", action="lambda:InvokeFunction", function="fn",',
    '    principal="apigateway.amazonaws.com", source_arn=pulumi.Output.concat(source_arn, "/*/*"))',
  ].join('\n'),
});

test('the example account in an ARN AWS resolves is high', () => {
  const findings = findingsOf(
    scanProject(PYTHON('"arn:aws:execute-api:us-east-1:123456789012:api-id"'), { rules: [RULE] }),
    RULE,
  );
  assert.deepEqual(
    findings.map((f) => f.severity),
    ['high'],
  );
});

test('the example account only in the fallback branch of a condition known at deploy time is medium', () => {
  const findings = findingsOf(
    scanProject(
      PYTHON(
        'api.execution_arn.apply(lambda arn: arn if arn else "arn:aws:execute-api:us-east-1:123456789012:api-id")',
      ),
      { rules: [RULE] },
    ),
    RULE,
  );
  assert.deepEqual(
    findings.map((f) => f.severity),
    ['medium'],
  );
});

test('Terraform: a conditional whose branch holds the example account is medium', () => {
  const findings = findingsOf(
    scanProject(
      {
        'main.tf': [
          'variable "api_arn" { default = "" }',
          'resource "aws_lambda_permission" "p" {',
          '  action        = "lambda:InvokeFunction"',
          '  function_name = "fn"',
          '  principal     = "apigateway.amazonaws.com"',
          '  source_arn    = var.api_arn != "" ? var.api_arn : "arn:aws:execute-api:us-east-1:123456789012:api-id/*"',
          '}',
        ].join('\n'),
      },
      { rules: [RULE] },
    ),
    RULE,
  );
  assert.deepEqual(
    findings.map((f) => f.severity),
    ['medium'],
  );
});
