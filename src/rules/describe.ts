/**
 * How messages name things from the user's code.
 */
import { camelCase } from '../model/names.js';
import type { Resource, Value } from '../model/types.js';

/** `aws_kms_key "pipeline_key"` or `aws.kms.Key "pipelineKey"`, as the user wrote the type. */
export function describeResource(resource: Resource): string {
  return `${resource.sourceType} "${resource.name}"`;
}

/** An argument name as the user's framework spells it. */
export function argumentName(resource: Resource, canonicalName: string): string {
  if (resource.framework !== 'pulumi-ts' && resource.framework !== 'cdktf-ts') return canonicalName;
  return camelCase(canonicalName);
}

/**
 * The name of the argument holding `value`, as the program wrote it: an AWS CDK prop as the construct's props
 * spell it (`enablePerformanceInsights`, `deletion_protection`), found by its value; else `argumentName`.
 */
export function writtenArgumentName(resource: Resource, canonicalName: string, value: Value): string {
  const prop = resource.construct?.props.entries.find((e) => e.value.span.start === value.span.start);
  return prop?.key ?? argumentName(resource, canonicalName);
}
