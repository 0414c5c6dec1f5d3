/**
 * The default of the input a value reads: a Terraform variable or a template
 * parameter. A deployment that gives the input no value gets it, so a rule
 * can judge it, at a lower certainty than a value written in place.
 */
import type { Program, Value } from '../model/types.js';

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
