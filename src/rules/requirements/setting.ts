import type { Program, Resource, Value } from '../../model/types.js';
import { referencedResource, resourcesOfType } from '../../model/query.js';
import { arg, asObject, at, boolValue, hasUnknown, items, numberValue, stringValue } from '../../model/values.js';
import { runtimeText } from '../../requirements/describe.js';
import type { Requirement, RuntimeWanted } from '../../requirements/types.js';
import { argumentName, describeResource } from '../describe.js';
import { CODE_FRAMEWORKS, defineRule, type RuleContext } from '../rule.js';
import { requiredBy, resolve } from './cite.js';

type SettingRequirement = Extract<Requirement, { kind: 'setting' }>;

/** What one resource has for a setting: a verdict, and where to point. */
interface Judgement {
  ok: boolean;
  /** What the resource has, in words (`retention_in_days = 7`, `no memory_size (128 MB)`). */
  has: string;
  value?: Value;
}

export default defineRule({
  meta: {
    id: 'requirements/setting',
    title: 'Setting other than the request mandates',
    severity: 'medium',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation'],
    description:
      "The request mandates a setting (log retention days, Lambda memory, timeout (a value or a range), runtime, reserved or provisioned concurrency, environment variables, S3 versioning and MFA delete, DynamoDB point-in-time recovery, deletion protection on or off, RDS Multi-AZ, KMS encryption at rest, key rotation and key policies, IAM role maximum session duration, source IP conditions in IAM policies, CloudTrail data events and CloudWatch Logs delivery, GuardDuty S3 protection, a WAF web ACL's association) and a resource it applies to has another value or none. Templates are judged in CloudFormation's property names.",
    rationale:
      'A mandated value that is missing or different is what QA rejects first: the stack deploys, but not as requested (logs kept for the wrong time, a function sized or timed out differently, data that cannot be restored or cannot be destroyed).',
    docs: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-function-common.html',
    fixable: 'none',
  },
  check(program, context) {
    const settings = (context.requirements ?? []).filter((r): r is SettingRequirement => r.kind === 'setting');
    const bySetting = new Map<string, SettingRequirement[]>();
    for (const requirement of settings)
      bySetting.set(requirement.setting, [...(bySetting.get(requirement.setting) ?? []), requirement]);
    for (const group of bySetting.values()) {
      const special = SPECIAL[group[0].setting];
      if (special) special(program, context, group);
      else checkSetting(program, context, group);
    }
  },
});

/** Whether the program is a CloudFormation template (its resources speak CloudFormation's vocabulary). */
function isTemplate(program: Program): boolean {
  return program.resources[0]?.framework === 'cloudformation';
}

function checkSetting(program: Program, context: RuleContext, requested: SettingRequirement[]): void {
  const judge = (isTemplate(program) ? CFN_JUDGES : JUDGES)[requested[0].setting];
  if (!judge) return;
  const group = judge.applies ? requested.filter((r) => judge.applies!(r)) : requested;
  if (!group.length) return;
  const first = group[0];
  const resources = judge.types.flatMap((type) => resourcesOfType(program, type));
  if (!resources.length) return;
  const verdicts = resources.map((resource) => ({ resource, judgement: judge.judge(program, resource, group) }));
  const known = verdicts.filter((v): v is { resource: Resource; judgement: Judgement } => v.judgement !== undefined);
  if (!known.length) return;
  for (const requirement of group) context.checked?.(requirement);
  // "All buckets must..." judges each one; "a bucket with versioning" is met by one.
  const all = group.some((r) => r.all) || resources.length === 1;
  if (!all && known.some((v) => v.judgement.ok)) return;
  // One resource would have met "a bucket with versioning": the first says the program lacks it, not each one.
  for (const { resource, judgement } of all ? known : known.slice(0, 1)) {
    if (judgement.ok) continue;
    context.report({
      message: `${describeResource(resource)} has ${judgement.has}, but the request asks for ${judge.wanted(group, resource)} (${requiredBy(first)}).`,
      span: judgement.value?.span ?? resource.headerSpan,
      resource,
      requirement: first,
    });
  }
}

