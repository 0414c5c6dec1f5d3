/**
 * preflight/invalid-suppression: a `preflight-ignore` directive that names no
 * rule, an unknown rule, or gives no reason.
 */
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'preflight/invalid-suppression',
    title: 'Suppression without a reason or for an unknown rule',
    severity: 'medium',
    frameworks: 'all',
    description:
      'A `# preflight-ignore <ruleId>: <reason>` (or `// preflight-ignore ...`) comment that names no rule, names a rule preflight does not have, or gives no reason. Such a directive suppresses nothing.',
    rationale:
      'A suppression is a reviewed decision: without a reason the next reader cannot judge it, and a misspelt rule id silently suppresses nothing while looking as if it did.',
    docs: 'https://eslint.org/docs/latest/use/configure/rules#comment-descriptions',
    fixable: 'none',
  },
  check(program, context) {
    for (const suppression of program.suppressions)
      if (suppression.problem)
        context.report({ message: `This preflight-ignore directive ${suppression.problem}.`, span: suppression.span });
  },
});
