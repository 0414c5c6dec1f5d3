import { arg, at, stringValue } from '../../model/values.js';
import type { Resource } from '../../model/types.js';
import type { Requirement } from '../../requirements/types.js';
import { resourceShape } from '../../schema/aws-provider.js';
import { describeResource } from '../describe.js';
import { defineRule } from '../rule.js';
import { requiredBy, resolve } from './cite.js';

type NamingRequirement = Extract<Requirement, { kind: 'naming' }>;

/** Arguments that hold a physical name: `naming/missing-environment-suffix` judges resources that have one. */
const PHYSICAL_NAMES = ['name', 'name_prefix', 'bucket', 'function_name', 'table_name', 'queue_name', 'role_name'];

export default defineRule({
  meta: {
    id: 'requirements/naming',
    title: 'Resource name without the suffix the request asks every name to carry',
    severity: 'medium',
    frameworks: ['pulumi-ts', 'pulumi-py'],
    description:
      'The request says every resource name includes a suffix variable (`environmentSuffix`), the program uses it in other names, and a Pulumi resource without a physical name (a subnet, a route, an association) is named by a constant with neither the suffix nor a `Name` tag carrying it. Physical names, on every framework, are judged by naming/missing-environment-suffix.',
    rationale:
      'The request makes the suffix part of every name so that each environment’s resources can be told apart in the console, the state and the bills; a constant name breaks the convention the request set.',
    docs: 'https://www.pulumi.com/docs/iac/concepts/resources/names/',
    fixable: 'none',
  },
  check(program, context) {
    const wanted = (context.requirements ?? []).filter((r): r is NamingRequirement => r.kind === 'naming');
    if (!wanted.length) return;
    const requirement = wanted[0];
    const carries = (name: string) => wanted.some((r) => carriesVariable(name, r.variable));
    // The program must use the suffix somewhere: otherwise its absence is a configuration question, not a slip.
    if (!program.resources.some((r) => carries(r.name))) return;
    context.checked?.(requirement);
    for (const resource of program.resources) {
      if (!resource.type.startsWith('aws_') || hasPhysicalName(resource)) continue;
      // A constant name: nothing read at run time, so no suffix can be in it.
      if (/[{}]/.test(resource.name) || carries(resource.name)) continue;
      const tag = stringValue(resolve(program, at(arg(resource, 'tags') ?? resource.args, 'Name'), false));
      if (arg(resource, 'tags.Name') && (tag === undefined || carries(tag))) continue;
      context.report({
        message: `${describeResource(resource)} is named "${resource.name}" without ${requirement.variable}, which the request asks every resource name to include (${requiredBy(requirement)}).`,
        span: resource.headerSpan,
        resource,
        requirement,
      });
    }
  },
});

/** The name reads the suffix variable: `{environmentSuffix}`, `${environment_suffix}` or another `{...suffix...}` part. */
function carriesVariable(name: string, variable: string): boolean {
  const lower = variable.toLowerCase().replace(/_/g, '');
  for (const part of name.matchAll(/\{([^{}]*)\}/g)) {
    const inner = part[1].toLowerCase().replace(/_/g, '');
    if (inner.includes(lower) || inner.includes('suffix')) return true;
  }
  return false;
}

function hasPhysicalName(resource: Resource): boolean {
  const shape = resourceShape(resource.type);
  return PHYSICAL_NAMES.some((name) => shape?.attrs[name] !== undefined || arg(resource, name) !== undefined);
}
