import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'backup/cold-storage-retention';

function plan(lifecycle: string, preamble = ''): Record<string, string> {
  return {
    'main.tf': `${preamble}resource "aws_backup_plan" "p" {\n  name = "p"\n  rule {\n    rule_name         = "r"\n    target_vault_name = "v"\n${lifecycle}\n  }\n}\n`,
  };
}

const lifecycle = (cold: string | number, remove: string | number): string =>
  `    lifecycle {\n      cold_storage_after = ${cold}\n      delete_after       = ${remove}\n    }`;

function found(files: Record<string, string>): { severity: string; message: string }[] {
  return findingsOf(scanProject(files, { rules: [RULE] }), RULE);
}

test('a count from a variable default is high and names the default; exactly 90 days apart is accepted', () => {
  const findings = found(plan(lifecycle(30, 'var.keep'), 'variable "keep" {\n  default = 60\n}\n'));
  assert.deepEqual(
    findings.map((f) => f.severity),
    ['high'],
  );
  assert.match(findings[0].message, /from the default of var\.keep/);
  assert.deepEqual(found(plan(lifecycle(30, 120))), []);
});

test("a copy action's lifecycle is judged too; -1 (keep forever) and 0 (no cold storage) are not failures", () => {
  const copy = (cold: number, remove: number): string =>
    `    copy_action {\n      destination_vault_arn = "arn:aws:backup:us-west-2:123456789012:backup-vault:dr"\n${lifecycle(cold, remove).replace(/^/gm, '  ')}\n    }`;
  assert.equal(found(plan(copy(7, 30))).length, 1);
  assert.deepEqual(found(plan(copy(7, -1))), []);
  assert.deepEqual(found(plan(lifecycle(0, 7))), []);
});
