/**
 * kms/key-policy-open-to-everyone: a key policy that allows every principal
 * (`"*"`, `{"AWS": "*"}`) with no condition.
 */
import type { Framework, PolicyStatement } from '../../model/types.js';
import { describeResource } from '../describe.js';
import { CODE_FRAMEWORKS, defineRule } from '../rule.js';

/** Resources whose policy document is a key policy, and the argument that holds it. */
const KEY_POLICIES: Record<string, string> = {
  aws_kms_key: 'policy',
  aws_kms_key_policy: 'policy',
  'AWS::KMS::Key': 'KeyPolicy',
};

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
      if (!owner || KEY_POLICIES[owner.resource.type] !== owner.argument) continue;
      for (const statement of document.statements) {
        if (statement.effect !== 'Allow' || !opensToEveryone(statement)) continue;
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

function opensToEveryone(statement: PolicyStatement): boolean {
  if (statement.conditions.keys.length > 0 || statement.conditions.partial) return false;
  return statement.principals.some(
    (principal) =>
      (principal.type === '*' || principal.type === 'AWS') && principal.identifiers.some((id) => id.value === '*'),
  );
}

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
