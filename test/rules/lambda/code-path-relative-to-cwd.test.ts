import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'lambda/code-path-relative-to-cwd';

test('a relative FileArchive path is reported with a fix from __file__ (importing os when missing)', () => {
  const source = [
    'import pulumi',
    'import pulumi_aws as aws',
    'def make():',
    '    return aws.lambda_.Function("fn", role="r", runtime="python3.12", handler="index.handler",',
    '        code=pulumi.AssetArchive({".": pulumi.FileArchive("./lambda_code")}))',
  ].join('\n');
  const result = scanProject(
    {
      'Pulumi.yaml': 'name: t\nruntime: python\n',
      '__main__.py': 'from modules import fn\nfn.make()\n',
      'modules/fn.py': source,
    },
    { rules: [RULE] },
  );
  const [finding] = findingsOf(result, RULE);
  assert.equal(finding.line, 5);
  const edits = finding.fix!.edits;
  assert.equal(edits[0].text, 'os.path.join(os.path.dirname(__file__), "../lambda_code")');
  assert.equal(source.slice(edits[0].start, edits[0].end), '"./lambda_code"');
  assert.deepEqual([edits[1].start, edits[1].text], [0, 'import os\n']);
});

test('paths built from __file__ are fine', () => {
  const result = scanProject(
    {
      'Pulumi.yaml': 'name: t\nruntime: python\n',
      '__main__.py': [
        'import os, pulumi, pulumi_aws as aws',
        'aws.lambda_.Function("fn", role="r", runtime="python3.12", handler="index.handler",',
        '    code=pulumi.FileArchive(os.path.join(os.path.dirname(__file__), "lambda_code")))',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.equal(findingsOf(result, RULE).length, 0);
});

test("a path written from the project root Pulumi runs in, through the file's own directory, is fine", () => {
  const stack = [
    "import * as pulumi from '@pulumi/pulumi';",
    "import * as aws from '@pulumi/aws';",
    "new aws.lambda.Function('fn', { role: 'r', runtime: 'nodejs20.x', handler: 'index.handler',",
    "  code: new pulumi.asset.FileArchive('./lib/lambda') });",
  ].join('\n');
  const files = {
    'Pulumi.yaml': 'name: t\nruntime: nodejs\n',
    'index.ts': "import './lib/stack';\n",
    'lib/stack.ts': stack,
    'lib/lambda/index.js': 'exports.handler = async () => ({ statusCode: 200 });\n',
  };
  assert.deepEqual(findingsOf(scanProject(files, { rules: [RULE] }), RULE), []);
  // The same path without its directory on disk is still reported.
  const missing: Record<string, string> = { ...files };
  delete missing['lib/lambda/index.js'];
  assert.equal(findingsOf(scanProject(missing, { rules: [RULE] }), RULE).length, 1);
});

test('a project whose main lies in a subdirectory runs there: a path from the project root is reported', () => {
  const stack = [
    "import * as pulumi from '@pulumi/pulumi';",
    "import * as aws from '@pulumi/aws';",
    "new aws.lambda.Function('fn', { role: 'r', runtime: 'nodejs20.x', handler: 'index.handler',",
    "  code: new pulumi.asset.FileArchive('./lib/lambda') });",
  ].join('\n');
  const files = {
    'Pulumi.yaml': 'name: t\nruntime: nodejs\nmain: bin/tap.ts\n',
    'bin/tap.ts': "import '../lib/stack';\n",
    'lib/stack.ts': stack,
    'lib/lambda/index.js': 'exports.handler = async () => ({ statusCode: 200 });\n',
  };
  const [finding] = findingsOf(scanProject(files, { rules: [RULE] }), RULE);
  assert.match(finding?.message ?? '', /\(bin\/, as the project's main is bin\/tap\.ts\)/);
});

test('a Markdown answer: a path from the project root to the handler the answer gives is fine, unless its main runs elsewhere', () => {
  const stack = [
    '```python',
    'import pulumi, pulumi_aws as aws',
    'aws.lambda_.Function("fn", role="r", runtime="python3.12", handler="index.handler",',
    '    code=pulumi.FileArchive("./lib/lambda"))',
    '```',
  ];
  const handler = [
    '## File: lib/lambda/index.py',
    '',
    '```python',
    'def handler(event, context):',
    '    return {}',
    '```',
  ];
  const answer = ['## File: lib/tap_stack.py', '', ...stack, '', ...handler].join('\n');
  assert.deepEqual(findingsOf(scanProject({ 'answer.md': answer }, { rules: [RULE] }), RULE), []);
  const withMain = [
    '## File: Pulumi.yaml',
    '',
    '```yaml',
    'name: t',
    'runtime: python',
    'main: app/main.py',
    '```',
    '',
    answer,
  ];
  assert.equal(findingsOf(scanProject({ 'answer.md': withMain.join('\n') }, { rules: [RULE] }), RULE).length, 1);
});

test('a path in a file at the project root that exists there is fine', () => {
  const result = scanProject(
    {
      'Pulumi.yaml': 'name: t\nruntime: python\n',
      '__main__.py': [
        'import pulumi, pulumi_aws as aws',
        'aws.lambda_.Function("fn", role="r", runtime="python3.12", handler="index.handler",',
        '    code=pulumi.FileArchive("./lambda_code"))',
      ].join('\n'),
      'lambda_code/index.py': 'def handler(event, context):\n    return {"statusCode": 200}\n',
    },
    { rules: [RULE] },
  );
  assert.equal(findingsOf(result, RULE).length, 0);
});
