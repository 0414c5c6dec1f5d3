import { fixOf, replaceSpan } from '../../fix/edits.js';
import { isMacroExpanded } from '../../model/cloudformation-query.js';
import { cfnResourceShape, cfnResourceTypes, closestCfnName } from '../../schema/cloudformation.js';
import { literal } from '../../idiom/code.js';
import { idiomOf } from '../../idiom/index.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'cfn/unknown-resource-type',
    title: 'Resource type that does not exist in CloudFormation',
    severity: 'critical',
    frameworks: ['cloudformation'],
    description:
      'A resource `Type` starting with `AWS::` that the CloudFormation resource specification does not list (custom resources, modules and types a macro may expand are left alone), with the closest valid type.',
    rationale:
      'CloudFormation rejects the template before creating anything: "Template format error: Unrecognized resource types".',
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-template-resource-type-ref.html',
    fixable: 'auto',
  },
  check(program, context) {
    const template = program.template;
    if (!template || isMacroExpanded(template)) return;
    const idiom = idiomOf('cloudformation', program)!;
    for (const resource of program.resources) {
      const type = resource.type;
      if (!type.startsWith('AWS::') || type.endsWith('::MODULE') || cfnResourceShape(type)) continue;
      // The version metadata the CDK adds to every template it synthesizes: CloudFormation accepts it.
      if (type === 'AWS::CDK::Metadata') continue;
      const suggestion = suggestionFor(type);
      const span = resource.typeSpan ?? resource.headerSpan;
      // Only a type written plainly (not quoted) is replaced in place.
      const plain = span.end - span.start === type.length;
      context.report({
        message: `CloudFormation has no resource type "${type}"${suggestion ? `; did you mean "${suggestion}"?` : '.'} The stack fails to create.`,
        span,
        resource,
        fix:
          suggestion && plain ? fixOf(`Change the type to ${suggestion}`, [replaceSpan(span, suggestion)]) : undefined,
        suggestion: suggestion
          ? { before: idiom.mapEntry('Type', literal(type)), after: idiom.mapEntry('Type', literal(suggestion)) }
          : undefined,
      });
    }
  },
});

const suggestions = new Map<string, string | undefined>();

function suggestionFor(type: string): string | undefined {
  if (!suggestions.has(type)) suggestions.set(type, closestCfnName(type, cfnResourceTypes()));
  return suggestions.get(type);
}
