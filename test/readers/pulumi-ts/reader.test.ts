import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SourceFile } from '../../../src/model/source.js';
import type { Program, Resource } from '../../../src/model/types.js';
import { arg, describeValue, stringValue } from '../../../src/model/values.js';
import { readPulumiTypeScriptProgram } from '../../../src/readers/pulumi-ts/read-program.js';

function read(files: Record<string, string>, extra: Record<string, string> = {}): Program {
  const sources = Object.entries(files).map(([path, text]) => new SourceFile(`/p/${path}`, text));
  const others = new Map(
    Object.entries(extra).map(([path, text]) => [`/p/${path}`, new SourceFile(`/p/${path}`, text)]),
  );
  return readPulumiTypeScriptProgram({
    framework: 'pulumi-ts',
    root: '/p',
    files: sources,
    readFile: (path) => others.get(path.startsWith('/') ? path : `/p/${path}`),
  });
}

const named = (program: Program, name: string): Resource => {
  const r = program.resources.find((x) => x.name === name);
  assert.ok(r, `no resource ${name}: ${program.resources.map((x) => x.name)}`);
  return r;
};

test('import styles: namespace, named module, class from a submodule, require', () => {
  const program = read({
    'a.ts': `import * as aws from '@pulumi/aws';\nnew aws.s3.Bucket('a');`,
    'b.ts': `import { lambda } from '@pulumi/aws';\nnew lambda.Function('b', { reservedConcurrentExecutions: 5 });`,
    'c.ts': `import { Topic } from '@pulumi/aws/sns';\nnew Topic('c');`,
    'd.js': `const cloud = require('@pulumi/aws');\nnew cloud.sqs.Queue('d');`,
  });
  assert.deepEqual(
    program.resources.map((r) => r.type),
    ['aws_s3_bucket', 'aws_lambda_function', 'aws_sns_topic', 'aws_sqs_queue'],
  );
  assert.equal(stringValue(arg(named(program, 'b'), 'reserved_concurrent_executions')), '5');
});

test('constants, defaults, templates, spreads and shorthand are folded; env and config reads are references', () => {
  const program = read({
    'index.ts': `import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';
const config = new pulumi.Config();
const env = config.get('env') ?? 'dev';
const suffix = process.env.SUFFIX || 'x';
const base = { Team: 'a' };
const tags = { ...base, Owner: 'me' };
const runtime = 'nodejs20.x';
new aws.lambda.Function('fn', { name: \`fn-\${suffix}\`, runtime, tags, handler: 'index.' + 'handler' });`,
  });
  const fn = named(program, 'fn');
  assert.equal(stringValue(arg(fn, 'runtime')), 'nodejs20.x');
  assert.equal(stringValue(arg(fn, 'tags.Team')), 'a');
  assert.equal(stringValue(arg(fn, 'handler')), 'index.handler');
  const name = arg(fn, 'function_name');
  assert.equal(name?.kind, 'template');
  assert.match(describeValue(name), /fn-/);
  assert.deepEqual(
    program.variables.map((v) => `${v.source}:${v.name}`),
    ['config:env', 'env:SUFFIX'],
  );
});

test('references between resources, options, providers and outputs', () => {
  const program = read({
    'index.ts': `import * as aws from '@pulumi/aws';
const east = new aws.Provider('east', { region: 'us-east-1' });
const role = new aws.iam.Role('role', { assumeRolePolicy: '{}' });
const attach = new aws.iam.RolePolicyAttachment('attach', { role: role.name, policyArn: 'arn' });
const fn = new aws.lambda.Function('fn', { role: role.arn }, { dependsOn: [attach], provider: east, protect: true });
export const fnArn = fn.arn;`,
  });
  const fn = named(program, 'fn');
  const role = arg(fn, 'role');
  assert.equal(role?.kind, 'reference');
  if (role?.kind === 'reference') {
    assert.deepEqual(role.target, { kind: 'resource', type: 'aws_iam_role', name: 'role', path: ['arn'] });
    assert.equal(role.output, true);
  }
  assert.equal(fn.options.dependsOn.length, 1);
  assert.equal(fn.options.protect?.kind, 'literal');
  assert.equal(program.providers[0].alias, 'east');
  assert.equal(stringValue(program.providers[0].region), 'us-east-1');
  assert.deepEqual(
    program.outputs.map((o) => o.name),
    ['fnArn'],
  );
});

test('components across files, helpers, apply callbacks and inline handler code', () => {
  const program = read(
    {
      'index.ts': `import { Stack } from './stack';\nnew Stack('s', { environmentSuffix: 'dev' });`,
    },
    {
      'stack.ts': `import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';
function queue(name: string) { return new aws.sqs.Queue(name); }
export class Stack extends pulumi.ComponentResource {
  constructor(name: string, args: { environmentSuffix?: string }, opts?: pulumi.ComponentResourceOptions) {
    super('x:Stack', name, {}, opts);
    const suffix = args.environmentSuffix || 'dev';
    queue('q1');
    const table = new aws.dynamodb.Table('t', { hashKey: 'id' }, { parent: this });
    new aws.iam.RolePolicy('p', {
      role: 'r',
      policy: pulumi.all([table.arn]).apply(([arn]) => JSON.stringify({
        Statement: [{ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: arn }],
      })),
    });
    new aws.lambda.Function(\`fn-\${suffix}\`, {
      code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset('exports.handler = 1;') }),
    });
  }
}`,
    },
  );
  assert.ok(program.resources.some((r) => r.name === 'q1'));
  const policy = named(program, 'p');
  const value = arg(policy, 'policy');
  assert.equal(value?.kind, 'call');
  assert.equal(program.handlers.length, 1);
  assert.equal(program.handlers[0].file.text, 'exports.handler = 1;');
  assert.equal(program.handlers[0].resource?.name, 'fn-${suffix}');
  assert.ok(program.variables.some((v) => v.source === 'variable' && v.name === 'environmentSuffix'));
  assert.equal(named(program, 't').options.parent?.kind, 'reference');
});

test('a file that does not parse becomes a diagnostic; a non-Pulumi file reads no resources', () => {
  const broken = read({ 'index.ts': `import * as aws from '@pulumi/aws';\nconst x = {;` });
  assert.equal(broken.diagnostics.length, 1);
  assert.equal(broken.diagnostics[0].span.line, 2);
  const handler = read({ 'handler.js': `exports.handler = async () => ({ statusCode: 200 });` });
  assert.equal(handler.resources.length, 0);
  assert.equal(handler.diagnostics.length, 0);
});

test('spans are UTF-16 offsets into the text, also after non-ASCII characters', () => {
  const program = read({
    'index.ts': `import * as aws from '@pulumi/aws';\n// café ☕\nnew aws.s3.Bucket('é', { bucket: 'ü' });`,
  });
  const bucket = program.resources[0];
  const value = arg(bucket, 'bucket')!;
  const text = program.files[0].text;
  assert.equal(text.slice(value.span.start, value.span.end), "'ü'");
  assert.equal(bucket.headerSpan.line, 3);
});
