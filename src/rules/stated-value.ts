/**
 * Where a setting's value comes from: written in place, read from an argument
 * of another resource, or an input (a Terraform variable, a template
 * parameter). A deployment that gives the input no value gets its default, or
 * for a Terraform variable what terraform.tfvars assigns it, so rules judge
 * that, at a lower certainty than a value written in place.
 */
import { plannedValue, referencedResource, terraformVariable } from '../model/query.js';
import type { Program, Value } from '../model/types.js';
import { arg } from '../model/values.js';

/** The value an input takes when the deployment gives it none, and where that comes from. */
export interface InputValue {
  value: Value;
  /** The input as the program names it: `var.x`, `parameter X`. */
  name: string;
  /** The auto-loaded variable file that assigns it (`terraform.tfvars`), when one does; else it is the default. */
  file?: string;
}

/**
 * The value of the input a value reads when the deployment does not set it: a template parameter's default, or a
 * Terraform variable's value from an auto-loaded variable file (terraform.tfvars), else its default.
 */
export function inputDefault(program: Program, value: Value): InputValue | undefined {
  if (value.kind !== 'reference' || value.target.kind !== 'var') return undefined;
  const name = value.target.name;
  if (program.template) {
    const parameter = program.template.parameters.find((p) => p.name === name);
    // An SSM parameter type's default names the parameter whose value CloudFormation reads.
    if (!parameter?.default || parameter.type?.startsWith('AWS::SSM::Parameter::')) return undefined;
    return { value: parameter.default, name: `parameter ${name}` };
  }
  const variable = terraformVariable(program, name);
  const planned = plannedValue(variable);
  return planned && { value: planned, name: `var.${name}`, file: variable?.assigned?.file };
}

/** Where an input's value comes from, for messages: `the default of var.x`, `var.x as terraform.tfvars sets it`. */
export function inputSource(input: InputValue): string {
  return input.file ? `${input.name} as ${input.file} sets it` : `the default of ${input.name}`;
}

/**
 * A value as the program states it: itself, the argument of another resource it reads
 * (`aws_rds_cluster.main.engine`), or the value of the input it reads when the deployment sets none (`input`
 * says where it comes from: `the default of var.x`). Undefined for an input without a default.
 */
export function statedValue(
  program: Program,
  value: Value | undefined,
  depth = 0,
): { value: Value; input?: InputValue } | undefined {
  if (!value || value.kind !== 'reference') return value && { value };
  if (value.target.kind === 'resource' && value.target.path.length === 1 && depth < 4) {
    const resource = referencedResource(program, value);
    return resource && statedValue(program, arg(resource, value.target.path[0]), depth + 1);
  }
  if (value.target.kind !== 'var') return { value };
  const fallback = inputDefault(program, value);
  return fallback && { value: fallback.value, input: fallback };
}

/**
 * What a finding built on stated values says of the input values among them: `note`, ` (from the defaults of
 * var.x and var.y)`, ` (from var.x as terraform.tfvars sets it)` or empty, for the message; `fromDefaults`, whether
 * any comes from an input (a deployment may override it, so the finding is less than certain).
 */
export function defaultsAmong(values: readonly ({ input?: InputValue } | undefined)[]): {
  note: string;
  fromDefaults: boolean;
} {
  const inputs = values.flatMap((value) => (value?.input ? [value.input] : []));
  const defaults = [...new Set(inputs.filter((i) => !i.file).map((i) => i.name))];
  const assigned = [...new Set(inputs.filter((i) => i.file).map(inputSource))];
  const sources = [
    ...(defaults.length ? [`the default${defaults.length > 1 ? 's' : ''} of ${defaults.join(' and ')}`] : []),
    ...assigned,
  ];
  return { note: sources.length ? ` (from ${sources.join(' and ')})` : '', fromDefaults: inputs.length > 0 };
}
