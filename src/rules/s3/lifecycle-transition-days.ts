/**
 * s3/lifecycle-transition-days: an S3 lifecycle rule whose day counts S3
 * refuses: a transition to an infrequent-access class before 30 days, a
 * transition that leaves the previous class before its minimum stay, or an
 * expiration that does not come after the rule's transitions.
 */
import { cdkDuration, cdkMemberOf, cdkProp } from '../../model/cdk-query.js';
import { isConditional, resourcesOfType } from '../../model/query.js';
import type { Span } from '../../model/source.js';
import { snakeCase } from '../../model/names.js';
import type { Program, Resource, Value } from '../../model/types.js';
import { arg, asObject, field, items, numberValue, stringValue } from '../../model/values.js';
import { cdkS3StorageClass } from '../../schema/cdk-storage-classes.js';
import { describeResource } from '../describe.js';
import { CODE_FRAMEWORKS, defineRule, type RuleContext } from '../rule.js';
import { defaultsAmong, type InputValue, statedValue } from '../stated-value.js';

export default defineRule({
  meta: {
    id: 's3/lifecycle-transition-days',
    title: 'S3 lifecycle days that S3 refuses',
    severity: 'critical',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation', 'cdk-ts', 'cdk-py'],
    description:
      'A rule of an S3 lifecycle configuration that moves objects (or noncurrent versions) to STANDARD_IA or ONEZONE_IA before they are 30 days old, moves them on from a class before its minimum stay (30 days for the infrequent-access classes, 90 for GLACIER), or expires them no later than its last transition. High when a day count comes from an input default or the resource is conditional.',
    rationale:
      "PutBucketLifecycleConfiguration validates every rule, enabled or not, and refuses the whole configuration: \"'Days' in Transition action must be greater than or equal to 30 for storageClass 'STANDARD_IA'\", \"'Days' in the 'Transition' action for StorageClass 'DEEP_ARCHIVE' ... must be 90 days more than ... 'GLACIER'\", \"'NoncurrentDays' in the NoncurrentVersionExpiration action ... must be greater than 'NoncurrentDays' in the NoncurrentVersionTransition action\". The bucket (in a template, the stack) fails to deploy.",
    docs: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-transition-general-considerations.html',
    fixable: 'none',
  },
  check(program, context) {
    for (const configuration of resourcesOfType(program, 'aws_s3_bucket_lifecycle_configuration'))
      for (const rule of items(arg(configuration, 'rule')))
        checkRule(program, context, configuration, terraformRule(program, rule, 'noncurrent_days'));
    // The legacy inline block of aws_s3_bucket (and Pulumi's Bucket before v7) names noncurrent days `days`.
    for (const bucket of resourcesOfType(program, 'aws_s3_bucket'))
      for (const rule of items(arg(bucket, 'lifecycle_rule')))
        checkRule(program, context, bucket, terraformRule(program, rule, 'days'));
    for (const bucket of resourcesOfType(program, 'AWS::S3::Bucket')) {
      const props = bucket.construct?.props;
      const rules = props
        ? items(cdkProp(props, 'lifecycleRules')).map((rule) => constructRule(program, rule))
        : items(arg(bucket, 'LifecycleConfiguration.Rules')).map((rule) => templateRule(program, rule));
      for (const rule of rules) checkRule(program, context, bucket, rule);
    }
  },
});

/**
 * How long objects must stay in a class before a later transition moves them on, in days: documented for the
 * infrequent-access classes, and in S3's refusal for GLACIER (other classes' minimums are only billed).
 */
const MINIMUM_STAY: Readonly<Record<string, number>> = { STANDARD_IA: 30, ONEZONE_IA: 30, GLACIER: 90 };

