/**
 * What an IAM role of the program is granted: the AWS managed policies
 * attached to it and the statements of its inline and customer-managed
 * policies, in either vocabulary, and whether every grant could be read
 * (rules conclude that a permission is missing only then).
 */
import { documentsHeldBy } from './policy.js';
import { allowsAction } from './policy-match.js';
import { referencedResource, referencedResources } from './query.js';
import type { PolicyStatement, Program, Resource, Value } from './types.js';
import { UNKNOWN_PART, arg, items, stringShape } from './values.js';

export interface RoleGrants {
  /** The names of the AWS managed policies attached (`AWSLambdaBasicExecutionRole`). */
  managed: string[];
  /** The statements of its inline and customer-managed policies. */
  statements: PolicyStatement[];
  /** Whether every policy attached could be named or read whole. */
  complete: boolean;
}

/** `AdministratorAccess` from `arn:aws:iam::aws:policy/AdministratorAccess` (any partition, any path). */
export function managedPolicyName(value: Value): string | undefined {
  const shape = stringShape(value);
  if (!shape?.includes(':iam::aws:policy/')) return undefined;
  const name = shape.slice(shape.lastIndexOf('/') + 1);
  return name && !name.includes(UNKNOWN_PART) ? name : undefined;
}

/** Policy resources that grant a role what their documents allow, and where the role and the document are. */
const TERRAFORM_POLICIES: Record<string, { role: string; document: string }> = {
  aws_iam_role_policy: { role: 'role', document: 'policy' },
};
const TERRAFORM_ATTACHMENTS: Record<string, { role: string; arns: string }> = {
  aws_iam_role_policy_attachment: { role: 'role', arns: 'policy_arn' },
  aws_iam_policy_attachment: { role: 'roles', arns: 'policy_arn' },
  aws_iam_role_policy_attachments_exclusive: { role: 'role_name', arns: 'policy_arns' },
};
const TEMPLATE_POLICIES: Record<string, { role: string; document: string }> = {
  'AWS::IAM::Policy': { role: 'Roles', document: 'PolicyDocument' },
  'AWS::IAM::ManagedPolicy': { role: 'Roles', document: 'PolicyDocument' },
  'AWS::IAM::RolePolicy': { role: 'RoleName', document: 'PolicyDocument' },
};

/**
 * The IAM role a value names (`aws_iam_role.r.arn`, `!GetAtt R.Arn`), when the program defines it in a form whose
 * grants are read here: not an AWS CDK higher-level construct, whose grants come through methods and props.
 */
export function definedRole(program: Program, value: Value | undefined): Resource | undefined {
  const role = referencedResource(program, value);
  if (!role || role.mode !== 'resource' || (role.type !== 'aws_iam_role' && role.type !== 'AWS::IAM::Role')) return;
  return isHigherLevelConstruct(role) ? undefined : role;
}

/** An AWS CDK construct other than an L1 (`CfnRole`): `iam.Role`, `lambda.Function`. */
export function isHigherLevelConstruct(resource: Resource): boolean {
  return resource.construct !== undefined && !resource.construct.api.split('.').at(-1)!.startsWith('Cfn');
}

export function roleGrants(program: Program, role: Resource): RoleGrants {
  const grants: RoleGrants = { managed: [], statements: [], complete: true };
  const template = role.type === 'AWS::IAM::Role';
  // A policy ARN: an AWS managed policy by name, or a customer-managed policy of the program by its document.
  const attach = (arn: Value): void => {
    const name = managedPolicyName(arn);
    const policy = referencedResource(program, arn);
    if (name) grants.managed.push(name);
    else if (policy && (policy.type === 'aws_iam_policy' || policy.type === 'AWS::IAM::ManagedPolicy'))
      read(policy, template ? 'PolicyDocument' : 'policy');
    else grants.complete = false;
  };
  // The documents a resource holds in an argument (`count` of them), directly or through a policy-document data source.
  const read = (holder: Resource, argument: string, count = 1): void => {
    const documents = documentsHeldBy(program, holder, argument);
    if (documents.length < count) grants.complete = false;
    for (const document of documents) grants.statements.push(...document.statements);
  };

  if (template) {
    for (const arn of items(arg(role, 'ManagedPolicyArns'))) attach(arn);
    const inline = items(arg(role, 'Policies')).length;
    if (inline) read(role, 'Policies.PolicyDocument', inline);
  } else {
    for (const arn of items(arg(role, 'managed_policy_arns'))) attach(arn);
    const inline = items(arg(role, 'inline_policy')).length;
    if (inline) read(role, 'inline_policy.policy', inline);
  }
  // Every grant of the program, not only those that name the role: one may name it in a way the model does not
  // resolve (`role = each.value` over a map of roles).
  for (const other of program.resources) {
    const policy = (template ? TEMPLATE_POLICIES : TERRAFORM_POLICIES)[other.type];
    const attachment = template ? undefined : TERRAFORM_ATTACHMENTS[other.type];
    const roleArgument = policy?.role ?? attachment?.role;
    if (!roleArgument) continue;
    const named = arg(other, roleArgument);
    const roles = referencedResources(program, named);
    if (!roles.includes(role)) {
      // A grant to users or groups only names no role; one that names its roles in a way not read may name this one.
      if (named && roles.length === 0) grants.complete = false;
      continue;
    }
    if (policy) read(other, policy.document);
    else {
      const arns = items(arg(other, attachment!.arns));
      if (arns.length) for (const arn of arns) attach(arn);
      else grants.complete = false;
    }
  }
  return grants;
}

/** The AWS managed policy that grants only CloudWatch Logs actions, the one Lambda roles nearly always carry. */
const LOGS_ONLY_POLICY = 'AWSLambdaBasicExecutionRole';

/**
 * Whether the role may be allowed `action`: unless every grant was read, none is an AWS managed policy other than
 * the logs-only one (their contents are not known here), and no statement allows it, or may (unread actions, an
 * allowed NotAction).
 */
export function roleMayAllow(grants: RoleGrants, action: string): boolean {
  if (!grants.complete || grants.managed.some((name) => name !== LOGS_ONLY_POLICY)) return true;
  return grants.statements.some(
    (s) => s.effect !== 'Deny' && (s.partial || s.notActions.length > 0 || allowsAction(s, action)),
  );
}
