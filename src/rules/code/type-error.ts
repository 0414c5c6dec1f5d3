/**
 * code/type-error: a constant of the wrong kind given to an AWS CDK or CDKTF
 * construct (`deregistrationDelay: 30` where a `Duration` is needed,
 * `defaultValue: 0` where the provider wants a string), judged by the types
 * the API index (CDK props interfaces) and the provider schema (CDKTF
 * arguments) record.
 */
import type { ObjectValue, Program, Resource, Value } from '../../model/types.js';
import { resourceShape, type BlockShape } from '../../schema/aws-provider.js';
import { cdkCallOptions, cdkClass, cdkStructProps } from '../../schema/cdk-api.js';
import { describeResource } from '../describe.js';
import { defineRule, type RuleContext } from '../rule.js';

export default defineRule({
  meta: {
    id: 'code/type-error',
    title: 'Constant of the wrong type given to a construct',
    severity: 'critical',
    frameworks: ['cdk-ts', 'cdk-py', 'cdktf-ts', 'cdktf-py'],
    description:
      'A literal number, string or boolean written where an AWS CDK prop or method option needs another kind of value (a `Duration`, `Size`, enum member, construct, list, or another primitive: the type codes of the API index generated from aws-cdk-lib), or where a CDKTF argument of the AWS provider schema needs another primitive, a list or a map.',
    rationale:
      'TypeScript does not compile the program (`Type number is not assignable to type Duration`), and jsii refuses the value with a TypeError while a Python app synthesizes, so nothing is deployed.',
    docs: 'https://docs.aws.amazon.com/cdk/v2/guide/languages.html',
    fixable: 'none',
  },
  check(program, context) {
    const python = program.framework === 'cdk-py' || program.framework === 'cdktf-py';
    if (program.framework === 'cdk-ts' || program.framework === 'cdk-py') checkCdk(program, python, context);
    else
      for (const resource of [...program.resources, ...program.dataSources]) {
        const shape = resourceShape(resource.type, resource.mode);
        if (shape) checkBlock(resource, resource.args, shape, [], python, context);
      }
  },
});

type Kind = 'string' | 'number' | 'boolean';

function kindOf(value: Value): Kind | undefined {
  if (value.kind !== 'literal' || value.value === null) return undefined;
  const type = typeof value.value;
  return type === 'string' || type === 'number' || type === 'boolean' ? type : undefined;
}

/** What a type code needs, when a literal of `kind` cannot be it; undefined when it can (or the code says nothing). */
function mismatch(code: string, kind: Kind): string | undefined {
  const type = code.replace(/^!/, '');
  if (type === 's') return kind === 'string' ? undefined : 'a string';
  if (type === 'n') return kind === 'number' ? undefined : 'a number';
  if (type === 'b') return kind === 'boolean' ? undefined : 'a boolean';
  if (type === 'd') return 'a Duration (`Duration.seconds(...)`)';
  if (type === 'z') return 'a Size (`Size.mebibytes(...)`)';
  if (type === 'l') return 'a list';
  if (type === 'm') return 'a map';
  // Some enums are numeric (`RetentionDays.ONE_WEEK` is 7), and TypeScript takes their values as numbers.
  if (type.startsWith('e:'))
    return kind === 'number' ? undefined : `a member of the enum ${type.slice(2).split('.').at(-1)}`;
  if (type.startsWith('c:')) return `a ${type.slice(2).split('.').at(-1)}`;
  return undefined;
}

function report(
  resource: Resource,
  name: string,
  value: Value,
  kind: Kind,
  expected: string,
  python: boolean,
  context: RuleContext,
): void {
  context.report({
    message: `${describeResource(resource)} sets ${name} to a ${kind}, where ${expected} is needed: ${python ? 'jsii raises TypeError while the app synthesizes' : 'TypeScript does not compile'}, so nothing is deployed.`,
    span: value.span,
    resource,
  });
}

/** A CDKTF construct's arguments (canonical names) against the provider schema, nested blocks included. */
function checkBlock(
  resource: Resource,
  object: ObjectValue,
  shape: BlockShape,
  path: string[],
  python: boolean,
  context: RuleContext,
): void {
  for (const entry of object.entries) {
    const block = shape.blocks?.[entry.key];
    if (block) {
      const objects = entry.value.kind === 'list' ? entry.value.items : [entry.value];
      for (const item of objects)
        if (item.kind === 'object') checkBlock(resource, item, block, [...path, entry.key], python, context);
      continue;
    }
    const code = Object.hasOwn(shape.attrs, entry.key) ? shape.attrs[entry.key] : undefined;
    const kind = kindOf(entry.value);
    const expected = code && kind ? mismatch(code, kind) : undefined;
    if (expected && kind)
      report(resource, [...path, entry.key].join('.'), entry.value, kind, expected, python, context);
  }
}

/** An AWS CDK construct's props (and the options of methods called on it) against their props interfaces. */
function checkCdk(program: Program, python: boolean, context: RuleContext): void {
  for (const resource of program.resources) {
    const construct = resource.construct;
    const props = construct && !cdkClass(construct.api)?.c ? cdkClass(construct.api)?.p : undefined;
    if (construct && props) checkProps(resource, construct.props, props, python, context);
  }
  for (const call of program.cdkMethodCalls ?? []) {
    if (!call.options) continue;
    const options = cdkCallOptions(call.resource.construct!.api, call.method, python);
    if (options) checkProps(call.resource, call.options, options.struct, python, context);
  }
}

function checkProps(
  resource: Resource,
  props: ObjectValue,
  struct: string,
  python: boolean,
  context: RuleContext,
): void {
  const known = cdkStructProps(struct);
  if (!known) return;
  const byFlatName = new Map([...known].map(([name, code]) => [flat(name), code]));
  for (const entry of props.entries) {
    const code = byFlatName.get(flat(entry.key));
    const kind = kindOf(entry.value);
    const expected = code && kind ? mismatch(code, kind) : undefined;
    if (expected && kind) report(resource, entry.key, entry.value, kind, expected, python, context);
  }
}

function flat(name: string): string {
  return name.replace(/_/g, '').toLowerCase();
}
