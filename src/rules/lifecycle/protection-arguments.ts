/**
 * The arguments that protect a resource from deletion or let it be deleted
 * with content, looked up in the provider schema rather than listed by hand.
 */
import { replaceSpan, scalarSource } from '../../fix/edits.js';
import type { Resource, Value } from '../../model/types.js';
import { resourceShape } from '../../schema/aws-provider.js';
import type { Fix } from '../rule.js';

// Load balancers spell it `enable_deletion_protection`.
const DELETION_PROTECTION_NAMES = ['deletion_protection', 'deletion_protection_enabled', 'enable_deletion_protection'];
const FORCE_DESTROY_NAMES = ['force_destroy', 'force_delete'];

/**
 * Types that AWS refuses to delete while they hold content (objects, images,
 * recovery points, records) unless told to empty them first.
 */
export const EMPTIED_ON_DESTROY_TYPES = new Set([
  'aws_s3_bucket',
  'aws_s3_directory_bucket',
  'aws_ecr_repository',
  'aws_ecrpublic_repository',
  'aws_backup_vault',
  'aws_route53_zone',
]);

/** The boolean deletion-protection argument of a resource type (`deletion_protection`, DynamoDB's `deletion_protection_enabled`, a load balancer's `enable_deletion_protection`). */
export function deletionProtectionArgument(type: string): string | undefined {
  const attrs = resourceShape(type)?.attrs;
  return attrs ? DELETION_PROTECTION_NAMES.find((name) => attrs[name] === 'b') : undefined;
}

/** The boolean argument that empties a resource on destroy (`force_destroy`, ECR's `force_delete`). */
export function forceDestroyArgument(type: string): string | undefined {
  const attrs = resourceShape(type)?.attrs;
  return attrs ? FORCE_DESTROY_NAMES.find((name) => attrs[name] === 'b') : undefined;
}

/** The fix that sets a protecting flag to false in the program's syntax; none when the flag is not a constant. */
export function switchOffFix(resource: Resource, value: Value, description: string): Fix | undefined {
  if (value.kind !== 'literal') return undefined;
  return {
    description,
    edits: [replaceSpan(value.span, scalarSource(resource.framework, { kind: 'bool', value: false }))],
  };
}
