/**
 * The arguments that hold a resource's physical name: the name AWS creates it
 * under, which naming rules read and which must be a valid AWS name.
 */
import { pulumiResource, pulumiResourceForTerraformType } from '../schema/pulumi-aws.js';
import { usesCloudFormationVocabulary } from './cloudformation.js';
import { canonicalArgumentName, resourceShape } from './names.js';
import type { Resource } from './types.js';
import { detached } from '../util/detached.js';

/** Terraform (and Pulumi, CDKTF) spellings. */
const NAME_ARGUMENTS = [
  'name',
  'bucket',
  'function_name',
  'table_name',
  'queue_name',
  'topic_name',
  'role_name',
  'cluster_identifier',
  'identifier',
];

/** Asked for every resource by several rules: worked out once per schema type. */
const kindNameArguments = new Map<string, string | undefined>();

/**
 * The type's `<kind>_name` argument (`alarm_name` of `aws_cloudwatch_metric_alarm`,
 * `dashboard_name` of `aws_cloudwatch_dashboard`) when it has no `name`: its own
 * name. Only the exact kind: another `*_name` argument names some other resource
 * (`key_name` of `aws_instance`, `event_bus_name` of `aws_cloudwatch_event_target`).
 */
function kindNameArgument(type: string): string | undefined {
  if (kindNameArguments.has(type)) return kindNameArguments.get(type);
  const attrs = resourceShape(type)?.attrs;
  if (!attrs) return undefined;
  const own = `${type.split('_').at(-1)}_name`;
  const argument = !('name' in attrs) && own in attrs ? own : undefined;
  // A copy of the type as key: one sliced from a source would keep the whole file alive.
  kindNameArguments.set(detached(type), argument);
  return argument;
}

/**
 * Types whose `<kind>_name` is not a name the program picks for a resource of its
 * own: a layer version adds a version to a series; a region, an Availability Zone
 * group or a registered domain is chosen from what exists.
 */
const NOT_OWN_NAMES = new Set([
  'aws_lambda_layer_version',
  'aws_account_region',
  'aws_directory_service_region',
  'aws_ec2_availability_zone_group',
  'aws_route53domains_domain',
  'aws_route53domains_registered_domain',
  'aws_lightsail_domain',
]);

/**
 * Whether an argument holds the resource's physical name: one of the
 * Terraform names or the type's own `<kind>_name` argument of the provider
 * schema (`alarm_name` of `aws_cloudwatch_metric_alarm`, `dashboard_name`),
 * or in a template `Name` or the type's own `<Noun>Name`
 * (`AWS::S3::Bucket` → `BucketName`, `AWS::Lambda::Function` → `FunctionName`).
 */
export function isPhysicalNameArgument(resource: Resource, key: string): boolean {
  if (!usesCloudFormationVocabulary(resource.framework))
    return (
      (NAME_ARGUMENTS.includes(key) ||
        (!NOT_OWN_NAMES.has(resource.type) && key === kindNameArgument(resource.type))) &&
      !isChosenFromValues(resource, key)
    );
  return key === 'Name' || key === ownNameKey(resource.type);
}

/** `BucketName` of `AWS::S3::Bucket`, by type: asked for every property of every resource by several rules. */
const ownNameKeys = new Map<string, string | undefined>();

function ownNameKey(type: string): string | undefined {
  if (ownNameKeys.has(type)) return ownNameKeys.get(type);
  const noun = type.split('::')[2];
  const key = noun === undefined ? undefined : `${noun}Name`;
  // A copy of the type as key: one sliced from a source would keep the whole file alive.
  ownNameKeys.set(detached(type), key);
  return key;
}

/**
 * A name the provider accepts only from a documented set (`name` of
 * `aws_guardduty_detector_feature` is `EBS_MALWARE_PROTECTION`, `S3_DATA_EVENTS`, …)
 * says which feature or kind the resource configures, not a name the program picks.
 */
function isChosenFromValues(resource: Resource, key: string): boolean {
  const [, module, className] = resource.sourceType.split('.');
  const info =
    (resource.framework !== 'terraform' && module && className ? pulumiResource(module, className) : undefined) ??
    pulumiResourceForTerraformType(resource.type);
  if (!info?.values) return false;
  const shape = resourceShape(resource.type);
  return Object.entries(info.values).some(
    ([name, allowed]) => canonicalArgumentName(name, shape) === key && (allowed.values?.length ?? 0) > 0,
  );
}
