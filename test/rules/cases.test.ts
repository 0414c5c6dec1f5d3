/**
 * Every rule has a failing and a passing case on every framework it names
 * (test/cases/<id>/), and each case does what its name says.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scan } from '../../src/engine/scan.js';
import { RULES } from '../../src/rules/index.js';
import type { Framework } from '../../src/model/types.js';
import { CODE_FRAMEWORKS, ruleFrameworks, type Rule } from '../../src/rules/rule.js';
import { caseScanOptions, casesOf } from '../rule-cases.js';

/**
 * The frameworks a rule must show cases on: every framework it names. A rule
 * written for the Terraform vocabulary (`'all'`, or every `CODE_FRAMEWORKS` one) runs on CDK for Terraform
 * programs through the same canonical model, so their cases there are welcome
 * (and checked) but not required.
 */
function requiredCaseFrameworks(rule: Rule): readonly Framework[] {
  const frameworks = ruleFrameworks(rule);
  if (!CODE_FRAMEWORKS.every((framework) => frameworks.includes(framework))) return frameworks;
  return frameworks.filter((framework) => framework !== 'cdktf-ts' && framework !== 'cdktf-py');
}

for (const rule of RULES) {
  const { id } = rule.meta;
  const cases = casesOf(id);
  test(`${id}: a failing and a passing case on each of its frameworks`, () => {
    for (const framework of requiredCaseFrameworks(rule))
      for (const expect of ['fail', 'pass'])
        assert.ok(
          cases.some((c) => c.framework === framework && c.expect === expect),
          `test/cases/${id}/ has no ${expect} case for ${framework}`,
        );
  });
  for (const ruleCase of cases)
    test(`${id}: ${ruleCase.name} ${ruleCase.expect === 'fail' ? 'is reported' : 'is accepted'}`, () => {
      const result = scan([ruleCase.path], caseScanOptions(rule));
      assert.deepEqual(
        result.findings.filter((f) => f.ruleId === 'parse-error').map((f) => f.message),
        [],
        'cases must parse',
      );
      const found = result.findings.filter((f) => f.ruleId === id);
      if (ruleCase.expect === 'fail') assert.ok(found.length > 0, `expected a ${id} finding`);
      else
        assert.deepEqual(
          found.map((f) => `${f.line}: ${f.message}`),
          [],
        );
    });
}
