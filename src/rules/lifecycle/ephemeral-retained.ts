/**
 * lifecycle/ephemeral-retained: an ephemeral stack keeps a resource it should
 * destroy (Pulumi `protect` or `retainOnDelete`, Terraform `prevent_destroy`).
 */
import type { Resource, Value } from '../../model/types.js';
import { boolValue } from '../../model/values.js';
import { describeResource } from '../describe.js';
import { CODE_FRAMEWORKS, defineRule, type Fix } from '../rule.js';
import { retainedOnDelete, switchOffFix } from './protection-arguments.js';

export default defineRule({
  meta: {
    id: 'lifecycle/ephemeral-retained',
    title: 'Resource of an ephemeral stack is protected or retained',
    severity: 'high',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation', 'cdk-ts', 'cdk-py'],
    description:
      'With `profile: ephemeral`: a resource marked `protect: true` or `retainOnDelete: true` (Pulumi) or `lifecycle { prevent_destroy = true }` (Terraform), `DeletionPolicy: Retain` (CloudFormation), `RemovalPolicy.RETAIN` (AWS CDK).',
    rationale:
      'Ephemeral stacks (pull-request environments, test stacks) are destroyed by automation: a protected resource makes `pulumi destroy` / `terraform destroy` fail, and a retained one is left behind, still billed, and collides with the name of the next deployment.',
    docs: 'https://www.pulumi.com/docs/iac/concepts/options/retainondelete/',
    fixable: 'auto',
    profiles: ['ephemeral'],
  },
  check(program, context) {
    for (const resource of program.resources) {
      const { protect } = resource.options;
      const terraform = resource.framework === 'terraform';
      if (boolValue(protect) === true)
        report(
          resource,
          protect!,
          terraform ? 'lifecycle { prevent_destroy = true }' : 'protect: true',
          'cannot be destroyed',
        );
      const retained = retainedOnDelete(program, resource);
      if (retained)
        report(resource, retained.value, retained.written, 'is left behind when the stack is destroyed', retained.fix);
    }

    function report(resource: Resource, value: Value, what: string, effect: string, fix?: Fix): void {
      context.report({
        message: `${describeResource(resource)} sets ${what}, so it ${effect}; an ephemeral stack must be destroyable. Remove it (or set it to false).`,
        span: value.span,
        resource,
        fix: fix ?? switchOffFix(resource, value, `Let ${resource.name} be destroyed with the stack`),
      });
    }
  },
});
