/**
 * lifecycle/ephemeral-deletion-protection: deletion protection switched on in
 * an ephemeral stack.
 */
import { describeResource } from '../describe.js';
import { CODE_FRAMEWORKS, defineRule } from '../rule.js';
import { deletionProtectionOn, switchOffFix } from './protection-arguments.js';

export default defineRule({
  meta: {
    id: 'lifecycle/ephemeral-deletion-protection',
    title: 'Deletion protection in an ephemeral stack',
    severity: 'high',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation', 'cdk-ts', 'cdk-py'],
    description:
      'With `profile: ephemeral`: a resource sets its deletion protection (`deletion_protection`, DynamoDB `deletion_protection_enabled`, load balancer `enable_deletion_protection`, …; every boolean deletion-protection argument of the provider schema; CloudFormation and AWS CDK `DeletionProtection`/`DeletionProtectionEnabled`) to true.',
    rationale:
      'AWS refuses to delete a database, table, cluster or load balancer whose deletion protection is on, so destroying the ephemeral stack fails half-way and leaves resources (and costs) behind until someone switches it off by hand.',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeletionProtection',
    fixable: 'auto',
    profiles: ['ephemeral'],
  },
  check(program, context) {
    for (const resource of program.resources) {
      const on = deletionProtectionOn(resource);
      if (!on) continue;
      const { value } = on;
      context.report({
        message: `${describeResource(resource)} sets ${on.written} to true, so destroying this ephemeral stack fails on it. Set it to false.`,
        span: value.span,
        resource,
        fix: switchOffFix(resource, value, `Switch off deletion protection of ${resource.name}`),
      });
    }
  },
});
