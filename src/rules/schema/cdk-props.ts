/**
 * The AWS CDK side of `schema/unknown-property`: a construct's props checked
 * against its props interface in the API index (src/schema/cdk-api.ts), the
 * options a method of a construct is given against the method's options struct
 * (`addContainer`'s `ContainerDefinitionOptions`), and an L1 class's props
 * against the CloudFormation specification at every level.
 */
import { visitSpecifiedObjects } from '../../model/cloudformation-query.js';
import type { ObjectValue, Program, Resource } from '../../model/types.js';
import { cdkCallOptions, cdkClass, cdkStructProps, pythonMemberName } from '../../schema/cdk-api.js';
import { closestCfnName } from '../../schema/cloudformation.js';
import { describeResource } from '../describe.js';
import type { RuleContext } from '../rule.js';

export function checkCdkConstructProps(program: Program, context: RuleContext): void {
  const python = program.framework === 'cdk-py';
  for (const resource of program.resources) {
    const construct = resource.construct;
    if (!construct?.literal) continue;
    const cls = cdkClass(construct.api);
    if (cls?.c) checkL1(resource, construct.props, python, context);
    else if (cls?.p) checkL2(resource, construct.props, cls.p, python, context);
  }
  // `taskDefinition.addContainer('App', {...})`: a method's options struct is checked the same way.
  for (const call of program.cdkMethodCalls ?? []) {
    if (!call.options || !call.literal) continue;
    const options = cdkCallOptions(call.resource.construct!.api, call.method, python);
    if (options) checkL2(call.resource, call.options, options.struct, python, context, call.method);
  }
}

/** Written keys only: entries a spread brought in from elsewhere are not this call's. */
function written(object: ObjectValue) {
  return object.entries.filter(
    (entry) =>
      entry.keySpan.file === object.span.file &&
      entry.keySpan.start >= object.span.start &&
      entry.keySpan.end <= object.span.end,
  );
}

function checkL2(
  resource: Resource,
  props: ObjectValue,
  api: string,
  python: boolean,
  context: RuleContext,
  method?: string,
): void {
  const known = cdkStructProps(api);
  if (!known) return;
  const names = [...known.keys()].map((name) => (python ? pythonMemberName(name) : name));
  // jsii's Python names do not always split as snake_case would (`memoryLimitMiB` is `memory_limit_mib`).
  const flatNames = new Set(names.map(flat));
  for (const entry of written(props)) {
    if (names.includes(entry.key) || (python && flatNames.has(flat(entry.key)))) continue;
    const closest = closestCfnName(entry.key, names);
    context.report({
      message: `${method ? `${method} of ` : ''}${describeResource(resource)} has no ${method ? 'option' : 'prop'} "${entry.key}"${closest ? `; did you mean "${closest}"?` : '.'} ${python ? 'Python stops with TypeError (unexpected keyword argument) while the app synthesizes' : `TypeScript does not compile (${api.split('.').at(-1)} has no such property)`}.`,
      span: entry.keySpan,
      resource,
    });
  }
}

/** An L1's props were renamed to the specification's names; a name the specification lacks is reported as written. */
function checkL1(resource: Resource, props: ObjectValue, python: boolean, context: RuleContext): void {
  const writtenKeys = new Set(written(props).map((entry) => entry.keySpan.start));
  visitSpecifiedObjects(resource, ({ object, shape, path }) => {
    const known = Object.keys(shape.p);
    if (!known.length) return;
    for (const entry of object.entries) {
      if (Object.hasOwn(shape.p, entry.key)) continue;
      if (python && known.some((name) => flat(name) === flat(entry.key))) continue;
      // Top level: only keys written at the call.
      if (path.length === 0 && !writtenKeys.has(entry.keySpan.start)) continue;
      const spelled = known.map((name) => spell(name, python));
      const asWritten = spell(entry.key, python);
      const closest = closestCfnName(asWritten, spelled);
      context.report({
        message: `${path.length ? `${path.map((p) => spell(p, python)).join('.')} of ` : ''}${describeResource(resource)} has no prop "${asWritten}"${closest ? `; did you mean "${closest}"?` : '.'} ${python ? 'Python stops with TypeError while the app synthesizes' : 'TypeScript does not compile'}.`,
        span: entry.keySpan,
        resource,
      });
    }
  });
}

/** A specification name (`BucketName`) as the CDK spells the prop: `bucketName`, `bucket_name`. */
function spell(name: string, python: boolean): string {
  const camel = name.charAt(0).toLowerCase() + name.slice(1);
  return python ? pythonMemberName(camel) : camel;
}

function flat(name: string): string {
  return name.replace(/_/g, '').toLowerCase();
}
