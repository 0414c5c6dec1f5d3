/**
 * A rule that yields to another (`meta.yieldsTo`) stays quiet where that rule
 * reports the same resource on the same line: a placeholder password is one
 * problem, said by secrets/hardcoded-secret.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanProject } from '../helpers.js';

const DATABASE = [
  'resource "aws_db_instance" "main" {',
  '  identifier          = "app-db"',
  '  engine              = "postgres"',
  '  instance_class      = "db.t3.micro"',
  '  allocated_storage   = 20',
  '  username            = "dbadmin"',
  '  password            = "CHANGE_ME"',
  '  skip_final_snapshot = true',
  '}',
].join('\n');

const RULES = ['config/placeholder-value', 'secrets/hardcoded-secret'];

function rulesAtLine(line: number, rules: string[]): string[] {
  return scanProject({ 'main.tf': DATABASE }, { rules })
    .findings.filter((f) => f.line === line)
    .map((f) => f.ruleId);
}

test('a placeholder password is reported once, as a hard-coded secret', () => {
  assert.deepEqual(rulesAtLine(7, RULES), ['secrets/hardcoded-secret']);
});

test('the yielding rule still reports when the rule it yields to does not run', () => {
  assert.deepEqual(rulesAtLine(7, ['config/placeholder-value']), ['config/placeholder-value']);
});

test('a placeholder that is not a secret is still reported', () => {
  const findings = scanProject(
    { 'main.tf': DATABASE.replace('"CHANGE_ME"', 'var.password').replace('"app-db"', '"REPLACE_ME"') },
    { rules: RULES },
  ).findings;
  assert.deepEqual(
    findings.map((f) => [f.line, f.ruleId]),
    [[2, 'config/placeholder-value']],
  );
});
