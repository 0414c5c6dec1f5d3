/**
 * ec2/hardcoded-ami-id: an AMI ID written as a constant instead of looked up.
 */
import type { Program, Resource, Value } from '../../model/types.js';
import { stringValue, walkValue } from '../../model/values.js';
import { idiomOf } from '../../idiom/index.js';
import { literal, lookup, map } from '../../idiom/code.js';
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
      'An instance, launch template or launch configuration whose image is a constant AMI ID (in a template: an `ImageId`, a parameter default or a region mapping of AMI IDs). Critical when the ID is a documentation example or not an AMI ID at all (the deployment fails for certain).',
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
          message: placeholder
            ? `${describeResource(resource)} uses the image ${id}, which is not a real AMI ID: the deployment fails. Look the image up instead.`
            : `${describeResource(resource)} uses the constant image ${id}: AMI IDs exist in one region only and are deregistered over time, so the deployment fails elsewhere or later. Look the image up instead.`,
          span: entry.value.span,
          resource,
          severity: placeholder ? 'critical' : 'medium',
          suggestion: lookupSuggestion(resource, entry.key, id),
        });
      }
    }
  },
});

/** Whether a constant AMI ID is a documentation example or no AMI ID at all. */
function isPlaceholder(id: string): boolean {
  return EXAMPLE_IDS.has(id) || !AMI_ID.test(id);
}

/** An AMI ID literal in a value, or undefined. */
function amiLiteral(value: Value): string | undefined {
  const id = value.kind === 'literal' ? stringValue(value) : undefined;
  // One ID, not a list of them (`ami-1,ami-2` of a CommaDelimitedList, an allow-list).
  return id && /^ami-[\w-]+$/.test(id) ? id : undefined;
}

/**
 * Templates: `ImageId` at any depth of a resource (an instance, a launch
 * template's `LaunchTemplateData`, a launch configuration), parameter
 * defaults (of the image type, or taken by an `ImageId`), and AMI IDs in mappings (the `RegionMap` idiom, read with
 * `Fn::FindInMap`).
 */
function checkTemplate(program: Program, context: RuleContext): void {
  const idiom = idiomOf('cloudformation', program)!;
  const after = idiom.argument('ImageId', publicImage());
  const report = (
    id: string,
    span: Value['span'],
    what: string,
    before: string,
    resource?: Resource,
    replacement = after,
  ) => {
    const placeholder = isPlaceholder(id);
    context.report({
      message: placeholder
        ? `${what} the image ${id}, which is not a real AMI ID: the deployment fails. Read the image from an SSM public parameter instead.`
        : `${what} the constant image ${id}: AMI IDs exist in one region only and are deregistered over time, so the deployment fails elsewhere or later. Read the image from an SSM public parameter instead.`,
      span,
      resource,
      severity: placeholder ? 'critical' : 'medium',
      suggestion: { before, after: replacement },
    });
  };
  /** Parameters an `ImageId` takes: their defaults are images. */
  const imageParameters = new Set<string>();
  for (const resource of program.resources)
    walkValue(resource.args, (value) => {
      if (value.kind !== 'object') return;
      for (const entry of value.entries) {
        if (entry.key === 'ImageId' && entry.value.kind === 'reference' && entry.value.target.kind === 'var')
          imageParameters.add(entry.value.target.name);
        const id = entry.key === 'ImageId' ? amiLiteral(entry.value) : undefined;
        if (id)
          report(
            id,
            entry.value.span,
            `${describeResource(resource)} uses`,
            idiom.mapEntry('ImageId', literal(id)),
            resource,
          );
      }
    });
  for (const parameter of program.template?.parameters ?? []) {
    const image = parameter.type === 'AWS::EC2::Image::Id' || imageParameters.has(parameter.name);
    const id = image && parameter.default ? amiLiteral(parameter.default) : undefined;
    if (id && parameter.default)
      report(
        id,
        parameter.default.span,
        `Parameter "${parameter.name}" defaults to`,
        idiom.mapEntry('Default', literal(id)),
        undefined,
        // A parameter of the SSM parameter type resolves the image at deploy time.
        idiom.mapEntry(
          parameter.name,
          map(['Type', literal('AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>')], ['Default', literal(PUBLIC_IMAGE)]),
        ),
      );
  }
  for (const mapping of program.template?.mappings ?? [])
    walkValue(mapping.value, (value) => {
      if (value.kind !== 'object') return;
      for (const entry of value.entries) {
        const id = amiLiteral(entry.value);
        if (id) report(id, entry.value.span, `Mapping "${mapping.name}" holds`, idiom.mapEntry(entry.key, literal(id)));
      }
    });
}

/** The public SSM parameter of the current Amazon Linux 2023 AMI. */
const PUBLIC_IMAGE = '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64';

function publicImage() {
  return lookup('aws_ssm_parameter', 'al2023', [['name', literal(PUBLIC_IMAGE)]], 'value');
}

/** The argument read from the public SSM parameter of the current Amazon Linux 2023 AMI, in the program's language. */
function lookupSuggestion(resource: Resource, key: string, id: string): Suggestion | undefined {
  const idiom = idiomOf(resource.framework);
  if (!idiom) return undefined;
  const image = publicImage();
  return {
    before: idiom.argument(key, literal(id), resource.type),
    after: [...idiom.lookupDeclarations(image), idiom.argument(key, image, resource.type)].join('\n\n'),
  };
}
