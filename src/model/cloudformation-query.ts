/**
 * Queries over a CloudFormation template that several rules share: which
 * names a template defines, which resource types are expanded by a transform
 * (so the specification cannot judge them), and the properties of each
 * resource with the specification shape they should have.
 */
import { cfnObjectShape, cfnResourceShape, type CfnShape } from '../schema/cloudformation.js';
import { PSEUDO_PARAMETERS, type Template } from './cloudformation.js';
import type { ObjectValue, Program, Resource, Value } from './types.js';
import { items } from './values.js';

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
