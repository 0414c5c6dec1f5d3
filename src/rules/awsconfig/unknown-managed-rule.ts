/**
 * awsconfig/unknown-managed-rule: an AWS Config rule owned by AWS whose
 * source identifier names no managed rule.
 */
import { resourcesOfType } from '../../model/query.js';
import { arg, stringValue } from '../../model/values.js';
import { configManagedRuleIdentifiers } from '../../schema/config-managed-rules.js';
import { closestName } from '../../util/closest.js';
import { argumentSource, scalarSource } from '../../fix/edits.js';
import { describeResource } from '../describe.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'awsconfig/unknown-managed-rule',
    title: 'AWS Config managed rule that does not exist',
    severity: 'critical',
    frameworks: 'all',
    description:
      'An AWS Config rule with `owner = "AWS"` whose `source_identifier` is not one of the managed rule identifiers (the list aws-cdk-lib ships), with the closest one that exists.',
    rationale:
      'PutConfigRule fails ("InvalidParameterValueException: The sourceIdentifier ... is invalid"), so the rule, and the compliance check it stands for, is never created. High rather than critical: a managed rule newer than the list would be reported too.',
    docs: 'https://docs.aws.amazon.com/config/latest/developerguide/managed-rules-by-aws-config.html',
    fixable: 'suggest',
  },
  check(program, context) {
    const known = configManagedRuleIdentifiers();
    for (const rule of resourcesOfType(program, 'aws_config_config_rule')) {
      if (stringValue(arg(rule, 'source.owner')) !== 'AWS') continue;
      const value = arg(rule, 'source.source_identifier');
      const identifier = stringValue(value);
      if (!value || !identifier || known.includes(identifier)) continue;
      const closest = closestName(
        identifier.toLowerCase(),
        known.map((k) => k.toLowerCase()),
      )?.toUpperCase();
      // Suggested only when it keeps every word of the identifier (ROOT_ACCESS_KEY_CHECK → IAM_ROOT_ACCESS_KEY_CHECK).
      const words = closest?.split('_') ?? [];
      const suggestion = identifier.split('_').every((word) => words.includes(word)) ? closest : undefined;
      context.report({
        message: `${describeResource(rule)} uses the managed rule ${identifier}, which AWS Config does not have${suggestion ? `; did you mean ${suggestion}?` : '.'} Creating the rule fails.`,
        span: value.span,
        resource: rule,
        suggestion: suggestion
          ? {
              before: argumentSource(
                rule.framework,
                'source_identifier',
                scalarSource(rule.framework, { kind: 'string', value: identifier }),
              ),
              after: argumentSource(
                rule.framework,
                'source_identifier',
                scalarSource(rule.framework, { kind: 'string', value: suggestion }),
              ),
            }
          : undefined,
      });
    }
  },
});
