/**
 * cloudtrail/log-bucket-policy: a trail writing to a bucket of the program
 * whose bucket policy does not let CloudTrail in, or that the trail does not
 * wait for.
 */
import { referencedResource, referencedResources, referrersOf, dependsOn } from '../../model/query.js';
import type { PolicyDocument, PolicyStatement, Program, Resource } from '../../model/types.js';
import { UNKNOWN_PART, arg, stringValue } from '../../model/values.js';
import { CODE_FRAMEWORKS, defineRule } from '../rule.js';
import { describeResource } from '../describe.js';

const SERVICE = 'cloudtrail.amazonaws.com';

/** The types and arguments involved, in each vocabulary. */
const TERRAFORM = {
  trail: 'aws_cloudtrail',
  bucketName: 's3_bucket_name',
  prefix: 's3_key_prefix',
  bucket: 'aws_s3_bucket',
  bucketPolicy: 'aws_s3_bucket_policy',
  policyBucket: 'bucket',
  policyDocument: 'policy',
  dependsOn: 'depends_on',
};
const CLOUDFORMATION = {
  trail: 'AWS::CloudTrail::Trail',
  bucketName: 'S3BucketName',
  prefix: 'S3KeyPrefix',
  bucket: 'AWS::S3::Bucket',
  bucketPolicy: 'AWS::S3::BucketPolicy',
  policyBucket: 'Bucket',
  policyDocument: 'PolicyDocument',
  dependsOn: 'DependsOn',
};

export default defineRule({
  meta: {
    id: 'cloudtrail/log-bucket-policy',
    title: 'CloudTrail cannot write to its bucket',
    severity: 'critical',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation'],
    description:
      'A trail delivers to a bucket of the program whose bucket policy is missing, does not let `cloudtrail.amazonaws.com` call `s3:GetBucketAcl` and `s3:PutObject`, or lets it write only under a key path the trail does not use (its `S3KeyPrefix`, then `AWSLogs/<account>/`). Medium when the policy is right but the trail does not depend on it.',
    rationale:
      'CloudTrail checks the bucket policy when the trail is created: without those grants creation fails with InsufficientS3BucketPolicyException ("Incorrect S3 bucket policy is detected for bucket"). Created in parallel with its policy, the trail fails the same way whenever it wins the race, an intermittent failure.',
    docs: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html',
    fixable: 'none',
  },
  check(program, context) {
    const names = program.framework === 'cloudformation' ? CLOUDFORMATION : TERRAFORM;
    for (const trail of program.resources) {
      if (trail.type !== names.trail) continue;
      const bucket = referencedResource(program, arg(trail, names.bucketName));
      if (!bucket || bucket.type !== names.bucket) continue;
      const trailName = describeResource(trail);
      const bucketName = describeResource(bucket);
      const policies = referrersOf(program, bucket).filter(
        (r) =>
          r.type === names.bucketPolicy && referencedResources(program, arg(r, names.policyBucket)).includes(bucket),
      );
      // Terraform and Pulumi buckets may still carry the policy themselves (the legacy `policy` argument).
      const holders =
        arg(bucket, 'policy') && program.framework !== 'cloudformation' ? [bucket, ...policies] : policies;
      if (holders.length === 0) {
        context.report({
          message: `${trailName} delivers to ${bucketName}, which has no bucket policy: CloudTrail needs one granting ${SERVICE} s3:GetBucketAcl on the bucket and s3:PutObject on its log path, or creating the trail fails (InsufficientS3BucketPolicyException). Add a bucket policy with both statements.`,
          span: trail.headerSpan,
          resource: trail,
        });
        continue;
      }
      const documents = holders.flatMap((holder) => documentsOf(program, holder, names.policyDocument));
      // A policy written in a way preflight cannot read whole says nothing either way.
      if (
        documents.length < holders.length ||
        documents.some((d) => d.statements.length === 0 || d.statements.some((s) => !readable(s)))
      )
        continue;
      const statements = documents.flatMap((d) => d.statements).filter(grantsToCloudTrail);
      const prefix = arg(trail, names.prefix);
      // CloudTrail joins prefix and `AWSLogs` with one slash, whether or not the prefix ends with one.
      const keyPrefix = prefix === undefined ? '' : stringValue(prefix)?.replace(/\/+$/, '');
      const missing = [
        !statements.some((s) => allows(s, 's3:GetBucketAcl')) && 's3:GetBucketAcl',
        !statements.some((s) => allows(s, 's3:PutObject')) && 's3:PutObject',
      ].filter((a): a is string => !!a);
      if (missing.length) {
        context.report({
          message: `The bucket policy of ${bucketName} does not grant ${SERVICE} ${missing.join(' or ')}, which ${trailName} needs to deliver logs: creating the trail fails (InsufficientS3BucketPolicyException). Add an Allow statement for the service principal with ${missing.join(' and ')}.`,
          span: trail.headerSpan,
          resource: trail,
        });
        continue;
      }
      const writes = statements.filter((s) => allows(s, 's3:PutObject'));
      if (keyPrefix !== undefined && !writes.some((s) => coversLogPath(s, keyPrefix))) {
        const path = `${keyPrefix ? `${keyPrefix}/` : ''}AWSLogs/<account>/`;
        context.report({
          message: `The bucket policy of ${bucketName} lets ${SERVICE} write only to ${writes.flatMap((s) => s.resources.map(shown)).join(', ')}, but ${trailName} writes under ${path}: creating the trail fails (InsufficientS3BucketPolicyException). Grant s3:PutObject on the bucket ARN followed by /${path}*.`,
          span: writes[0].resources[0]?.span ?? writes[0].span,
          resource: trail,
        });
        continue;
      }
      const waits = holders.some(
        (h) => h === bucket || dependsOn(program, trail, h) || referencedResources(program, trail.args).includes(h),
      );
      if (!waits)
        context.report({
          severity: 'medium',
          message: `${trailName} does not depend on the bucket policy of ${bucketName}: both are created in parallel, and when the trail comes first its creation fails (InsufficientS3BucketPolicyException). Add ${names.dependsOn} on the bucket policy.`,
          span: trail.headerSpan,
          resource: trail,
        });
    }
  },
});

