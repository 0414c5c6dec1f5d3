/**
 * schema/removed-in-newer-provider: a Terraform module that pins an earlier
 * major of the AWS provider (`version = "~> 5.0"`) uses a resource type,
 * argument or nested block which that major has and a later one removed.
 * It deploys as pinned, so schema/unknown-property and
 * terraform/unknown-resource-type leave it to this rule.
 */
import { awsProviderPin, type ProviderPin } from '../../model/provider-version.js';
import type { Resource } from '../../model/types.js';
import { resourceShape } from '../../schema/aws-provider.js';
import { argumentRemovedIn, typeRemovedIn } from '../../schema/earlier-provider-arguments.js';
import { renamedArgument } from '../../schema/renamed-arguments.js';
import { describeResource } from '../describe.js';
import { defineRule } from '../rule.js';
import { unknownArguments } from './terraform-arguments.js';

export default defineRule({
  meta: {
    id: 'schema/removed-in-newer-provider',
    title: 'Argument or resource type a later AWS provider major removed',
    severity: 'low',
    frameworks: ['terraform'],
    description:
      'A module whose `required_providers` constraint for hashicorp/aws admits no version of the bundled schema’s major (`~> 5.0`, `>= 4.0, < 6.0`) uses a resource type, argument or nested block that the pinned major has and a later major removed (from the schemas of the last @cdktf/provider-aws release built on each earlier major).',
    rationale:
      'The module deploys with the provider version it pins, but once the constraint is relaxed and the provider upgraded to the major that removed the name, Terraform rejects the configuration until it is replaced, as the provider’s upgrade guide describes. Low: nothing breaks while the pin holds.',
    docs: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/guides/version-6-upgrade',
    fixable: 'none',
  },
  check(program, context) {
    const pin = awsProviderPin(program, context.inputPrograms);
    if (!pin) return;
    for (const resource of [...program.resources, ...program.dataSources]) {
      if (!resource.type.startsWith('aws_')) continue;
      const shape = resourceShape(resource.type, resource.mode);
      if (!shape) {
        const removedIn = typeRemovedIn(pin.major, resource.mode, resource.type);
        if (removedIn === undefined) continue;
        const kind = resource.mode === 'data' ? 'data source' : 'resource';
        context.report({
          message: `The ${kind} type "${resource.type}" was removed in AWS provider ${removedIn}. ${pinned(pin, removedIn)}`,
          span: resource.typeSpan ?? resource.headerSpan,
          resource,
          related: [{ message: 'the provider version constraint', span: pin.span }],
        });
        continue;
      }
      for (const { entry, path } of unknownArguments(resource.args, shape)) {
        const removedIn = argumentRemovedIn(pin.major, resource.mode, resource.type, path, entry.key);
        if (removedIn === undefined) continue;
        const renamed = path.length === 0 ? renamedArgument(resource.type, entry.key) : undefined;
        context.report({
          message: `${where(resource, path)} sets "${entry.key}", which AWS provider ${removedIn} removed${renamed ? ` (use "${renamed}")` : ''}. ${pinned(pin, removedIn)}`,
          span: entry.keySpan,
          resource,
          related: [{ message: 'the provider version constraint', span: pin.span }],
          suggestion: renamed ? { before: entry.key, after: renamed } : undefined,
        });
      }
    }
  },
});

function where(resource: Resource, path: string[]): string {
  const described = `${resource.mode === 'data' ? 'data ' : ''}${describeResource(resource)}`;
  return path.length ? `Block ${path.join('.')} of ${described}` : described;
}

function pinned(pin: ProviderPin, removedIn: number): string {
  const constraint = pin.constraints.map((c) => `"${c}"`).join(' and ');
  const who = pin.inherited ? 'Another module of the configuration pins' : 'The module pins';
  return `${who} hashicorp/aws ${constraint}, so it deploys as written; upgrading the provider to ${removedIn} makes Terraform reject it until it is replaced.`;
}
