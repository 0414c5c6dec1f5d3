import { referencesIn } from '../../model/values.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'cfn/redundant-depends-on',
    title: 'DependsOn on a resource already referenced',
    severity: 'low',
    frameworks: ['cloudformation'],
    description:
      'A `DependsOn` entry naming a resource that the same resource already reads with `Ref`, `Fn::GetAtt` or `Fn::Sub`, which orders the two anyway.',
    rationale:
      'CloudFormation already waits for a referenced resource; the extra dependency is noise that hides the real ordering constraints (and cfn-lint warns on it).',
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-dependson.html',
    fixable: 'none',
  },
  check(program, context) {
    const template = program.template;
    if (!template) return;
    for (const resource of program.resources) {
      const dependencies = template.attributes.get(resource.name)?.dependsOn ?? [];
      if (!dependencies.length) continue;
      const referenced = new Set(
        referencesIn(resource.args)
          .filter((r) => r.target.kind === 'resource')
          .map((r) => (r.target as { name: string }).name),
      );
      for (const dependency of dependencies)
        if (referenced.has(dependency.name))
          context.report({
            message: `"${resource.name}" DependsOn "${dependency.name}", which it already references: CloudFormation orders them anyway; drop the entry.`,
            span: dependency.span,
            resource,
          });
    }
  },
});
