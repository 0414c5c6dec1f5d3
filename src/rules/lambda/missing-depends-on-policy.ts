/**
 * lambda/missing-depends-on-policy: a function whose role gets its
 * permissions from separate resources the function does not wait for.
 */
import { dependsOn, referencedResource, referencedResources, referrersOf } from '../../model/query.js';
import type { Framework, Resource } from '../../model/types.js';
import { arg } from '../../model/values.js';
import { defineRule, type Fix } from '../rule.js';

const PERMISSION_TYPES = new Set([
  'aws_iam_role_policy_attachment',
  'aws_iam_role_policy',
  'aws_iam_policy_attachment',
]);

/** How each framework spells an explicit dependency. */
const DEPENDS_ON: Record<Framework, string> = {
  terraform: 'depends_on',
  'pulumi-ts': 'dependsOn',
  'pulumi-py': 'depends_on (pulumi.ResourceOptions)',
};

export default defineRule({
  meta: {
    id: 'lambda/missing-depends-on-policy',
    title: 'Lambda function does not wait for its role’s policies',
    severity: 'medium',
    frameworks: 'all',
    description:
      'A Lambda function whose role receives its permissions through separate attachment or policy resources, with no dependency on them.',
    rationale:
      'The function is created as soon as the role exists, in parallel with the policy attachments: first invocations (event source mappings, custom resources, smoke tests) run without permissions and fail with AccessDenied.',
    docs: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html',
    fixable: 'auto',
  },
  check(program, context) {
    for (const fn of program.resources) {
      if (fn.type !== 'aws_lambda_function') continue;
      const role = referencedResource(program, arg(fn, 'role'));
      if (!role || role.type !== 'aws_iam_role') continue;
      const grants = referrersOf(program, role).filter(
        (r) => PERMISSION_TYPES.has(r.type) && referencedResources(program, r.args).includes(role),
      );
      const missing = grants.filter(
        (g) => !dependsOn(program, fn, g) && !referencedResources(program, fn.args).includes(g),
      );
      if (missing.length === 0) continue;
      const names = missing.map((g) => `"${g.name}"`).join(', ');
      context.report({
        message:
          `Lambda function "${fn.name}" uses role "${role.name}" but does not depend on ${names}, which grant the role its permissions: ` +
          `the function can be created and invoked before they are attached. Add ${DEPENDS_ON[fn.framework]} on them.`,
        span: fn.headerSpan,
        resource: fn,
        fix: dependsOnFix(fn, missing),
      });
    }
  },
});

function dependsOnFix(fn: Resource, grants: Resource[]): Fix | undefined {
  if (fn.framework !== 'pulumi-ts' || fn.options.dependsOn.length > 0) return undefined;
  if (grants.some((g) => !g.variable)) return undefined;
  const list = `[${grants.map((g) => g.variable).join(', ')}]`;
  const options = fn.options.span;
  if (options && options.file === fn.span.file)
    return {
      description: `Make ${fn.name} depend on its role's policies`,
      edits: [{ file: options.file, start: options.start + 1, end: options.start + 1, text: ` dependsOn: ${list},` }],
    };
  if (options || fn.args.span.file !== fn.span.file) return undefined;
  return {
    description: `Make ${fn.name} depend on its role's policies`,
    edits: [
      { file: fn.args.span.file, start: fn.args.span.end, end: fn.args.span.end, text: `, { dependsOn: ${list} }` },
    ],
  };
}
