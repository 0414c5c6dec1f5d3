/**
 * cloudfront/log-bucket-acl-disabled: standard logging of a distribution into
 * a bucket of the program whose object ownership disables ACLs.
 */
import { cdkMemberOf, cdkProp } from '../../model/cdk-query.js';
import { cdkCfnType } from '../../schema/cdk-api.js';
import { referencedResource, referencedResources, referrersOf } from '../../model/query.js';
import type { Program, Resource, Value } from '../../model/types.js';
import { arg, at, field, items, stringValue } from '../../model/values.js';
import { CODE_FRAMEWORKS, defineRule } from '../rule.js';
import { describeResource } from '../describe.js';

/** Object ownership settings that keep ACLs enabled, which CloudFront's log delivery writes with. */
const ACL_ENABLED = new Set(['ObjectWriter', 'BucketOwnerPreferred']);
/** aws-cdk-lib `BucketAccessControl` members that leave ownership alone (any other makes CDK pick ObjectWriter). */
const CDK_ACLS_WITHOUT_OWNERSHIP = new Set(['PRIVATE', 'BUCKET_OWNER_READ', 'BUCKET_OWNER_FULL_CONTROL']);

export default defineRule({
  meta: {
    id: 'cloudfront/log-bucket-acl-disabled',
    title: 'CloudFront logs to a bucket with ACLs disabled',
    severity: 'critical',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation', 'cdk-ts', 'cdk-py'],
    description:
      'A distribution’s standard logging targets a bucket of the program that keeps the S3 default object ownership, BucketOwnerEnforced (ACLs disabled), instead of BucketOwnerPreferred or ObjectWriter.',
    rationale:
      'CloudFront standard logging grants itself access through the bucket ACL. Since April 2023 new buckets have ACLs disabled, so creating the distribution fails ("The S3 bucket that you specified for CloudFront logs does not enable ACL access").',
    docs: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logging-legacy-s3.html#access-logs-choosing-s3-bucket',
    fixable: 'none',
  },
  check(program, context) {
    for (const distribution of program.resources) {
      const target = logBucketValue(distribution);
      const bucket = target && referencedResource(program, target);
      if (!bucket || !isBucket(bucket) || aclsEnabled(program, bucket)) continue;
      context.report({
        message: `${describeResource(distribution)} writes its standard logs to ${describeResource(bucket)}, whose object ownership is BucketOwnerEnforced (the S3 default: ACLs disabled), but CloudFront log delivery needs the bucket ACL: creating the distribution fails ("does not enable ACL access"). Set the bucket's object ownership to BucketOwnerPreferred.`,
        span: target.span,
        resource: distribution,
      });
    }
  },
});

/** The value naming the log bucket of a distribution, in each vocabulary; undefined when it logs nowhere. */
function logBucketValue(resource: Resource): Value | undefined {
  if (resource.type === 'aws_cloudfront_distribution') return at(items(arg(resource, 'logging_config'))[0], 'bucket');
  if (resource.type !== 'AWS::CloudFront::Distribution') return undefined;
  if (isCdkLevel2(resource)) {
    const props = resource.construct!.props;
    // `Distribution` (`logBucket`, `log_bucket`) and the older `CloudFrontWebDistribution` (`loggingConfig.bucket`).
    return field(props, 'logBucket') ?? field(props, 'log_bucket') ?? field(cdkProp(props, 'loggingConfig'), 'bucket');
  }
  return arg(resource, 'DistributionConfig.Logging.Bucket');
}

/** A CDK construct of level 2 (`s3.Bucket`), whose props are CDK's own; an L1 (`CfnBucket`) is read as a template resource. */
function isCdkLevel2(resource: Resource): boolean {
  return !!resource.construct && cdkCfnType(resource.construct.api) === undefined;
}

function isBucket(resource: Resource): boolean {
  return resource.type === 'aws_s3_bucket' || resource.type === 'AWS::S3::Bucket';
}

function aclsEnabled(program: Program, bucket: Resource): boolean {
  if (isCdkLevel2(bucket)) return cdkAclsEnabled(program, bucket);
  if (bucket.type === 'AWS::S3::Bucket')
    return items(arg(bucket, 'OwnershipControls.Rules')).some((rule) => enables(field(rule, 'ObjectOwnership')));
  // Terraform, Pulumi, CDKTF: a separate ownership-controls resource for the bucket.
  return referrersOf(program, bucket).some(
    (r) =>
      r.type === 'aws_s3_bucket_ownership_controls' &&
      referencedResources(program, arg(r, 'bucket')).includes(bucket) &&
      items(arg(r, 'rule')).some((rule) => enables(field(rule, 'object_ownership'))),
  );
}

/** A setting that enables ACLs, or one preflight cannot read (which it does not hold against the program). */
function enables(value: Value | undefined): boolean {
  if (!value) return false;
  const text = stringValue(value);
  return text === undefined || ACL_ENABLED.has(text);
}

/** An L2 `s3.Bucket`: `objectOwnership`, or an `accessControl` that makes CDK choose ObjectWriter. */
function cdkAclsEnabled(program: Program, bucket: Resource): boolean {
  const props = bucket.construct!.props;
  if (!bucket.construct!.literal) return true;
  const ownership = cdkProp(props, 'objectOwnership');
  if (ownership) {
    const member = cdkMemberOf(program, ownership)?.at(-1);
    return member === undefined || member !== 'BUCKET_OWNER_ENFORCED';
  }
  const access = cdkProp(props, 'accessControl');
  if (!access) return false;
  const member = cdkMemberOf(program, access)?.at(-1);
  return member === undefined || !CDK_ACLS_WITHOUT_OWNERSHIP.has(member);
}
