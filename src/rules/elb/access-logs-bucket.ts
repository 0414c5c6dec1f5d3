/**
 * elb/access-logs-bucket: load balancer access logs sent to a bucket of the
 * program that Elastic Load Balancing cannot write to.
 */
import { allowsAction, coversLogPath, shownResource } from '../../model/policy-match.js';
import { referencedResource } from '../../model/query.js';
import { bucketDefaultEncryption, bucketPolicyOf } from '../../model/s3-bucket.js';
import type { PolicyStatement, Program, Resource, Value } from '../../model/types.js';
import { arg, boolValue, field, items, stringValue } from '../../model/values.js';
import { CODE_FRAMEWORKS, defineRule } from '../rule.js';
import { describeResource } from '../describe.js';

/** Service principals that deliver load balancer logs (ALB in newer regions, NLB); the older regions use an ELB account, an `AWS` principal. */
const LOG_SERVICES = new Set(['logdelivery.elasticloadbalancing.amazonaws.com', 'delivery.logs.amazonaws.com']);

interface AccessLogs {
  /** The value naming the bucket. */
  bucket: Value;
  /** The key prefix, '' when none; undefined when the program does not say it plainly. */
  prefix: string | undefined;
}

export default defineRule({
  meta: {
    id: 'elb/access-logs-bucket',
    title: 'Load balancer cannot write its access logs',
    severity: 'critical',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation', 'cdk-ts', 'cdk-py'],
    description:
      "An application load balancer turns on access logs without naming a bucket (`access_logs.s3.enabled` without `access_logs.s3.bucket`: a template's LoadBalancerAttributes, AWS CDK's `setAttribute` without `logAccessLogs`), or a load balancer sends access logs to a bucket of the program that has no bucket policy letting Elastic Load Balancing put objects under its log path (`<prefix>/AWSLogs/<account>/`), or (for application and classic load balancers) whose default encryption is SSE-KMS, which their access logs do not support.",
    rationale:
      'Elastic Load Balancing tests the bucket when access logging is turned on: without the grant, or with a KMS-encrypted bucket, creating or updating the load balancer fails with "Access Denied for bucket: … Please check S3bucket permission".',
    docs: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html',
    fixable: 'none',
  },
  check(program, context) {
    for (const lb of program.resources) {
      const enabled = enabledWithoutBucket(program, lb);
      if (enabled) {
        context.report({
          message: `${describeResource(lb)} sets access_logs.s3.enabled to true but names no bucket (access_logs.s3.bucket): Elastic Load Balancing refuses the attributes, so creating or updating the load balancer fails. ${lb.construct && !lb.construct.api.startsWith('aws_elasticloadbalancingv2.Cfn') ? 'Call logAccessLogs(bucket) instead.' : 'Add the access_logs.s3.bucket attribute with a bucket that lets Elastic Load Balancing write.'}`,
          span: enabled.span,
          resource: lb,
        });
        continue;
      }
      const logs = accessLogsOf(lb);
      const bucket = logs && referencedResource(program, logs.bucket);
      if (!logs || !bucket || (bucket.type !== 'aws_s3_bucket' && bucket.type !== 'AWS::S3::Bucket')) continue;
      const lbName = describeResource(lb);
      const bucketName = describeResource(bucket);
      const path = `${logs.prefix ? `${logs.prefix}/` : ''}AWSLogs/<account>/`;
      const encryption = bucketDefaultEncryption(program, bucket);
      // Network load balancers deliver through CloudWatch Logs' delivery service, which can use a KMS key.
      if (encryption?.startsWith('aws:kms') && !isNetwork(lb)) {
        context.report({
          message: `${lbName} sends access logs to ${bucketName}, whose default encryption is ${encryption}: access logs support only SSE-S3, so turning them on fails ("Access Denied for bucket"). Give the log bucket AES256 (SSE-S3) default encryption.`,
          span: logs.bucket.span,
          resource: lb,
        });
        continue;
      }
      const { holders, documents } = bucketPolicyOf(program, bucket);
      if (holders.length === 0) {
        context.report({
          message: `${lbName} sends access logs to ${bucketName}, which has no bucket policy: Elastic Load Balancing must be allowed s3:PutObject on ${path}*, or turning on access logs fails ("Access Denied for bucket"). Add a bucket policy granting it (the region's ELB account, or logdelivery.elasticloadbalancing.amazonaws.com).`,
          span: logs.bucket.span,
          resource: lb,
        });
        continue;
      }
      if (!documents || logs.prefix === undefined) continue;
      const writes = documents
        .flatMap((d) => d.statements)
        .filter((s) => grantsToLogDelivery(s) && allowsAction(s, 's3:PutObject'));
      if (writes.some((s) => coversLogPath(s, logs.prefix!))) continue;
      context.report({
        message: writes.length
          ? `The bucket policy of ${bucketName} lets Elastic Load Balancing write only to ${writes.flatMap((s) => s.resources.map(shownResource)).join(', ')}, but ${lbName} writes under ${path}: turning on access logs fails ("Access Denied for bucket"). Grant s3:PutObject on the bucket ARN followed by /${path}*.`
          : `The bucket policy of ${bucketName} does not let Elastic Load Balancing put objects, which ${lbName} needs for its access logs: turning them on fails ("Access Denied for bucket"). Grant s3:PutObject on ${path}* to the region's ELB account (or logdelivery.elasticloadbalancing.amazonaws.com).`,
        span: logs.bucket.span,
        resource: lb,
      });
    }
  },
});

