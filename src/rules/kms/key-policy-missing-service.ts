/**
 * kms/key-policy-missing-service: a resource encrypted with a KMS key of the
 * program whose key policy does not let in the service that must use the key
 * when the resource is created (CloudTrail), or that CloudWatch alarms publish to (an SNS topic).
 */
import { list, literal, map } from '../../idiom/code.js';
import { idiomOf } from '../../idiom/index.js';
import { usesCloudFormationVocabulary } from '../../model/cloudformation.js';
import { referencedResource, resourcesOfType } from '../../model/query.js';
import type { Program, Resource } from '../../model/types.js';
import { arg, items, stringValue } from '../../model/values.js';
import { describeResource } from '../describe.js';
import { CODE_FRAMEWORKS, defineRule, type Report, type RuleContext } from '../rule.js';
import { keyPolicyAdmitsService, keyPolicyDocuments } from './key-policy.js';

/**
 * Resources a service encrypts with a customer managed key as it creates them, and what the
 * key policy must grant it: CloudTrail checks the key policy when the trail is created or
 * updated (CloudTrail user guide, "Configure AWS KMS key policies for CloudTrail"; the error
 * is InsufficientEncryptionPolicyException). Log groups are cloudwatch/log-group-kms-key-policy's.
 */
const SERVICE_KEYS: {
  types: [terraform: string, cloudformation: string];
  keyArgument: [terraform: string, cloudformation: string];
  service: string;
  actions: string[];
  failure: string;
}[] = [
  {
    types: ['aws_cloudtrail', 'AWS::CloudTrail::Trail'],
    keyArgument: ['kms_key_id', 'KMSKeyId'],
    service: 'cloudtrail.amazonaws.com',
    actions: ['kms:GenerateDataKey*', 'kms:DescribeKey'],
    failure: 'creating the trail fails (InsufficientEncryptionPolicyException)',
  },
];

export default defineRule({
  meta: {
    id: 'kms/key-policy-missing-service',
    title: 'Key policy does not let in a service that must use the key',
    severity: 'critical',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation'],
    description:
      'A CloudTrail trail encrypted with a KMS key of the program (`kms_key_id`, `KMSKeyId`) whose key policy does not allow the `cloudtrail.amazonaws.com` service principal (`"*"` or `{"AWS": "*"}` count as allowing it). A key without a policy has the default key policy, which trusts the account only. A policy that cannot be read (built at deploy time, an unknown principal) is not judged.',
    rationale:
      'CloudTrail encrypts log files with the key as the service itself, so the key policy has to name it: IAM permissions of the deployer do not count. CloudTrail checks the key policy when the trail is created, and the deployment fails with InsufficientEncryptionPolicyException. CloudWatch publishes alarm notifications to an encrypted topic only when the key policy lets it use the key; otherwise the publish fails and the alarm is silent.',
    docs: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html',
    fixable: 'suggest',
  },
  check(program, context) {
    const cloudFormation = usesCloudFormationVocabulary(program.framework);
    const index = cloudFormation ? 1 : 0;
    for (const spec of SERVICE_KEYS)
      for (const resource of resourcesOfType(program, spec.types[index])) {
        const keyArg = arg(resource, spec.keyArgument[index]);
        const key = referencedResource(program, keyArg);
        if (!keyArg || key?.type !== (cloudFormation ? 'AWS::KMS::Key' : 'aws_kms_key')) continue;
        const refusal = keyRefuses(program, key, spec.service);
        if (!refusal) continue;
        const why =
          refusal === 'default'
            ? 'has no key policy of its own (the default one trusts the account only)'
            : `has a key policy that does not allow the ${spec.service} service principal`;
        context.report({
          message: `${describeResource(resource)} is encrypted with ${describeResource(key)}, which ${why}: ${spec.failure}. Add a key policy statement that allows ${spec.service} ${spec.actions.join(' and ')}.`,
          span: keyArg.span,
          resource,
          related: [{ message: 'the key', span: key.headerSpan }],
          suggestion: serviceStatement(program, resource, spec.service, spec.actions),
        });
      }
    checkAlarmTopics(program, context, cloudFormation);
  },
});

/** Alarm types and the arguments that name their actions (canonical and template vocabularies). */
const ALARMS: [terraform: string, cloudformation: string][] = [
  ['aws_cloudwatch_metric_alarm', 'AWS::CloudWatch::Alarm'],
  ['aws_cloudwatch_composite_alarm', 'AWS::CloudWatch::CompositeAlarm'],
];
const ALARM_ACTIONS: [terraform: string, cloudformation: string][] = [
  ['alarm_actions', 'AlarmActions'],
  ['ok_actions', 'OKActions'],
  ['insufficient_data_actions', 'InsufficientDataActions'],
];

