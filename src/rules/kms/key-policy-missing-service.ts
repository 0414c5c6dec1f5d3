/**
 * kms/key-policy-missing-service: a resource encrypted with a KMS key of the
 * program whose key policy does not let in the service that must use the key
 * when the resource is created (CloudTrail).
 */
import { list, literal, map } from '../../idiom/code.js';
import { idiomOf } from '../../idiom/index.js';
import { usesCloudFormationVocabulary } from '../../model/cloudformation.js';
import { referencedResource, resourcesOfType } from '../../model/query.js';
import type { Program, Resource } from '../../model/types.js';
import { arg } from '../../model/values.js';
import { describeResource } from '../describe.js';
import { CODE_FRAMEWORKS, defineRule, type Report } from '../rule.js';
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
    title: 'Key policy does not let in the service that encrypts with the key',
    severity: 'critical',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation'],
    description:
      'A CloudTrail trail encrypted with a KMS key of the program (`kms_key_id`, `KMSKeyId`) whose key policy does not allow the `cloudtrail.amazonaws.com` service principal (`"*"` or `{"AWS": "*"}` count as allowing it). A key without a policy has the default key policy, which trusts the account only. A policy that cannot be read (built at deploy time, an unknown principal) is not judged.',
    rationale:
      'CloudTrail encrypts log files with the key as the service itself, so the key policy has to name it: IAM permissions of the deployer do not count. CloudTrail checks the key policy when the trail is created, and the deployment fails with InsufficientEncryptionPolicyException.',
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
        const documents = keyPolicyDocuments(program, key);
        if (documents === undefined) continue;
        if (documents !== 'default' && keyPolicyAdmitsService(documents, (s) => s === spec.service) !== false) continue;
        const why =
          documents === 'default'
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
  },
});

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
