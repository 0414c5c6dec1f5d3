/**
 * lifecycle/ephemeral-deletion-protection: deletion protection switched on in
 * an ephemeral stack.
 */
import { arg, boolValue } from '../../model/values.js';
import { argumentName, describeResource } from '../describe.js';
import { defineRule } from '../rule.js';
import { deletionProtectionArgument, switchOffFix } from './protection-arguments.js';

export default defineRule({
  meta: {
    id: 'lifecycle/ephemeral-deletion-protection',
    title: 'Deletion protection in an ephemeral stack',
    severity: 'high',
    frameworks: 'all',
    description:
      'With `profile: ephemeral`: a resource sets its deletion protection (`deletion_protection`, DynamoDB `deletion_protection_enabled`, load balancer `enable_deletion_protection`, …; every boolean deletion-protection argument of the provider schema) to true.',
    rationale:
      'AWS refuses to delete a database, table, cluster or load balancer whose deletion protection is on, so destroying the ephemeral stack fails half-way and leaves resources (and costs) behind until someone switches it off by hand.',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeletionProtection',
    fixable: 'auto',
    profiles: ['ephemeral'],
  },
  check(program, context) {
    for (const resource of program.resources) {
      const name = deletionProtectionArgument(resource.type);
      const value = name ? arg(resource, name) : undefined;
      if (!name || !value || boolValue(value) !== true) continue;
      context.report({
        message: `${describeResource(resource)} sets ${argumentName(resource, name)} to true, so destroying this ephemeral stack fails on it. Set it to false.`,
        span: value.span,
        resource,
        fix: switchOffFix(resource, value, `Switch off deletion protection of ${resource.name}`),
      });
    }
  },
});
