/**
 * Pulumi spellings shared by the TypeScript and Python idioms: the class a
 * Terraform type maps to in `@pulumi/aws` (from the generated table) and
 * variable names derived from labels.
 */
import { camelCase, canonicalArgumentName, resourceShape, snakeCase } from '../model/names.js';
import { pulumiResourceForTerraformType } from '../schema/pulumi-aws.js';

/** `aws_kms_key` → `['kms', 'Key']`, from the package's type token (`aws:kms/key:Key`). */
export function pulumiClass(type: string): [module: string, className: string] | undefined {
  const token = pulumiResourceForTerraformType(type)?.token;
  const match = token ? /^aws:([^/]+)\/[^:]+:(\w+)$/.exec(token) : null;
  return match ? [match[1], match[2]] : undefined;
}

/**
 * The `@pulumi/aws` function that reads a data source, as `[module, name]`
 * (`aws_ssm_parameter` → `['ssm', 'getParameter']`; a data source with no
 * resource of its name lives in the package's root: `['', 'getAvailabilityZones']`).
 */
export function pulumiFunction(dataSource: string): [module: string, name: string] {
  const cls = pulumiClass(dataSource);
  if (cls) return [cls[0], `get${cls[1]}`];
  const name = camelCase(dataSource.replace(/^aws_/, ''));
  return ['', `get${name.charAt(0).toUpperCase()}${name.slice(1)}`];
}

/** A variable name for a label in the language's convention. */
export function variableName(label: string, style: 'camel' | 'snake'): string {
  const words = label.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '') || 'resource';
  const name = style === 'camel' ? camelCase(words) : words.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
  return /^\d/.test(name) ? `_${name}` : name;
}

/**
 * An argument of a Pulumi resource as the package spells it: the input whose
 * canonical name is `canonical` (repeated blocks are pluralised:
 * `metric_query` → `metricQueries`), else the plain camelCase / snake_case form.
 */
export function pulumiArgumentName(canonical: string, type: string | undefined, style: 'camel' | 'snake'): string {
  const info = type ? pulumiResourceForTerraformType(type) : undefined;
  const shape = type ? resourceShape(type) : undefined;
  const camel = info?.args.find(
    (name) => name === camelCase(canonical) || canonicalArgumentName(name, shape) === canonical,
  );
  const spelled = camel ?? camelCase(canonical);
  return style === 'camel' ? spelled : snakeCase(spelled);
}
