/**
 * Every rule has a failing and a passing case on every framework it names
 * (test/cases/<id>/), and each case does what its name says.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scan } from '../../src/engine/scan.js';
import { RULES } from '../../src/rules/index.js';
import { ruleFrameworks } from '../../src/rules/rule.js';
import { caseScanOptions, casesOf } from '../rule-cases.js';

for (const rule of RULES) {
  const { id } = rule.meta;
  const cases = casesOf(id);
  test(`${id}: a failing and a passing case on each of its frameworks`, () => {
    for (const framework of ruleFrameworks(rule))
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
