/**
 * Every rule's failing cases, on every framework the rule supports: each
 * suggestion's `after` text is code of the program's language (parsed with
 * the project's own parsers), and each fix leaves the file parseable.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { scan } from '../../src/engine/scan.js';
import { applyEdits } from '../../src/fix/apply.js';
import { RULES } from '../../src/rules/index.js';
import { caseScanOptions, casesOf } from '../rule-cases.js';
import { languageOfPath, notCodeOf } from './language-check.js';

for (const rule of RULES) {
  const failing = casesOf(rule.meta.id).filter((c) => c.expect === 'fail');
  if (failing.length === 0) continue;
  test(`${rule.meta.id}: suggestions and fixes are in the program's language`, () => {
    const problems: string[] = [];
    for (const ruleCase of failing) {
      const { findings } = scan([ruleCase.path], caseScanOptions(rule));
      for (const finding of findings) {
        if (finding.ruleId !== rule.meta.id) continue;
        const language = languageOfPath(finding.file);
        if (!language) continue;
        const where = `${ruleCase.name}:${finding.line}`;
        if (finding.suggestion) {
          const why = notCodeOf(language, finding.suggestion.after);
          if (why) problems.push(`${where} suggestion ${JSON.stringify(finding.suggestion.after)}: ${why}`);
        }
        for (const file of new Set(finding.fix?.edits.map((e) => e.file))) {
          const fileLanguage = languageOfPath(file);
          if (!fileLanguage) continue;
          const fixed = applyEdits(
            readFileSync(file, 'utf8'),
            finding.fix!.edits.filter((e) => e.file === file),
          );
          const why = notCodeOf(fileLanguage, fixed, true);
          if (why) problems.push(`${where} fix leaves ${file}: ${why}`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });
}
