/**
 * lifecycle/production-deletion-protection-missing: a production database,
 * table or cluster that one mistaken destroy or replacement can delete.
 */
import { fixOf, insertArgument, replaceSpan, scalarSource } from '../../fix/edits.js';
import { arg, boolValue } from '../../model/values.js';
import { argumentName, describeResource } from '../describe.js';
import { defineRule } from '../rule.js';
import { deletionProtectionArgument } from './protection-arguments.js';

/**
 * Types with a deletion-protection argument that production does not
 * customarily protect: log groups expire their data by retention anyway, and
 * demanding protection on each of them drowned the database findings (304 of
 * 481 on the shared Pulumi TypeScript corpus); load balancers hold no data and
 * are recreated from code.
 */
const NOT_EXPECTED = new Set(['aws_cloudwatch_log_group', 'aws_lb', 'aws_alb']);

export default defineRule({
  meta: {
    id: 'lifecycle/production-deletion-protection-missing',
    title: 'Production resource without deletion protection',
    severity: 'medium',
    frameworks: 'all',
    description:
      'With `profile: production`: a resource whose type has a deletion-protection argument in the provider schema (RDS and DocumentDB clusters and instances, DynamoDB tables, EKS clusters, …; not CloudWatch log groups, whose data expires by retention, nor load balancers, which hold none) does not set it to true.',
    rationale:
      'Deletion protection is the last guard against a destroy, a renamed resource or a replacement that would delete production data; AWS then refuses the deletion instead of carrying it out.',
    docs: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.Basics.html#WorkingWithTables.Basics.DeletionProtection',
    fixable: 'auto',
    profiles: ['production'],
  },
  check(program, context) {
    for (const resource of program.resources) {
      const name = NOT_EXPECTED.has(resource.type) ? undefined : deletionProtectionArgument(resource.type);
      if (!name) continue;
      const value = arg(resource, name);
      const set = boolValue(value);
      if (set === true || (value && set === undefined)) continue; // on, or not known statically
      const written = argumentName(resource, name);
      const on = scalarSource(resource.framework, { kind: 'bool', value: true });
      context.report({
        message: `${describeResource(resource)} ${value ? `sets ${written} to false` : `does not set ${written}`}: in production, protect it so a destroy or replacement cannot delete it. Set ${written} to ${on}.`,
        span: value?.span ?? resource.headerSpan,
        resource,
        fix: fixOf(`Protect ${resource.name} from deletion`, [
          value ? replaceSpan(value.span, on) : insertArgument(resource, name, on),
        ]),
      });
    }
  },
});
