import { cdkProp } from '../../model/cdk-query.js';
import { referencedResource, resourcesOfType } from '../../model/query.js';
import { usesCloudFormationVocabulary } from '../../model/cloudformation.js';
import type { PolicyString, Program, Resource, Value } from '../../model/types.js';
import { keyPolicyAdmitsService, keyPolicyDocuments } from '../kms/key-policy.js';
import { arg, field } from '../../model/values.js';
import { cdkStructProps } from '../../schema/cdk-api.js';
import { describeResource } from '../describe.js';
import { CODE_FRAMEWORKS, defineRule, type Report } from '../rule.js';
import { list, literal, map } from '../../idiom/code.js';
import { idiomOf } from '../../idiom/index.js';

export default defineRule({
  meta: {
    id: 'cloudwatch/log-group-kms-key-policy',
    title: 'Log group encrypted with a key CloudWatch Logs may not use',
    severity: 'critical',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation', 'cdk-ts', 'cdk-py'],
    description:
      'A CloudWatch log group is encrypted with a KMS key of the program whose key policy does not allow the CloudWatch Logs service principal (critical). A key policy that names only the global `logs.amazonaws.com`, where AWS documents the regional `logs.<region>.amazonaws.com`, is medium: programs deployed with it show it accepted, but it is undocumented. A key without a policy gets the default one, which trusts the account only; so does an AWS CDK `kms.Key` without `policy` or a grant to the service. A policy set by a separate `aws_kms_key_policy` (Pulumi `aws.kms.KeyPolicy`) is the policy of that key.',
    rationale:
      "CloudWatch Logs must be allowed to use the key in its key policy; otherwise creating the log group fails with an access denied error on the KMS key. AWS CDK's `logs.LogGroup` passes `encryptionKey` through without granting the service anything.",
    docs: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html',
    fixable: 'suggest',
  },
  check(program, context) {
    const cloudFormation = usesCloudFormationVocabulary(program.framework);
    // Keys whose policy names only the global logs principal: one finding per key, at that principal.
    const globallyGranted = new Map<
      Resource,
      { principal: PolicyString; groups: { group: Resource; keyArg: Value }[] }
    >();
    for (const group of resourcesOfType(program, cloudFormation ? 'AWS::Logs::LogGroup' : 'aws_cloudwatch_log_group')) {
      const keyArg = cloudFormation ? keyOfCloudFormationGroup(group) : arg(group, 'kms_key_id');
      const key = referencedResource(program, keyArg);
      if (!keyArg || key?.type !== (cloudFormation ? 'AWS::KMS::Key' : 'aws_kms_key')) continue;
      const verdict =
        key.construct?.api === 'aws_kms.Key' ? cdkKeyAllowsLogs(program, key) : allowsLogsService(program, key);
      if (verdict === true || verdict === undefined) continue;
      if (verdict !== false) {
        const entry = globallyGranted.get(key) ?? { principal: verdict, groups: [] };
        entry.groups.push({ group, keyArg });
        globallyGranted.set(key, entry);
        continue;
      }
      context.report({
        message: `${describeResource(group)} is encrypted with ${describeResource(key)}, whose key policy does not allow the logs.amazonaws.com service principal; the log group cannot be created. Allow CloudWatch Logs in the key policy, or use a dedicated key for logs.`,
        span: keyArg.span,
        resource: group,
        related: [{ message: 'the key', span: key.headerSpan }],
        suggestion: logsStatement(program, group, 'key policy without CloudWatch Logs'),
      });
    }
    for (const [key, { principal, groups }] of globallyGranted) {
      const [first, ...others] = groups;
      const encrypted = others.length
        ? `${describeResource(first.group)} and ${others.length} other log group${others.length > 1 ? 's' : ''}`
        : describeResource(first.group);
      context.report({
        message: `The key policy of ${describeResource(key)}, which encrypts ${encrypted}, lets CloudWatch Logs in as ${principal.value}, while AWS documents the regional principal logs.<region>.amazonaws.com for key policies: the global name is accepted in practice but undocumented, and failed deployments have been blamed on it. Name the regional principal.`,
        span: principal.span,
        // Many programs QA deployed keep the global principal: not a certain failure, a departure from the documented form.
        severity: 'medium',
        resource: key,
        related: groups.map(({ keyArg }) => ({ message: 'the log group encrypted with it', span: keyArg.span })),
        suggestion: logsStatement(program, first.group, 'global CloudWatch Logs principal'),
      });
    }
  },
});

/** The key policy statement CloudWatch Logs needs, as a suggestion in the program's language. */
function logsStatement(program: Program, group: Resource, before: string): Report['suggestion'] {
  const idiom = idiomOf(group.framework, program);
  return (
    idiom && {
      before: idiom.comment(before),
      after: idiom.expression(
        map(
          ['Effect', literal('Allow')],
          ['Principal', map(['Service', literal('logs.<region>.amazonaws.com')])],
          ['Action', list(...LOGS_KEY_ACTIONS.map(literal))],
          ['Resource', literal('*')],
        ),
      ),
    }
  );
}

/** The key of a template's log group (`KmsKeyId`), or of an AWS CDK `logs.LogGroup` (`encryptionKey`). */
function keyOfCloudFormationGroup(group: Resource): Value | undefined {
  const props = group.construct?.props;
  if (props && group.construct?.api === 'aws_logs.LogGroup') return cdkProp(props, 'encryptionKey');
  return arg(group, 'KmsKeyId');
}

/**
 * An AWS CDK `kms.Key`: without `policy` it gets CDK's default key policy
 * (the account's root, nothing for services); a `policy` prop, or any method
 * called on the key (`grantEncryptDecrypt(new ServicePrincipal('logs…'))`,
 * `addToResourcePolicy(...)`), may let CloudWatch Logs in: not judged.
 */
function cdkKeyAllowsLogs(program: Program, key: Resource): boolean | undefined {
  const props = key.construct!.props;
  if (!key.construct!.literal || field(props, 'policy')) return undefined;
  // A prop KeyProps lacks (`keyPolicy`) is reported as such; what its author meant is not guessed.
  const known = [...(cdkStructProps('aws_kms.KeyProps')?.keys() ?? [])].map(flat);
  if (props.entries.some((entry) => !known.includes(flat(entry.key)))) return undefined;
  if ((program.cdkMethodCalls ?? []).some((call) => call.resource === key)) return undefined;
  return false;
}

/**
 * true / false when the key policy is known; undefined when it cannot be read;
 * the principal when its only grant to CloudWatch Logs names the global `logs.amazonaws.com`.
 */
function allowsLogsService(program: Program, key: Resource): boolean | PolicyString | undefined {
  const documents = keyPolicyDocuments(program, key);
  // No policy: the default key policy trusts only the account, not the logs service.
  if (documents === 'default') return false;
  if (!documents) return undefined;
  return keyPolicyAdmitsService(
    documents,
    (service) => service.startsWith('logs.'),
    (service) => GLOBAL_LOGS_PRINCIPALS.has(service),
  );
}

/**
 * The CloudWatch Logs user guide (encrypt-log-data-kms) names the regional `logs.<region>.amazonaws.com`
 * in key policies; the global name is undocumented there, though deployed programs use it.
 */
const GLOBAL_LOGS_PRINCIPALS = new Set(['logs.amazonaws.com', 'logs.amazonaws.com.cn']);

/** What CloudWatch Logs needs of a key that encrypts a log group (CloudWatch Logs user guide, encrypt-log-data-kms). */
const LOGS_KEY_ACTIONS = ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'];

function flat(name: string): string {
  return name.replace(/_/g, '').toLowerCase();
}
