/**
 * Whether a program is made to be deployed many times (pull-request and test
 * copies that come and go), which is when everything it creates must be
 * destroyable with it.
 */
import type { Program } from '../../model/types.js';
import { referencesIn } from '../../model/values.js';
import type { Requirement } from '../../requirements/types.js';

/** Random resources whose value, put into names, makes every deployment's names its own. */
const RANDOM_SUFFIXES = new Set(['random_id', 'random_string', 'random_pet']);

/**
 * Why the program is deployed many times, or undefined when nothing says so: a request for a destroyable stack
 * or per-deployment names, an environment suffix variable, or (weak: long-lived stacks use them too) a random
 * suffix in resource names.
 */
export function perDeployment(
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
