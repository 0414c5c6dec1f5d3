/**
 * The arguments that hold a resource's physical name: the name AWS creates it
 * under, which naming rules read and which must be a valid AWS name.
 */
import { usesCloudFormationVocabulary } from './cloudformation.js';
import type { Resource } from './types.js';

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

/**
 * Whether an argument holds the resource's physical name: one of the
 * Terraform names, or in a template `Name` or the type's own `<Noun>Name`
 * (`AWS::S3::Bucket` → `BucketName`, `AWS::Lambda::Function` → `FunctionName`).
 */
export function isPhysicalNameArgument(resource: Resource, key: string): boolean {
  if (!usesCloudFormationVocabulary(resource.framework)) return NAME_ARGUMENTS.includes(key);
  const noun = resource.type.split('::')[2];
  return key === 'Name' || (noun !== undefined && key === `${noun}Name`);
}
