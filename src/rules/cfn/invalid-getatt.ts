import { isMacroExpanded, isSpecifiedType } from '../../model/cloudformation-query.js';
import { cfnResourceShape, closestCfnName } from '../../schema/cloudformation.js';
import { attribute, interpolation, type Code } from '../../idiom/code.js';
import { idiomOf } from '../../idiom/index.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'cfn/invalid-getatt',
    title: 'Fn::GetAtt of an attribute the resource type does not have',
    severity: 'critical',
    frameworks: ['cloudformation'],
    description:
      'An `Fn::GetAtt` (or `${Resource.Attribute}` in `Fn::Sub`) reading an attribute that the resource type does not return, per the CloudFormation resource specification, with the closest valid attribute.',
    rationale:
      'CloudFormation rejects the template: "Template error: resource X does not support attribute type Y in Fn::GetAtt".',
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-getatt.html',
    fixable: 'none',
  },
  check(program, context) {
    const template = program.template;
    if (!template || isMacroExpanded(template)) return;
    const types = new Map(program.resources.map((r) => [r.name, r.type]));
    const idiom = idiomOf('cloudformation', program)!;
    /** The read as the template writes it: `Fn::GetAtt`, or a `${Resource.Attribute}` of `Fn::Sub`. */
    const read = (kind: string, name: string, type: string, attributeName: string): string => {
      const value: Code = attribute({ type, label: name }, attributeName);
      return idiom.expression(kind === 'Sub' ? interpolation(value) : value);
    };
    for (const reference of template.references) {
      if (reference.attribute === undefined || (reference.kind !== 'GetAtt' && reference.kind !== 'Sub')) continue;
      const type = types.get(reference.name);
      if (!type || !isSpecifiedType(type)) continue;
      const attributes = cfnResourceShape(type)?.a ?? [];
      // Nested stacks return their outputs; a type the specification lists without attributes is not judged.
      if (!attributes.length || reference.attribute.startsWith('Outputs.')) continue;
      if (attributes.includes(reference.attribute)) continue;
      const closest = closestCfnName(reference.attribute, attributes);
      context.report({
        message: `${type} "${reference.name}" has no attribute "${reference.attribute}"${closest ? `; did you mean "${closest}"?` : ` (it has ${attributes.slice(0, 8).join(', ')}).`} CloudFormation rejects the template.`,
        span: reference.span,
        suggestion: closest
          ? {
              before: read(reference.kind, reference.name, type, reference.attribute),
              after: read(reference.kind, reference.name, type, closest),
            }
          : undefined,
      });
    }
  },
});
