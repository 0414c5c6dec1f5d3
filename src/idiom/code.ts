/**
 * What a fix or suggestion says, before it is said in a language: values and
 * declarations as a small tree that each framework's idiom (`./index.ts`)
 * writes in its own syntax and naming. Rules build `Code`; they never spell
 * TypeScript, Python or HCL themselves.
 */
import type { Resource } from '../model/types.js';

/** A resource a suggestion refers to: one of the program's, or one it proposes to add. */
export interface ResourceRef {
  /** Canonical (Terraform) type, e.g. `aws_kms_key`. */
  type: string;
  /** Terraform block label, in snake_case (`lambda_env`). */
  label: string;
  /** The Pulumi variable bound to it, when the program has one. */
  variable?: string;
}

export type Code =
  /** A constant. */
  | { kind: 'literal'; value: string | number | boolean }
  /** An attribute of a resource (`aws_kms_key.lambda_env.arn`, `lambdaEnvKey.arn`); canonical attribute name. */
  | { kind: 'attribute'; of: ResourceRef; attribute: string }
  /** A map whose keys are data, written as they are (tag names, policy JSON keys). */
  | { kind: 'map'; entries: [string, Code][] }
  /** Arguments of a resource or a nested block: keys are canonical argument names. */
  | { kind: 'arguments'; entries: [string, Code][] }
  | { kind: 'list'; items: Code[] }
  /** A string built from text and values (`"/aws/lambda/${...}"`). */
  | { kind: 'interpolation'; parts: (string | Code)[] }
  /** An expression copied from the program's own source: already in its language. */
  | { kind: 'source'; text: string }
  /** A value the user fills in (a placeholder the language accepts: a comment-free identifier). */
  | { kind: 'input'; name: string }
  /** An attribute of a data source read (`data.aws_ssm_parameter.x.value`, `aws.ssm.getParameterOutput(...).value`). */
  | Lookup;

/**
 * A data source read: canonical data source type, a snake_case label (for
 * languages that declare it apart), its arguments, and the attribute used,
 * optionally one element of it.
 */
export interface Lookup {
  kind: 'lookup';
  dataSource: string;
  label: string;
  args: [string, Code][];
  attribute: string;
  index?: number;
}

export const literal = (value: string | number | boolean): Code => ({ kind: 'literal', value });
export const source = (text: string): Code => ({ kind: 'source', text });
export const input = (name: string): Code => ({ kind: 'input', name });
export const attribute = (of: ResourceRef, name: string): Code => ({ kind: 'attribute', of, attribute: name });
export const args = (...entries: [string, Code][]): Code => ({ kind: 'arguments', entries });
export const map = (...entries: [string, Code][]): Code => ({ kind: 'map', entries });
export const list = (...items: Code[]): Code => ({ kind: 'list', items });
export const lookup = (
  dataSource: string,
  label: string,
  lookupArgs: [string, Code][],
  attributeName: string,
  index?: number,
): Lookup => ({ kind: 'lookup', dataSource, label, args: lookupArgs, attribute: attributeName, index });
export const interpolation = (...parts: (string | Code)[]): Code => ({ kind: 'interpolation', parts });

/** A reference to one of the program's resources. */
export function refOf(resource: Resource): ResourceRef {
  return { type: resource.type, label: resource.name, variable: resource.variable };
}

/** A resource the suggestion proposes, named `label` (snake_case). */
export function newRef(type: string, label: string): ResourceRef {
  return { type, label };
}

/** A resource declaration to add: type, logical name, arguments, and the resources it must wait for. */
export interface Declaration {
  of: ResourceRef;
  /** The logical (cloud-side or Pulumi) name: a constant, or a value. */
  name: string | Code;
  args: [string, Code][];
  dependsOn?: ResourceRef[];
}
