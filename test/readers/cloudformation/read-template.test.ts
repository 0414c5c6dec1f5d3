import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SourceFile } from '../../../src/model/source.js';
import type { Program } from '../../../src/model/types.js';
import { describeValue, field, stringValue } from '../../../src/model/values.js';
import { readCloudFormationProgram } from '../../../src/readers/cloudformation/read-template.js';
import { readMarkdownDocument } from '../../../src/readers/markdown/read-document.js';
import { scanProject } from '../../helpers.js';

function read(text: string, path = '/t/template.yaml'): Program {
  const file = new SourceFile(path, text);
  return readCloudFormationProgram({
    framework: 'cloudformation',
    root: path,
    files: [file],
    readFile: () => undefined,
  });
}

const YAML = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  EnvironmentSuffix:
    Type: String
    Default: dev
    AllowedPattern: '[a-z0-9]+'
Conditions:
  IsProd: !Equals [!Ref EnvironmentSuffix, prod]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    DeletionPolicy: Retain
    Properties:
      BucketName: !Sub 'logs-\${EnvironmentSuffix}-\${AWS::AccountId}'
  Fn:
    Type: AWS::Lambda::Function
    DependsOn: [Bucket]
    Properties:
      Role: !GetAtt Role.Arn
      Runtime: python3.12
      Handler: index.handler
      Environment:
        Variables:
          BUCKET: !If [IsProd, !Ref Bucket, !Join ['-', [a, !Ref EnvironmentSuffix]]]
      Code:
        ZipFile: |
          import boto3
          def handler(event, context):
              return 1
`;

test('short-form intrinsics become references, templates and calls at their exact places', () => {
  const program = read(YAML);
  assert.equal(program.framework, 'cloudformation');
  assert.deepEqual(
    program.resources.map((r) => [r.name, r.type, r.headerSpan.line]),
    [
      ['Bucket', 'AWS::S3::Bucket', 10],
      ['Fn', 'AWS::Lambda::Function', 15],
    ],
  );
  const bucket = program.resources[0];
  const name = field(bucket.args, 'BucketName')!;
  assert.equal(name.kind, 'template');
  assert.equal(describeValue(name), '"logs-${EnvironmentSuffix}-${AWS::AccountId}"');
  assert.ok(bucket.options.retainOnDelete);
  const fn = program.resources[1];
  const role = field(fn.args, 'Role')!;
  assert.equal(role.kind, 'reference');
  assert.deepEqual(role.kind === 'reference' && role.target, {
    kind: 'resource',
    type: '',
    name: 'Role',
    path: ['Arn'],
  });
  assert.deepEqual([role.span.line, role.span.column], [19, 13]);
  const refs = program.template!.references.map(
    (r) => `${r.kind} ${r.name}${r.attribute ? '.' + r.attribute : ''} ${r.span.line}:${r.span.column}`,
  );
  assert.ok(refs.includes('Sub EnvironmentSuffix 14:30'), refs.join(', '));
  assert.ok(refs.includes('GetAtt Role.Arn 19:13'));
  assert.ok(refs.includes('Condition IsProd 24:24'));
  assert.deepEqual(
    program.template!.attributes.get('Fn')!.dependsOn.map((d) => d.name),
    ['Bucket'],
  );
  assert.deepEqual(
    program.variables.map((v) => [v.name, stringValue(v.default), v.validated]),
    [['EnvironmentSuffix', 'dev', true]],
  );
  assert.equal(program.handlers.length, 1);
  assert.equal(program.handlers[0].language, 'python');
  assert.equal(program.handlers[0].file.position(0).line, 27);
  assert.equal(program.handlers[0].file.text.split('\n')[0], 'import boto3');
});

test('JSON templates read through the same path, long forms included', () => {
  const program = read(
    JSON.stringify(
      {
        Resources: {
          Topic: { Type: 'AWS::SNS::Topic', Properties: { TopicName: { 'Fn::Sub': '${AWS::StackName}-t' } } },
          Sub: {
            Type: 'AWS::SNS::Subscription',
            Properties: { TopicArn: { Ref: 'Topic' }, Endpoint: { 'Fn::GetAtt': ['Queue', 'Arn'] }, Protocol: 'sqs' },
          },
        },
      },
      null,
      2,
    ),
    '/t/template.json',
  );
  assert.deepEqual(
    program.resources.map((r) => r.type),
    ['AWS::SNS::Topic', 'AWS::SNS::Subscription'],
  );
  const topicArn = field(program.resources[1].args, 'TopicArn')!;
  assert.equal(topicArn.kind === 'reference' && topicArn.target.kind, 'resource');
  assert.equal(topicArn.span.line, 14);
  assert.deepEqual(
    program.template!.references.map((r) => r.kind),
    ['Sub', 'Ref', 'GetAtt'],
  );
});

test('bad YAML is a diagnostic, never a throw; an alias bomb is bounded', () => {
  const bad = read("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  A:\n    Type: AWS::S3::Bucket\n   bad: [\n");
  assert.ok(bad.diagnostics.length > 0);
  const lines = ['AWSTemplateFormatVersion: x', 'Mappings:', '  a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 12; i++)
    lines.push(`  a${i}: &a${i} [*a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}]`);
  lines.push('Resources:', '  B:', '    Type: AWS::S3::Bucket', '    Properties:', '      Tags: *a11');
  const started = Date.now();
  const bomb = read(lines.join('\n') + '\n');
  assert.ok(Date.now() - started < 5000);
  assert.ok(
    bomb.diagnostics.some((d) => d.message.includes('alias')),
    JSON.stringify(bomb.diagnostics),
  );
});

test('SAM resources and Fn::Transform are read without error', () => {
  const program = read(`Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs20.x
      Handler: index.handler
      InlineCode: "exports.handler = async () => 1;"
  Macro:
    Type: AWS::S3::Bucket
    Properties:
      Fn::Transform:
        Name: AWS::Include
