/**
 * cdk/unknown-api: a program reads a class, enum member or static member
 * that aws-cdk-lib does not have (`logs.RetentionDays.THIRTY_DAYS`,
 * `cloudfront.OriginAccessControl`), or a method called on a construct the
 * program creates (`service.metricRunningTaskCount()`), checked against the API index
 * generated from the library's jsii assembly (src/schema/cdk-api.ts).
 */
import type { Span } from '../../model/source.js';
import { closestCfnName } from '../../schema/cloudformation.js';
import {
  cdkApiSource,
  cdkClass,
  cdkEnum,
  cdkModuleNames,
  cdkInstanceMembers,
  cdkStaticMembers,
  isCdkModule,
  isCdkType,
  pythonMemberName,
} from '../../schema/cdk-api.js';
import { describeResource } from '../describe.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'cdk/unknown-api',
    title: 'AWS CDK class, enum value or static member that does not exist',
    severity: 'critical',
    frameworks: ['cdk-ts', 'cdk-py'],
    description:
      'A name read from aws-cdk-lib that the library does not have: a module, a class or enum of a module, a member of an enum, a static member of a class, or a method called on a construct the program creates (with the nearest existing name when one is close).',
    rationale:
      'TypeScript does not compile (`Property THIRTY_DAYS does not exist on type typeof RetentionDays`) and Python stops with AttributeError while the app synthesizes, so `cdk deploy` fails before any template exists.',
    docs: 'https://docs.aws.amazon.com/cdk/api/v2/',
    fixable: 'none',
  },
  check(program, context) {
    const python = program.framework === 'cdk-py';
    const seen = new Set<string>();
    for (const reference of program.cdkReferences ?? []) {
      const key = `${reference.span.file}:${reference.span.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const problem = problemOf(reference.path, python);
      if (!problem) continue;
      // `ec2.Unknown.MEMBER` is read as `ec2.Unknown` and again with its member: one problem, reported once.
      const once = `${reference.span.file}:${reference.span.line}:${problem.message}`;
      if (seen.has(once)) continue;
      seen.add(once);
      context.report({
        message: `${problem.message}${problem.closest ? `; did you mean ${problem.closest}?` : '.'} ${python ? 'Python stops with AttributeError while the app synthesizes' : 'TypeScript does not compile'}, so nothing is deployed (${cdkApiSource()}).`,
        span: reference.span as Span,
      });
    }
    for (const call of program.cdkMethodCalls ?? []) {
      const api = call.resource.construct!.api;
      // Python also reaches a static method through an instance (`fn.metric_all_errors()`).
      const members = python ? [...cdkInstanceMembers(api), ...cdkStaticMembers(api)] : cdkInstanceMembers(api);
      // A class the index does not have (or whose bases it cannot follow to the construct base) is not judged.
      if (!members.length || !reachesConstruct(api)) continue;
      const spelled = python ? members.map(pythonMemberName) : members;
      if (spelled.includes(call.method) || members.includes(call.method)) continue;
      if (python && members.some((name) => flat(name) === flat(call.method))) continue;
      const closestName = closest(call.method, spelled);
      context.report({
        message: `${describeResource(call.resource)} has no method ${call.method}${closestName ? `; did you mean ${closestName}?` : '.'} ${python ? 'Python stops with AttributeError while the app synthesizes' : `TypeScript does not compile (${api.split('.').at(-1)} has no such member)`}, so nothing is deployed (${cdkApiSource()}).`,
        span: call.span,
        resource: call.resource,
      });
    }
  },
});

/** Whether the class's bases lead to the construct base, so that its member list is whole. */
function reachesConstruct(api: string): boolean {
  let name: string | undefined = api;
  for (let i = 0; name && i < 20; i++) {
    if (name === 'constructs.Construct') return true;
    name = cdkClass(name)?.b;
  }
  return false;
}

interface Problem {
  message: string;
  closest?: string;
}

/** What is wrong with a path read from aws-cdk-lib, checked up to its first type and that type's member. */
function problemOf(path: string[], python: boolean): Problem | undefined {
  let index = 0;
  let module = '';
  if (path[0] && (isCdkModule(path[0]) || /^aws_[a-z0-9_]+$/.test(path[0]))) {
    module = path[0];
    // Experimental modules ship as packages of their own (`aws_cdk.aws_apigatewayv2_alpha`).
    if (module.endsWith('_alpha')) return undefined;
    if (!isCdkModule(module)) return { message: `aws-cdk-lib has no module ${module}` };
    index = 1;
  }
  const typeName = path[index];
  if (typeName === undefined) return undefined;
  // Only type names (`Bucket`, `RetentionDays`) are judged at this level; anything else is not a name of the index.
  if (!/^[A-Z][A-Za-z0-9]*$/.test(typeName) || /^[A-Z0-9_]+$/.test(typeName)) return undefined;
  const qualified = module ? `${module}.${typeName}` : typeName;
  // L1 props interfaces are left out of the index (the CloudFormation specification describes them).
  const l1Props = /^Cfn[A-Z]\w*Props$/.test(typeName) && cdkClass(qualified.slice(0, -'Props'.length)) !== undefined;
  if (!isCdkType(qualified) && !l1Props) {
    // The root module is wide (every submodule's namespace as well): judge only names inside a service module.
    if (!module) return undefined;
    return {
      message: `${module.replace(/_/g, '-')} has no ${typeName}`,
      closest: closestCfnName(typeName, cdkModuleNames(module)),
    };
  }
  const member = path[index + 1];
  if (member === undefined) return undefined;
  // Nested types (`CfnBucket.LifecycleConfigurationProperty`) are not members.
  if (/^[A-Z]/.test(member) && /[a-z]/.test(member)) return undefined;
  const members = cdkEnum(qualified);
  if (members) {
    if (members.includes(member) || (python && members.some((name) => flat(name) === flat(member)))) return undefined;
    return {
      message: `${typeName}.${member} is not a member of the enum ${typeName}`,
      closest: closest(member, members),
    };
  }
  if (!cdkClass(qualified)) return undefined;
  // Python may also call an instance method through its class (`Alb.metric_x(self.alb)`).
  const statics = python
    ? [...cdkStaticMembers(qualified), ...cdkInstanceMembers(qualified)]
    : cdkStaticMembers(qualified);
  const spelled = python ? statics.map(pythonMemberName) : statics;
  if (spelled.includes(member) || statics.includes(member)) return undefined;
  // jsii's Python names: a keyword gets a trailing underscore (`LAMBDA_`), constants split digits (`LINEAR_10_PERCENT`).
  if (python && statics.some((name) => flat(name) === flat(member))) return undefined;
  return {
    message: `${typeName} has no static member ${member}`,
    closest: closest(member, spelled),
  };
}

function flat(name: string): string {
  return name.replace(/_/g, '').toLowerCase();
}

function closest(name: string, candidates: string[]): string | undefined {
  return closestCfnName(name, candidates);
}
