/**
 * The AWS services that may assume the roles a policy document grants to:
 * what the permissions are for (an EC2 instance, VPC Flow Logs, a Lambda
 * function), read from the roles' trust policies.
 */
import { cdkRoleTrust } from '../../model/cdk-policy.js';
import { documentFromValue } from '../../model/policy.js';
import { referencedResource, referencedResources, referrersOf } from '../../model/query.js';
import type { PolicyDocument, Program, Resource } from '../../model/types.js';
import { arg } from '../../model/values.js';

const ROLE_TYPES = new Set(['aws_iam_role', 'AWS::IAM::Role']);
const TRUST_ARGUMENTS = ['assume_role_policy', 'AssumeRolePolicyDocument'];

/**
 * The service principals trusted by every role the document reaches (a role's
 * own inline policy, a role policy, a managed policy through its attachments);
 * undefined when no role is found or a trust policy cannot be read whole.
 */
export function trustedServices(program: Program, document: PolicyDocument): Set<string> | undefined {
  const holder = document.owner?.resource;
  if (!holder) return undefined;
  const roles = rolesReached(program, holder, document.owner!.argument.split('.')[0], 0);
  if (roles.length === 0) return undefined;
  const services = new Set<string>();
  for (const role of roles) {
    const trust = trustPolicy(program, role);
    if (!trust || trust.statements.length === 0) return undefined;
    for (const statement of trust.statements) {
      if (statement.partial) return undefined;
      for (const principal of statement.principals) {
        if (principal.type !== 'Service') return undefined;
        for (const id of principal.identifiers) {
          if (id.value === undefined) return undefined;
          services.add(id.value);
        }
      }
    }
  }
  return services;
}

/**
 * Roles a policy holder grants to: itself, the roles it names outside the
 * document (whose own references, such as an `iam:PassRole` target, are not
 * grantees), or (for a managed policy) those its attachments name.
 */
function rolesReached(program: Program, holder: Resource, documentArgument: string, depth: number): Resource[] {
  if (ROLE_TYPES.has(holder.type)) return [holder];
  const named = holder.args.entries
    .filter((entry) => entry.key !== documentArgument)
    .flatMap((entry) => referencedResources(program, entry.value))
    .filter((r) => ROLE_TYPES.has(r.type));
  if (named.length || depth >= 2) return [...new Set(named)];
  // A managed policy or a policy document: the IAM resources that use it (attachments, role policies, roles).
  const users = referrersOf(program, holder).filter((r) => /iam/i.test(r.type));
  return [...new Set(users.flatMap((user) => rolesReached(program, user, '', depth + 1)))];
}

function trustPolicy(program: Program, role: Resource): PolicyDocument | undefined {
  // An AWS CDK role's trust is its `assumedBy`; an L1 `CfnRole` has AssumeRolePolicyDocument as a template does.
  if (role.construct?.api === 'aws_iam.Role') return cdkRoleTrust(role);
  for (const name of TRUST_ARGUMENTS) {
    const value = arg(role, name);
    if (!value) continue;
    const direct = documentFromValue(value);
    if (direct) return direct;
    // `assume_role_policy = data.aws_iam_policy_document.trust.json`.
    const source = referencedResource(program, value);
    return program.policies.find((d) => source && d.owner?.resource === source);
  }
  return undefined;
}
