import type { Program, Resource, Value } from '../../model/types.js';
import { referencedResource, resourcesOfType } from '../../model/query.js';
import { arg, at, boolValue, items, numberValue, stringValue } from '../../model/values.js';
import { runtimeText } from '../../requirements/describe.js';
import type { Requirement, RuntimeWanted } from '../../requirements/types.js';
import { argumentName, describeResource } from '../describe.js';
import { defineRule, type RuleContext } from '../rule.js';
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
    frameworks: 'all',
    description:
      'The request mandates a setting (log retention days, Lambda memory, timeout, runtime, reserved or provisioned concurrency, S3 versioning, DynamoDB point-in-time recovery, deletion protection on or off, RDS Multi-AZ, KMS encryption at rest) and a resource it applies to has another value or none.',
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
    for (const group of bySetting.values()) checkSetting(program, context, group);
  },
});

function checkSetting(program: Program, context: RuleContext, group: SettingRequirement[]): void {
  const first = group[0];
  const judge = JUDGES[first.setting];
  if (!judge) return;
  const resources = judge.types.flatMap((type) => resourcesOfType(program, type));
  if (!resources.length) return;
  const verdicts = resources.map((resource) => ({ resource, judgement: judge.judge(program, resource, group) }));
  const known = verdicts.filter((v): v is { resource: Resource; judgement: Judgement } => v.judgement !== undefined);
  if (!known.length) return;
  for (const requirement of group) context.checked?.(requirement);
  // "All buckets must..." judges each one; "a bucket with versioning" is met by one.
  const all = group.some((r) => r.all) || resources.length === 1;
  if (!all && known.some((v) => v.judgement.ok)) return;
  for (const { resource, judgement } of known) {
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
  /** The verdict on one resource, undefined when its value cannot be known. */
  judge(program: Program, resource: Resource, group: SettingRequirement[]): Judgement | undefined;
  wanted(group: SettingRequirement[], resource: Resource): string;
}

function numbersOf(group: SettingRequirement[]): number[] {
  return group.flatMap((r) => ('value' in r && typeof r.value === 'number' ? [r.value] : []));
}

/**
 * A numeric argument compared with the values asked for; `fallback` is AWS's default when it is absent;
 * `tolerance` accepts values that much below (3 GB asked, the classic 3008 MB written).
 */
function numericJudge(types: string[], path: string, unit: string, fallback?: number, tolerance = 0): Judge {
  const meets = (number: number, wanted: number[]) =>
    wanted.some((w) => number === w || (number < w && number >= w * (1 - tolerance)));
  return {
    types,
    judge(program, resource, group) {
      const value = arg(resource, path);
      const name = argumentName(resource, path);
      if (!value) {
        const wanted = numbersOf(group);
        if (fallback !== undefined)
          return { ok: meets(fallback, wanted), has: `no ${name} (AWS uses ${fallback}${unit})` };
        return { ok: false, has: `no ${name}` };
      }
      const number = numberValue(resolve(program, value));
      if (number === undefined) return undefined;
      return { ok: meets(number, numbersOf(group)), has: `${name} = ${number}`, value };
    },
    wanted: (group, resource) =>
      `${argumentName(resource, path)} = ${[...new Set(numbersOf(group))].join(' or ')}${unit}`,
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
  'lambda-runtime': {
    types: ['aws_lambda_function'],
    judge(program, resource, group) {
      const value = arg(resource, 'runtime');
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
  },
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
  'multi-az': flagJudge(['aws_db_instance'], 'multi_az', () => true),
  'deletion-protection': {
    types: ['aws_dynamodb_table', 'aws_db_instance', 'aws_rds_cluster', 'aws_lb'],
    judge(program, resource, group) {
      const path =
        resource.type === 'aws_dynamodb_table'
          ? 'deletion_protection_enabled'
          : resource.type === 'aws_lb'
            ? 'enable_deletion_protection'
            : 'deletion_protection';
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
  },
  'encryption-at-rest': {
    types: ['aws_s3_bucket_server_side_encryption_configuration'],
    judge(program, config, group) {
      const kms = group.some((r) => r.setting === 'encryption-at-rest' && r.key !== 'aws-managed');
      if (!kms) return undefined;
      for (const rule of items(arg(config, 'rule'))) {
        const value = at(rule, 'apply_server_side_encryption_by_default.sse_algorithm');
        const algorithm = stringValue(resolve(program, value));
        if (algorithm === undefined) return undefined;
        return { ok: algorithm.startsWith('aws:kms'), has: `sse_algorithm = ${algorithm}`, value };
      }
      return undefined;
    },
    wanted: () => 'server-side encryption with KMS (aws:kms)',
  },
};
