/**
 * One-line blocks (issue 13, item 8): an argument inserted into `{}` must
 * leave the `}` on its own line, and the HCL parser must refuse what
 * HashiCorp's refuses: an argument followed by `}` on a line that is not the
 * block's opening line, a one-line block that does not close on its line, a
 * nested block's `}` followed by another `}`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { planFixes } from '../../src/fix/fix-files.js';
import { parseHcl } from '../../src/readers/terraform/hcl/parser.js';
import { scan } from '../../src/engine/scan.js';
import { writeProject } from '../helpers.js';

const errorsOf = (text: string) => parseHcl(text).diagnostics.map((d) => d.message);

test('the HCL parser accepts one-line blocks and refuses "attr }" and "} }" on other lines', () => {
  assert.deepEqual(errorsOf('resource "a" "b" { x = 1 }\n'), []);
  assert.deepEqual(errorsOf('resource "a" "b" {}\nlocals { a = { b = 1 } }\n'), []);
  assert.match(errorsOf('resource "a" "b" {\n  x = 1 }\n').join(), /expected a newline after the value of "x"/);
  assert.match(errorsOf('resource "a" "b" { x = 1\n}\n').join(), /one-line block must close/);
  assert.match(errorsOf('resource "a" "b" {\n  lifecycle {} }\n').join(), /expected a newline after "}"/);
});

test('an argument inserted into an empty one-line block leaves a block terraform fmt accepts', () => {
  const dir = writeProject({ 'main.tf': 'resource "aws_kms_key" "a" {}\n\nresource "aws_kms_key" "b" {   }\n' });
  const plan = planFixes([dir], { scan: { config: DEFAULT_CONFIG, cwd: dir }, rules: ['kms/rotation-disabled'] });
  assert.equal(plan.changes.length, 1);
  const after = plan.changes[0].after;
  assert.equal(
    after,
    'resource "aws_kms_key" "a" {\n  enable_key_rotation = true\n}\n\nresource "aws_kms_key" "b" {\n  enable_key_rotation = true\n}\n',
  );
  assert.deepEqual(errorsOf(after), []);
  const rescan = scan([writeProject({ 'main.tf': after })], { config: DEFAULT_CONFIG, ruleIds: ['terraform/fmt'] });
  assert.deepEqual(rescan.findings, []);
});

const TERRAFORM = ['/usr/local/bin/terraform', '/usr/bin/terraform'].find((path) => existsSync(path));

test(
  'every fixed .tf in the golden files is accepted by terraform fmt (when terraform is installed)',
  {
    skip: TERRAFORM ? false : 'terraform is not installed',
  },
  () => {
    const golden = fileURLToPath(new URL('../../../test/fix/golden', import.meta.url));
    const files = readdirSync(golden, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('after.tf'));
    assert.ok(files.length > 0);
    for (const file of files) {
      const text = readFileSync(join(golden, file), 'utf8');
      assert.deepEqual(errorsOf(text), [], file);
      const result = spawnSync(TERRAFORM!, ['fmt', '-'], { input: text, encoding: 'utf8' });
      assert.equal(result.status, 0, `${file}: ${result.stderr}`);
    }
  },
);
