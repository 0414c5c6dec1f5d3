import { isMacroExpanded } from '../../model/cloudformation-query.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'cfn/unused-condition',
    title: 'Template condition nothing uses',
    severity: 'low',
    frameworks: ['cloudformation'],
    description:
      'A condition that no resource or output `Condition`, `Fn::If` or `Condition` function of the template uses.',
    rationale: 'Dead logic: the intended conditional resource or value was never wired to it.',
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/conditions-section-structure.html',
    fixable: 'none',
  },
  check(program, context) {
    const template = program.template;
    // A fragment of a split answer may use names its other blocks define, or define names they use.
    if (!template || isMacroExpanded(template) || template.fragment) return;
    const used = new Set(template.references.filter((r) => r.kind === 'Condition').map((r) => r.name));
    for (const attributes of template.attributes.values())
      if (attributes.condition) used.add(attributes.condition.name);
    for (const condition of template.conditions)
      if (!used.has(condition.name))
        context.report({
          message: `Condition "${condition.name}" is never used: no resource, output or Fn::If refers to it.`,
          span: condition.span,
        });
  },
});
