/**
 * lifecycle/not-destroyable: a stack made to be deployed many times (names
 * carry a per-deployment suffix, or the request asks for a destroyable stack)
 * protects a resource from destruction, switches on its deletion protection,
 * or retains it when the stack is destroyed.
 */
import { scalarSource } from '../../fix/edits.js';
import { isPhysicalNameArgument } from '../../model/physical-name.js';
import type { Program, Resource, Value } from '../../model/types.js';
import { boolValue, walkValue } from '../../model/values.js';
import { describeResource } from '../describe.js';
import { CODE_FRAMEWORKS, defineRule, type Fix } from '../rule.js';
import { perDeployment } from './per-deployment.js';
import { deletionProtectionOn, retainedOnDelete, switchOffFix } from './protection-arguments.js';

export default defineRule({
  meta: {
    id: 'lifecycle/not-destroyable',
    title: 'Per-deployment stack that cannot be destroyed',
    severity: 'medium',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation', 'cdk-ts', 'cdk-py'],
    description:
      'Without a profile: a resource marked `lifecycle { prevent_destroy = true }` (Terraform) or `protect: true` (Pulumi), with its deletion protection on (`deletion_protection`, `DeletionProtection`, … set to true; left to `requirements/setting` when the request speaks of deletion protection), or retained when the stack is destroyed (`retainOnDelete: true`, `DeletionPolicy: Retain`, AWS CDK `RemovalPolicy.RETAIN`; low when the resource has no name of its own, and not when the request asks for retention; deletion protection and retention are left alone when a resource is tagged, or the request asks to tag it, as production, or the request asks for a production-ready system) in a program made to be deployed many times: a variable or config value named like `environment_suffix`, a `random_id`/`random_string`/`random_pet` in resource names, or a request that asks for a destroyable stack or per-deployment names. Low when the only sign is a random suffix, which long-lived stacks use too (state buckets, lock tables). (`profile: ephemeral` runs `lifecycle/ephemeral-retained` instead; `profile: production` neither.)',
    rationale:
      'A per-deployment suffix exists so that many copies of the stack can come and go (pull-request and test environments); `terraform destroy` / `pulumi destroy` refuses to delete a protected resource and AWS one whose deletion protection is on, so tearing the copy down fails and leaves it billed; a retained resource is left behind, still billed, and its name blocks the next copy that uses it.',
    docs: 'https://developer.hashicorp.com/terraform/language/meta-arguments/lifecycle#prevent_destroy',
    fixable: 'auto',
  },
  check(program, context) {
    if (context.profile === 'production' || context.profile === 'ephemeral') return;
    const signal = perDeployment(program, context.requirements ?? []);
    if (!signal) return;
    const { why, weak } = signal;
    // A request that speaks of deletion protection is requirements/setting's to judge; one that asks for retention is met.
    const asked = (setting: string): boolean =>
      (context.requirements ?? []).some((r) => r.kind === 'setting' && r.setting === setting);
    // A program tagged (or asked to be tagged) as production keeps its deletion protection and retained data on purpose.
    const production =
      taggedProduction(program) ||
      asked('production-grade') ||
      (context.requirements ?? []).some(
        (r) => r.kind === 'tags' && r.tags.some((t) => t.value !== undefined && PRODUCTION.test(t.value)),
      );
    const requested = production || asked('deletion-protection');
    const retentionAsked = production || asked('retain-on-delete');
    for (const resource of program.resources) {
      const { protect } = resource.options;
      if (protect && boolValue(protect) === true) {
        const what = resource.framework === 'terraform' ? 'lifecycle { prevent_destroy = true }' : 'protect: true';
        report(
          resource,
          protect,
          `sets ${what}`,
          'destroying a deployment fails on it. Remove it (or set it to false).',
          {
            fix: switchOffFix(resource, protect, `Let ${resource.name} be destroyed with the stack`),
          },
        );
      }
      const deletionProtection = requested ? undefined : deletionProtectionOn(resource);
      if (deletionProtection)
        report(
          resource,
          deletionProtection.value,
          `sets ${deletionProtection.written} to ${scalarSource(resource.framework, { kind: 'bool', value: true })}`,
          `AWS refuses to delete it, so destroying a deployment fails on it. Set it to ${scalarSource(resource.framework, { kind: 'bool', value: false })} (or leave it out).`,
          {
            fix: switchOffFix(resource, deletionProtection.value, `Switch off deletion protection of ${resource.name}`),
          },
        );
      const retained = retentionAsked ? undefined : retainedOnDelete(program, resource);
      const named = resource.args.entries.some((e) => isPhysicalNameArgument(resource, e.key));
      if (retained)
        report(
          resource,
          retained.value,
          `is kept by ${retained.written}`,
          `destroying a deployment leaves it behind, still billed${named ? ', and the next deployment under the same name collides with it' : ''}. Let it be deleted with the stack.`,
          // Left behind, it costs; only with a name of its own does it block the next deployment.
          { fix: retained.fix, severity: named ? undefined : 'low' },
        );
    }

    function report(
      resource: Resource,
      value: Value,
      what: string,
      effect: string,
      extra: { fix?: Fix; severity?: 'low' },
    ): void {
      context.report({
        message: `${describeResource(resource)} ${what}, but the program is made to be deployed many times (${why}): ${effect}`,
        span: value.span,
        resource,
        // A random suffix also serves one long-lived stack (state buckets, lock tables): a weaker sign.
        severity: weak ? 'low' : (extra.severity ?? 'medium'),
        fix: extra.fix,
      });
    }
  },
});

/** A tag value that names the production environment. */
const PRODUCTION = /^prod(uction)?$/i;

/** Whether some resource carries a tag whose value says production (`Environment = "Production"`). */
function taggedProduction(program: Program): boolean {
  return program.resources.some((resource) =>
    resource.args.entries.some((entry) => {
      if (entry.key !== 'tags' && entry.key !== 'Tags') return false;
      let found = false;
      walkValue(entry.value, (node) => {
        if (node.kind === 'literal' && typeof node.value === 'string' && PRODUCTION.test(node.value)) found = true;
        return found ? false : undefined;
      });
      return found;
    }),
  );
}
