/**
 * Golden files for every automatic fix: `golden/<service>/<rule>/<framework>/before.<ext>`
 * is fixed with that rule only and must become `after.<ext>`; the result has
 * no finding of the rule, and fixing it again changes nothing.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { makeConfig } from '../../src/config/config.js';
import { planFixes, writeChanges } from '../../src/fix/fix-files.js';
import { writesFixes } from '../../src/idiom/index.js';
import { RULES } from '../../src/rules/index.js';
import { ruleFrameworks } from '../../src/rules/rule.js';
import { findingsOf, scanProject, writeProject } from '../helpers.js';

/** The source tree's golden folder (tests run from dist/). */
const GOLDEN = fileURLToPath(new URL('../../../test/fix/golden', import.meta.url));

/** The file name a framework's program is written to. */
const FILE_NAMES: Record<string, string> = {
  terraform: 'main.tf',
  'pulumi-ts': 'index.ts',
  'pulumi-py': '__main__.py',
  cloudformation: 'template.yaml',
};

interface GoldenCase {
  ruleId: string;
  framework: string;
  before: string;
  after: string;
}

function goldenCases(): GoldenCase[] {
  const cases: GoldenCase[] = [];
  for (const service of readdirSync(GOLDEN).sort())
    for (const rule of readdirSync(join(GOLDEN, service)).sort())
      for (const framework of readdirSync(join(GOLDEN, service, rule)).sort()) {
        const dir = join(GOLDEN, service, rule, framework);
        const files = readdirSync(dir);
        const before = files.find((f) => f.startsWith('before.'));
        const after = files.find((f) => f.startsWith('after.'));
        assert.ok(before && after, `${dir} needs a before and an after file`);
        cases.push({
          ruleId: `${service}/${rule}`,
          framework,
          before: readFileSync(join(dir, before), 'utf8'),
          after: readFileSync(join(dir, after), 'utf8'),
        });
      }
  return cases;
}

const CASES = goldenCases();

for (const { ruleId, framework, before, after } of CASES) {
  test(`${ruleId} on ${framework}: before becomes after, the finding is gone, a second fix changes nothing`, () => {
    const name = FILE_NAMES[framework];
    assert.ok(name, `unknown framework folder ${framework}`);
    // A profile rule is fixed as it runs: under its profile.
    const profile = RULES.find((r) => r.meta.id === ruleId)?.meta.profiles?.[0];
    const config = makeConfig({ profile });
    const findings = (text: string) => findingsOf(scanProject({ [name]: text }, { config }), ruleId);
    assert.ok(findings(before).length > 0, 'the before file has the finding');
    const dir = writeProject({ [name]: before });
    const options = { scan: { config, cwd: dir }, rules: [ruleId] };
    const plan = planFixes([dir], options);
    assert.deepEqual(plan.refused, []);
    writeChanges(plan.changes);
    const fixed = readFileSync(join(dir, name), 'utf8');
    assert.equal(fixed, after);
    assert.deepEqual(findings(fixed), []);
    assert.deepEqual(planFixes([dir], options).changes, [], 'idempotent');
  });
}

test('every rule marked auto has golden files on every framework it lists and writes fixes in', () => {
  const missing: string[] = [];
  for (const rule of RULES) {
    if (rule.meta.fixable !== 'auto') continue;
    // Fixes are written only in frameworks preflight can write (not CDK or CDKTF yet).
    for (const framework of ruleFrameworks(rule).filter(writesFixes))
      if (!existsSync(join(GOLDEN, rule.meta.id, framework))) missing.push(`${rule.meta.id} (${framework})`);
  }
  assert.deepEqual(missing, []);
});