`);
  assert.deepEqual(program.diagnostics, []);
  assert.deepEqual(program.template!.transforms, ['AWS::Serverless-2016-10-31']);
  assert.equal(program.template!.hasMacros, true);
});

test('a YAML file that is not a template adds nothing', () => {
  const program = read('name: app\nResources:\n  - a\n');
  assert.deepEqual([program.resources.length, program.diagnostics.length, program.template], [0, 0, undefined]);
});

test('a template in a Markdown answer is a program whose spans are Markdown lines', () => {
  const text = ['# Answer', '', '```yaml', YAML.trimEnd(), '```', ''].join('\n');
  const programs = readMarkdownDocument(new SourceFile('/t/answer.md', text));
  const template = programs.find((p) => p.framework === 'cloudformation')!;
  assert.ok(template);
  assert.equal(template.resources[0].headerSpan.line, 13);
  assert.equal(template.resources[0].headerSpan.file, '/t/answer.md');
});

test('discovery reads templates by content, not package.json or plain YAML', () => {
  const result = scanProject({
    'template.yaml': YAML,
    'package.json': '{"name": "x", "Resources": "AWS::S3::Bucket"}',
    'config.yaml': 'a: 1\n',
  });
  assert.equal(result.programs, 1);
  assert.deepEqual(result.errors, []);
});

test('a Markdown block without AWSTemplateFormatVersion is a fragment: names may live in other blocks', () => {
  const text = [
    '```yaml',
    'Parameters:',
    '  EnvironmentSuffix:',
    '    Type: String',
    '```',
    '',
    '```yaml',
    'Resources:',
    '  Queue:',
    '    Type: AWS::SQS::Queue',
    '    Properties:',
    "      QueueName: !Sub 'jobs-${EnvironmentSuffix}'",
    '```',
    '',
  ].join('\n');
  const result = scanProject({ 'answer.md': text }, { rules: ['cfn/undefined-reference'] });
  assert.deepEqual(result.findings, []);
  const programs = readMarkdownDocument(new SourceFile('/t/answer.md', text));
  assert.equal(programs.find((p) => p.framework === 'cloudformation')?.template?.fragment, true);
});
