import type { PolicyStatement } from '../../model/types.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'iam/wildcard-action',
    title: 'Allow on every action of a service',
    severity: 'medium',
    requirementDriven: { topics: ['forbidden:wildcard-action', 'forbidden:broad-permissions'], severity: 'high' },
    frameworks: 'all',
    description:
      'An Allow statement grants the action `*` or `service:*` (outside a trust policy, and except to the account root in a resource policy, which delegates to IAM, or to the identity that deploys the program, as the default key policy does).',
    rationale:
      'High when the action is `*`, belongs to a service that grants permissions (IAM, STS, Organizations) or applies to every resource; medium when it is limited to named resources. ' +
      'A wildcard action grants every present and future permission of the service, administrative ones included (`iam:*` lets the holder make itself an administrator); least privilege is lost.',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    fixable: 'none',
  },
  check(program, context) {
    for (const document of program.policies) {
      const owner = document.owner?.resource;
      for (const statement of document.statements) {
        if (statement.effect !== 'Allow') continue;
        const rootOnly =
          statement.principals.length > 0 &&
          statement.principals.every(
            (p) => p.type === 'AWS' && p.identifiers.every((id) => id.deployer || isAccountRoot(id.value ?? id.shape)),
          );
        // A resource policy granting the account root delegates to the account's IAM policies
        // (the documented default key policy gives the root `kms:*`): nothing is granted beyond them.
        // Granting the identity that deploys the program (`aws_caller_identity`) keeps it able to
        // administer the key or bucket it creates: the same default, not an exposure.
        if (rootOnly) continue;
        for (const action of statement.actions) {
          const value = action.value;
          if (value !== '*' && !(value?.endsWith(':*') && !value.slice(0, -2).includes('*'))) continue;
          context.report({
            message: `${owner ? `Policy of "${owner.name}"` : 'A policy'} allows "${value}": every ${value === '*' ? 'action of every service' : `${value.slice(0, -2)} action`}, administrative ones included. List the actions the program needs.`,
            span: action.span,
            resource: owner,
            severity: seriousExposure(value, statement) ? 'high' : undefined,
          });
        }
      }
    }
  },
});

/** Services whose every action lets the holder grant itself more. */
const ESCALATING_SERVICES = new Set(['iam', 'sts', 'organizations']);

/**
 * A serious exposure (high): every action of every service, of a service that grants
 * permissions, or every action of a service on every resource of the account. A
 * wildcard action limited to the program's own resources is a review failure (medium).
 */
function seriousExposure(action: string, statement: PolicyStatement): boolean {
  if (action === '*' || ESCALATING_SERVICES.has(action.slice(0, -2).toLowerCase())) return true;
  return statement.resources.some((r) => r.value === '*');
}

/** `arn:aws:iam::<account>:root` (the account may be unknown) or a bare account id. */
function isAccountRoot(principal: string | undefined): boolean {
  if (principal === undefined) return false;
  return /^\d{12}$/.test(principal) || (principal.startsWith('arn:') && principal.endsWith(':root'));
}
