/**
 * IAM statements an AWS CDK program writes as `new iam.PolicyStatement({...})`
 * (Python: `iam.PolicyStatement(...)`), as policy documents: one per prop of a
 * construct that holds some (a role's `inlinePolicies`, a policy's
 * `statements`, a function's `initialPolicy`) and one per method call that is
 * given some (`role.addToPolicy(statement)`), owned by that construct. The
 * readers name the call `aws_iam.PolicyStatement` whatever the import alias.
 */
import type { PolicyDocument, PolicyStatement, PolicyString, Program, Resource, Value } from './types.js';
import { cdkProp } from './cdk-query.js';
import { conditionsOf } from './policy.js';
import { stringValue, walkValue } from './values.js';

export const CDK_POLICY_STATEMENT = 'aws_iam.PolicyStatement';
export const CDK_SERVICE_PRINCIPAL = 'aws_iam.ServicePrincipal';

/**
 * The trust policy an AWS CDK `iam.Role` gets from `assumedBy`, when that is
 * one service principal (`new iam.ServicePrincipal('ec2.amazonaws.com')`);
 * undefined for other principals, which are not read.
 */
export function cdkRoleTrust(role: Resource): PolicyDocument | undefined {
  if (role.construct?.api !== 'aws_iam.Role') return undefined;
  const principal = cdkProp(role.construct.props, 'assumedBy');
  if (principal?.kind !== 'call' || principal.name !== CDK_SERVICE_PRINCIPAL) return undefined;
  const service = principal.args[0];
  const value = service && stringValue(service);
  if (value === undefined) return undefined;
  const statement: PolicyStatement = {
    effect: 'Allow',
    conditions: { keys: [], partial: false },
    actions: [{ value: 'sts:AssumeRole', span: principal.span }],
    notActions: [],
    resources: [],
    notResources: [],
    principals: [{ type: 'Service', identifiers: [{ value, span: service.span }] }],
    partial: false,
    span: principal.span,
  };
  return { statements: [statement], owner: { resource: role, argument: 'assumedBy' }, span: principal.span };
}

/** Adds the CDK statements of a program to `program.policies`. */
export function collectCdkPolicyStatements(program: Program): void {
  if (program.framework !== 'cdk-ts' && program.framework !== 'cdk-py') return;
  for (const resource of program.resources) {
    if (!resource.construct) continue;
    for (const entry of resource.construct.props.entries) {
      const statements = statementsIn(entry.value);
      if (statements.length)
        program.policies.push({ statements, owner: { resource, argument: entry.key }, span: entry.value.span });
    }
  }
  for (const call of program.cdkMethodCalls ?? []) {
    const statements = (call.args ?? []).flatMap(statementsIn);
    if (statements.length)
      program.policies.push({ statements, owner: { resource: call.resource, argument: call.method }, span: call.span });
  }
}

function statementsIn(value: Value): PolicyStatement[] {
  const statements: PolicyStatement[] = [];
  walkValue(value, (node) => {
    if (node.kind !== 'call' || node.name !== CDK_POLICY_STATEMENT) return undefined;
    statements.push(statementOf(node.args[0], node.span));
    return false;
  });
  return statements;
}

function strings(value: Value | undefined): { list: PolicyString[]; partial: boolean } {
  if (!value) return { list: [], partial: false };
  if (value.kind !== 'list') return { list: [{ span: value.span }], partial: true };
  const list = value.items.map((item) => ({ value: stringValue(item), span: item.span }));
  return { list, partial: list.some((s) => s.value === undefined) };
}

/** `iam.Effect.ALLOW` (the default when absent), `iam.Effect.DENY`. */
function effectOf(value: Value | undefined): PolicyStatement['effect'] {
  if (!value) return 'Allow';
  const text = value.kind === 'unknown' || value.kind === 'reference' ? value.text : undefined;
  if (text?.endsWith('.ALLOW')) return 'Allow';
  if (text?.endsWith('.DENY')) return 'Deny';
  return 'unknown';
}

function statementOf(props: Value | undefined, span: PolicyDocument['span']): PolicyStatement {
  const actions = strings(cdkProp(props, 'actions'));
  const notActions = strings(cdkProp(props, 'notActions'));
  const resources = strings(cdkProp(props, 'resources'));
  const notResources = strings(cdkProp(props, 'notResources'));
  // Principals are CDK principal objects: a service principal is read, any other is of unknown type ('?').
  const principals: PolicyStatement['principals'] = [];
  for (const key of ['principals', 'notPrincipals']) {
    const written = cdkProp(props, key);
    if (!written) continue;
    for (const principal of written.kind === 'list' ? written.items : [written]) {
      const service =
        principal.kind === 'call' && principal.name === CDK_SERVICE_PRINCIPAL ? principal.args[0] : undefined;
      if (key === 'principals' && service) {
        principals.push({ type: 'Service', identifiers: [{ value: stringValue(service), span: service.span }] });
      } else principals.push({ type: '?', identifiers: [{ span: principal.span }] });
    }
  }
  const conditions = conditionsOf(cdkProp(props, 'conditions'));
  return {
    sid: stringValue(cdkProp(props, 'sid')),
    effect: effectOf(cdkProp(props, 'effect')),
    conditions,
    actions: actions.list,
    notActions: notActions.list,
    resources: resources.list,
    notResources: notResources.list,
    principals,
    partial:
      props?.kind !== 'object' || actions.partial || resources.partial || notActions.partial || notResources.partial,
    span,
  };
}