/** The policy documents a bucket policy (or a bucket) holds, directly or through a policy-document data source. */
function documentsOf(program: Program, holder: Resource, argument: string): PolicyDocument[] {
  const value = arg(holder, argument);
  const sources = [holder, ...referencedResources(program, value).filter((r) => r.mode === 'data')];
  return program.policies.filter(
    (d) =>
      d.owner && sources.includes(d.owner.resource) && (d.owner.resource !== holder || d.owner.argument === argument),
  );
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

function grantsToCloudTrail(statement: PolicyStatement): boolean {
  return (
    statement.effect === 'Allow' &&
    statement.principals.some(
      (p) =>
        (p.type === 'Service' || p.type === '*') && p.identifiers.some((i) => i.value === SERVICE || i.value === '*'),
    )
  );
}

function allows(statement: PolicyStatement, action: string): boolean {
  return statement.actions.some((a) => a.value !== undefined && globMatches(a.value, action, 'i'));
}

/**
 * Whether one of the statement's resources covers `<prefix>/AWSLogs/<account>/…`:
 * the object part of the ARN (after the first `/`) matched as a glob, unknown
 * parts (a bucket ARN reference, the account id) matching anything.
 */
function coversLogPath(statement: PolicyStatement, prefix: string): boolean {
  const sample = `${prefix ? `${prefix}/` : ''}AWSLogs/123456789012/CloudTrail/us-east-1/2026/01/01/log.json.gz`;
  return statement.resources.some((resource) => {
    const text = resource.value ?? resource.shape;
    // `*`, or a value preflight cannot read (a parameter holding the ARN), may cover it.
    if (text === undefined || text === '*' || text === UNKNOWN_PART) return true;
    const slash = text.indexOf('/');
    if (slash < 0) return false;
    // A literal account id stands for the program's account, whichever it is.
    const objectPattern = text.slice(slash + 1).replace(/\b\d{12}\b/g, '*');
    return globMatches(objectPattern, sample, '');
  });
}

function shown(resource: { value?: string; shape?: string }): string {
  return resource.value ?? (resource.shape ?? '?').replaceAll(UNKNOWN_PART, '…');
}

/** IAM-style glob: `*` any run of characters, `?` one; unknown parts match anything. */
function globMatches(pattern: string, text: string, flags: string): boolean {
  const source = [...pattern]
    .map((c) => (c === '*' || c === UNKNOWN_PART ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, flags).test(text);
}
