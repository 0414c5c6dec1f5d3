/**
 * The CloudFormation idiom: YAML with short-form intrinsics or JSON, property
 * names from the specification, lookups as dynamic references and
 * `Fn::GetAZs`; every fragment parses as its syntax.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { args, attribute, input, interpolation, list, literal, lookup, newRef } from '../../src/idiom/code.js';
import { cloudFormationJsonIdiom as json, cloudFormationYamlIdiom as yaml } from '../../src/idiom/cloudformation.js';
import { idiomOf } from '../../src/idiom/index.js';
import { notCodeOf } from './language-check.js';

const AMI = lookup(
  'aws_ssm_parameter',
  'al2023',
  [['name', literal('/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64')]],
  'value',
);
const FIRST_ZONE = { ...lookup('aws_availability_zones', 'available', [], 'names'), index: 0 };

test('YAML: PascalCase properties from the specification, short-form intrinsics, dynamic references', () => {
  assert.equal(
    yaml.argument('image_id', AMI, 'AWS::EC2::Instance'),
    "ImageId: '{{resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64}}'",
  );
  assert.equal(
    yaml.argument('availability_zone', FIRST_ZONE, 'AWS::EC2::Subnet'),
    "AvailabilityZone: !Select [0, !GetAZs '']",
  );
  assert.equal(yaml.argumentName('role_arn', 'AWS::Config::ConfigurationRecorder'), 'RoleARN');
  assert.equal(yaml.argumentName('name', 'aws_cloudwatch_log_group'), 'LogGroupName');
  assert.equal(yaml.expression(attribute(newRef('AWS::SQS::Queue', 'Queue'), 'url')), '!GetAtt Queue.QueueUrl');
  assert.equal(yaml.expression(attribute(newRef('AWS::SQS::Queue', 'Queue'), 'id')), '!Ref Queue');
  assert.equal(
    yaml.expression(interpolation('/aws/lambda/', attribute(newRef('aws_lambda_function', 'handler'), 'id'))),
    "!Sub '/aws/lambda/${handler}'",
  );
  assert.equal(yaml.comment('note'), '# note');
});

test('YAML: declarations and nested lists in block style', () => {
  const text = yaml.declaration({
    of: newRef('aws_cloudwatch_log_group', 'fn_logs'),
    name: 'logs',
    args: [
      ['retention_in_days', literal(14)],
      ['tags', list(args(['Key', literal('Environment')], ['Value', input('EnvironmentSuffix')]))],
    ],
    dependsOn: [newRef('aws_iam_role', 'Role')],
  });
  assert.equal(
    text,
    [
      'FnLogs:',
      '  Type: AWS::Logs::LogGroup',
      '  DependsOn: Role',
      '  Properties:',
      '    RetentionInDays: 14',
      '    Tags:',
      '      - Key: Environment',
      '        Value: !Ref EnvironmentSuffix',
    ].join('\n'),
  );
  assert.equal(notCodeOf('yaml', text), undefined);
});

test('JSON: intrinsic objects, quoted keys, and every fragment is JSON', () => {
  assert.equal(
    json.argument('availability_zone', FIRST_ZONE, 'AWS::EC2::Subnet'),
    '"AvailabilityZone": { "Fn::Select": [0, { "Fn::GetAZs": "" }] }',
  );
  assert.equal(
    json.expression(attribute(newRef('AWS::S3::Bucket', 'Bucket'), 'arn')),
    '{ "Fn::GetAtt": ["Bucket", "Arn"] }',
  );
  const fragments = [
    json.argument('image_id', AMI, 'AWS::EC2::Instance'),
    json.argument('public_access_block_configuration', args(['block_public_acls', literal(true)]), 'AWS::S3::Bucket'),
    json.mapEntry('Environment', input('EnvironmentSuffix')),
    json.declaration({
      of: newRef('aws_sqs_queue', 'dead_letters'),
      name: 'dlq',
      args: [['message_retention_seconds', literal(1209600)]],
    }),
  ];
  for (const fragment of fragments) assert.equal(notCodeOf('json', fragment), undefined, fragment);
  assert.match(fragments[1], /"BlockPublicAcls": true/);
});

test('the language check refuses another language in a template', () => {
  assert.notEqual(notCodeOf('yaml', 'image_id: ami-123'), undefined);
  assert.notEqual(notCodeOf('yaml', 'ImageId: !Reff Image'), undefined);
  assert.notEqual(notCodeOf('json', 'ImageId: !Ref Image'), undefined);
  assert.notEqual(notCodeOf('json', '"imageId": "x"'), undefined);
  assert.equal(notCodeOf('yaml', 'Condition:\n  StringEquals:\n    aws:SourceAccount: !Ref AWS::AccountId'), undefined);
});

test('idiomOf picks JSON for a JSON template', () => {
  assert.equal(idiomOf('cloudformation', 'json'), json);
  assert.equal(idiomOf('cloudformation'), yaml);
});
