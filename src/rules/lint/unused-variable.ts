/**
 * lint/unused-variable: a TypeScript variable (Pulumi, AWS CDK, CDKTF)
 * declared and never read, which ESLint's `no-unused-vars` (and
 * `@typescript-eslint/no-unused-vars`) rejects.
 */
import type { Program, Resource } from '../../model/types.js';
import type { Span } from '../../model/source.js';
import { fixOf, replaceSpan } from '../../fix/edits.js';
import { describeResource } from '../describe.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'lint/unused-variable',
    title: 'Variable declared and never read',
    severity: 'low',
    frameworks: ['pulumi-ts', 'cdk-ts', 'cdktf-ts'],
    description:
      "A variable a TypeScript file of a Pulumi, AWS CDK or CDKTF program declares and never reads (ESLint's `no-unused-vars`). A resource or construct kept in an unused variable is still created: the fix removes the binding and keeps the `new` expression as a statement. Names are compared per file, so a name read anywhere in the file counts as used; names starting with `_` are left alone.",
    rationale:
      'The lint step of a TypeScript project (`eslint` with the recommended rules, which Pulumi and CDK templates run before deploying) fails on it, and an unused binding often hides a resource nothing was wired to.',
    docs: 'https://typescript-eslint.io/rules/no-unused-vars/',
    fixable: 'auto',
  },
  check(program, context) {
    for (const unused of program.unusedVariables ?? []) {
      const resource = resourceIn(program, unused.name, unused.span);
      const fix =
        unused.binding && unused.initializer === 'NewExpression'
          ? fixOf(`Remove the unused binding ${unused.name}`, [replaceSpan(unused.binding, '')])
          : undefined;
      context.report({
        message: `${unused.name} is assigned${resource ? ` ${describeResource(resource)}` : ''} but never read (no-unused-vars): the lint step fails.${fix ? ' Drop the binding and keep the expression, or use the variable.' : ' Remove it, or use it.'}`,
        span: unused.span,
        resource,
        fix,
      });
    }
  },
});

/** The resource the declaration creates: kept in a variable of that name, its declaration spanning the name or following it. */
function resourceIn(program: Program, name: string, span: Span): Resource | undefined {
  let found: Resource | undefined;
  for (const r of program.resources) {
    if (r.variable !== name || r.span.file !== span.file || r.span.end < span.end) continue;
    if (!found || Math.abs(r.span.start - span.start) < Math.abs(found.span.start - span.start)) found = r;
  }
  return found && Math.abs(found.span.start - span.start) < 200 ? found : undefined;
}
