import { referencedResource } from '../../model/query.js';
import { resourcesOfType } from '../../model/query.js';
import type { PolicyDocument, Program, Resource } from '../../model/types.js';
import { arg } from '../../model/values.js';
import { describeResource } from '../describe.js';
import { defineRule } from '../rule.js';
import { list, literal, map } from '../../idiom/code.js';
import { idiomOf } from '../../idiom/index.js';

export default defineRule({
  meta: {
    id: 'cloudwatch/log-group-kms-key-policy',
    title: 'Log group encrypted with a key CloudWatch Logs may not use',
    severity: 'critical',
    frameworks: 'all',
    description:
      'A CloudWatch log group is encrypted with a KMS key of the program whose key policy does not allow the CloudWatch Logs service principal.',
    rationale:
      'CloudWatch Logs must be allowed to use the key in its key policy; otherwise creating the log group fails with an access denied error on the KMS key.',
    docs: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html',
    fixable: 'suggest',
  },
  check(program, context) {
    for (const group of resourcesOfType(program, 'aws_cloudwatch_log_group')) {
      const keyArg = arg(group, 'kms_key_id');
      const key = referencedResource(program, keyArg);
      if (!keyArg || key?.type !== 'aws_kms_key') continue;
      const verdict = allowsLogsService(program, key);
      if (verdict !== false) continue;
      const idiom = idiomOf(group.framework);
      context.report({
        message: `${describeResource(group)} is encrypted with ${describeResource(key)}, whose key policy does not allow the logs.amazonaws.com service principal; the log group cannot be created. Allow CloudWatch Logs in the key policy, or use a dedicated key for logs.`,
        span: keyArg.span,
        resource: group,
        related: [{ message: 'the key', span: key.headerSpan }],
        suggestion: idiom && {
          before: idiom.comment('key policy without CloudWatch Logs'),
          after: idiom.expression(
            map(
              ['Effect', literal('Allow')],
              ['Principal', map(['Service', literal('logs.<region>.amazonaws.com')])],
              ['Action', list(...LOGS_KEY_ACTIONS.map(literal))],
              ['Resource', literal('*')],
            ),
          ),
        },
      });
    }
  },
});

/** true / false when the key policy is known; undefined when it cannot be read. */
function allowsLogsService(program: Program, key: Resource): boolean | undefined {
  const policyArg = arg(key, 'policy');
  // No policy: the default key policy trusts only the account, not the logs service.
  if (!policyArg) return false;
  const documents = program.policies.filter(
    (d: PolicyDocument) =>
      d.owner?.resource === key || (policyArg && referencedResource(program, policyArg) === d.owner?.resource),
  );
  if (documents.length === 0) return undefined;
  let unknown = false;
  for (const document of documents)
    for (const statement of document.statements) {
      if (statement.effect !== 'Allow') continue;
      for (const principal of statement.principals) {
        // Only a service (or everyone) principal can let CloudWatch Logs in; account or role principals cannot.
        if (principal.type !== 'Service' && principal.type !== '*') continue;
        for (const id of principal.identifiers) {
          if (id.value === undefined) unknown = true;
          else if (id.value === '*' || id.value.startsWith('logs.')) return true;
        }
      }
      if (statement.partial && statement.principals.length === 0) unknown = true;
    }
  return unknown ? undefined : false;
}

/** What CloudWatch Logs needs of a key that encrypts a log group (CloudWatch Logs user guide, encrypt-log-data-kms). */
const LOGS_KEY_ACTIONS = ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'];
