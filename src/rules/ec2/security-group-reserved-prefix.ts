/**
 * ec2/security-group-reserved-prefix: a security group name (or name prefix)
 * that starts with `sg-`, which EC2 reserves for group IDs.
 */
import { literal } from '../../idiom/code.js';
import { idiomOf } from '../../idiom/index.js';
import type { Resource, Value } from '../../model/types.js';
import { arg, stringValue } from '../../model/values.js';
import { argumentName, describeResource } from '../describe.js';
import { CODE_FRAMEWORKS, defineRule, type Suggestion } from '../rule.js';

/** The arguments that name a group: Terraform/Pulumi canonical names, and the CloudFormation property. */
const NAME_ARGUMENTS: Record<string, string[]> = {
  aws_security_group: ['name', 'name_prefix'],
  'AWS::EC2::SecurityGroup': ['GroupName'],
};

export default defineRule({
  meta: {
    id: 'ec2/security-group-reserved-prefix',
    title: 'Security group name starting with sg-',
    severity: 'critical',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation'],
    description:
      'A security group whose `name`, `name_prefix` (Pulumi `name`, `namePrefix`; CloudFormation `GroupName`) is a constant text starting with `sg-`. Critical: the AWS provider refuses it at plan time ("invalid value for name (cannot begin with sg-)") and EC2 refuses it in CreateSecurityGroup.',
    rationale:
      'The EC2 API reference for CreateSecurityGroup says a group name cannot start with `sg-`, the prefix of group IDs, and the AWS provider (Terraform and Pulumi) validates it before any call: the deployment fails before the group exists.',
    docs: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateSecurityGroup.html',
    fixable: 'suggest',
  },
  check(program, context) {
    for (const resource of program.resources) {
      for (const key of NAME_ARGUMENTS[resource.type] ?? []) {
        const value = arg(resource, key);
        const text = leadingText(value);
        if (!value || !text?.startsWith('sg-')) continue;
        const written = resource.framework === 'cloudformation' ? key : argumentName(resource, key);
        context.report({
          message: `${describeResource(resource)} has ${written} starting with "sg-", the prefix of security group IDs, which EC2 refuses in group names: the deployment fails. Drop the prefix (for example "${text.slice(3)}").`,
          span: value.span,
          resource,
          suggestion: value.kind === 'literal' ? suggestion(resource, key, text) : undefined,
        });
      }
    }
  },
});

/** The constant start of a name: a string, or the first literal part of a template. */
function leadingText(value: Value | undefined): string | undefined {
  if (!value) return undefined;
  if (value.kind === 'template') {
    const first = value.parts[0];
    return first?.kind === 'literal' ? stringValue(first) : undefined;
  }
  return value.kind === 'literal' ? stringValue(value) : undefined;
}

function suggestion(resource: Resource, key: string, text: string): Suggestion | undefined {
  if (resource.framework === 'cloudformation') {
    const json =
      resource.span.file.endsWith('.json') ||
      resource.headerSpan.end - resource.headerSpan.start > resource.name.length;
    return json
      ? { before: `"${key}": ${JSON.stringify(text)}`, after: `"${key}": ${JSON.stringify(text.slice(3))}` }
      : { before: `${key}: ${text}`, after: `${key}: ${text.slice(3)}` };
  }
  const idiom = idiomOf(resource.framework);
  if (!idiom) return undefined;
  return {
    before: idiom.argument(key, literal(text), resource.type),
    after: idiom.argument(key, literal(text.slice(3)), resource.type),
  };
}