/**
 * The value that turns access logs on when nothing names their bucket: a template's (or CDK L1's)
 * LoadBalancerAttributes, or an AWS CDK load balancer's `setAttribute('access_logs.s3.enabled', 'true')`
 * with neither `setAttribute('access_logs.s3.bucket', ...)` nor `logAccessLogs(bucket)`.
 */
function enabledWithoutBucket(program: Program, lb: Resource): Value | undefined {
  if (lb.type !== 'AWS::ElasticLoadBalancingV2::LoadBalancer') return undefined;
  const { attributes, unreadable } = attributesOf(lb);
  // An attribute not read (`!If [HasLogs, {Key: access_logs.s3.bucket, ...}, ...]`) may be the bucket.
  if (unreadable) return undefined;
  let logsCalled = false;
  for (const call of program.cdkMethodCalls ?? []) {
    if (call.resource !== lb) continue;
    if (call.method === 'logAccessLogs' || call.method === 'log_access_logs') logsCalled = true;
    const [key, value] = call.args ?? [];
    if ((call.method === 'setAttribute' || call.method === 'set_attribute') && stringValue(key) !== undefined && value)
      attributes.set(stringValue(key)!, value);
  }
  const enabled = attributes.get('access_logs.s3.enabled');
  if (!enabled || !isTrue(enabled) || attributes.has('access_logs.s3.bucket') || logsCalled) return undefined;
  return enabled;
}

/** Where a load balancer sends access logs, when it turns them on; each vocabulary spells it its own way. */
function accessLogsOf(lb: Resource): AccessLogs | undefined {
  switch (lb.type) {
    case 'aws_lb':
    case 'aws_alb':
    case 'aws_elb': {
      const block = items(arg(lb, 'access_logs'))[0];
      const bucket = field(block, 'bucket');
      // Application and network load balancers log only when asked; classic ones by default.
      const enabled = boolValue(field(block, 'enabled')) ?? lb.type === 'aws_elb';
      if (!bucket || !enabled) return undefined;
      return { bucket, prefix: prefixOf(field(block, lb.type === 'aws_elb' ? 'bucket_prefix' : 'prefix')) };
    }
    case 'AWS::ElasticLoadBalancingV2::LoadBalancer': {
      const { attributes } = attributesOf(lb);
      const bucket = attributes.get('access_logs.s3.bucket');
      if (!bucket || !isTrue(attributes.get('access_logs.s3.enabled'))) return undefined;
      return { bucket, prefix: prefixOf(attributes.get('access_logs.s3.prefix')) };
    }
    case 'AWS::ElasticLoadBalancing::LoadBalancer': {
      const bucket = arg(lb, 'AccessLoggingPolicy.S3BucketName');
      if (!bucket || !isTrue(arg(lb, 'AccessLoggingPolicy.Enabled'))) return undefined;
      return { bucket, prefix: prefixOf(arg(lb, 'AccessLoggingPolicy.S3BucketPrefix')) };
    }
    default:
      return undefined;
  }
}

/** A template load balancer's LoadBalancerAttributes by key; `unreadable` when some key is not known. */
function attributesOf(lb: Resource): { attributes: Map<string, Value>; unreadable: boolean } {
  const attributes = new Map<string, Value>();
  let unreadable = false;
  for (const entry of items(arg(lb, 'LoadBalancerAttributes'))) {
    const key = stringValue(field(entry, 'Key'));
    const value = field(entry, 'Value');
    if (key === undefined) unreadable = true;
    else if (value) attributes.set(key, value);
  }
  return { attributes, unreadable };
}

function isNetwork(lb: Resource): boolean {
  return (
    stringValue(arg(lb, lb.type === 'AWS::ElasticLoadBalancingV2::LoadBalancer' ? 'Type' : 'load_balancer_type')) ===
    'network'
  );
}

/** `true` or `"true"`: templates write load balancer attributes as strings. */
function isTrue(value: Value | undefined): boolean {
  return boolValue(value) === true || stringValue(value)?.toLowerCase() === 'true';
}

function prefixOf(value: Value | undefined): string | undefined {
  if (!value) return '';
  return stringValue(value)?.replace(/^\/+|\/+$/g, '');
}

function grantsToLogDelivery(statement: PolicyStatement): boolean {
  return (
    statement.effect === 'Allow' &&
    statement.principals.some(
      (p) =>
        p.type === 'AWS' ||
        (p.type === 'Service' && p.identifiers.some((i) => i.value !== undefined && LOG_SERVICES.has(i.value))) ||
        p.identifiers.some((i) => i.value === '*'),
    )
  );
}