interface Judge {
  types: string[];
  /** Whether a requirement of the setting asks anything of the judged types (all do when absent). */
  applies?(requirement: SettingRequirement): boolean;
  /** The verdict on one resource, undefined when its value cannot be known. */
  judge(program: Program, resource: Resource, group: SettingRequirement[]): Judgement | undefined;
  wanted(group: SettingRequirement[], resource: Resource): string;
}

/** The values asked for as ranges: `[30, 300]` for "between 30-300", `[30, 30]` for "30". */
function rangesOf(group: SettingRequirement[]): [number, number][] {
  return group.flatMap((r): [number, number][] =>
    'value' in r && typeof r.value === 'number' ? [[r.value, 'max' in r && r.max !== undefined ? r.max : r.value]] : [],
  );
}

function wantedNumbers(group: SettingRequirement[]): string {
  const texts = rangesOf(group).map(([least, most]) => (least === most ? `${least}` : `between ${least} and ${most}`));
  return [...new Set(texts)].join(' or ');
}

/**
 * A numeric argument compared with the values asked for; `fallback` is AWS's default when it is absent;
 * `tolerance` accepts values that much below (3 GB asked, the classic 3008 MB written).
 */
function numericJudge(types: string[], path: string, unit: string, fallback?: number, tolerance = 0): Judge {
  const meets = (number: number, wanted: [number, number][]) =>
    wanted.some(
      ([least, most]) => (number >= least && number <= most) || (number < least && number >= least * (1 - tolerance)),
    );
  return {
    types,
    judge(program, resource, group) {
      const value = arg(resource, path);
      const name = argumentName(resource, path);
      if (!value) {
        const wanted = rangesOf(group);
        if (fallback !== undefined)
          return { ok: meets(fallback, wanted), has: `no ${name} (AWS uses ${fallback}${unit})` };
        return { ok: false, has: `no ${name}` };
      }
      const number = numberValue(resolve(program, value));
      if (number === undefined) return undefined;
      return { ok: meets(number, rangesOf(group)), has: `${name} = ${number}`, value };
    },
    wanted: (group, resource) =>
      `${argumentName(resource, path)} ${/^between/.test(wantedNumbers(group)) ? '' : '= '}${wantedNumbers(group)}${unit}`,
  };
}

/** `nodejs20.x` → nodejs [20]; `python3.12` → python [3, 12]. */
function parseRuntime(runtime: string): RuntimeWanted | undefined {
  const match = /^(nodejs|python|java|dotnet|ruby|provided)(\d+(?:\.\d+)?)?/.exec(runtime);
  if (!match) return undefined;
  return {
    family: match[1] as RuntimeWanted['family'],
    version: match[2] ? match[2].split('.').map(Number) : undefined,
  };
}

function atLeast(version: number[], minimum: number[]): boolean {
  for (let i = 0; i < minimum.length; i++) {
    const a = version[i] ?? 0;
    if (a !== minimum[i]) return a > minimum[i];
  }
  return true;
}

/** A boolean block argument (`point_in_time_recovery.enabled`): the request wants it `value`. */
function flagJudge(types: string[], path: string, wantedValue: (group: SettingRequirement[]) => boolean): Judge {
  return {
    types,
    judge(program, resource, group) {
      const want = wantedValue(group);
      const value = arg(resource, path);
      const name = argumentName(resource, path);
      if (!value) return { ok: !want, has: `no ${name}` };
      const flag = boolValue(resolve(program, value));
      if (flag === undefined) return undefined;
      return { ok: flag === want, has: `${name} = ${flag}`, value };
    },
    wanted: (group, resource) => `${argumentName(resource, path)} = ${wantedValue(group)}`,
  };
}

/**
 * S3 default encryption against a request for KMS keys (a request that
 * accepts AWS-managed keys is not judged): the first rule's algorithm, at
 * `algorithmPath` in each of the rules at `rulesPath`.
 */
