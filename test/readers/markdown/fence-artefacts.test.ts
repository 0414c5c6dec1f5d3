/**
 * Fence artefacts in an answer are not code: a stray backtick line at the end
 * of a Python block, or a block without a language that holds fences (prose a
 * broken fence swallowed), give no parse error.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

test('a stray backtick line closing a Python block is not read as code', () => {
  const answer = [
    '## __main__.py',
    '',
    '```python',
    'import pulumi_aws as aws',
    'queue = aws.sqs.Queue("jobs")',
    '`',
    '```',
    '',
  ].join('\n');
  const result = scanProject({ 'answer.md': answer });
  assert.deepEqual(findingsOf(result, 'parse-error'), []);
});

test('a block without a language that holds fences (a README, prose after a broken fence) is not code', () => {
  const answer = [
    'The handler lives in `app.py`:',
    '',
    '````',
    '## Usage',
    '',
    '1. Configure the stack:',
    '',
    '```bash',
    'pulumi config set aws_region us-west-2',
    '````',
    '',
    '```python',
    'import pulumi_aws as aws',
    'queue = aws.sqs.Queue("jobs")',
    '```',
    '',
  ].join('\n');
  const result = scanProject({ 'answer.md': answer });
  assert.deepEqual(findingsOf(result, 'parse-error'), []);
});

test('a Python block with a real syntax error is still a parse error', () => {
  const answer = ['```python', 'import pulumi_aws as aws', 'queue = aws.sqs.Queue("jobs"', '```', ''].join('\n');
  assert.equal(findingsOf(scanProject({ 'answer.md': answer }), 'parse-error').length, 1);
});

test('prose written inside a code block is not code: the resources around it are read, no parse error', () => {
  const answer = [
    '```hcl',
    'resource "aws_sqs_queue" "jobs" {',
    '  name = "jobs"',
    '}',
    "Now let's add the dead-letter queue for the failed jobs:",
    '',
    'resource "aws_sqs_queue" "dead_letters" {',
    '  name = "dead-letters"',
    '}',
    '```',
    '',
  ].join('\n');
  const result = scanProject({ 'answer.md': answer }, { rules: ['parse-error'] });
  assert.deepEqual(findingsOf(result, 'parse-error'), []);
});

test('a block left open swallows the next one: that block is read, and the draft before it is only a note', () => {
  const answer = [
    'Let me start building this step by step:',
    '',
    '```json',
    '{',
    '  "Resources": {',
    '    "Queue": {',
    '      "Type": "AWS::SQS::Queue",',
    'I will then add the topic that fans the jobs out to the workers.',
    '',
    '### Answer',
    '',
    '```json',
    '{',
    '  "Resources": {',
    '    "Queue": { "Type": "AWS::SQS::Queue", "Properties": { "QueueNam": "jobs" } }',
    '  }',
    '}',
    '```',
    '',
  ].join('\n');
  const result = scanProject({ 'answer.md': answer }, { rules: ['parse-error', 'schema/unknown-property'] });
  const severities = findingsOf(result, 'parse-error').map((f) => f.severity);
  assert.ok(severities.length > 0 && severities.every((severity) => severity === 'low'), severities.join());
  // The template after the swallowed opening line is read: its misspelt property is reported at its line.
  assert.deepEqual(
    findingsOf(result, 'schema/unknown-property').map((f) => f.line),
    [15],
  );
});

test("the answer's Markdown text (headings, list items) inside a block left open is not code: no parse error", () => {
  const answer = [
    '````typescript',
    "import * as cdk from 'aws-cdk-lib';",
    "import * as sqs from 'aws-cdk-lib/aws-sqs';",
    '',
    'export class JobsStack extends cdk.Stack {',
    '  constructor(scope: cdk.App, id: string) {',
    '    super(scope, id);',
    "    new sqs.Queue(this, 'Jobs', { visibilityTimeout: cdk.Duration.seconds(60) });",
    '  }',
    '}',
    '',
    '## Key Features Implemented:',
    '',
    '### Security Best Practices',
    '- **Encryption at Rest**: Every queue is encrypted with the service key',
    '- **Least Privilege IAM**: All roles have minimal required permissions',
    '',
    '### Usage Example',
    '',
    '```typescript',
    "import * as cdk from 'aws-cdk-lib';",
    "import { JobsStack } from './jobs-stack';",
    "new JobsStack(new cdk.App(), 'Jobs');",
    '````',
    '',
  ].join('\n');
  assert.deepEqual(findingsOf(scanProject({ 'answer.md': answer }), 'parse-error'), []);
});

test('a list item that is code, not a sentence, keeps its critical error', () => {
  const answer = ['```typescript', "import * as cdk from 'aws-cdk-lib';", '- cdk.Stack(', '```', ''].join('\n');
  const [error, ...others] = findingsOf(scanProject({ 'answer.md': answer }), 'parse-error');
  assert.equal(others.length, 0);
  assert.equal(error?.severity, 'critical');
});

test('a block that quotes part of a file (it elides code, or starts inside a literal) gives only a note', () => {
  const program = [
    '```python',
    'import pulumi',
    'import pulumi_aws as aws',
    'queue = aws.sqs.Queue("jobs")',
    '```',
    '',
  ];
  const elided = [
    '### 1. Redis endpoint',
    '',
    '```python',
    '# After:',
    'container_definitions = Fn.jsonencode([{',
    '    ...',
    '    "environment": [{"name": "REDIS_ENDPOINT", "value": endpoint}]',
    '}])',
    '```',
    '',
  ];
  const entries = [
    '### 2. Outputs',
    '',
    '```python',
    '"payment_route_count": Output.from_input(len(self.payment_routes)),',
    '"analytics_route_count": Output.from_input(len(self.analytics_routes))',
    '```',
    '',
  ];
  for (const quote of [elided, entries]) {
    const review = [...quote, '## The corrected program', '', ...program].join('\n');
    const severities = findingsOf(scanProject({ 'review.md': review }), 'parse-error').map((f) => f.severity);
    assert.deepEqual(severities, ['low'], quote[0]);
  }
});

test('a whole file cut off by the end of the answer keeps its critical error', () => {
  const answer = [
    '```typescript',
    "import * as cdk from 'aws-cdk-lib';",
    "import * as sqs from 'aws-cdk-lib/aws-sqs';",
    'export class JobsStack extends cdk.Stack {',
    '  constructor(scope: cdk.App, id: string) {',
    '    super(scope, id);',
    "    new sqs.Queue(this, 'Jobs', {",
    '      visibilityTimeout: cdk.Duration.',
    '```',
    '',
  ].join('\n');
  const [error, ...others] = findingsOf(scanProject({ 'answer.md': answer }), 'parse-error');
  assert.equal(others.length, 0);
  assert.equal(error?.severity, 'critical');
});

test('a sentence-like line the parser accepts stays code, and a block without prose keeps its critical error', () => {
  const answer = [
    '```python',
    'import pulumi_aws as aws',
    'DESCRIPTION = """',
    'This queue holds the jobs that the workers pick up.',
    '"""',
    'queue = aws.sqs.Queue("jobs", tags={"Purpose": DESCRIPTION}',
    '```',
    '',
  ].join('\n');
  const [error, ...others] = findingsOf(scanProject({ 'answer.md': answer }), 'parse-error');
  assert.equal(others.length, 0);
  assert.equal(error?.severity, 'critical');
});

test('prose lines in a Python block are dropped one parse at a time (Python reports its first error only)', () => {
  const answer = [
    '```python',
    'import pulumi',
    'import pulumi_aws as aws',
    'bucket = aws.s3.Bucket("data")',
    'Now let us add the queue that receives the upload events:',
    'queue = aws.sqs.Queue("uploads")',
    'Then we export both names for the other stacks to use.',
    'pulumi.export("bucket", bucket.id)',
    '```',
    '',
  ].join('\n');
  assert.deepEqual(findingsOf(scanProject({ 'answer.md': answer }), 'parse-error'), []);
});

test('a hashbang under the comment that names the block is the first line of that file, not a syntax error', () => {
  const answer = [
    '```typescript',
    '// bin/app.ts',
    '#!/usr/bin/env node',
    "import * as cdk from 'aws-cdk-lib';",
    'const app = new cdk.App();',
    "new cdk.Stack(app, 'Main');",
    '```',
    '',
  ].join('\n');
  assert.deepEqual(findingsOf(scanProject({ 'answer.md': answer }), 'parse-error'), []);
  // Anywhere else it is one.
  const moved = answer
    .replace('#!/usr/bin/env node\n', '')
    .replace("new cdk.Stack(app, 'Main');", "#!/usr/bin/env node\nnew cdk.Stack(app, 'Main');");
  assert.equal(findingsOf(scanProject({ 'answer.md': moved }), 'parse-error').length, 1);
});

test('a syntax error in an AWS CDK or CDKTF TypeScript file is a parse error, as in Pulumi', () => {
  const answer = [
    '```typescript',
    "import { Construct } from 'constructs';",
    "import { SnsTopicimport { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';",
    'export class Alerts extends Construct {}',
    '```',
    '',
  ].join('\n');
  const [error] = findingsOf(scanProject({ 'answer.md': answer }), 'parse-error');
  assert.equal(error?.severity, 'critical');
});

test('shell commands in a block labelled as Terraform are not Terraform', () => {
  const answer = [
    '```hcl',
    '# Deploy to dev environment',
    'terraform apply -var="environment_suffix=dev"',
    '',
    '# Deploy to prod environment',
    'terraform apply -var="environment_suffix=prod"',
    '```',
    '',
  ].join('\n');
  assert.deepEqual(findingsOf(scanProject({ 'answer.md': answer }), 'parse-error'), []);
});
