/**
 * Queries over a CloudFormation template that several rules share: which
 * names a template defines, which resource types are expanded by a transform
 * (so the specification cannot judge them), and the properties of each
 * resource with the specification shape they should have.
 */
import { cfnObjectShape, cfnResourceShape, type CfnShape } from '../schema/cloudformation.js';
import { PSEUDO_PARAMETERS, type Template } from './cloudformation.js';
import type { ObjectValue, Program, Resource, Value } from './types.js';
import type { Span } from './source.js';
import { field, items, stringValue } from './values.js';

/** Transforms whose output the reader understands: SAM's resources are in the specification, language extensions add functions only. */
const KNOWN_TRANSFORMS = new Set(['AWS::Serverless-2016-10-31', 'AWS::LanguageExtensions']);

/** True when a macro may rewrite the template: names and properties the source lacks may exist after it. */
export function isMacroExpanded(template: Template): boolean {
  return template.hasMacros || template.transforms.some((t) => !KNOWN_TRANSFORMS.has(t));
}

/** Whether a type is judged by the specification (not a custom resource, module or SAM resource). */
export function isSpecifiedType(type: string): boolean {
  return (
    type.startsWith('AWS::') &&
    !type.startsWith('AWS::Serverless::') &&
    !type.endsWith('::MODULE') &&
    // A custom resource takes any properties and returns any attributes its handler gives.
    type !== 'AWS::CloudFormation::CustomResource' &&
    cfnResourceShape(type) !== undefined
  );
}

/** Every name `Ref` may name in the template: parameters, resources and pseudo parameters. */
export function referableNames(program: Program): Set<string> {
  const names = new Set<string>(PSEUDO_PARAMETERS);
  for (const parameter of program.template?.parameters ?? []) names.add(parameter.name);
  for (const resource of program.resources) names.add(resource.name);
  return names;
}

export interface PropertyVisit {
  resource: Resource;
  /** The object holding the property (a resource's `Properties` or a nested object). */
  object: ObjectValue;
  shape: CfnShape;
  /** Property path from `Properties`, for messages (`GlobalSecondaryIndexes.Projection`). */
  path: string[];
}

/**
 * Visits each object of a resource's properties that has a known
 * specification shape: `Properties` itself, then every nested object whose
 * property type the specification describes. Values built by intrinsic
 * functions (`Fn::If`, `Ref`) are not entered: their shape is not known.
 */
export function visitSpecifiedObjects(resource: Resource, visit: (at: PropertyVisit) => void): void {
  const shape = isSpecifiedType(resource.type) ? cfnResourceShape(resource.type) : undefined;
  if (!shape) return;
  const walk = (object: ObjectValue, objectShape: CfnShape, path: string[], depth: number) => {
    visit({ resource, object, shape: objectShape, path });
    if (depth > 20) return;
    for (const entry of object.entries) {
      const nested = cfnObjectShape(objectShape.p[entry.key]);
      if (!nested) continue;
      for (const item of objectsOf(entry.value)) walk(item, nested, [...path, entry.key], depth + 1);
    }
  };
  walk(resource.args, shape, [], 0);
}

function objectsOf(value: Value): ObjectValue[] {
  return items(value).filter((item): item is ObjectValue => item.kind === 'object');
}

/** The transform that declares a SAM template. */
export const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';

/** The resource SAM generates for its types (AWS SAM specification, "Generated AWS CloudFormation resources"). */
const SAM_GENERATED: Record<string, string> = {
  'AWS::Serverless::Function': 'AWS::Lambda::Function',
  'AWS::Serverless::SimpleTable': 'AWS::DynamoDB::Table',
};

