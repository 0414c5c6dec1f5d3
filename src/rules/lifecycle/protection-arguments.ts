/**
 * The arguments that protect a resource from deletion or let it be deleted
 * with content, looked up in the provider schema rather than listed by hand.
 */
import { replaceSpan, scalarSource } from '../../fix/edits.js';
import { cdkMemberOf, cdkProp } from '../../model/cdk-query.js';
import type { Program, Resource, Value } from '../../model/types.js';
import { arg, boolValue } from '../../model/values.js';
import { resourceShape } from '../../schema/aws-provider.js';
import { cfnResourceShape } from '../../schema/cloudformation.js';
import { writtenArgumentName } from '../describe.js';
import type { Fix } from '../rule.js';

// Load balancers spell it `enable_deletion_protection`.
const DELETION_PROTECTION_NAMES = ['deletion_protection', 'deletion_protection_enabled', 'enable_deletion_protection'];
// CloudFormation spells it `DeletionProtection`, DynamoDB and log groups `DeletionProtectionEnabled`.
const CFN_DELETION_PROTECTION_NAMES = ['DeletionProtection', 'DeletionProtectionEnabled'];
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

/**
 * The deletion-protection flag a resource sets to true, with its name as the
 * user wrote it: a Terraform/Pulumi/CDKTF argument from the provider schema,
 * a boolean CloudFormation property from the specification (AWS CDK props map
 * to it). Undefined when the flag is off, absent or not a constant.
 */
export function deletionProtectionOn(resource: Resource): { value: Value; written: string } | undefined {
  const cfn = resource.type.startsWith('AWS::');
  const properties = cfn ? cfnResourceShape(resource.type)?.p : undefined;
  const name = cfn
    ? CFN_DELETION_PROTECTION_NAMES.find((n) => properties?.[n] === 'boolean')
    : deletionProtectionArgument(resource.type);
  const value = name ? arg(resource, name) : undefined;
  if (!name || !value || boolValue(value) !== true) return undefined;
  return { value, written: writtenArgumentName(resource, name, value) };
}

/** CDK removal policies that keep the cloud resource when the stack deletes it. */
const RETAINING_POLICIES = new Set(['RETAIN', 'RETAIN_ON_UPDATE_OR_DELETE']);

/**
 * How a resource is kept when its stack is destroyed, as written: Pulumi
 * `retainOnDelete: true`, CloudFormation `DeletionPolicy: Retain`, AWS CDK
 * `removalPolicy: RemovalPolicy.RETAIN` or `applyRemovalPolicy(RemovalPolicy.RETAIN)`;
 * with the edit that lets it go. Undefined when nothing retains it.
 */
export function retainedOnDelete(
  program: Program,
  resource: Resource,
): { value: Value; written: string; fix?: Fix } | undefined {
  const retain = resource.options.retainOnDelete;
  if (retain && boolValue(retain) === true) {
    if (resource.framework === 'cloudformation')
      return {
        value: retain,
        written: 'DeletionPolicy: Retain',
        fix: { description: `Delete ${resource.name} with the stack`, edits: [replaceSpan(retain.span, 'Delete')] },
      };
    const written = resource.framework === 'pulumi-py' ? 'retain_on_delete=True' : 'retainOnDelete: true';
    return { value: retain, written, fix: switchOffFix(resource, retain, `Delete ${resource.name} with the stack`) };
  }
  const policy = cdkRemovalPolicy(program, resource);
  if (!policy || !RETAINING_POLICIES.has(policy.member)) return undefined;
  const { value, member, text } = policy;
  const destroy = text?.endsWith(member) ? `${text.slice(0, -member.length)}DESTROY` : undefined;
  return {
    value,
    written: text ?? `RemovalPolicy.${member}`,
    fix: destroy
      ? { description: `Delete ${resource.name} with the stack`, edits: [replaceSpan(value.span, destroy)] }
      : undefined,
  };
}

/**
 * The removal policy an AWS CDK construct is given, as the `RemovalPolicy`
 * member it names (`DESTROY`, `RETAIN`, ...): its `removalPolicy` prop, or
 * `applyRemovalPolicy(...)` called on it; with the value and its text as written.
 */
export function cdkRemovalPolicy(
  program: Program,
  resource: Resource,
): { value: Value; member: string; text?: string } | undefined {
  if (!resource.construct) return undefined;
  const calls = (program.cdkMethodCalls ?? []).filter(
    (c) => c.resource === resource && (c.method === 'applyRemovalPolicy' || c.method === 'apply_removal_policy'),
  );
  for (const value of [cdkProp(resource.construct.props, 'removalPolicy'), ...calls.map((c) => c.args?.[0])]) {
    const path = cdkMemberOf(program, value);
    if (!value || path?.at(-2) !== 'RemovalPolicy' || !path.at(-1)) continue;
    const text = 'text' in value && typeof value.text === 'string' ? value.text : undefined;
    return { value, member: path.at(-1)!, text };
  }
  return undefined;
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
