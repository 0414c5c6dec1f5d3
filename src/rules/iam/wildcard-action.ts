import { referencedResources, referrersOf } from '../../model/query.js';
import type { PolicyStatement, Program, Resource } from '../../model/types.js';
import { arg } from '../../model/values.js';
import type { Requirement } from '../../requirements/types.js';
import { isKeyPolicy, opensToEveryone } from '../kms/key-policy.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'iam/wildcard-action',
    title: 'Allow on every action of a service',
    severity: 'medium',
    requirementDriven: { topics: ['forbidden:wildcard-action', 'forbidden:broad-permissions'], severity: 'high' },
    frameworks: 'all',
    description:
      'An Allow statement grants the action `*` or `service:*` (outside a trust policy and a policy used only as a permissions boundary, and except to the account root in a resource policy, which delegates to IAM, or to the identity that deploys the program, as the default key policy does).',
    rationale:
      'High when the action is `*`, belongs to a service that grants permissions (IAM, STS, Organizations) or applies to every resource; medium when it is limited to named resources; low when a condition (a source network, MFA) narrows it further. A role the request grants full access may hold every action of a service on named resources. ' +
      'A wildcard action grants every present and future permission of the service, administrative ones included (`iam:*` lets the holder make itself an administrator); least privilege is lost.',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    fixable: 'none',
  },
  check(program, context) {
    const fullAccess = (context.requirements ?? []).filter(
      (r): r is Extract<Requirement, { kind: 'full-access' }> => r.kind === 'full-access',
    );
    for (const document of program.policies) {
      const owner = document.owner?.resource;
      const granted = owner && fullAccess.find((r) => grantsRole(program, owner, r.role));
      if (granted) context.checked?.(granted);
      if (owner && onlyPermissionsBoundary(program, owner)) continue;
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
        // A key policy open to every principal is kms/key-policy-open-to-everyone's finding: the principal is the defect.
        if (isKeyPolicy(document) && opensToEveryone(statement)) continue;
        for (const action of statement.actions) {
          const value = action.value;
          if (value !== '*' && !(value?.endsWith(':*') && !value.slice(0, -2).includes('*'))) continue;
          const named = statement.resources.length > 0 && statement.resources.every((r) => r.value !== '*');
          // The request asks for this role to have full access: every action of a service on the
          // program's own resources is what it asks for.
          if (granted && named && value !== '*') continue;
          const exposure = seriousExposure(value, statement);
          context.report({
            message: `${owner ? `Policy of "${owner.name}"` : 'A policy'} allows "${value}": every ${value === '*' ? 'action of every service' : `${value.slice(0, -2)} action`}, administrative ones included. List the actions the program needs.`,
            span: action.span,
            resource: owner,
            // Named resources and a condition (a source network, MFA) narrow the grant further: hygiene.
            severity: exposure
              ? 'high'
              : named && statement.conditions.keys.length > 0 && !statement.conditions.partial
                ? 'low'
                : undefined,
            asRequested: granted ? true : undefined,
          });
        }
      }
    }
  },
});

/**
 * The policy belongs to the role the request names (`DataAdmin` → `data-admin-policy`, a policy
 * whose `role` is `dataAdminRole`): names compared without case and separators.
 */
function grantsRole(program: Program, owner: Resource, role: string): boolean {
  const wanted = normalized(role);
  const roles = [
    owner,
    ...referencedResources(program, arg(owner, 'role')),
    ...referencedResources(program, arg(owner, 'roles')),
  ];
  return roles.some((r) =>
    [r.name, r.variable].some((name) => name !== undefined && normalized(name).includes(wanted)),
  );
}

/**
 * The policy serves only as a permissions boundary: the resources that reference it do so from their
 * permissions boundary. A boundary caps what the identity's own policies grant and grants nothing
 * itself, so a broad Allow in it (the documented pattern: allow broadly, deny what must never happen)
 * exposes nothing.
 */
function onlyPermissionsBoundary(program: Program, policy: Resource): boolean {
  let boundary = false;
  for (const referrer of referrersOf(program, policy)) {
    for (const entry of referrer.args.entries) {
      if (!referencedResources(program, entry.value).includes(policy)) continue;
      if (normalized(entry.key) !== 'permissionsboundary') return false;
      boundary = true;
    }
  }
  return boundary;
}

function normalized(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

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
