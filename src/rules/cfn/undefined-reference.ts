import { isMacroExpanded, referableNames } from '../../model/cloudformation-query.js';
import type { Span } from '../../model/source.js';
import { closestCfnName } from '../../schema/cloudformation.js';
import { attribute, input, interpolation, literal, type Code } from '../../idiom/code.js';
import { idiomOf } from '../../idiom/index.js';
import type { TemplateReference } from '../../model/cloudformation.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'cfn/undefined-reference',
    title: 'Ref, GetAtt, Sub, DependsOn or Condition naming nothing',
    severity: 'critical',
    frameworks: ['cloudformation'],
    description:
      'A `Ref`, `Fn::GetAtt`, `Fn::Sub` variable, `DependsOn`, `Condition` or `Fn::FindInMap` map name that no parameter, resource, pseudo parameter, condition or mapping of the template defines.',
    rationale:
      'CloudFormation rejects the template: "Template format error: Unresolved resource dependencies [X] in the Resources block of the template".',
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-ref.html',
    fixable: 'none',
  },
  check(program, context) {
    const template = program.template;
    // A fragment of a split answer may use names its other blocks define, or define names they use.
    if (!template || isMacroExpanded(template) || template.fragment) return;
    const names = referableNames(program);
    const resources = new Set(program.resources.map((r) => r.name));
    const conditions = new Set(template.conditions.map((c) => c.name));
    const mappings = new Set(template.mappings.map((m) => m.name));
    // SAM creates resources of its own (`<Function>Role`, `ServerlessRestApi`…) that its templates may name.
    const sam = template.transforms.includes('AWS::Serverless-2016-10-31');
    const idiom = idiomOf('cloudformation', program)!;
    const types = new Map(program.resources.map((r) => [r.name, r.type]));
    /** How the template writes a reference of this kind to `name`, in its syntax. */
    const written = (kind: TemplateReference['kind'] | 'DependsOn', name: string, attributeName?: string): string => {
      const read: Code =
        attributeName !== undefined
          ? attribute({ type: types.get(name) ?? '', label: name }, attributeName)
          : input(name);
      switch (kind) {
        case 'Ref':
          return idiom.expression(read);
        case 'Sub':
          return idiom.expression(interpolation(read));
        case 'GetAtt':
          return idiom.expression(attribute({ type: types.get(name) ?? '', label: name }, attributeName ?? 'Arn'));
        case 'DependsOn':
          return idiom.dependsOn([{ type: types.get(name) ?? '', label: name }]);
        case 'Condition':
          return idiom.mapEntry('Condition', literal(name));
        case 'FindInMap':
          return idiom.expression(literal(name));
      }
    };
    /** `candidates` tells the kind of name: resources and parameters (which SAM may generate), conditions or mappings. */
    const report = (
      what: string,
      name: string,
      candidates: Set<string>,
      span: Span,
      kind: TemplateReference['kind'] | 'DependsOn',
      attributeName?: string,
    ) => {
      if (sam && candidates !== conditions && candidates !== mappings) return;
      const closest = closestCfnName(name, candidates);
      context.report({
        message: `${what} "${name}", which the template does not define${closest ? `; did you mean "${closest}"?` : '.'} CloudFormation rejects the template.`,
        span,
        suggestion: closest
          ? { before: written(kind, name, attributeName), after: written(kind, closest, attributeName) }
          : undefined,
      });
    };
    for (const reference of template.references) {
      if (reference.local) continue;
      switch (reference.kind) {
        case 'Ref':
          if (!names.has(reference.name)) report('Ref names', reference.name, names, reference.span, 'Ref');
          break;
        case 'Sub':
          // `${aws:username}`: an IAM policy variable, left for IAM to resolve.
          if (/^[a-z0-9-]+:[^:]/i.test(reference.name)) break;
          if (reference.attribute !== undefined) {
            if (!resources.has(reference.name))
              report(
                'Fn::Sub reads an attribute of',
                reference.name,
                resources,
                reference.span,
                'Sub',
                reference.attribute,
              );
          } else if (!names.has(reference.name)) report('Fn::Sub names', reference.name, names, reference.span, 'Sub');
          break;
        case 'GetAtt':
          if (!resources.has(reference.name))
            report(
              'Fn::GetAtt names resource',
              reference.name,
              resources,
              reference.span,
              'GetAtt',
              reference.attribute,
            );
          break;
        case 'Condition':
          if (!conditions.has(reference.name))
            report('Names condition', reference.name, conditions, reference.span, 'Condition');
          break;
        case 'FindInMap':
          if (!mappings.has(reference.name))
            report('Fn::FindInMap names mapping', reference.name, mappings, reference.span, 'FindInMap');
          break;
      }
    }
    for (const [name, attributes] of template.attributes) {
      for (const dependency of attributes.dependsOn)
        if (!resources.has(dependency.name))
          report(`DependsOn of "${name}" names`, dependency.name, resources, dependency.span, 'DependsOn');
      const condition = attributes.condition;
      if (condition && !conditions.has(condition.name))
        report(`The Condition of "${name}" names`, condition.name, conditions, condition.span, 'Condition');
    }
  },
});
