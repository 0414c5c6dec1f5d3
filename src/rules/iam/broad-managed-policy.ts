import { managedPolicyName } from '../../model/role-grants.js';
import type { Resource } from '../../model/types.js';
import { arg, items } from '../../model/values.js';
import { describeResource } from '../describe.js';
import { defineRule, type Severity } from '../rule.js';

/** Resource types and the argument holding attached managed policy ARNs. */
const ATTACHMENTS: Record<string, string> = {
  aws_iam_role_policy_attachment: 'policy_arn',
  aws_iam_policy_attachment: 'policy_arn',
  aws_iam_user_policy_attachment: 'policy_arn',
  aws_iam_group_policy_attachment: 'policy_arn',
  aws_iam_role: 'managed_policy_arns',
  aws_iam_role_policy_attachments_exclusive: 'policy_arns',
};

/** Broad AWS managed policies, by name pattern (the catalog's list). */
function breadth(policyName: string): { severity: Severity; why: string; onlyWhenRequested?: boolean } | undefined {
  if (policyName === 'AdministratorAccess') return { severity: 'medium', why: 'grants every action on every resource' };
  if (policyName === 'PowerUserAccess')
    return { severity: 'medium', why: 'grants every action outside IAM and Organizations' };
  if (policyName.endsWith('FullAccess'))
    return { severity: 'medium', why: 'grants every action of its service on every resource' };
  if (policyName === 'AWSLambdaBasicExecutionRole')
    // The AWS baseline every Lambda guide attaches: too broad only for a request that asks for least privilege.
    return {
      severity: 'low',
      why: 'lets the function write to every log group of the account',
      onlyWhenRequested: true,
    };
  return undefined;
}

export default defineRule({
  meta: {
    id: 'iam/broad-managed-policy',
    title: 'Broad AWS managed policy attached',
    severity: 'medium',
    requirementDriven: {
      topics: ['forbidden:broad-permissions', 'forbidden:wildcard-action', 'forbidden:wildcard-resource'],
      severity: 'medium',
    },
    frameworks: 'all',
    description:
      'Attachment of broad AWS managed policies (AdministratorAccess, PowerUserAccess, `*FullAccess`); AWSLambdaBasicExecutionRole only when the request asks for least privilege (or the configuration sets the rule).',
    rationale:
      "AWS managed policies are written for every customer, so they grant far more than one workload needs; a policy scoped to the program's own resources keeps a compromised function from reaching the rest of the account.",
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-use-aws-defined-policies',
    fixable: 'none',
  },
  check(program, context) {
    for (const resource of program.resources) {
      const argument = ATTACHMENTS[resource.type];
      if (!argument) continue;
      for (const value of items(arg(resource, argument))) {
        const name = managedPolicyName(value);
        const broad = name ? breadth(name) : undefined;
        if (!name || !broad) continue;
        context.report({
          message: `${describeResource(resource)} attaches the AWS managed policy ${name}, which ${broad.why}; attach a policy of your own that allows only the actions this role needs on this program's resources${name === 'AWSLambdaBasicExecutionRole' ? " (logs:CreateLogStream and logs:PutLogEvents on the function's log group)" : ''}.`,
          span: value.span,
          resource,
          severity: broad.severity,
          onlyWhenRequested: broad.onlyWhenRequested,
        });
      }
    }
  },
});

export type { Resource };
