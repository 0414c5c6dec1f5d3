import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'rds/invalid-engine-version';

function cluster(version: string, name = 'db'): string {
  return [
    `resource "aws_rds_cluster" "${name}" {`,
    '  engine         = "aurora-postgresql"',
    `  engine_version = "${version}"`,
    '}',
  ].join('\n');
}

test('a withdrawn standard version is replaced by the newest standard version of its line, not a Limitless one', () => {
  const findings = findingsOf(scanProject({ 'main.tf': cluster('16.2') }, { rules: [RULE] }), RULE);
  assert.equal(findings.length, 1);
  const replacement = / Use ([^ ]+)\.$/.exec(findings[0].message)?.[1];
  assert.ok(replacement && !replacement.includes('limitless'), findings[0].message);
  assert.ok(!findings[0].suggestion?.after.includes('limitless'));
});

test('versions compare by number even with an edition suffix: a listed Limitless version passes', () => {
  const findings = findingsOf(scanProject({ 'main.tf': cluster('16.9-limitless') }, { rules: [RULE] }), RULE);
  assert.deepEqual(findings, []);
});