function kmsEncryptionJudge(type: string, rulesPath: string, algorithmPath: string): Judge {
  const name = algorithmPath.split('.').at(-1)!;
  return {
    types: [type],
    // A key asked for other stores ("all RDS instances using KMS") is not asked of the buckets.
    applies: (r) =>
      r.setting === 'encryption-at-rest' && r.key !== 'aws-managed' && (!r.scope || r.scope.includes('S3')),
    judge(program, resource) {
      // A template judges the bucket itself; Terraform and Pulumi its encryption configuration.
      const bucket = resource.type.includes('::') ? resource : referencedResource(program, arg(resource, 'bucket'));
      if (bucket && receivesAccessLogs(program, bucket)) return undefined;
      for (const rule of items(arg(resource, rulesPath))) {
        const value = at(rule, algorithmPath);
        const algorithm = stringValue(resolve(program, value));
        if (algorithm === undefined) return undefined;
        return { ok: algorithm.startsWith('aws:kms'), has: `${name} = ${algorithm}`, value };
      }
      return undefined;
    },
    wanted: () => 'server-side encryption with KMS (aws:kms)',
  };
}

/** Services that deliver access logs only to buckets encrypted with S3-managed keys (SSE-S3), never SSE-KMS. */
const SSE_S3_ONLY_LOG_SERVICES = new Set([
  'logging.s3.amazonaws.com',
  'logdelivery.elasticloadbalancing.amazonaws.com',
]);

/**
 * Whether a bucket receives S3 server access logs or load balancer access
 * logs, which AWS delivers only to buckets with SSE-S3 default encryption:
 * a KMS key asked of "all data" cannot be asked of it. Told by a bucket's
 * logging target, a load balancer's access log bucket, or a bucket policy
 * granting the log delivery service.
 */
function receivesAccessLogs(program: Program, bucket: Resource): boolean {
  const points = (resource: Resource, path: string) => referencedResource(program, arg(resource, path)) === bucket;
  const targets = [
    ...resourcesOfType(program, 'AWS::S3::Bucket').filter((b) =>
      points(b, 'LoggingConfiguration.DestinationBucketName'),
    ),
    ...resourcesOfType(program, 'AWS::ElasticLoadBalancing::LoadBalancer').filter((lb) =>
      points(lb, 'AccessLoggingPolicy.S3BucketName'),
    ),
    ...resourcesOfType(program, 'AWS::ElasticLoadBalancingV2::LoadBalancer').filter((lb) =>
      items(arg(lb, 'LoadBalancerAttributes')).some(
        (item) =>
          stringValue(at(item, 'Key')) === 'access_logs.s3.bucket' &&
          referencedResource(program, at(item, 'Value')) === bucket,
      ),
    ),
    ...resourcesOfType(program, 'aws_s3_bucket_logging').filter((l) => points(l, 'target_bucket')),
    ...resourcesOfType(program, 'aws_s3_bucket').filter((b) => points(b, 'logging.target_bucket')),
    ...['aws_lb', 'aws_alb', 'aws_elb']
      .flatMap((t) => resourcesOfType(program, t))
      .filter((lb) => points(lb, 'access_logs.bucket')),
  ];
  if (targets.length) return true;
  return program.policies.some(
    (policy) =>
      policy.owner !== undefined &&
      (points(policy.owner.resource, 'Bucket') || points(policy.owner.resource, 'bucket')) &&
      policy.statements.some((s) =>
        s.principals.some((p) => p.identifiers.some((id) => SSE_S3_ONLY_LOG_SERVICES.has(id.value ?? ''))),
      ),
  );
}

/** The function's runtime against the runtimes asked for (that version or a later one of the family). */
function runtimeJudge(types: string[], path: string): Judge {
  return {
    types,
    judge(program, resource, group) {
      const value = arg(resource, path);
      const runtime = stringValue(resolve(program, value));
      if (!value || runtime === undefined) return undefined;
      const parsed = parseRuntime(runtime);
      if (!parsed) return undefined;
      const wanted = group.flatMap((r) => (r.setting === 'lambda-runtime' ? r.runtimes : []));
      const ok = wanted.some(
        (w) => w.family === parsed.family && (!w.version || !parsed.version || atLeast(parsed.version, w.version)),
      );
      return { ok, has: `runtime ${runtime}`, value };
    },
    wanted: (group) =>
      group
        .flatMap((r) => (r.setting === 'lambda-runtime' ? r.runtimes : []))
        .map((w) => `${runtimeText(w)} or later`)
        .join(' or '),
  };
}

