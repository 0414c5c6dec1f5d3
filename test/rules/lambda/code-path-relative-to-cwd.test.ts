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
