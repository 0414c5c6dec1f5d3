/**
 * iam/inline-policy: permissions granted through inline role policies.
 */
import { referencedResource } from '../../model/query.js';
import type { Resource } from '../../model/types.js';
import { arg, items } from '../../model/values.js';
import { defineRule, type Fix } from '../rule.js';

const INLINE_TYPES = new Set(['aws_iam_role_policy', 'aws_iam_user_policy', 'aws_iam_group_policy']);

export default defineRule({
  meta: {
    id: 'iam/inline-policy',
    title: 'Inline IAM policy',
    severity: 'low',
    frameworks: 'all',
    description:
      'An inline policy (`aws.iam.RolePolicy`, `inlinePolicies`, `aws_iam_role_policy`, `inline_policy`) instead of a managed policy and an attachment. High when the configuration forbids inline policies (option `forbid`).',
    rationale:
      'Inline policies cannot be reused, versioned or audited as policies of their own, and many organisations forbid them; a managed policy plus an attachment is the reviewable form.',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html',
    fixable: 'auto',
    options: {
      forbid: {
        type: 'boolean',
        default: false,
        description: 'the requirements forbid inline policies: findings become high',
      },
    },
  },
  check(program, context) {
    const severity = context.options.forbid === true ? 'high' : undefined;
    for (const resource of program.resources) {
      if (INLINE_TYPES.has(resource.type)) {
        const role = referencedResource(program, arg(resource, 'role'));
        context.report({
          message:
            `"${resource.name}" is an inline policy${role ? ` of role "${role.name}"` : ''}${severity ? ', which the configuration forbids' : ''}. ` +
            `Create a managed policy (${resource.framework === 'terraform' ? 'aws_iam_policy' : 'aws.iam.Policy'}) and attach it with ${resource.framework === 'terraform' ? 'aws_iam_role_policy_attachment' : 'aws.iam.RolePolicyAttachment'}.`,
          span: resource.headerSpan,
          resource,
          severity,
          fix: resource.type === 'aws_iam_role_policy' ? managedPolicyFix(resource, role) : undefined,
          suggestion: {
            before:
              resource.framework === 'terraform'
                ? 'resource "aws_iam_role_policy" ...'
                : `new aws.iam.RolePolicy('${resource.name}', { role, policy })`,
            after:
              resource.framework === 'terraform'
                ? 'resource "aws_iam_policy" ... + resource "aws_iam_role_policy_attachment" ...'
                : `new aws.iam.Policy('${resource.name}', { policy }) + new aws.iam.RolePolicyAttachment(..., { role: role.name, policyArn: policy.arn })`,
          },
        });
      }
      if (resource.type === 'aws_iam_role')
        for (const inline of items(arg(resource, 'inline_policy')))
          context.report({
            message:
              `Role "${resource.name}" declares an inline policy${severity ? ', which the configuration forbids' : ''}. ` +
              'Move it to a managed policy and attach it to the role.',
            span: inline.span,
            resource,
            severity,
          });
    }
  },
});

/** Pulumi: `new aws.iam.RolePolicy(..., { role, policy })` → `aws.iam.Policy` + a `RolePolicyAttachment`. */
function managedPolicyFix(policy: Resource, role: Resource | undefined): Fix | undefined {
  if (policy.framework !== 'pulumi-ts' || !policy.typeSpan || !policy.variable || !role?.variable) return undefined;
  if (!policy.sourceType.endsWith('.iam.RolePolicy')) return undefined;
  const roleEntry = policy.args.entries.find((e) => e.key === 'role');
  if (!roleEntry || roleEntry.keySpan.file !== policy.span.file || roleEntry.value.span.file !== policy.span.file)
    return undefined;
  const aws = policy.sourceType.slice(0, -'.iam.RolePolicy'.length);
  const indent = ' '.repeat(Math.max(0, policy.span.column - 1));
  const parent = policy.options.parent ? ', { parent: this }' : '';
  const logical = policy.name.includes('${') ? `\`${policy.name}-attachment\`` : `'${policy.name}-attachment'`;
  const file = policy.span.file;
  return {
    description: `Turn ${policy.name} into a managed policy attached to ${role.name}`,
    edits: [
      { file, start: policy.typeSpan.start, end: policy.typeSpan.end, text: `${aws}.iam.Policy` },
      {
        file,
        start: roleEntry.keySpan.start,
        end: roleEntry.value.span.end,
        text: `description: 'Managed policy for ${role.name}'`,
      },
      {
        file,
        start: policy.span.end,
        end: policy.span.end,
        text:
          `\n${indent}new ${aws}.iam.RolePolicyAttachment(${logical}, {\n` +
          `${indent}  role: ${role.variable}.name,\n${indent}  policyArn: ${policy.variable}.arn,\n${indent}}${parent});`,
      },
    ].sort((a, b) => a.start - b.start),
  };
}
