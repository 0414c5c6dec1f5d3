/**
 * kms/key-policy-open-to-everyone: a key policy that allows every principal
 * (`"*"`, `{"AWS": "*"}`) with no condition.
 */
import type { Framework } from '../../model/types.js';
import { describeResource } from '../describe.js';
import { CODE_FRAMEWORKS, defineRule } from '../rule.js';
import { isKeyPolicy, opensToEveryone } from './key-policy.js';

export default defineRule({
  meta: {
    id: 'kms/key-policy-open-to-everyone',
    title: 'KMS key policy open to every AWS principal',
    severity: 'high',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation'],
    description:
      'An Allow statement of a KMS key policy names every principal (`"*"` or `{"AWS": "*"}`) and sets no condition. (The account root, `arn:aws:iam::<account>:root`, is what the default key policy names.)',
    rationale:
      'The key policy is the primary control over a KMS key: `"AWS": "*"` without a condition lets a principal of any AWS account use the key as the statement allows (with `kms:*`, also schedule its deletion or change its policy), and the data it encrypts is only as private as the key.',
    docs: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html',
    fixable: 'suggest',
  },
  check(program, context) {
    for (const document of program.policies) {
      const owner = document.owner;
      if (!owner || !isKeyPolicy(document)) continue;
      for (const statement of document.statements) {
        if (!opensToEveryone(statement)) continue;
        context.report({
          message: `The key policy of ${describeResource(owner.resource)} allows every AWS principal ("*") with no condition: any account can use the key${statement.actions.some((a) => a.value === 'kms:*') ? ', and with kms:* administer or delete it' : ''}. Name the account root (as the default key policy does) or the roles that need the key.`,
          span: statement.span,
          resource: owner.resource,
          suggestion: { before: 'Principal: "*"', after: accountRootPrincipal(program.framework) },
        });
      }
    }
  },
});

/** The account-root principal, written as the program writes a key policy. */
function accountRootPrincipal(framework: Framework): string {
  switch (framework) {
    case 'terraform':
      return 'Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }';
    case 'pulumi-py':
    case 'cdktf-py':
      return '{"Principal": {"AWS": f"arn:aws:iam::{current.account_id}:root"}}';
    case 'cloudformation':
      return "Principal:\n  AWS: !Sub 'arn:aws:iam::${AWS::AccountId}:root'";
    default:
      return '({ Principal: { AWS: `arn:aws:iam::${current.accountId}:root` } })';
  }
}
