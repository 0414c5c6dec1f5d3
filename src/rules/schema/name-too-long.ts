import type { Value } from '../../model/types.js';
import { stringValue } from '../../model/values.js';
import { describeResource } from '../describe.js';
import { defineRule } from '../rule.js';

/**
 * Longest physical name each service accepts (AWS service quotas and API
 * constraints), by resource type and argument.
 */
const NAME_LIMITS: Record<string, { argument: string; limit: number }> = {
  aws_lb: { argument: 'name', limit: 32 },
  aws_alb: { argument: 'name', limit: 32 },
  aws_lb_target_group: { argument: 'name', limit: 32 },
  aws_alb_target_group: { argument: 'name', limit: 32 },
  aws_elb: { argument: 'name', limit: 32 },
  aws_lambda_function: { argument: 'function_name', limit: 64 },
  aws_iam_role: { argument: 'name', limit: 64 },
  aws_iam_user: { argument: 'name', limit: 64 },
  aws_iam_policy: { argument: 'name', limit: 128 },
  aws_iam_instance_profile: { argument: 'name', limit: 128 },
  aws_s3_bucket: { argument: 'bucket', limit: 63 },
  aws_sqs_queue: { argument: 'name', limit: 80 },
  aws_sns_topic: { argument: 'name', limit: 256 },
  aws_dynamodb_table: { argument: 'name', limit: 255 },
  aws_db_instance: { argument: 'identifier', limit: 63 },
  aws_rds_cluster: { argument: 'cluster_identifier', limit: 63 },
  aws_elasticache_replication_group: { argument: 'replication_group_id', limit: 40 },
  aws_elasticache_cluster: { argument: 'cluster_id', limit: 50 },
  aws_ecs_cluster: { argument: 'name', limit: 255 },
  aws_cloudwatch_log_group: { argument: 'name', limit: 512 },
  aws_kinesis_stream: { argument: 'name', limit: 128 },
  aws_sfn_state_machine: { argument: 'name', limit: 80 },
  aws_api_gateway_rest_api: { argument: 'name', limit: 1024 },
};

export default defineRule({
  meta: {
    id: 'schema/name-too-long',
    title: 'Physical name longer than the service allows',
    severity: 'high',
    frameworks: 'all',
    description:
      'A literal physical name (or the literal parts of a name template alone) is longer than the service accepts: load balancers and target groups 32, Lambda functions and IAM roles 64, S3 buckets 63, …',
    rationale:
      'The create call fails with a validation error; with a suffix appended per environment, names that fit in one environment can fail in another.',
    docs: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-name',
    fixable: 'none',
  },
  check(program, context) {
    for (const resource of program.resources) {
      const rule = NAME_LIMITS[resource.type];
      if (!rule) continue;
      const value = resource.args.entries.find((e) => e.key === rule.argument)?.value;
      const known = value ? knownLength(value) : undefined;
      if (!value || !known || known.length <= rule.limit) continue;
      context.report({
        message: `${describeResource(resource)} is named ${known.exact ? `"${stringValue(value)}" (${known.length} characters)` : `with at least ${known.length} characters`}, above the ${rule.limit}-character limit; the create call fails. Shorten the name.`,
        span: value.span,
        resource,
      });
    }
  },
});

/** The length of a name when known, or the length its literal parts alone already reach. */
function knownLength(value: Value): { length: number; exact: boolean } | undefined {
  const exact = stringValue(value);
  if (exact !== undefined) return { length: exact.length, exact: true };
  if (value.kind !== 'template') return undefined;
  let length = 0;
  for (const part of value.parts) {
    const text = stringValue(part);
    if (text !== undefined) length += text.length;
  }
  return { length, exact: false };
}
