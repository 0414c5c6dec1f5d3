/**
 * `@pulumi/aws` enum constants read as their values (from the generated
 * package data), so value checks see `aws.lambda.Runtime.NodeJS18dX` as
 * `nodejs18.x` in TypeScript and `lambda_.Runtime.PYTHON3D9` as `python3.9`
 * in Python.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { arg, stringValue } from '../../src/model/values.js';
import { scanProject } from '../helpers.js';
import { pulumiEnumConstant } from '../../src/schema/pulumi-aws.js';
import { readPulumiPythonProgram } from '../../src/readers/pulumi-py/read-program.js';
import { readPulumiTypeScriptProgram } from '../../src/readers/pulumi-ts/read-program.js';
import { SourceFile } from '../../src/model/source.js';

test('enum constants come from the package data, in both spellings', () => {
  assert.equal(pulumiEnumConstant('lambda', 'Runtime', 'NodeJS18dX'), 'nodejs18.x');
  assert.equal(pulumiEnumConstant('lambda_', 'Runtime', 'PYTHON3D9'), 'python3.9');
  assert.equal(pulumiEnumConstant('lambda_', 'Runtime', 'NODE_JS18D_X'), 'nodejs18.x');
  assert.equal(pulumiEnumConstant('lambda', 'Runtime', 'NoSuchRuntime'), undefined);
});

test('TypeScript: aws.lambda.Runtime.NodeJS18dX is read as nodejs18.x', () => {
  const file = new SourceFile(
    '/p/index.ts',
    "import * as aws from '@pulumi/aws';\nnew aws.lambda.Function('f', { runtime: aws.lambda.Runtime.NodeJS18dX, handler: 'index.handler', role: 'r' });\n",
  );
  const program = readPulumiTypeScriptProgram({
    framework: 'pulumi-ts',
    root: '/p',
    files: [file],
    readFile: () => undefined,
  });
  assert.equal(stringValue(arg(program.resources[0], 'runtime')), 'nodejs18.x');
});

test('Python: lambda_.Runtime.PYTHON3D9 is read as python3.9, and the deprecated runtime is reported', () => {
  const file = new SourceFile(
    '/p/__main__.py',
    'import pulumi_aws as aws\nfrom pulumi_aws import lambda_\naws.lambda_.Function("f", runtime=lambda_.Runtime.PYTHON3D9, handler="h.h", role="r")\n',
  );
  const program = readPulumiPythonProgram({
    framework: 'pulumi-py',
    root: '/p',
    files: [file],
    readFile: () => undefined,
  });
  assert.equal(stringValue(arg(program.resources[0], 'runtime')), 'python3.9');
  const result = scanProject({
    'Pulumi.yaml': 'name: x\nruntime: python\n',
    '__main__.py': file.text,
  });
  assert.ok(
    result.findings.some((f) => /python3\.9/.test(f.message)),
    result.findings.map((f) => f.message).join('\n'),
  );
});
