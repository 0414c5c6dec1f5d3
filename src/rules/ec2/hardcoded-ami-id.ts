/**
 * ec2/hardcoded-ami-id: an AMI ID written as a constant instead of looked up.
 */
import type { Program, Resource, Value } from '../../model/types.js';
import { stringValue, walkValue } from '../../model/values.js';
import { idiomOf } from '../../idiom/index.js';
import { literal, lookup } from '../../idiom/code.js';
import { describeResource } from '../describe.js';
import { CODE_FRAMEWORKS, defineRule, type RuleContext, type Suggestion } from '../rule.js';

/** Arguments that take an AMI ID (canonical names): instances, launch templates and configurations. */
const IMAGE_ARGUMENTS = new Set(['ami', 'image_id']);

const AMI_ID = /^ami-(?:[0-9a-f]{8}|[0-9a-f]{17})$/;

/** The example IDs of the EC2 documentation and obvious sequences: never a real image. */
const EXAMPLE_IDS = new Set([
  'ami-12345678',
  'ami-0123456789abcdef0',
  'ami-0abcdef1234567890',
  'ami-1234567890abcdef0',
]);

export default defineRule({
  meta: {
    id: 'ec2/hardcoded-ami-id',
    title: 'AMI ID written as a constant',
    severity: 'medium',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation'],
    description:
      'An instance, launch template or launch configuration whose image is a constant AMI ID (in a template: an `ImageId` or a `Mappings` entry holding one). High when the ID is a documentation example or not an AMI ID at all.',
    rationale:
      'AMI IDs are per region and are deregistered as images are replaced: a constant ID fails ("The image id ... does not exist") in every other region and, later, in its own. Looking the image up (an SSM public parameter or an AMI filter) keeps the program deployable.',
    docs: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-public-parameters-ami.html',
    fixable: 'suggest',
  },
  check(program, context) {
    if (program.framework === 'cloudformation') return checkTemplate(program, context);
    for (const resource of program.resources) {
      for (const entry of resource.args.entries) {
        if (!IMAGE_ARGUMENTS.has(entry.key) || entry.value.kind !== 'literal') continue;
        const id = stringValue(entry.value);
        if (!id?.startsWith('ami-')) continue;
        const placeholder = isPlaceholder(id);
        context.report({
          message: message(describeResource(resource), id),
          span: entry.value.span,
          resource,
          severity: placeholder ? 'high' : 'medium',
          suggestion: lookupSuggestion(resource, entry.key, id),
        });
      }
    }
  },
});

/** The argument read from the public SSM parameter of the current Amazon Linux 2023 AMI, in the program's language. */
function lookupSuggestion(resource: Resource, key: string, id: string): Suggestion | undefined {
  const idiom = idiomOf(resource.framework);
  if (!idiom) return undefined;
  const image = lookup(
    'aws_ssm_parameter',
    'al2023',
    [['name', literal('/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64')]],
    'value',
  );
  return {
    before: idiom.argument(key, literal(id), resource.type),
    after: [...idiom.lookupDeclarations(image), idiom.argument(key, image, resource.type)].join('\n\n'),
  };
}

function isPlaceholder(id: string): boolean {
  return EXAMPLE_IDS.has(id) || !AMI_ID.test(id);
}

function message(subject: string, id: string): string {
  return isPlaceholder(id)
    ? `${subject} uses the image ${id}, which is not a real AMI ID: the deployment fails. Look the image up instead.`
    : `${subject} uses the constant image ${id}: AMI IDs exist in one region only and are deregistered over time, so the deployment fails elsewhere or later. Look the image up instead.`;
}

/** The public SSM parameter of the current Amazon Linux 2023 AMI, as a template resolves it. */
const SSM_IMAGE = '{{resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64}}';

/**
 * Templates: every `ImageId` property holding a constant AMI ID (instances,
 * launch configurations, launch template data), and AMI IDs in `Mappings`
 * (the per-region image table templates used before SSM parameters).
 */
function checkTemplate(program: Program, context: RuleContext): void {
  for (const resource of program.resources)
    walkValue(resource.args, (node) => {
      if (node.kind !== 'object') return;
      for (const entry of node.entries) {
        const id = entry.key === 'ImageId' && entry.value.kind === 'literal' ? stringValue(entry.value) : undefined;
        if (!id?.startsWith('ami-')) continue;
        const json = isJson(resource);
        context.report({
          message: message(describeResource(resource), id),
          span: entry.value.span,
          resource,
          severity: isPlaceholder(id) ? 'high' : 'medium',
          suggestion: {
            before: json ? `"ImageId": ${JSON.stringify(id)}` : `ImageId: ${id}`,
            after: json ? `"ImageId": ${JSON.stringify(SSM_IMAGE)}` : `ImageId: '${SSM_IMAGE}'`,
          },
        });
      }
    });
  for (const mapping of program.template?.mappings ?? []) {
    const ids: { id: string; value: Value }[] = [];
    walkValue(mapping.value, (node) => {
      const id = node.kind === 'literal' ? stringValue(node) : undefined;
      if (id?.startsWith('ami-')) ids.push({ id, value: node });
    });
    const [first, ...others] = ids;
    if (!first) continue;
    // One finding per mapping: its entries are one table, replaced as a whole.
    context.report({
      message: message(`Mapping ${mapping.name}${others.length ? ` (${ids.length} AMI IDs)` : ''}`, first.id),
      span: first.value.span,
      severity: ids.some((i) => isPlaceholder(i.id)) ? 'high' : 'medium',
      related: others.map((o) => ({ message: o.id, span: o.value.span })),
      suggestion: {
        before: `Fn::FindInMap: [${mapping.name}, !Ref AWS::Region, ...]`,
        after: `ImageId: '${SSM_IMAGE}'`,
      },
    });
  }
}

/** Whether a template resource is written in JSON (its logical id is quoted). */
function isJson(resource: Resource): boolean {
  return (
    resource.span.file.endsWith('.json') || resource.headerSpan.end - resource.headerSpan.start > resource.name.length
  );
}