/** What CloudWatch needs of the key of a topic it publishes alarms to (SNS developer guide, sns-key-management). */
const CLOUDWATCH_TOPIC_ACTIONS = ['kms:GenerateDataKey*', 'kms:Decrypt'];

/** The AWS managed key of SNS: its key policy admits only principals of the account using SNS, not CloudWatch. */
const SNS_MANAGED_KEY = 'alias/aws/sns';

/**
 * SNS topics that CloudWatch alarms notify and that are encrypted with a key CloudWatch may not
 * use: the program's key without cloudwatch.amazonaws.com in its policy, or the AWS managed
 * alias/aws/sns. CloudWatch then cannot publish, and the alarm's notifications are lost (high:
 * the deployment succeeds; the first alarm goes unnoticed). One finding per topic.
 */
function checkAlarmTopics(program: Program, context: RuleContext, cloudFormation: boolean): void {
  const index = cloudFormation ? 1 : 0;
  const notified = new Map<Resource, Resource[]>();
  for (const types of ALARMS)
    for (const alarm of resourcesOfType(program, types[index]))
      for (const actions of ALARM_ACTIONS)
        for (const action of items(arg(alarm, actions[index]))) {
          const topic = referencedResource(program, action);
          if (topic?.type !== (cloudFormation ? 'AWS::SNS::Topic' : 'aws_sns_topic')) continue;
          const alarms = notified.get(topic) ?? [];
          if (!alarms.includes(alarm)) notified.set(topic, [...alarms, alarm]);
        }
  for (const [topic, alarms] of notified) {
    const keyArg = arg(topic, cloudFormation ? 'KmsMasterKeyId' : 'kms_master_key_id');
    if (!keyArg) continue;
    const managed = stringValue(keyArg) === SNS_MANAGED_KEY;
    const key = managed ? undefined : referencedResource(program, keyArg);
    let why: string;
    if (managed)
      why = `the AWS managed key ${SNS_MANAGED_KEY}, whose key policy cannot be changed to let CloudWatch in`;
    else {
      if (key?.type !== (cloudFormation ? 'AWS::KMS::Key' : 'aws_kms_key')) continue;
      const refusal = keyRefuses(program, key, 'cloudwatch.amazonaws.com');
      if (!refusal) continue;
      why =
        refusal === 'default'
          ? `${describeResource(key)}, which has no key policy of its own (the default one trusts the account only)`
          : `${describeResource(key)}, whose key policy does not allow the cloudwatch.amazonaws.com service principal`;
    }
    const [first, ...others] = alarms;
    const who = others.length
      ? `${describeResource(first)} and ${others.length} other alarm${others.length > 1 ? 's' : ''}`
      : describeResource(first);
    context.report({
      message: `${describeResource(topic)} is encrypted with ${why}, and ${who} ${others.length ? 'notify' : 'notifies'} it: CloudWatch cannot publish to the topic, so the alarm notifications are never delivered. ${managed ? 'Encrypt the topic with a customer managed key whose policy allows' : 'Allow'} cloudwatch.amazonaws.com ${CLOUDWATCH_TOPIC_ACTIONS.join(' and ')}${managed ? '' : ' in the key policy'}.`,
      span: keyArg.span,
      resource: topic,
      severity: 'high',
      related: alarms.map((alarm) => ({ message: 'an alarm that notifies the topic', span: alarm.headerSpan })),
      suggestion: managed
        ? undefined
        : serviceStatement(program, topic, 'cloudwatch.amazonaws.com', CLOUDWATCH_TOPIC_ACTIONS),
    });
  }
}

/**
 * Why a key of the program keeps a service out: it has only the default key policy (`'default'`), or
 * its policy names no principal that lets the service in (`'policy'`); undefined when the service is
 * let in or the policy cannot be read.
 */
function keyRefuses(program: Program, key: Resource, service: string): 'default' | 'policy' | undefined {
  const documents = keyPolicyDocuments(program, key);
  if (documents === undefined) return undefined;
  if (documents === 'default') return 'default';
  return keyPolicyAdmitsService(documents, (s) => s === service) === false ? 'policy' : undefined;
}

/** The key policy statement the service needs, in the program's language. */
function serviceStatement(
  program: Program,
  resource: Resource,
  service: string,
  actions: string[],
): Report['suggestion'] {
  const idiom = idiomOf(resource.framework, program);
  return (
    idiom && {
      before: idiom.comment(`key policy without ${service}`),
      after: idiom.expression(
        map(
          ['Effect', literal('Allow')],
          ['Principal', map(['Service', literal(service)])],
          ['Action', list(...actions.map(literal))],
          ['Resource', literal('*')],
        ),
      ),
    }
  );
}