/** A deletion-protection flag, at its path per type: the request wants it on or (destroyable) off. */
function deletionProtectionJudge(paths: Record<string, string>): Judge {
  return {
    types: Object.keys(paths),
    judge(program, resource, group) {
      const path = paths[resource.type];
      const want = group.some((r) => r.setting === 'deletion-protection' && r.value === true);
      const value = arg(resource, path);
      const name = argumentName(resource, path);
      if (!value) return { ok: !want, has: `no ${name}` };
      const flag = boolValue(resolve(program, value));
      if (flag === undefined) return undefined;
      return { ok: flag === want, has: `${name} = ${flag}`, value };
    },
    wanted: (group, resource) => {
      const want = group.some((r) => r.setting === 'deletion-protection' && r.value === true);
      return want ? 'deletion protection on' : `a destroyable ${resource.sourceType} (deletion protection off)`;
    },
  };
}

/** Key rotation on a symmetric key (AWS rotates no other kind). */
function rotationJudge(type: string, path: string, specPath: string): Judge {
  const flag = flagJudge([type], path, () => true);
  return {
    ...flag,
    judge(program, key, group) {
      const spec = stringValue(resolve(program, arg(key, specPath)));
      if (arg(key, specPath) && spec !== 'SYMMETRIC_DEFAULT') return undefined;
      return flag.judge(program, key, group);
    },
  };
}

/**
 * Multi-AZ on a DB instance (not a read replica). An Aurora instance (an `aurora*` engine, or a
 * member of a cluster) takes no such flag: Aurora is Multi-AZ through the
 * cluster's instances in several zones, so it is not judged here.
 */
function multiAzJudge(type: string, path: string, enginePath: string, sourcePath: string, clusterPath?: string): Judge {
  const flag = flagJudge([type], path, () => true);
  return {
    ...flag,
    judge(program, instance, group) {
      if (clusterPath && arg(instance, clusterPath)) return undefined;
      // A read replica is not the database the request makes Multi-AZ.
      if (arg(instance, sourcePath)) return undefined;
      const engine = arg(instance, enginePath);
      const name = stringValue(resolve(program, engine));
      if (name?.startsWith('aurora') || (engine && name === undefined)) return undefined;
      return flag.judge(program, instance, group);
    },
  };
}

/** A setting met when the resource has an argument, or another resource pointing at it supplies it. */
function presenceJudge(
  type: string,
  paths: string[],
  wanted: string,
  companions: { type: string; reference: string; path?: string; value?: string }[] = [],
): Judge {
  return {
    types: [type],
    judge(program, resource) {
      for (const path of paths) {
        const value = arg(resource, path);
        if (value) return { ok: true, has: argumentName(resource, path), value };
      }
      for (const companion of companions)
        for (const other of resourcesOfType(program, companion.type)) {
          const target = arg(other, companion.reference);
          if (referencedResource(program, target) === resource) {
            if (!companion.path) return { ok: true, has: other.sourceType };
            const status = stringValue(resolve(program, arg(other, companion.path)));
            if (status === undefined || status === companion.value) return { ok: true, has: other.sourceType };
          }
          // A companion whose target cannot be followed may be this resource's.
          else if (target && !referencedResource(program, target)) return undefined;
        }
      return {
        ok: false,
        has: paths.length ? `no ${paths.map((p) => argumentName(resource, p)).join(' or ')}` : 'no association',
      };
    },
    wanted: () => wanted,
  };
}

