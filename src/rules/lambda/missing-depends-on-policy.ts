/**
 * lambda/missing-depends-on-policy: a function whose role gets its
 * permissions from separate resources the function does not wait for.
 */
import { dependsOn, referencedResource, referencedResources, referrersOf } from '../../model/query.js';
import { fixOf, insertArgument, sourceText } from '../../fix/edits.js';
import type { Framework, Program, Resource } from '../../model/types.js';
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
  cloudformation: 'DependsOn',
  'cdk-ts': 'node.addDependency',
  'cdk-py': 'node.add_dependency',
  'cdktf-ts': 'dependsOn',
  'cdktf-py': 'depends_on',
};

export default defineRule({
  meta: {
    id: 'lambda/missing-depends-on-policy',
    title: 'Lambda function does not wait for its role’s policies',
    severity: 'low',
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
        fix: dependsOnFix(program, fn, missing),
      });
    }
  },
});

/** The dependency in the function's framework: `depends_on` addresses, `dependsOn` / `depends_on` resource variables. */
function dependsOnFix(program: Program, fn: Resource, grants: Resource[]): Fix | undefined {
  const description = `Make ${fn.name} depend on its role's policies`;
  if (fn.framework === 'terraform') {
    const addresses = grants.map((g) => `${g.type}.${g.name}`);
    const last = fn.options.dependsOn.at(-1);
    if (!last) return fixOf(description, [insertArgument(fn, 'depends_on', `[${addresses.join(', ')}]`)]);
    if (last.span.file !== fn.span.file || sourceText(program, last.span) === undefined) return undefined;
    return fixOf(description, [
      { file: last.span.file, start: last.span.end, end: last.span.end, text: `, ${addresses.join(', ')}` },
    ]);
  }
  if (fn.options.dependsOn.length > 0 || grants.some((g) => !g.variable)) return undefined;
  const list = `[${grants.map((g) => g.variable).join(', ')}]`;
  if (fn.framework === 'pulumi-py') {
    // Options already given (`opts=...`) are not merged into: the finding stays for a person.
    if (fn.options.span || !importsPulumi(program, fn)) return undefined;
    return fixOf(description, [insertArgument(fn, 'opts', `pulumi.ResourceOptions(depends_on=${list})`)]);
  }
  const options = fn.options.span;
  if (options && options.file === fn.span.file)
    return {
      description,
      edits: [{ file: options.file, start: options.start + 1, end: options.start + 1, text: ` dependsOn: ${list},` }],
    };
  if (options || fn.args.span.file !== fn.span.file) return undefined;
  return {
    description,
    edits: [
      { file: fn.args.span.file, start: fn.args.span.end, end: fn.args.span.end, text: `, { dependsOn: ${list} }` },
    ],
  };
}

function importsPulumi(program: Program, fn: Resource): boolean {
  return program.files.some(
    (file) => file.realPath === fn.span.file && program.imports?.get(file.path)?.modules.includes('pulumi'),
  );
}
