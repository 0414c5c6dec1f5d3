import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'schema/unknown-property';

test('reports unknown Terraform arguments and nested-block arguments, with the closest name as a fix', () => {
  const result = scanProject(
    {
      'main.tf': [
        'resource "aws_lambda_function_event_invoke_config" "c" {',
        '  function_name     = "f"',
        '  maximum_event_age = 3600',
        '}',
        'resource "aws_dynamodb_table" "t" {',
        '  name = "t"',
        '  global_secondary_index {',
        '    name            = "i"',
        '    projection      = "ALL"',
        '  }',
        '  lifecycle {',
        '    prevent_destroy = true',
        '  }',
        '}',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  const findings = findingsOf(result, RULE);
  assert.deepEqual(
    findings.map((f) => [f.line, f.suggestion?.after]),
    [
      [3, 'maximum_event_age_in_seconds'],
      [9, 'projection_type'],
    ],
  );
  assert.match(findings[1].message, /block global_secondary_index of aws_dynamodb_table "t"/);
  assert.equal(findings[0].fix?.edits[0].text, 'maximum_event_age_in_seconds');
});

test('reports unknown Pulumi arguments in their own spelling', () => {
  const result = scanProject(
    {
      'Pulumi.yaml': 'name: x\nruntime: nodejs\n',
      'index.ts': [
        "import * as aws from '@pulumi/aws';",
        "new aws.sqs.Queue('q', { visibilityTimeout: 30, messageRetentionSeconds: 60 });",
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  const [finding] = findingsOf(result, RULE);
  assert.match(finding?.message ?? '', /no argument "visibilityTimeout"; did you mean "visibilityTimeoutSeconds"\?/);
});

test('accepts valid arguments, meta-arguments, dynamic blocks and other providers', () => {
  const result = scanProject(
    {
      'main.tf': [
        'variable "rules" { default = [] }',
        'resource "aws_security_group" "s" {',
        '  name  = "s"',
        '  count = 1',
        '  tags  = { Anything = "goes" }',
        '  dynamic "ingress" {',
        '    for_each = var.rules',
        '    content {',
        '      from_port = ingress.value',
        '      to_port   = ingress.value',
        '      protocol  = "tcp"',
        '    }',
        '  }',
        '  lifecycle {',
        '    create_before_destroy = true',
        '  }',
        '}',
        'resource "random_id" "r" { whatever = 1 }',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.deepEqual(findingsOf(result, RULE), []);
});

test('a removed argument the provider renamed is fixed to its documented replacement, not to the closest spelling', () => {
  const result = scanProject(
    {
      'main.tf': [
        'resource "aws_elasticache_replication_group" "r" {',
        '  replication_group_id          = "r"',
        '  replication_group_description = "cache"',
        '}',
      ].join('\n'),
      'Pulumi.yaml': 'name: x\nruntime: python\n',
      '__main__.py': [
        'import pulumi_aws as aws',
        'aws.elasticache.ReplicationGroup("r", replication_group_id="r", replication_group_description="cache")',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  const findings = findingsOf(result, RULE);
  assert.equal(findings.length, 2);
  for (const finding of findings) {
    assert.equal(finding.suggestion?.after, 'description', finding.message);
    assert.equal(finding.fix?.edits[0].text, 'description');
  }
});

test('a rename never targets an argument already present, and a distant guess is only a suggestion', () => {
  const result = scanProject(
    {
      'main.tf': [
        'resource "aws_elasticache_replication_group" "r" {',
        '  replication_group_id          = "r"',
        '  description                   = "cache"',
        '  replication_group_description = "cache"',
        '}',
        'resource "aws_sqs_queue" "q" {',
        '  message_retention = 60',
        '}',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  const findings = findingsOf(result, RULE);
  assert.equal(findings.length, 2);
  const [renamed, guessed] = findings;
  assert.notEqual(renamed.suggestion?.after, 'description');
  assert.notEqual(renamed.suggestion?.after, 'replication_group_id');
  assert.equal(renamed.fix, undefined);
  // `message_retention_seconds` keeps every written word and no other argument does: unique, so applied.
  assert.equal(guessed.fix?.edits[0].text, 'message_retention_seconds');
});

test('an undocumented guess that changes words is suggested, never applied', () => {
  const result = scanProject(
    {
      'main.tf': ['resource "aws_sqs_queue" "q" {', '  visibility_timeout_minutes = 60', '}'].join('\n'),
    },
    { rules: [RULE] },
  );
  const [finding] = findingsOf(result, RULE);
  assert.equal(finding.suggestion?.after, 'visibility_timeout_seconds');
  assert.equal(finding.fix, undefined);
});

test('CDK: the options of a method called on a construct are checked against its options struct', () => {
  const typescript = scanProject(
    {
      'cdk.json': '{}',
      'lib/stack.ts': [
        "import * as cdk from 'aws-cdk-lib';",
        "import * as ecs from 'aws-cdk-lib/aws-ecs';",
        "import { Construct } from 'constructs';",
        'export class S extends cdk.Stack {',
        '  constructor(scope: Construct, id: string) {',
        '    super(scope, id);',
        "    const taskDefinition = new ecs.FargateTaskDefinition(this, 'Task', { cpu: 256, memoryLimitMiB: 512 });",
        "    taskDefinition.addContainer('App', {",
        "      image: ecs.ContainerImage.fromRegistry('nginx'),",
        '      memoryReservation: 256,',
        '    });',
        "    taskDefinition.addContainer('Sidecar', { image: ecs.ContainerImage.fromRegistry('x'), memoryReservationMiB: 256 });",
        '  }',
        '}',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  const ts = findingsOf(typescript, RULE);
  assert.deepEqual(
    ts.map((f) => f.line),
    [10],
  );
  assert.match(
    ts[0].message,
    /addContainer of ecs.FargateTaskDefinition "Task" has no option "memoryReservation"; did you mean "memoryReservationMiB"\?/,
  );
  const python = scanProject(
    {
      'cdk.json': '{}',
      'app.py': [
        'import aws_cdk as cdk',
        'from aws_cdk import aws_ecs as ecs',
        '',
        'class S(cdk.Stack):',
        '    def __init__(self, scope, id):',
        '        super().__init__(scope, id)',
        '        task = ecs.FargateTaskDefinition(self, "Task", cpu=256, memory_limit_mib=512)',
        '        task.add_container("App", image=ecs.ContainerImage.from_registry("nginx"), memory_reservation=256)',
        '        task.add_container(id="Sidecar", image=ecs.ContainerImage.from_registry("x"), memory_reservation_mib=256)',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  const py = findingsOf(python, RULE);
  assert.deepEqual(
    py.map((f) => f.line),
    [8],
  );
  assert.match(py[0].message, /add_container of .* has no option "memory_reservation"/);
});

test('AWS CDK Python: an L1 property type (`CfnX.YProperty(...)`) is read as its keywords, and its unknown ones are reported', () => {
  const python = scanProject(
    {
      'cdk.json': '{}',
      'app.py': [
        'import aws_cdk as cdk',
        'from aws_cdk import aws_config as config',
        '',
        'class S(cdk.Stack):',
        '    def __init__(self, scope, id):',
        '        super().__init__(scope, id)',
        '        config.CfnConfigurationRecorder(',
        '            self,',
        '            "Recorder",',
        '            role_arn="arn:aws:iam::123456789012:role/config",',
        '            recording_group=config.CfnConfigurationRecorder.RecordingGroupProperty(',
        '                all_supported=True,',
        '                recording_mode=config.CfnConfigurationRecorder.RecordingModeProperty(recording_frequency="DAILY"),',
        '            ),',
        '        )',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  const findings = findingsOf(python, RULE);
  assert.deepEqual(
    findings.map((f) => f.line),
    [13],
  );
  assert.match(findings[0].message, /recording_group of .* has no prop "recording_mode"/);
});