const JUDGES: Partial<Record<SettingRequirement['setting'], Judge>> = {
  'log-retention-days': numericJudge(['aws_cloudwatch_log_group'], 'retention_in_days', ' days'),
  'lambda-memory-mb': numericJudge(['aws_lambda_function'], 'memory_size', ' MB', 128, 0.03),
  'lambda-timeout-seconds': numericJudge(['aws_lambda_function'], 'timeout', ' seconds', 3),
  'reserved-concurrency': numericJudge(['aws_lambda_function'], 'reserved_concurrent_executions', ''),
  'provisioned-concurrency': numericJudge(
    ['aws_lambda_provisioned_concurrency_config'],
    'provisioned_concurrent_executions',
    '',
  ),
  'lambda-runtime': runtimeJudge(['aws_lambda_function'], 'runtime'),
  versioning: {
    types: ['aws_s3_bucket'],
    judge(program, bucket) {
      const inline = arg(bucket, 'versioning.enabled');
      if (inline) {
        const flag = boolValue(resolve(program, inline));
        return flag === undefined ? undefined : { ok: flag, has: `versioning.enabled = ${flag}`, value: inline };
      }
      for (const versioning of resourcesOfType(program, 'aws_s3_bucket_versioning')) {
        if (referencedResource(program, arg(versioning, 'bucket')) !== bucket) continue;
        const status = stringValue(resolve(program, arg(versioning, 'versioning_configuration.status')));
        return { ok: status === undefined || status === 'Enabled', has: `versioning status ${status ?? 'unknown'}` };
      }
      // A versioning resource whose bucket cannot be followed may be this bucket's.
      if (
        resourcesOfType(program, 'aws_s3_bucket_versioning').some(
          (v) => referencedResource(program, arg(v, 'bucket')) === undefined,
        )
      )
        return undefined;
      return { ok: false, has: 'no versioning' };
    },
    wanted: () => 'versioning enabled',
  },
  'point-in-time-recovery': flagJudge(['aws_dynamodb_table'], 'point_in_time_recovery.enabled', () => true),
  'multi-az': multiAzJudge('aws_db_instance', 'multi_az', 'engine', 'replicate_source_db'),
  'deletion-protection': deletionProtectionJudge({
    aws_dynamodb_table: 'deletion_protection_enabled',
    aws_db_instance: 'deletion_protection',
    aws_rds_cluster: 'deletion_protection',
    aws_lb: 'enable_deletion_protection',
  }),
  'key-rotation': rotationJudge('aws_kms_key', 'enable_key_rotation', 'customer_master_key_spec'),
  'max-session-duration-seconds': numericJudge(['aws_iam_role'], 'max_session_duration', ' seconds', 3600),
  'key-policy': presenceJudge('aws_kms_key', ['policy'], 'a key policy', [
    { type: 'aws_kms_key_policy', reference: 'key_id' },
  ]),
  'trail-data-events': presenceJudge(
    'aws_cloudtrail',
    ['event_selector.data_resource', 'advanced_event_selector'],
    'data event logging (event selectors with data resources)',
  ),
  'trail-cloudwatch-logs': presenceJudge(
    'aws_cloudtrail',
    ['cloud_watch_logs_group_arn'],
    'delivery to CloudWatch Logs (cloud_watch_logs_group_arn)',
  ),
  'guardduty-s3-protection': presenceJudge(
    'aws_guardduty_detector',
    ['datasources.s3_logs.enable'],
    'S3 protection enabled',
    [{ type: 'aws_guardduty_detector_feature', reference: 'detector_id', path: 'name', value: 'S3_DATA_EVENTS' }],
  ),
  'waf-association': presenceJudge(
    'aws_wafv2_web_acl',
    [],
    'the web ACL associated with a load balancer, API stage or CloudFront distribution',
    [
      { type: 'aws_wafv2_web_acl_association', reference: 'web_acl_arn' },
      { type: 'aws_cloudfront_distribution', reference: 'web_acl_id' },
    ],
  ),
  'mfa-delete': {
    types: ['aws_s3_bucket', 'aws_s3_bucket_versioning'],
    judge(program, resource) {
      const path = resource.type === 'aws_s3_bucket' ? 'versioning.mfa_delete' : 'versioning_configuration.mfa_delete';
      const value = arg(resource, path);
      const name = argumentName(resource, path);
      // A bucket without an inline versioning block is judged through its versioning resource.
      if (resource.type === 'aws_s3_bucket' && !arg(resource, 'versioning')) return undefined;
      if (!value) return { ok: false, has: `no ${name}` };
      const setting = resolve(program, value);
      const flag =
        boolValue(setting) ?? (stringValue(setting) === undefined ? undefined : stringValue(setting) === 'Enabled');
      if (flag === undefined) return undefined;
      return { ok: flag, has: `${name} = ${stringValue(setting) ?? String(flag)}`, value };
    },
    wanted: () => 'MFA delete enabled',
  },
  'encryption-at-rest': kmsEncryptionJudge(
    'aws_s3_bucket_server_side_encryption_configuration',
    'rule',
    'apply_server_side_encryption_by_default.sse_algorithm',
  ),
};

