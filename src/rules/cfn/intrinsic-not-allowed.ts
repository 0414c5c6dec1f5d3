/**
 * cfn/intrinsic-not-allowed: an intrinsic function where CloudFormation
 * takes only a plain value: a parameter's `Default`, or a resource's
 * `DependsOn`. The template is rejected before any resource is created.
 */
import { isMacroExpanded } from '../../model/cloudformation-query.js';
import type { Value } from '../../model/types.js';
import { describeResource } from '../describe.js';
import { defineRule } from '../rule.js';

/** What the reader makes of Ref, Fn::GetAtt, Fn::Sub, Fn::Join, Fn::If and the other functions. */
function isIntrinsic(value: Value): boolean {
  return value.kind === 'reference' || value.kind === 'template' || value.kind === 'call';
}

export default defineRule({
  meta: {
    id: 'cfn/intrinsic-not-allowed',
    title: 'Intrinsic function where CloudFormation takes a plain value',
    severity: 'critical',
    frameworks: ['cloudformation'],
    description:
      "An intrinsic function (`!Ref`, `!Sub`, `!GetAtt`, `!Join`, `!If`…) as a parameter's `Default`, or as a logical ID in a resource's `DependsOn`.",
    rationale:
      'CloudFormation resolves intrinsic functions in resource properties, outputs and a few attributes, not in these: a parameter default must be a string ("Template format error: Every Default member must be a string"), and DependsOn names logical IDs as strings. The template is rejected before anything is created.',
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html',
    fixable: 'none',
  },
  check(program, context) {
    const template = program.template;
    // A macro may rewrite the template before CloudFormation reads it.
    if (!template || isMacroExpanded(template)) return;
    for (const parameter of template.parameters) {
      const value = parameter.default;
      if (!value || !isIntrinsic(value)) continue;
      context.report({
        message: `Parameter "${parameter.name}" has an intrinsic function as its Default, which CloudFormation does not resolve there: the template is rejected ("Template format error: Every Default member must be a string"). Give a plain string default, or compute the value where the parameter is used (for example !Sub in the property).`,
        span: value.span,
      });
    }
    for (const resource of program.resources)
      for (const dependency of resource.options.dependsOn) {
        if (!isIntrinsic(dependency)) continue;
        context.report({
          message: `${describeResource(resource)} lists an intrinsic function in DependsOn, which takes logical IDs as plain strings: CloudFormation rejects the template. Write the logical ID itself.`,
          span: dependency.span,
          resource,
        });
      }
  },
});
