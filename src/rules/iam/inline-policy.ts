/**
 * iam/inline-policy: permissions granted through inline role policies.
 */
import { referencedResource } from '../../model/query.js';
import { isPlainName, linePrefix, optionsSource, sourceText } from '../../fix/edits.js';
import type { Program, Resource } from '../../model/types.js';
import { arg, items } from '../../model/values.js';
import { attribute, newRef, source, type Code } from '../../idiom/code.js';
import { idiomOf } from '../../idiom/index.js';
import { defineRule, type Fix, type Suggestion, type TextEdit } from '../rule.js';

const INLINE_TYPES = new Set(['aws_iam_role_policy', 'aws_iam_user_policy', 'aws_iam_group_policy']);

export default defineRule({
  meta: {
    id: 'iam/inline-policy',
    title: 'Inline IAM policy',
    severity: 'low',
    requirementDriven: { topics: ['forbidden:inline-policy'], severity: 'high' },
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
    const requested = context.requirements?.some((r) => r.kind === 'forbidden' && r.construct === 'inline-policy');
    const severity = context.options.forbid === true ? 'high' : undefined;
    const forbidder = severity
      ? ', which the configuration forbids'
      : requested
        ? ', which the requirements forbid'
        : '';
    for (const resource of program.resources) {
      if (INLINE_TYPES.has(resource.type)) {
        const role = referencedResource(program, arg(resource, 'role'));
        const idiom = idiomOf(resource.framework);
        context.report({
          message:
            `"${resource.name}" is an inline policy${role ? ` of role "${role.name}"` : ''}${forbidder}. ` +
            `Create a managed policy (${idiom?.typeName('aws_iam_policy') ?? 'aws_iam_policy'}) and attach it with ${idiom?.typeName('aws_iam_role_policy_attachment') ?? 'aws_iam_role_policy_attachment'}.`,
          span: resource.headerSpan,
          resource,
          severity,
          fix: resource.type === 'aws_iam_role_policy' ? managedPolicyFix(program, resource, role) : undefined,
          suggestion: managedPolicySuggestion(program, resource),
        });
      }
      if (resource.type === 'aws_iam_role')
        for (const inline of items(arg(resource, 'inline_policy')))
          context.report({
            message:
              `Role "${resource.name}" declares an inline policy${forbidder}. ` +
              'Move it to a managed policy and attach it to the role.',
            span: inline.span,
            resource,
            severity,
          });
    }
  },
});

/**
 * A role policy becomes a managed policy plus an attachment, in place: the
 * type is renamed, the `role` argument (which a managed policy does not take)
 * becomes a description, and the attachment is declared after it with the
 * role as it was written.
 */
function managedPolicyFix(program: Program, policy: Resource, role: Resource | undefined): Fix | undefined {
  const roleEntry = policy.args.entries.find((e) => e.key === 'role');
  if (!policy.typeSpan || !roleEntry || policy.options.count || policy.options.forEach) return undefined;
  const file = policy.span.file;
  if ([policy.typeSpan, roleEntry.keySpan, roleEntry.value.span].some((s) => s.file !== file)) return undefined;
  const roleSource = sourceText(program, roleEntry.value.span);
  if (roleSource === undefined) return undefined;
  const owner = role && isPlainName(role.name) ? role.name : isPlainName(policy.name) ? policy.name : 'its role';
  const description = `Managed policy for ${owner}`;
  const described = (text: string) => ({ file, start: roleEntry.keySpan.start, end: roleEntry.value.span.end, text });
  const rename = (text: string) => ({ file, start: policy.typeSpan!.start, end: policy.typeSpan!.end, text });
  const append = (text: string) => ({ file, start: policy.span.end, end: policy.span.end, text });
  const fix = (edits: TextEdit[]): Fix => ({
    description: `Turn ${policy.name} into a managed policy with an attachment`,
    edits,
  });
  if (policy.framework === 'terraform')
    return fix([
      rename('aws_iam_policy'),
      described(`description = "${description}"`),
      append(
        `\n\nresource "aws_iam_role_policy_attachment" "${policy.name}" {\n` +
          `  role       = ${roleSource}\n  policy_arn = aws_iam_policy.${policy.name}.arn\n}`,
      ),
    ]);
  const suffix = '.iam.RolePolicy';
  if (!policy.variable || !policy.sourceType.endsWith(suffix)) return undefined;
  const aws = policy.sourceType.slice(0, -suffix.length);
  const prefix = linePrefix(program, policy.span);
  if (!prefix || !/^\s*/.test(prefix.text)) return undefined;
  const indent = /^\s*/.exec(prefix.text)![0];
  if (!isPlainName(policy.name)) return undefined;
  const options = optionsSource(program, policy);
  if (policy.options.span && options === undefined) return undefined;
  if (policy.framework === 'pulumi-ts')
    return fix([
      rename(`${aws}.iam.Policy`),
      described(`description: '${description}'`),
      append(
        `\n\n${indent}new ${aws}.iam.RolePolicyAttachment('${policy.name}-attachment', {\n` +
          `${indent}  role: ${roleSource},\n${indent}  policyArn: ${policy.variable}.arn,\n${indent}}${options ? `, ${options}` : ''});`,
      ),
    ]);
  return fix([
    rename(`${aws}.iam.Policy`),
    described(`description="${description}"`),
    append(
      `\n\n${indent}${aws}.iam.RolePolicyAttachment(\n${indent}    "${policy.name}-attachment",\n` +
        `${indent}    role=${roleSource},\n${indent}    policy_arn=${policy.variable}.arn,\n` +
        (options ? `${indent}    opts=${options},\n` : '') +
        `${indent})`,
    ),
  ]);
}

/** Longest policy expression copied into a suggestion; a longer one is referred to in a comment. */
const MAX_COPIED = 300;

/** The managed policy and its attachment, declared in the program's language with its own role and policy expressions. */
function managedPolicySuggestion(program: Program, inline: Resource): Suggestion | undefined {
  const idiom = idiomOf(inline.framework);
  const roleValue = arg(inline, 'role');
  const roleText = roleValue && sourceText(program, roleValue.span);
  const policyValue = arg(inline, 'policy');
  const policyText = policyValue && sourceText(program, policyValue.span);
  if (!idiom || roleText === undefined || inline.type !== 'aws_iam_role_policy') return undefined;
  const label = inline.name.replace(/\W+/g, '_');
  const policy = newRef('aws_iam_policy', label);
  const name = isPlainName(inline.name) ? inline.name : label;
  const copied = policyText !== undefined && policyText.length <= MAX_COPIED;
  const policyArgs: [string, Code][] = copied ? [['policy', source(policyText)]] : [];
  return {
    before: idiom.comment(`inline policy ${inline.name}`),
    after: [
      ...(copied ? [] : [idiom.comment(`policy: the document of ${inline.name}`)]),
      idiom.declaration({ of: policy, name, args: policyArgs }),
      idiom.declaration({
        of: newRef('aws_iam_role_policy_attachment', `${label}_attachment`),
        name: `${name}-attachment`,
        args: [
          ['role', source(roleText)],
          ['policy_arn', attribute(policy, 'arn')],
        ],
      }),
    ].join('\n'),
  };
}
