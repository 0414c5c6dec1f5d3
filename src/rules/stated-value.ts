/**
 * Where a setting's value comes from: written in place, read from an argument
 * of another resource, or the default of an input (a Terraform variable, a
 * template parameter). A deployment that gives the input no value gets its
 * default, so rules judge it, at a lower certainty than a value written in
 * place.
 */
import { referencedResource } from '../model/query.js';
import type { Program, Value } from '../model/types.js';
import { arg } from '../model/values.js';

/** The default of the input a value reads, named as the program names it (`var.x`, `parameter X`). */
export function inputDefault(program: Program, value: Value): { value: Value; name: string } | undefined {
  if (value.kind !== 'reference' || value.target.kind !== 'var') return undefined;
  const name = value.target.name;
  const parameter = program.template?.parameters.find((p) => p.name === name);
  // An SSM parameter type's default names the parameter whose value CloudFormation reads.
  if (parameter?.type?.startsWith('AWS::SSM::Parameter::')) return undefined;
  const fallback = program.template
    ? parameter?.default
    : program.variables.find((v) => v.source === 'variable' && v.name === name)?.default;
  return fallback && { value: fallback, name: program.template ? `parameter ${name}` : `var.${name}` };
}

/**
 * A value as the program states it: itself, the argument of another resource it reads
 * (`aws_rds_cluster.main.engine`), or the default of the input it reads (`input` names it). Undefined for an
 * input without a default.
 */
export function statedValue(
  program: Program,
  value: Value | undefined,
  depth = 0,
): { value: Value; input?: string } | undefined {
  if (!value || value.kind !== 'reference') return value && { value };
  if (value.target.kind === 'resource' && value.target.path.length === 1 && depth < 4) {
    const resource = referencedResource(program, value);
    return resource && statedValue(program, arg(resource, value.target.path[0]), depth + 1);
  }
  if (value.target.kind !== 'var') return { value };
  const fallback = inputDefault(program, value);
  return fallback && { value: fallback.value, input: fallback.name };
}

/**
 * What a finding built on stated values says of the defaults among them: `note`, ` (from the default of var.x
 * and var.y)` or empty, for the message; `fromDefaults`, whether any is a default (a deployment may override it,
 * so the finding is less than certain).
 */
export function defaultsAmong(values: readonly ({ input?: string } | undefined)[]): {
  note: string;
  fromDefaults: boolean;
} {
  const inputs = values.flatMap((value) => (value?.input ? [value.input] : []));
  return {
    note: inputs.length ? ` (from the default of ${inputs.join(' and ')})` : '',
    fromDefaults: inputs.length > 0,
  };
}
