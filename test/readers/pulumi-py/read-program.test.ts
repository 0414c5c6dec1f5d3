import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SourceFile } from '../../../src/model/source.js';
import type { Program, Value } from '../../../src/model/types.js';
import { arg, stringValue } from '../../../src/model/values.js';
import { readPulumiPythonProgram } from '../../../src/readers/pulumi-py/read-program.js';
import { parsePython } from '../../../src/readers/pulumi-py/parse.js';

function read(files: Record<string, string>, extra: Record<string, string> = {}): Program {
  const root = '/project';
  const sources = Object.entries(files).map(([path, text]) => new SourceFile(`${root}/${path}`, text));
  const others = new Map(Object.entries(extra).map(([path, text]) => [path, new SourceFile(`${root}/${path}`, text)]));
  return readPulumiPythonProgram({ framework: 'pulumi-py', root, files: sources, readFile: (p) => others.get(p) });
}

function resource(program: Program, name: string) {
  const found = program.resources.find((r) => r.name === name);
  assert.ok(found, `resource ${name} in ${program.resources.map((r) => r.name).join(', ')}`);
  return found;
}

test("a resource's own `name` argument is its Terraform `<kind>_name`, as in TypeScript", () => {
  const program = read({
    '__main__.py': [
      'import pulumi_aws as aws',
      'fn = aws.lambda_.Function("fn", name="orders-api", role="r", runtime="python3.12", handler="app.handler")',
      'alarm = aws.cloudwatch.MetricAlarm("alarm", name="orders-errors", comparison_operator="GreaterThanThreshold",',
      '    evaluation_periods=1)',
      'group = aws.cloudwatch.LogGroup("logs", name="/aws/lambda/orders-api")',
    ].join('\n'),
  });
  const fn = resource(program, 'fn');
  assert.equal(stringValue(arg(fn, 'function_name')), 'orders-api');
  assert.equal(arg(fn, 'name'), undefined);
  assert.equal(stringValue(arg(resource(program, 'alarm'), 'alarm_name')), 'orders-errors');
  // A log group's name is `name` in Terraform too.
  assert.equal(stringValue(arg(resource(program, 'logs'), 'name')), '/aws/lambda/orders-api');
});

test('tree-sitter offsets are UTF-16 string offsets (non-ASCII input)', () => {
  const text = 'x = "héllo😀"\ny = 1\n';
  const y = parsePython(text).rootNode.namedChildren[1];
  assert.equal(y.startIndex, text.indexOf('y = 1'));
});

test('resources from aws.<module>.<Resource>, from-imports and aws.lambda_, with canonical types and names', () => {
  const program = read({
    '__main__.py': [
      'import pulumi',
      'import pulumi_aws as aws',
      'from pulumi_aws import s3',
      'bucket = s3.Bucket("data", bucket="my-data")',
      'fn = aws.lambda_.Function("fn", role="r", runtime="python3.12", handler="index.handler",',
      '    environment=aws.lambda_.FunctionEnvironmentArgs(variables={"BUCKET": bucket.id}))',
      'table = aws.dynamodb.Table("t", hash_key="id", attributes=[{"name": "id", "type": "S"}],',
      '    global_secondary_indexes=[{"name": "g", "hash_key": "id"}])',
    ].join('\n'),
  });
  assert.equal(resource(program, 'data').type, 'aws_s3_bucket');
  const fn = resource(program, 'fn');
  assert.equal(fn.type, 'aws_lambda_function');
  assert.equal(fn.variable, 'fn');
  const variable = arg(fn, 'environment.variables.BUCKET') as Extract<Value, { kind: 'reference' }>;
  assert.deepEqual(variable.target, { kind: 'resource', type: 'aws_s3_bucket', name: 'data', path: ['id'] });
  assert.equal(variable.output, true);
  assert.ok(arg(resource(program, 't'), 'global_secondary_index'));
  assert.equal(fn.span.line, 5);
});

