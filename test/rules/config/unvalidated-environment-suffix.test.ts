import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';
import { lineOf, pulumiProject } from '../pulumi-fixtures.js';

const RULE = 'config/unvalidated-environment-suffix';

const positive = `const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || 'dev';
new aws.s3.Bucket('b', { bucket: \`data-\${environmentSuffix}\` });`;
const negative = `const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || 'dev';
if (!/^[a-z0-9-]{1,20}$/.test(environmentSuffix)) {
  throw new Error('invalid suffix');
}
new aws.s3.Bucket('b', { bucket: \`data-\${environmentSuffix}\` });`;

test('config/unvalidated-environment-suffix reports the defect at its line', () => {
  const findings = findingsOf(scanProject(pulumiProject(positive), { rules: [RULE] }), RULE);
  assert.equal(findings.length, 1, JSON.stringify(findings));
  assert.equal(findings[0].line, lineOf(positive, 'process.env.ENVIRONMENT_SUFFIX'));
});

test('config/unvalidated-environment-suffix stays quiet on the corrected code', () => {
  assert.deepEqual(findingsOf(scanProject(pulumiProject(negative), { rules: [RULE] }), RULE), []);
});

const python = (check: string) => ({
  'Pulumi.yaml': 'name: t\nruntime: python\n',
  '__main__.py': [
    'import os, re',
    'import pulumi_aws as aws',
    'environment_suffix = os.environ.get("ENVIRONMENT_SUFFIX", "dev")',
    check,
    'aws.s3.Bucket("data", bucket=f"data-{environment_suffix}")',
  ].join('\n'),
});

test('Python: an unchecked suffix is reported where it is read', () => {
  const findings = findingsOf(scanProject(python('pass'), { rules: [RULE] }), RULE);
  assert.deepEqual(
    findings.map((f) => f.line),
    [3],
  );
});

test('Python: a suffix checked by an if that raises, an assert or a validating call is accepted', () => {
  for (const check of [
    'if not re.fullmatch(r"[a-z0-9-]{1,20}", environment_suffix):\n    raise ValueError("bad suffix")',
    'assert re.fullmatch(r"[a-z0-9-]{1,20}", environment_suffix), "bad suffix"',
    'def validate_suffix(value):\n    pass\nvalidate_suffix(environment_suffix)',
  ])
    assert.deepEqual(findingsOf(scanProject(python(check), { rules: [RULE] }), RULE), [], check);
  // A check that does not stop the program validates nothing.
  const printed = 'if not re.fullmatch(r"[a-z0-9-]{1,20}", environment_suffix):\n    print("bad suffix")';
  assert.equal(findingsOf(scanProject(python(printed), { rules: [RULE] }), RULE).length, 1);
});

test('Python: a suffix checked by an if that raises, or by assert, is validated; an unchecked one is not', () => {
  const program = (check: string) =>
    scanProject(
      {
        'Pulumi.yaml': 'name: t\nruntime: python\n',
        '__main__.py': [
          'import re',
          'import pulumi',
          'import pulumi_aws as aws',
          '',
          'class Settings:',
          '    def __init__(self):',
          '        self.environment_suffix = pulumi.Config().require("environmentSuffix")',
          ...check.split('\n').map((line) => (line ? `        ${line}` : line)),
          '',
          'settings = Settings()',
          'aws.s3.Bucket("b", bucket=f"uploads-{settings.environment_suffix}")',
        ].join('\n'),
      },
      { rules: [RULE] },
    );
  const raising =
    'if not re.fullmatch(r"[a-z0-9-]{1,20}", self.environment_suffix):\n    raise ValueError("bad suffix")';
  assert.equal(findingsOf(program(raising), RULE).length, 0);
  assert.equal(findingsOf(program('assert re.fullmatch(r"[a-z0-9-]+", self.environment_suffix)'), RULE).length, 0);
  assert.equal(findingsOf(program('if not self.environment_suffix:\n    print("empty")'), RULE).length, 1);
  assert.equal(findingsOf(program(''), RULE).length, 1);
});
