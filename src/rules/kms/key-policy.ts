/**
 * KMS key policies among a program's policy documents, and the statements
 * that open a key to every principal: what kms/key-policy-open-to-everyone
 * reports, and what iam/wildcard-action leaves to it.
 */
import type { PolicyDocument, PolicyStatement } from '../../model/types.js';

/** Resources whose policy document is a key policy, and the argument that holds it. */
const KEY_POLICIES: Record<string, string> = {
  aws_kms_key: 'policy',
  aws_kms_key_policy: 'policy',
  'AWS::KMS::Key': 'KeyPolicy',
};

export function isKeyPolicy(document: PolicyDocument): boolean {
  const owner = document.owner;
  return !!owner && KEY_POLICIES[owner.resource.type] === owner.argument;
}

/** An Allow statement for every principal (`"*"`, `{"AWS": "*"}`) with no condition. */
export function opensToEveryone(statement: PolicyStatement): boolean {
  if (statement.effect !== 'Allow' || statement.conditions.keys.length > 0 || statement.conditions.partial)
    return false;
  return statement.principals.some(
    (principal) =>
      (principal.type === '*' || principal.type === 'AWS') && principal.identifiers.some((id) => id.value === '*'),
  );
}
