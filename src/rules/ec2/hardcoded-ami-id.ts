/**
 * ec2/hardcoded-ami-id: an AMI ID written as a constant instead of looked up.
 */
import type { Resource } from '../../model/types.js';
import { stringValue } from '../../model/values.js';
import { idiomOf } from '../../idiom/index.js';
import { literal, lookup } from '../../idiom/code.js';
import { describeResource } from '../describe.js';
import { defineRule, type Suggestion } from '../rule.js';

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
    frameworks: 'all',
    description:
      'An instance, launch template or launch configuration whose image is a constant AMI ID. High when the ID is a documentation example or not an AMI ID at all.',
    rationale:
      'AMI IDs are per region and are deregistered as images are replaced: a constant ID fails ("The image id ... does not exist") in every other region and, later, in its own. Looking the image up (an SSM public parameter or an AMI filter) keeps the program deployable.',
    docs: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-public-parameters-ami.html',
    fixable: 'suggest',
  },
  check(program, context) {
    for (const resource of program.resources) {
      for (const entry of resource.args.entries) {
        if (!IMAGE_ARGUMENTS.has(entry.key) || entry.value.kind !== 'literal') continue;
        const id = stringValue(entry.value);
        if (!id?.startsWith('ami-')) continue;
        const placeholder = EXAMPLE_IDS.has(id) || !AMI_ID.test(id);
        context.report({
          message: placeholder
            ? `${describeResource(resource)} uses the image ${id}, which is not a real AMI ID: the deployment fails. Look the image up instead.`
            : `${describeResource(resource)} uses the constant image ${id}: AMI IDs exist in one region only and are deregistered over time, so the deployment fails elsewhere or later. Look the image up instead.`,
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