/** The same settings in a CloudFormation template's vocabulary. */
const CFN_JUDGES: Partial<Record<SettingRequirement['setting'], Judge>> = {
  'log-retention-days': numericJudge(['AWS::Logs::LogGroup'], 'RetentionInDays', ' days'),
  'lambda-memory-mb': numericJudge(['AWS::Lambda::Function'], 'MemorySize', ' MB', 128, 0.03),
  'lambda-timeout-seconds': numericJudge(['AWS::Lambda::Function'], 'Timeout', ' seconds', 3),
  'reserved-concurrency': numericJudge(['AWS::Lambda::Function'], 'ReservedConcurrentExecutions', ''),
  'lambda-runtime': runtimeJudge(['AWS::Lambda::Function'], 'Runtime'),
  versioning: {
    types: ['AWS::S3::Bucket'],
    judge(program, bucket) {
      const value = arg(bucket, 'VersioningConfiguration.Status');
      if (!value) return { ok: false, has: 'no VersioningConfiguration' };
      const status = stringValue(resolve(program, value));
      if (status === undefined) return undefined;
      return { ok: status === 'Enabled', has: `VersioningConfiguration.Status = ${status}`, value };
    },
    wanted: () => 'versioning enabled',
  },
  'point-in-time-recovery': flagJudge(
    ['AWS::DynamoDB::Table'],
    'PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled',
    () => true,
  ),
  'multi-az': multiAzJudge(
    'AWS::RDS::DBInstance',
    'MultiAZ',
    'Engine',
    'SourceDBInstanceIdentifier',
    'DBClusterIdentifier',
  ),
  'deletion-protection': deletionProtectionJudge({
    'AWS::DynamoDB::Table': 'DeletionProtectionEnabled',
    'AWS::RDS::DBInstance': 'DeletionProtection',
    'AWS::RDS::DBCluster': 'DeletionProtection',
  }),
  'key-rotation': rotationJudge('AWS::KMS::Key', 'EnableKeyRotation', 'KeySpec'),
  'max-session-duration-seconds': numericJudge(['AWS::IAM::Role'], 'MaxSessionDuration', ' seconds', 3600),
  'key-policy': presenceJudge('AWS::KMS::Key', ['KeyPolicy'], 'a key policy'),
  'trail-data-events': presenceJudge(
    'AWS::CloudTrail::Trail',
    ['EventSelectors', 'AdvancedEventSelectors'],
    'data event logging (event selectors)',
  ),
  'trail-cloudwatch-logs': presenceJudge(
    'AWS::CloudTrail::Trail',
    ['CloudWatchLogsLogGroupArn'],
    'delivery to CloudWatch Logs (CloudWatchLogsLogGroupArn)',
  ),
  'guardduty-s3-protection': presenceJudge(
    'AWS::GuardDuty::Detector',
    ['DataSources.S3Logs.Enable', 'Features'],
    'S3 protection enabled',
  ),
  'waf-association': presenceJudge(
    'AWS::WAFv2::WebACL',
    [],
    'the web ACL associated with a load balancer, API stage or CloudFront distribution',
    [
      { type: 'AWS::WAFv2::WebACLAssociation', reference: 'WebACLArn' },
      { type: 'AWS::CloudFront::Distribution', reference: 'DistributionConfig.WebACLId' },
    ],
  ),
  'encryption-at-rest': kmsEncryptionJudge(
    'AWS::S3::Bucket',
    'BucketEncryption.ServerSideEncryptionConfiguration',
    'ServerSideEncryptionByDefault.SSEAlgorithm',
  ),
};

/** Settings judged over more than one resource at a time. */
const SPECIAL: Partial<
  Record<SettingRequirement['setting'], (program: Program, context: RuleContext, group: SettingRequirement[]) => void>
