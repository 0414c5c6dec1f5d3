/**
 * s3/missing-force-destroy: in a program made to be deployed many times, a
 * bucket that AWS services fill (logs, replicas) has no `force_destroy`:
 * destroying the deployment fails on it once they have written.
 */
import { referencedResource, referrersOf } from '../../model/query.js';
import type { Program, Resource, Value } from '../../model/types.js';
import { arg, boolValue, field, items } from '../../model/values.js';
import { argumentName, describeResource } from '../describe.js';
import { perDeployment } from '../lifecycle/per-deployment.js';
import { CODE_FRAMEWORKS, defineRule } from '../rule.js';

/** Arguments through which a resource makes an AWS service write objects into a bucket, by resource type. */
const WRITERS: Record<string, { path: string; what: string }[]> = {
  aws_s3_bucket_logging: [{ path: 'target_bucket', what: 'S3 server access logs' }],
  aws_s3_bucket: [{ path: 'logging.target_bucket', what: 'S3 server access logs' }],
  aws_lb: [{ path: 'access_logs.bucket', what: 'load balancer access logs' }],
  aws_alb: [{ path: 'access_logs.bucket', what: 'load balancer access logs' }],
  aws_elb: [{ path: 'access_logs.bucket', what: 'load balancer access logs' }],
  aws_cloudtrail: [{ path: 's3_bucket_name', what: 'CloudTrail logs' }],
  aws_config_delivery_channel: [{ path: 's3_bucket_name', what: 'AWS Config snapshots' }],
  aws_flow_log: [{ path: 'log_destination', what: 'VPC flow logs' }],
  aws_cloudfront_distribution: [{ path: 'logging_config.bucket', what: 'CloudFront access logs' }],
  aws_kinesis_firehose_delivery_stream: [
    { path: 'extended_s3_configuration.bucket_arn', what: 'Firehose deliveries' },
    { path: 's3_configuration.bucket_arn', what: 'Firehose deliveries' },
  ],
  aws_s3_bucket_replication_configuration: [{ path: 'rule.destination.bucket', what: 'replicated objects' }],
};

export default defineRule({
  meta: {
    id: 's3/missing-force-destroy',
    title: 'Bucket that AWS fills, without force_destroy, in a per-deployment stack',
    severity: 'medium',
    frameworks: [...CODE_FRAMEWORKS],
    description:
      'In a program made to be deployed many times (an environment suffix, or a request for a destroyable stack or per-deployment names, as `lifecycle/not-destroyable` reads them), a bucket that AWS services write into (server access logs, load balancer, CloudTrail, CloudFront or VPC flow logs, AWS Config snapshots, Firehose deliveries, replication) without `force_destroy` (`forceDestroy`).',
    rationale:
      'Terraform, Pulumi and CDKTF delete a bucket only when it is empty, and the objects AWS writes are no part of the program: once logs have arrived, destroying the deployment fails with BucketNotEmpty and leaves the bucket, still billed, whose name blocks the next copy.',
    docs: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket#force_destroy',
    fixable: 'none',
  },
  check(program, context) {
    if (context.profile === 'production') return;
    const signal = perDeployment(program, context.requirements ?? []);
    if (context.profile !== 'ephemeral' && (!signal || signal.weak)) return;
    const why = signal?.why ?? 'the profile is ephemeral';
    for (const bucket of program.resources) {
      if (bucket.type !== 'aws_s3_bucket') continue;
      const forceDestroy = arg(bucket, 'force_destroy');
      // Set to anything but a literal false (a variable, a condition) is the program's choice to make.
      if (forceDestroy && boolValue(forceDestroy) !== false) continue;
      const writer = writerInto(program, bucket);
      if (!writer) continue;
      const written = argumentName(bucket, 'force_destroy');
      context.report({
        message: `${describeResource(bucket)} receives ${writer.what} (${describeResource(writer.resource)}) but has no ${written}, and ${why}: once they arrive, destroying a deployment fails with BucketNotEmpty and leaves the bucket behind. Set ${written} to true.`,
        span: forceDestroy?.span ?? bucket.headerSpan ?? bucket.span,
        resource: bucket,
      });
    }
  },
});

/** The first resource of the program that has AWS write into the bucket, and what it writes. */
function writerInto(program: Program, bucket: Resource): { resource: Resource; what: string } | undefined {
  for (const resource of referrersOf(program, bucket)) {
    for (const { path, what } of WRITERS[resource.type] ?? []) {
      if (resource === bucket && path.startsWith('logging.')) continue;
      if (valuesAt(resource, path).some((value) => referencedResource(program, value) === bucket))
        return { resource, what };
    }
  }
  return undefined;
}

/** The values at a dotted path, through every item of the lists on the way (`rule.destination.bucket`). */
function valuesAt(resource: Resource, path: string): Value[] {
  let values: Value[] = [resource.args];
  for (const key of path.split('.')) values = values.flatMap((value) => items(field(value, key)));
  return values;
}
