/**
 * s3/lifecycle-rule-missing-filter: a rule of an S3 lifecycle configuration
 * with neither `filter` nor `prefix`.
 */
import { args, literal } from '../../idiom/code.js';
import { idiomOf } from '../../idiom/index.js';
import { resourcesOfType } from '../../model/query.js';
import { arg, field, items, stringValue } from '../../model/values.js';
import { describeResource } from '../describe.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 's3/lifecycle-rule-missing-filter',
    title: 'Lifecycle rule without a filter',
    severity: 'low',
    frameworks: 'all',
    description:
      'A rule of an S3 bucket lifecycle configuration that sets neither `filter` nor `prefix` (a rule meant for the whole bucket says so with an empty prefix filter).',
    rationale:
      'Since AWS provider 5.90 every plan warns "No attribute specified when one (and only one) of [rule[0].filter,rule[0].prefix] is required", which the provider announces will become an error; the rule\'s scope is left implicit.',
    docs: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_lifecycle_configuration#filter',
    fixable: 'suggest',
  },
  check(program, context) {
    for (const configuration of resourcesOfType(program, 'aws_s3_bucket_lifecycle_configuration')) {
      for (const rule of items(arg(configuration, 'rule'))) {
        if (rule.kind !== 'object') continue;
        if (field(rule, 'filter') !== undefined || field(rule, 'prefix') !== undefined) continue;
        const id = stringValue(field(rule, 'id'));
        const idiom = idiomOf(configuration.framework);
        context.report({
          message:
            `Lifecycle rule${id ? ` "${id}"` : ''} of ${describeResource(configuration)} sets neither filter nor prefix: ` +
            'the provider warns that one of them is required and that this will become an error. Add a filter (an empty prefix for the whole bucket).',
          span: rule.span,
          resource: configuration,
          suggestion: idiom
            ? { before: '', after: idiom.argument('filter', args(['prefix', literal('')])) }
            : undefined,
        });
      }
    }
  },
});