/** Whether two specification type codes have the same kind (a scalar type, numbers alike, an object, a list of objects, a map). */
function sameKind(a: string, b: string): boolean {
  const kind = (code: string) => code.replace(/#\d+/g, '#').replace('integer', 'number');
  return kind(a) === kind(b);
}

const passThrough = new Map<string, string[]>();

/**
 * The properties SAM hands to the generated resource as they are: those both
 * types have under one name with values of the same kind, per the
 * specification (`Tags`, a map in SAM and a list in CloudFormation, is not).
 */
function passThroughProperties(samType: string, generatedType: string): string[] {
  let names = passThrough.get(samType);
  if (!names) {
    const sam = cfnResourceShape(samType)?.p ?? {};
    const generated = cfnResourceShape(generatedType)?.p ?? {};
    names = Object.keys(sam).filter((name) => Object.hasOwn(generated, name) && sameKind(sam[name], generated[name]));
    passThrough.set(samType, names);
  }
  return names;
}

/**
 * The resources SAM generates for a resource of a SAM template, as the
 * properties rules read them: an `AWS::Serverless::Function` is an
 * `AWS::Lambda::Function` (its pass-through properties, `Tracing` as
 * `TracingConfig`, `InlineCode` as `Code.ZipFile`) plus, without a `Role`, the
 * `AWS::IAM::Role` named `<Function>Role`; an `AWS::Serverless::SimpleTable`
 * is an `AWS::DynamoDB::Table` (`PrimaryKey` as its key schema, on-demand
 * without `ProvisionedThroughput`). Every generated value keeps the span of
 * the SAM property it comes from; generated resources point at the SAM
 * resource. Empty for any other resource or a template without the transform.
 */
export function samExpansion(program: Program, resource: Resource): Resource[] {
  const type = SAM_GENERATED[resource.type];
  if (!type || !program.template?.transforms.includes(SAM_TRANSFORM)) return [];
  const span = resource.args.span;
  const kept = new Set(passThroughProperties(resource.type, type));
  const entries = resource.args.entries.filter((entry) => kept.has(entry.key));
  const generated = (type: string, name: string, args: ObjectValue['entries']): Resource => ({
    ...resource,
    type,
    sourceType: resource.type,
    name,
    args: { kind: 'object', entries: args, span },
    insertion: undefined,
  });
  const literal = (value: string, at: Span): Value => ({ kind: 'literal', value, span: at });
  const property = (key: string, value: Value): ObjectValue['entries'][number] => ({ key, keySpan: value.span, value });
  if (resource.type === 'AWS::Serverless::Function') {
    const tracing = field(resource.args, 'Tracing');
    if (tracing)
      entries.push(
        property('TracingConfig', { kind: 'object', entries: [property('Mode', tracing)], span: tracing.span }),
      );
    const inline = field(resource.args, 'InlineCode');
    if (inline)
      entries.push(property('Code', { kind: 'object', entries: [property('ZipFile', inline)], span: inline.span }));
    if (field(resource.args, 'Role')) return [generated(type, resource.name, entries)];
    const role = generated('AWS::IAM::Role', `${resource.name}Role`, []);
    entries.push(
      property('Role', {
        kind: 'reference',
        target: { kind: 'resource', type: 'AWS::IAM::Role', name: role.name, path: ['Arn'] },
        text: `!GetAtt ${role.name}.Arn`,
        span,
      }),
    );
    return [generated(type, resource.name, entries), role];
  }
  // SimpleTable: PrimaryKey (Name, Type; default `id` of type String) is the hash key.
  const key = field(resource.args, 'PrimaryKey');
  const keyName = field(key, 'Name') ?? literal('id', span);
  const keyType = field(key, 'Type') ?? literal('String', span);
  const at = key?.span ?? span;
  const attributeType = stringValue(keyType);
  entries.push(
    property('KeySchema', {
      kind: 'list',
      items: [
        {
          kind: 'object',
          entries: [property('AttributeName', keyName), property('KeyType', literal('HASH', at))],
          span: at,
        },
      ],
      span: at,
    }),
    property('AttributeDefinitions', {
      kind: 'list',
      items: [
        {
          kind: 'object',
          entries: [
            property('AttributeName', keyName),
            // SAM writes String/Number/Binary as the S/N/B DynamoDB takes.
            property('AttributeType', attributeType ? literal(attributeType.charAt(0), keyType.span) : keyType),
          ],
          span: at,
        },
      ],
      span: at,
    }),
  );
  if (!field(resource.args, 'ProvisionedThroughput'))
    entries.push(property('BillingMode', literal('PAY_PER_REQUEST', span)));
  return [generated(type, resource.name, entries)];
}
