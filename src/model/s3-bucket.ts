/**
 * What a program says about one of its S3 buckets, in either vocabulary:
 * the bucket policies that apply to it and its default encryption.
 */
import { documentsHeldBy } from './policy.js';
import { referencedResources, referrersOf } from './query.js';
import type { PolicyDocument, PolicyStatement, Program, Resource } from './types.js';
import { arg, stringValue } from './values.js';

export interface BucketPolicy {
  /** Resources holding a policy for the bucket (bucket policies; a Terraform or Pulumi bucket's own `policy`). */
  holders: Resource[];
  /** Their documents, when every one could be read whole; undefined otherwise. */
  documents?: PolicyDocument[];
}

export function bucketPolicyOf(program: Program, bucket: Resource): BucketPolicy {
  const template = bucket.type === 'AWS::S3::Bucket';
  const [policyType, bucketArgument, documentArgument] = template
    ? ['AWS::S3::BucketPolicy', 'Bucket', 'PolicyDocument']
    : ['aws_s3_bucket_policy', 'bucket', 'policy'];
  const policies = referrersOf(program, bucket).filter(
    (r) => r.type === policyType && referencedResources(program, arg(r, bucketArgument)).includes(bucket),
  );
  // Terraform and Pulumi buckets may still carry the policy themselves (the legacy `policy` argument).
  const holders = !template && arg(bucket, 'policy') ? [bucket, ...policies] : policies;
  const documents = holders.flatMap((holder) => documentsHeldBy(program, holder, documentArgument));
  const whole =
    documents.length >= holders.length &&
    documents.every((d) => d.statements.length > 0 && d.statements.every(readable));
  return { holders, documents: whole ? documents : undefined };
}

/**
 * A statement whose actions and principals are known (unknown parts only inside
 * resources or conditions). One without a principal, or a principal naming
 * nobody, was not read whole: every bucket policy statement names one.
 */
function readable(statement: PolicyStatement): boolean {
  return (
    statement.principals.length > 0 &&
    statement.actions.every((a) => a.value !== undefined) &&
    statement.principals.every((p) => p.identifiers.length > 0 && p.identifiers.every((i) => i.value !== undefined))
  );
}

/**
 * The bucket's default encryption algorithm (`AES256`, `aws:kms`, `aws:kms:dsse`):
 * from the template's BucketEncryption, a Terraform/Pulumi encryption-configuration
 * resource or the bucket's legacy inline block. Undefined when none is set (S3 then
 * encrypts with SSE-S3) or it cannot be read.
 */
export function bucketDefaultEncryption(program: Program, bucket: Resource): string | undefined {
  if (bucket.type === 'AWS::S3::Bucket')
    return stringValue(
      arg(bucket, 'BucketEncryption.ServerSideEncryptionConfiguration.ServerSideEncryptionByDefault.SSEAlgorithm'),
    );
  const path = 'rule.apply_server_side_encryption_by_default.sse_algorithm';
  const configuration = referrersOf(program, bucket).find(
    (r) =>
      r.type === 'aws_s3_bucket_server_side_encryption_configuration' &&
      referencedResources(program, arg(r, 'bucket')).includes(bucket),
  );
  return stringValue(
    configuration ? arg(configuration, path) : arg(bucket, `server_side_encryption_configuration.${path}`),
  );
}
