/**
 * lifecycle/not-destroyable: a stack made to be deployed many times (names
 * carry a per-deployment suffix, or the request asks for a destroyable stack)
 * protects a resource from destruction.
 */
import type { Program, Resource, Value } from '../../model/types.js';
import { boolValue, referencesIn } from '../../model/values.js';
import type { Requirement } from '../../requirements/types.js';
import { describeResource } from '../describe.js';
import { defineRule } from '../rule.js';
import { switchOffFix } from './protection-arguments.js';

/** Random resources whose value, put into names, makes every deployment's names its own. */
const RANDOM_SUFFIXES = new Set(['random_id', 'random_string', 'random_pet']);

export default defineRule({
  meta: {
    id: 'lifecycle/not-destroyable',
    title: 'Per-deployment stack that cannot be destroyed',
    severity: 'medium',
    frameworks: 'all',
    description:
      'Without a profile: a resource marked `lifecycle { prevent_destroy = true }` (Terraform) or `protect: true` (Pulumi) in a program made to be deployed many times: a variable or config value named like `environment_suffix`, a `random_id`/`random_string`/`random_pet` in resource names, or a request that asks for a destroyable stack or per-deployment names. Low when the only sign is a random suffix, which long-lived stacks use too (state buckets, lock tables). (`profile: ephemeral` runs `lifecycle/ephemeral-retained` instead; `profile: production` neither.)',
    rationale:
      'A per-deployment suffix exists so that many copies of the stack can come and go (pull-request and test environments); `terraform destroy` / `pulumi destroy` refuses to delete a protected resource, so tearing the copy down fails and leaves it billed.',
    docs: 'https://developer.hashicorp.com/terraform/language/meta-arguments/lifecycle#prevent_destroy',
    fixable: 'auto',
  },
  check(program, context) {
    if (context.profile === 'production' || context.profile === 'ephemeral') return;
    const signal = perDeployment(program, context.requirements ?? []);
    if (!signal) return;
    const { why, weak } = signal;
    for (const resource of program.resources) {
      const { protect } = resource.options;
      if (!protect || boolValue(protect) !== true) continue;
      report(resource, protect);
    }

    function report(resource: Resource, value: Value): void {
      const what = resource.framework === 'terraform' ? 'lifecycle { prevent_destroy = true }' : 'protect: true';
      context.report({
        message: `${describeResource(resource)} sets ${what}, but the program is made to be deployed many times (${why}): destroying a deployment fails on it. Remove it (or set it to false).`,
        span: value.span,
        resource,
        // A random suffix also serves one long-lived stack (state buckets, lock tables): a weaker sign.
        severity: weak ? 'low' : 'medium',
        fix: switchOffFix(resource, value, `Let ${resource.name} be destroyed with the stack`),
      });
    }
  },
});

/** Why the program is deployed many times, or undefined when nothing says so. */
function perDeployment(
  program: Program,
  requirements: readonly Requirement[],
): { why: string; weak: boolean } | undefined {
  if (requirements.some((r) => r.kind === 'setting' && r.setting === 'deletion-protection' && r.value === false))
    return { why: 'the request asks for a destroyable stack', weak: false };
  const naming = requirements.find((r) => r.kind === 'naming');
  if (naming && naming.kind === 'naming')
    return { why: `the request asks for names with ${naming.variable}`, weak: false };
  const suffix = program.variables.find((v) => /environment_?suffix/i.test(v.name));
  if (suffix) return { why: `names take ${suffix.name}`, weak: false };
  for (const resource of program.resources)
    for (const entry of resource.args.entries) {
      if (!/name|^bucket$|identifier/.test(entry.key)) continue;
      const random = referencesIn(entry.value).find(
        (r) => r.target.kind === 'resource' && RANDOM_SUFFIXES.has(r.target.type),
      );
      if (random && random.target.kind === 'resource')
        return { why: `names take the random suffix ${random.target.type}.${random.target.name}`, weak: true };
    }
  return undefined;
}
