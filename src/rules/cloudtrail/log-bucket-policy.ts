/**
 * cloudtrail/log-bucket-policy: a trail writing to a bucket of the program
 * whose bucket policy does not let CloudTrail in, or that the trail does not
 * wait for.
 */
import { allowsAction, coversLogPath, shownResource } from '../../model/policy-match.js';
import { dependsOn, referencedResource, referencedResources } from '../../model/query.js';
import { bucketPolicyOf } from '../../model/s3-bucket.js';
import type { PolicyStatement } from '../../model/types.js';
import { arg, stringValue } from '../../model/values.js';
import { CODE_FRAMEWORKS, defineRule } from '../rule.js';
import { describeResource } from '../describe.js';

const SERVICE = 'cloudtrail.amazonaws.com';

/** The types and arguments involved, in each vocabulary. */
const TERRAFORM = {
  trail: 'aws_cloudtrail',
  bucketName: 's3_bucket_name',
  prefix: 's3_key_prefix',
  bucket: 'aws_s3_bucket',
  dependsOn: 'depends_on',
};
const CLOUDFORMATION = {
  trail: 'AWS::CloudTrail::Trail',
  bucketName: 'S3BucketName',
  prefix: 'S3KeyPrefix',
  bucket: 'AWS::S3::Bucket',
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
      const { holders, documents } = bucketPolicyOf(program, bucket);
      if (holders.length === 0) {
        context.report({
          message: `${trailName} delivers to ${bucketName}, which has no bucket policy: CloudTrail needs one granting ${SERVICE} s3:GetBucketAcl on the bucket and s3:PutObject on its log path, or creating the trail fails (InsufficientS3BucketPolicyException). Add a bucket policy with both statements.`,
          span: trail.headerSpan,
          resource: trail,
        });
        continue;
      }
      // A policy written in a way preflight cannot read whole says nothing either way.
      if (!documents) continue;
      const statements = documents.flatMap((d) => d.statements).filter(grantsToCloudTrail);
      const prefix = arg(trail, names.prefix);
      // CloudTrail joins prefix and `AWSLogs` with one slash, whether or not the prefix ends with one.
      const keyPrefix = prefix === undefined ? '' : stringValue(prefix)?.replace(/\/+$/, '');
      const missing = [
        !statements.some((s) => allowsAction(s, 's3:GetBucketAcl')) && 's3:GetBucketAcl',
        !statements.some((s) => allowsAction(s, 's3:PutObject')) && 's3:PutObject',
      ].filter((a): a is string => !!a);
      if (missing.length) {
        context.report({
          message: `The bucket policy of ${bucketName} does not grant ${SERVICE} ${missing.join(' or ')}, which ${trailName} needs to deliver logs: creating the trail fails (InsufficientS3BucketPolicyException). Add an Allow statement for the service principal with ${missing.join(' and ')}.`,
          span: trail.headerSpan,
          resource: trail,
        });
        continue;
      }
      const writes = statements.filter((s) => allowsAction(s, 's3:PutObject'));
      if (keyPrefix !== undefined && !writes.some((s) => coversLogPath(s, keyPrefix))) {
        const path = `${keyPrefix ? `${keyPrefix}/` : ''}AWSLogs/<account>/`;
        context.report({
          message: `The bucket policy of ${bucketName} lets ${SERVICE} write only to ${writes.flatMap((s) => s.resources.map(shownResource)).join(', ')}, but ${trailName} writes under ${path}: creating the trail fails (InsufficientS3BucketPolicyException). Grant s3:PutObject on the bucket ARN followed by /${path}*.`,
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

function grantsToCloudTrail(statement: PolicyStatement): boolean {
  return (
    statement.effect === 'Allow' &&
    statement.principals.some(
      (p) =>
        (p.type === 'Service' || p.type === '*') && p.identifiers.some((i) => i.value === SERVICE || i.value === '*'),
    )
  );
}