test('module constants and functions across files, with arguments bound to parameters', () => {
  const program = read({
    '__main__.py': [
      'import config',
      'from modules import storage',
      'b = storage.make(config.bucket_name)',
      'x = b.arn',
    ].join('\n'),
    'config.py': ['from common import tags', 'bucket_name = "logs-" + tags["team"]'].join('\n'),
    'common.py': 'tags = {"team": "infra"}\n',
    'modules/storage.py': [
      'import pulumi',
      'import pulumi_aws as aws',
      'def make(name):',
      '    bucket = aws.s3.Bucket(f"{name}-bucket", bucket=name)',
      '    return bucket',
    ].join('\n'),
  });
  const bucket = resource(program, 'logs-infra-bucket');
  assert.equal(stringValue(arg(bucket, 'bucket')), 'logs-infra');
});

test('f-strings, % and .format with an Output are templates; Output.concat is a call', () => {
  const program = read({
    '__main__.py': [
      'import pulumi, pulumi_aws as aws',
      'b = aws.s3.Bucket("b")',
      'aws.ssm.Parameter("p1", type="String", value=f"arn/{b.arn}")',
      'aws.ssm.Parameter("p2", type="String", value="x-%s" % b.id)',
      'aws.ssm.Parameter("p3", type="String", value="{}-y".format(b.id))',
      'aws.ssm.Parameter("p4", type="String", value=pulumi.Output.concat("a", b.id))',
      'aws.ssm.Parameter("p5", type="String", value="a" + b.id)',
    ].join('\n'),
  });
  const forms = ['p1', 'p2', 'p3', 'p5'].map((n) => arg(resource(program, n), 'value'));
  assert.deepEqual(
    forms.map((v) => v?.kind === 'template' && v.form),
    ['template', 'format', 'format', 'concatenation'],
  );
  const concat = arg(resource(program, 'p4'), 'value');
  assert.equal(concat?.kind === 'call' && concat.name, 'pulumi.Output.concat');
});

test('json.dumps inside Output.all(...).apply(lambda ...) stays a readable document', () => {
  const program = read({
    '__main__.py': [
      'import json, pulumi, pulumi_aws as aws',
      'b = aws.s3.Bucket("b")',
      'aws.iam.Policy("p", policy=pulumi.Output.all(arn=b.arn).apply(lambda args: json.dumps({',
      '    "Version": "2012-10-17",',
      '    "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": f"{args[\'arn\']}/*"}]})))',
    ].join('\n'),
  });
  const policy = arg(resource(program, 'p'), 'policy');
  assert.equal(policy?.kind, 'call');
  const folded = policy?.kind === 'call' ? policy.folded : undefined;
  assert.equal(folded?.kind === 'call' && folded.name, 'json.dumps');
});

test('options, providers, config and environment reads, exports', () => {
  const program = read({
    '__main__.py': [
      'import os',
      'import pulumi',
      'import pulumi_aws as aws',
      'cfg = pulumi.Config()',
      'env = cfg.get("environment") or "dev"',
      'region = os.getenv("DEPLOY_REGION", "us-west-2")',
      'east = aws.Provider("east", region=region)',
      'role = aws.iam.Role("role", assume_role_policy="{}")',
      'aws.iam.RolePolicyAttachment("att", role=role.name, policy_arn="arn:aws:iam::aws:policy/ReadOnlyAccess",',
      '    opts=pulumi.ResourceOptions(depends_on=[role], provider=east, protect=True))',
      'pulumi.export("role_arn", role.arn)',
    ].join('\n'),
  });
  const att = resource(program, 'att');
  assert.equal(att.options.dependsOn.length, 1);
  assert.ok(att.options.provider);
  assert.equal(program.providers[0].explicit, true);
  assert.equal(program.providers[0].variable, 'east');
  assert.deepEqual(
    program.variables.map((v) => `${v.source}:${v.name}`),
    ['config:environment', 'env:DEPLOY_REGION'],
  );
  assert.deepEqual(
    program.outputs.map((o) => o.name),
    ['role_arn'],
  );
});