> = {
  'lambda-env-variables': checkEnvironmentVariables,
  'source-ip-condition': checkSourceIpConditions,
};

/**
 * Environment variables the request names: a function that sets some of
 * them and not the others is reported at its variables; when no function
 * sets any, the first function is (the program as a whole lacks them).
 */
function checkEnvironmentVariables(program: Program, context: RuleContext, group: SettingRequirement[]): void {
  const names = [...new Set(group.flatMap((r) => (r.setting === 'lambda-env-variables' ? r.names : [])))];
  const template = isTemplate(program);
  const functions = resourcesOfType(program, template ? 'AWS::Lambda::Function' : 'aws_lambda_function');
  if (!functions.length || !names.length) return;
  const path = template ? 'Environment.Variables' : 'environment.variables';
  const seen: { fn: Resource; keys: string[]; value?: Value }[] = [];
  for (const fn of functions) {
    const written = arg(fn, path);
    if (!written) {
      seen.push({ fn, keys: [] });
      continue;
    }
    const variables = asObject(resolve(program, written, false));
    // Variables built from something unknown (a spread, a function's result) may hold any name.
    if (!variables || hasUnknown(variables) || variables.entries.some((e) => e.key === '...')) return;
    seen.push({ fn, keys: variables.entries.map((e) => e.key), value: written });
  }
  for (const requirement of group) context.checked?.(requirement);
  const first = group[0];
  const some = seen.filter((s) => names.some((n) => s.keys.includes(n)));
  if (!some.length) {
    const fn = functions[0];
    context.report({
      message: `No Lambda function sets the environment variable${names.length > 1 ? 's' : ''} ${names.join(', ')} (${describeResource(fn)} is the first), which the request asks for (${requiredBy(first)}).`,
      span: fn.headerSpan,
      resource: fn,
      requirement: first,
    });
    return;
  }
  for (const { fn, keys, value } of some) {
    const missing = names.filter((n) => !keys.includes(n));
    if (!missing.length) continue;
    context.report({
      message: `${describeResource(fn)} sets ${names.filter((n) => keys.includes(n)).join(', ')} but not ${missing.join(', ')}, which the request asks every function to have (${requiredBy(first)}).`,
      span: value?.span ?? fn.headerSpan,
      resource: fn,
      requirement: first,
    });
  }
}

/** Resource types whose policies are identity policies (what a principal may do), by framework vocabulary. */
const IDENTITY_POLICY_OWNERS = new Set([
  'aws_iam_role_policy',
  'aws_iam_policy',
  'aws_iam_user_policy',
  'aws_iam_group_policy',
  'aws_iam_role',
  'AWS::IAM::Policy',
  'AWS::IAM::ManagedPolicy',
  'AWS::IAM::Role',
]);

/**
 * "All IAM policies must include source IP conditions": every Allow
 * statement of an identity policy tests `aws:SourceIp` (or `aws:VpcSourceIp`).
 * Trust policies and statements with principals (resource policies) are left alone.
 */
function checkSourceIpConditions(program: Program, context: RuleContext, group: SettingRequirement[]): void {
  const first = group[0];
  for (const policy of program.policies) {
    const owner = policy.owner;
    if (!owner || !IDENTITY_POLICY_OWNERS.has(owner.resource.type)) continue;
    if (/assume_role|AssumeRolePolicy/i.test(owner.argument)) continue;
    context.checked?.(first);
    const lacking = policy.statements.find(
      (s) =>
        s.effect === 'Allow' &&
        !s.principals.length &&
        !s.conditions.partial &&
        !s.conditions.keys.some((k) => /^aws:(Vpc)?SourceIp$/i.test(k)),
    );
    if (!lacking) continue;
    context.report({
      message: `A statement of the policy of ${describeResource(owner.resource)} allows ${lacking.actions.map((a) => a.value ?? '?').join(', ') || 'actions'} without an aws:SourceIp condition, which the request asks of every policy (${requiredBy(first)}).`,
      span: lacking.span,
      resource: owner.resource,
      requirement: first,
    });
  }
}
