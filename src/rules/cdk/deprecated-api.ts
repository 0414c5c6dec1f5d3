/**
 * cdk/deprecated-api: a program uses a class, static member, enum member or
 * construct method that aws-cdk-lib marks deprecated
 * (`ec2.MachineImage.latestAmazonLinux()`), per the API index generated from
 * the library's jsii assembly (src/schema/cdk-api.ts).
 */
import {
  cdkApiSource,
  cdkClass,
  cdkDeprecation,
  cdkEnum,
  cdkInstanceMembers,
  cdkStaticMembers,
  pythonMemberName,
} from '../../schema/cdk-api.js';
import { engineVersionConstant } from '../../schema/rds-engine-versions.js';
import { describeResource } from '../describe.js';
import { cdkFunctionRuntimes } from '../../model/cdk-query.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'cdk/deprecated-api',
    title: 'Deprecated AWS CDK API',
    severity: 'low',
    frameworks: ['cdk-ts', 'cdk-py'],
    description:
      'A class, static member, enum member or method of a construct that aws-cdk-lib marks `@deprecated`, with the replacement its documentation names. A `Runtime` member written as the `runtime` of a Lambda function is left to `schema/invalid-value`, which judges it by its dated lifecycle; an RDS engine version the library deprecates because RDS withdrew it is left to `rds/invalid-engine-version`, which rates the failed deployment.',
    rationale:
      'Deprecated APIs print a warning at every synth, fail it under `JSII_DEPRECATED=fail`, and are removed in the next major version; most are deprecated because they build something AWS itself retired (Amazon Linux 1 images, old runtimes), so a reviewer asks for the replacement. Low: the program still deploys today.',
    docs: 'https://docs.aws.amazon.com/cdk/v2/guide/deprecated.html',
    fixable: 'none',
  },
  check(program, context) {
    const python = program.framework === 'cdk-py';
    const seen = new Set<string>();
    const tail = `(${cdkApiSource()})`;
    // A function's runtime is judged by its dated lifecycle (schema/invalid-value), not reported twice.
    for (const { span } of cdkFunctionRuntimes(program)) seen.add(`${span.file}:${span.start}`);
    for (const reference of program.cdkReferences ?? []) {
      const key = `${reference.span.file}:${reference.span.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const path = reference.path;
      // `[module, Type]` or `[module, Type, member]`; root types have no module.
      const typeIndex = path.length > 1 && /^[A-Z]/.test(path[1]) && !/^[A-Z]/.test(path[0]) ? 1 : 0;
      const qualified = path.slice(0, typeIndex + 1).join('.');
      const member = path[typeIndex + 1];
      if (path.length === typeIndex + 1) {
        const note = cdkClass(qualified) ? cdkDeprecation(qualified) : undefined;
        if (note !== undefined)
          context.report({ message: `${path[typeIndex]} is deprecated: ${note} ${tail}`, span: reference.span });
        continue;
      }
      if (path.length !== typeIndex + 2 || member === undefined) continue;
      // A withdrawn RDS engine version fails the deploy: rds/invalid-engine-version reports it, at its severity.
      if (path[0] === 'aws_rds' && engineVersionConstant(path[typeIndex], member)) continue;
      const name = memberName(qualified, member, python);
      const note = name !== undefined ? cdkDeprecation(qualified, name) : undefined;
      if (note !== undefined)
        context.report({
          message: `${path[typeIndex]}.${member} is deprecated: ${note} ${tail}`,
          span: reference.span,
        });
    }
    for (const call of program.cdkMethodCalls ?? []) {
      const api = call.resource.construct!.api;
      const name = python ? cdkInstanceMembers(api).find((m) => pythonMemberName(m) === call.method) : call.method;
      const note = name !== undefined ? cdkDeprecation(api, name) : undefined;
      if (note !== undefined)
        context.report({
          message: `${call.method} of ${describeResource(call.resource)} is deprecated: ${note} ${tail}`,
          span: call.span,
          resource: call.resource,
        });
    }
  },
});

/** The member as the index spells it: enum members and constants as written, Python methods from their snake_case name. */
function memberName(qualified: string, member: string, python: boolean): string | undefined {
  if (cdkEnum(qualified)) return member;
  if (!python) return member;
  return [...cdkStaticMembers(qualified), ...cdkInstanceMembers(qualified)].find((m) => pythonMemberName(m) === member);
}
