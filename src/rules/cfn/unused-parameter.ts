import { isMacroExpanded } from '../../model/cloudformation-query.js';
import { joinSpans } from '../../model/source.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'cfn/unused-parameter',
    title: 'Template parameter nothing uses',
    severity: 'low',
    frameworks: ['cloudformation'],
    description: 'A parameter that no `Ref` or `Fn::Sub` of the template reads.',
    rationale:
      'Whoever deploys the stack must supply a value that changes nothing; usually a sign that a setting was meant to be wired and is not.',
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html',
    fixable: 'none',
  },
  check(program, context) {
    const template = program.template;
    // A fragment of a split answer may use names its other blocks define, or define names they use.
    if (!template || isMacroExpanded(template) || template.fragment) return;
    const used = new Set(template.references.filter((r) => r.kind === 'Ref' || r.kind === 'Sub').map((r) => r.name));
    for (const parameter of template.parameters)
      if (!used.has(parameter.name))
        context.report({
          message: `Parameter "${parameter.name}" is never used (no Ref or Fn::Sub reads it): use it or remove it.`,
          // The whole declaration: removing it is the fix.
          span: joinSpans(parameter.span, parameter.body.span),
        });
  },
});