test('classes: component resources with methods and self attributes', () => {
  const program = read({
    '__main__.py': [
      'import pulumi',
      'import pulumi_aws as aws',
      'class Stack(pulumi.ComponentResource):',
      '    def __init__(self, name, suffix):',
      '        super().__init__("x:y:Stack", name)',
      '        self.suffix = suffix',
      '        self.bucket = self._bucket()',
      '    def _bucket(self):',
      '        return aws.s3.Bucket(f"data-{self.suffix}", opts=pulumi.ResourceOptions(parent=self))',
      'stack = Stack("s", "prod")',
      'pulumi.export("bucket", stack.bucket.id)',
    ].join('\n'),
  });
  assert.ok(resource(program, 'data-prod').options.parent);
});

test('a component only an uncalled class instantiates is read once, through that class', () => {
  // Nothing runs TapStack (the answer has no entry point): it runs with unknown arguments, and the
  // component it instantiates is read through it, not a second time on its own.
  const program = read({
    'lib/storage.py': [
      'import pulumi',
      'import pulumi_aws as aws',
      'class Storage(pulumi.ComponentResource):',
      '    def __init__(self, name, opts=None):',
      '        super().__init__("x:y:Storage", name, None, opts)',
      '        self.bucket = aws.s3.Bucket(f"{name}-data", opts=pulumi.ResourceOptions(parent=self))',
    ].join('\n'),
    'lib/tap_stack.py': [
      'import pulumi',
      'from .storage import Storage',
      'class TapStack(pulumi.ComponentResource):',
      '    def __init__(self, name, args, opts=None):',
      '        super().__init__("x:y:TapStack", name, None, opts)',
      '        self.storage = Storage(f"storage-{args.environment_suffix}", opts=pulumi.ResourceOptions(parent=self))',
    ].join('\n'),
  });
  assert.deepEqual(
    program.resources.map((r) => r.name),
    ['storage-{args.environment_suffix}-data'],
  );
});

test('a handler file referenced by a FileArchive is a handler; a file without Pulumi declares nothing', () => {
  const program = read({
    '__main__.py': [
      'import pulumi, pulumi_aws as aws',
      'aws.lambda_.Function("fn", role="r", runtime="python3.12", handler="app.handler",',
      '    code=pulumi.AssetArchive({".": pulumi.FileArchive("./src")}))',
    ].join('\n'),
    'src/app.py': 'import boto3\nimport os\nTABLE = os.environ["TABLE"]\ndef handler(event, context):\n    return 1\n',
  });
  assert.equal(program.resources.length, 1);
  assert.deepEqual(
    program.handlers.map((h) => [h.file.path, h.language, h.resource?.name]),
    [['/project/src/app.py', 'python', 'fn']],
  );
  assert.deepEqual(program.variables, []);
});

test('inline handler code maps to the string literal in the program', () => {
  const program = read({
    '__main__.py': [
      'import pulumi, pulumi_aws as aws',
      'CODE = """',
      'def handler(event, context):',
      '    return 1',
      '"""',
      'aws.lambda_.Function("fn", role="r", runtime="python3.12", handler="index.handler",',
      '    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset(CODE)}))',
    ].join('\n'),
  });
  assert.equal(program.handlers.length, 1);
  const handler = program.handlers[0];
  const at = handler.file.text.indexOf('return 1');
  assert.equal(handler.file.span(at, at + 1).line, 4);
});

test('JavaScript handlers are read through readFile', () => {
  const program = read(
    {
      '__main__.py': [
        'import pulumi, pulumi_aws as aws',
        'aws.lambda_.Function("fn", role="r", runtime="nodejs20.x", handler="index.handler",',
        '    code=pulumi.FileArchive("./lambda"))',
      ].join('\n'),
    },
    { 'lambda/index.js': 'exports.handler = async () => 1;\n' },
  );
  assert.deepEqual(
    program.handlers.map((h) => h.language),
    ['javascript'],
  );
});

test('a syntax error becomes a diagnostic, not a crash', () => {
  const program = read({ '__main__.py': 'import pulumi_aws as aws\nb = aws.s3.Bucket("b"\ndef (:\n' });
  assert.equal(program.diagnostics.length, 1);
  assert.equal(program.diagnostics[0].span.file, '/project/__main__.py');
});
