import { referrersOf } from '../../model/query.js';
import type { PolicyString } from '../../model/types.js';
import { stringValue } from '../../model/values.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'iam/wildcard-action',
    title: 'Allow on every action of a service',
    severity: 'high',
    frameworks: 'all',
    description: 'An Allow statement grants the action `*` or `service:*` (outside a trust policy).',
    rationale:
      'A wildcard action grants every present and future permission of the service, administrative ones included (`iam:*` lets the holder make itself an administrator); least privilege is lost.',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    fixable: 'none',
  },
  check(program, context) {
    for (const document of program.policies) {
      const owner = document.owner?.resource;
      // A key policy's `kms:*` for the account root is the documented default key policy,
      // whether written on the key or in a policy document the key uses.
      const isKey = (r: { type: string }) => r.type === 'aws_kms_key' || r.type === 'aws_kms_key_policy';
      const keyPolicy =
        owner !== undefined &&
        (isKey(owner) || (owner.type === 'aws_iam_policy_document' && referrersOf(program, owner).some(isKey)));
      for (const statement of document.statements) {
        if (statement.effect !== 'Allow') continue;
        const rootOnly =
          statement.principals.length > 0 &&
          statement.principals.every((p) => p.type === 'AWS' && p.identifiers.every((id) => accountRoot(id)));
        if (keyPolicy && rootOnly) continue;
        for (const action of statement.actions) {
          const value = action.value;
          if (value !== '*' && !(value?.endsWith(':*') && !value.slice(0, -2).includes('*'))) continue;
          context.report({
            message: `${owner ? `Policy of "${owner.name}"` : 'A policy'} allows "${value}": every ${value === '*' ? 'action of every service' : `${value.slice(0, -2)} action`}, administrative ones included. List the actions the program needs.`,
            span: action.span,
            resource: owner,
          });
        }
      }
    }
  },
});

/** `arn:aws:iam::123456789012:root`, also when the account is interpolated (`...${account_id}:root`). */
function accountRoot(id: PolicyString): boolean {
  if (id.value !== undefined) return id.value.endsWith(':root');
  const node = id.unresolved;
  if (node?.kind !== 'template') return false;
  const first = stringValue(node.parts[0]);
  const last = stringValue(node.parts[node.parts.length - 1]);
  return first?.startsWith('arn:') === true && last?.endsWith(':root') === true;
}
