/**
 * What the requirement rules share: the words citing a requirement, and
 * constant values behind the variables, config reads and locals a program
 * uses (a default is what deploys when nobody overrides it).
 */
import { plannedValue } from '../../model/query.js';
import type { Program, Value } from '../../model/types.js';
import { quoteRequirement } from '../../requirements/describe.js';
import type { Requirement } from '../../requirements/types.js';

/** `(required by PROMPT.md:52 "Deploy to us-east-1")` */
export function requiredBy(requirement: Requirement): string {
  return `required by ${quoteRequirement(requirement)}`;
}

/**
 * The value itself, or the local's value it refers to, or (`inputs`) the
 * default of the variable or config read it refers to (for a Terraform
 * variable, what terraform.tfvars assigns it, if it does). A default is not what
 * a caller passes, so judgements of whole maps (tags) follow locals only.
 */
export function resolve(program: Program, value: Value | undefined, inputs = true, depth = 0): Value | undefined {
  if (!value || value.kind !== 'reference' || depth > 8) return value;
  const target = value.target;
  if (target.path.length) return value;
  if (inputs && (target.kind === 'var' || target.kind === 'config' || target.kind === 'env')) {
    const taken = plannedValue(program.variables.find((v) => v.name === target.name && plannedValue(v)));
    return taken ? resolve(program, taken, inputs, depth + 1) : value;
  }
  if (target.kind === 'local') {
    const local = program.locals.get(target.name);
    return local ? resolve(program, local, inputs, depth + 1) : value;
  }
  return value;
}