/** The storage classes from warmest to coldest: lifecycle transitions only go down this list. */
const WATERFALL = ['STANDARD_IA', 'INTELLIGENT_TIERING', 'ONEZONE_IA', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE'];

/** The classes objects may only enter once they are 30 days old. */
const INFREQUENT_ACCESS = new Set(['STANDARD_IA', 'ONEZONE_IA']);

/** A lifecycle action's day count, as the program states it. */
interface DayCount {
  days: number;
  /** Where the day count is written. */
  span: Span;
  /** The setting as the program writes it (`days`, `TransitionInDays`, `transitionAfter`). */
  setting: string;
  /** The inputs whose values (when the deployment sets none) give the count or the class. */
  inputs: InputValue[];
}

interface Transition extends DayCount {
  storageClass: string;
}

/** One rule of a lifecycle configuration, in either vocabulary. */
interface LifecycleRule {
  id?: string;
  transitions: Transition[];
  expiration?: DayCount;
  noncurrentTransitions: Transition[];
  noncurrentExpiration?: DayCount;
}

function checkRule(program: Program, context: RuleContext, resource: Resource, rule: LifecycleRule): void {
  const name = `lifecycle rule${rule.id ? ` "${rule.id}"` : ''} of ${describeResource(resource)}`;
  const report = (counts: DayCount[], what: string, refusal: string): void => {
    const defaults = defaultsAmong(counts.flatMap((c) => c.inputs.map((input) => ({ input }))));
    const [at, ...others] = counts;
    context.report({
      message: `The ${name} ${what}${defaults.note}: S3 refuses the lifecycle configuration ("${refusal}"), so the bucket fails to deploy.`,
      span: at.span,
      resource,
      severity: defaults.fromDefaults || isConditional(program, resource) ? 'high' : 'critical',
      related: others.map((c) => ({ message: `${c.setting}: ${c.days} days`, span: c.span })),
    });
  };
  for (const [transitions, expiration, kind] of [
    [rule.transitions, rule.expiration, 'objects'],
    [rule.noncurrentTransitions, rule.noncurrentExpiration, 'noncurrent versions'],
  ] as const) {
    const action = kind === 'objects' ? 'Transition' : 'NoncurrentVersionTransition';
    const daysName = kind === 'objects' ? 'Days' : 'NoncurrentDays';
    for (const t of transitions)
      if (INFREQUENT_ACCESS.has(t.storageClass) && t.days < 30)
        report(
          [t],
          `moves ${kind} to ${t.storageClass} after ${t.days} days (${t.setting}), before the 30 days S3 requires`,
          `'${daysName}' in ${action} action must be greater than or equal to 30 for storageClass '${t.storageClass}'`,
        );
    // Each class keeps objects for its minimum stay before a later transition may move them on (S3 says so of
    // current objects; for noncurrent versions it is not documented, so they are left alone).
    const ordered = [...transitions].sort((a, b) => a.days - b.days);
    if (kind === 'objects')
      for (let i = 1; i < ordered.length; i++) {
        const [from, to] = [ordered[i - 1], ordered[i]];
        const stay = MINIMUM_STAY[from.storageClass];
        // A transition up the list is refused for its direction, not its days.
        if (
          stay &&
          to.days - from.days < stay &&
          WATERFALL.indexOf(to.storageClass) > WATERFALL.indexOf(from.storageClass)
        )
          report(
            [to, from],
            `moves objects to ${to.storageClass} after ${to.days} days, ${to.days - from.days} days after moving them to ${from.storageClass} (after ${from.days}), which keeps them at least ${stay} days`,
            `'Days' in the 'Transition' action for StorageClass '${to.storageClass}' must be ${stay} days more than the 'Transition' action for StorageClass '${from.storageClass}'`,
          );
      }
    const last = ordered.at(-1);
    if (expiration && last && expiration.days <= last.days)
      report(
        [expiration, last],
        `expires ${kind} after ${expiration.days} days (${expiration.setting}), not after its transition to ${last.storageClass} at ${last.days} days`,
        kind === 'objects'
          ? "'Days' in the Expiration action must be greater than 'Days' in the Transition action"
          : "'NoncurrentDays' in the NoncurrentVersionExpiration action must be greater than 'NoncurrentDays' in the NoncurrentVersionTransition action",
      );
  }
}

/** A day count written in place or as an input's default; undefined when unknown. */
function dayCount(program: Program, object: Value | undefined, key: string, read = numberValue): DayCount | undefined {
  const entry = asObject(object)?.entries.find((e) => e.key === key);
  const stated = statedValue(program, entry?.value);
  const days = read(stated?.value);
  if (!entry || !stated || days === undefined) return undefined;
  return {
    days,
    span: entry.value.span,
    setting: entry.written ?? entry.key,
    inputs: stated.input ? [stated.input] : [],
  };
}

function transition(
  program: Program,
  object: Value,
  daysKey: string,
  storageClass: string | undefined,
  classInput: InputValue | undefined,
  read = numberValue,
): Transition | undefined {
  const count = dayCount(program, object, daysKey, read);
  if (!count || !storageClass) return undefined;
  return { ...count, storageClass, inputs: classInput ? [...count.inputs, classInput] : count.inputs };
}

function statedClass(program: Program, value: Value | undefined): { storageClass?: string; input?: InputValue } {
  const stated = statedValue(program, value);
  return { storageClass: stringValue(stated?.value)?.toUpperCase(), input: stated?.input };
}

/** Terraform, Pulumi and CDKTF: `transition { days, storage_class }`, `expiration { days }` and their noncurrent twins. */
function terraformRule(program: Program, rule: Value, noncurrentDays: string): LifecycleRule {
  const transitions = (key: string, daysKey: string): Transition[] =>
    items(field(rule, key)).flatMap((t) => {
      const { storageClass, input } = statedClass(program, field(t, 'storage_class'));
      return transition(program, t, daysKey, storageClass, input) ?? [];
    });
  return {
    id: stringValue(field(rule, 'id')),
    transitions: transitions('transition', 'days'),
    expiration: dayCount(program, field(rule, 'expiration'), 'days'),
    noncurrentTransitions: transitions('noncurrent_version_transition', noncurrentDays),
    noncurrentExpiration: dayCount(program, field(rule, 'noncurrent_version_expiration'), noncurrentDays),
  };
}

/** Templates and CDK L1: `Transitions` (or the older single `Transition`) with `TransitionInDays`, `ExpirationInDays`. */
function templateRule(program: Program, rule: Value): LifecycleRule {
  const transitions = (plural: string, singular: string): Transition[] =>
    [...items(field(rule, plural)), ...items(field(rule, singular))].flatMap((t) => {
      const { storageClass, input } = statedClass(program, field(t, 'StorageClass'));
      return transition(program, t, 'TransitionInDays', storageClass, input) ?? [];
    });
  return {
    id: stringValue(field(rule, 'Id')),
    transitions: transitions('Transitions', 'Transition'),
    expiration: dayCount(program, rule, 'ExpirationInDays'),
    noncurrentTransitions: transitions('NoncurrentVersionTransitions', 'NoncurrentVersionTransition'),
    noncurrentExpiration:
      dayCount(program, field(rule, 'NoncurrentVersionExpiration'), 'NoncurrentDays') ??
      dayCount(program, rule, 'NoncurrentVersionExpirationInDays'),
  };
}

/** AWS CDK `s3.Bucket` props: `transitions: [{ storageClass: s3.StorageClass.X, transitionAfter: Duration.days(n) }]`. */
function constructRule(program: Program, rule: Value): LifecycleRule {
  const transitions = (name: string): Transition[] =>
    items(cdkProp(rule, name)).flatMap((t) => {
      const path = cdkMemberOf(program, cdkProp(t, 'storageClass'));
      const storageClass = path?.[1] === 'StorageClass' ? cdkS3StorageClass(path[2]) : undefined;
      return transition(program, t, writtenKey(t, 'transitionAfter'), storageClass, undefined, durationDays) ?? [];
    });
  return {
    id: stringValue(cdkProp(rule, 'id')),
    transitions: transitions('transitions'),
    expiration: dayCount(program, rule, writtenKey(rule, 'expiration'), durationDays),
    noncurrentTransitions: transitions('noncurrentVersionTransitions'),
    noncurrentExpiration: dayCount(program, rule, writtenKey(rule, 'noncurrentVersionExpiration'), durationDays),
  };
}

/** The key a CDK prop is written with: camelCase in TypeScript, snake_case in Python. */
function writtenKey(object: Value, name: string): string {
  return field(object, name) === undefined ? snakeCase(name) : name;
}

/** The days of `Duration.days(n)`. */
function durationDays(value: Value | undefined): number | undefined {
  const duration = cdkDuration(value);
  return duration?.unit === 'days' ? duration.amount : undefined;
}
