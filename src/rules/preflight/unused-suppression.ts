/**
 * preflight/unused-suppression: a `preflight-ignore` directive for a rule that
 * ran and reported nothing there.
 */
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'preflight/unused-suppression',
    title: 'Suppression that suppresses nothing',
    severity: 'low',
    frameworks: 'all',
    description:
      'A valid `preflight-ignore <ruleId>: <reason>` directive whose rule ran on the program but reported nothing on the line below the directive (or on the resource starting there). Directives for rules that did not run (turned off, outside `--rules`, another profile) are not judged.',
    rationale:
      'A stale suppression hides the next real finding on that line without anyone deciding so again, and its reason no longer describes the code; like ESLint’s unused disable directives, it should be removed.',
    docs: 'https://eslint.org/docs/latest/use/command-line-interface#--report-unused-disable-directives',
    fixable: 'none',
    afterOtherRules: true,
  },
  check(program, context) {
    for (const suppression of program.suppressions) {
      if (suppression.problem) continue;
      const unused = suppression.ruleIds.filter((id) => suppression.ran.has(id) && !suppression.suppressed.has(id));
      if (unused.length)
        context.report({
          message: `This preflight-ignore directive suppresses nothing: ${unused.join(', ')} reported nothing on the line below it. Remove ${unused.length === suppression.ruleIds.length ? 'it' : 'those rule ids'}.`,
          span: suppression.span,
        });
    }
  },
});
