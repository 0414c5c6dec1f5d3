import { fixOf, replaceSpan } from '../../fix/edits.js';
import { awsProviderPin } from '../../model/provider-version.js';
import { isKnownType, knownTypes } from '../../schema/aws-provider.js';
import { typeRemovedIn } from '../../schema/earlier-provider-arguments.js';
import { closestName } from '../../util/closest.js';
import { uniqueAndClose } from '../../util/safe-rename.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'terraform/unknown-resource-type',
    title: 'Resource type that does not exist in the AWS provider',
    severity: 'critical',
    frameworks: ['terraform'],
    description:
      'A resource or data source type starting with `aws_` is not in the AWS provider schema bundled with preflight; the closest valid type is suggested. A type that the earlier provider major the module pins in `required_providers` still has is left to schema/removed-in-newer-provider.',
    rationale: 'Terraform fails at init/validate with "The provider hashicorp/aws does not support resource type".',
    docs: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs',
    fixable: 'auto',
  },
  check(program, context) {
    const pin = awsProviderPin(program, context.inputPrograms);
    for (const resource of [...program.resources, ...program.dataSources]) {
      if (!resource.type.startsWith('aws_') || isKnownType(resource.type, resource.mode)) continue;
      // A type the pinned provider version still has: schema/removed-in-newer-provider.
      if (pin && typeRemovedIn(pin.major, resource.mode, resource.type) !== undefined) continue;
      const suggestion = suggestionFor(resource.type, resource.mode);
      const kind = resource.mode === 'data' ? 'data source' : 'resource';
      context.report({
        message: `The AWS provider has no ${kind} type "${resource.type}"${suggestion ? `; did you mean "${suggestion}"?` : '.'}`,
        span: resource.typeSpan ?? resource.headerSpan,
        resource,
        fix:
          suggestion && resource.typeSpan && uniqueAndClose(resource.type, suggestion, knownTypes(resource.mode))
            ? fixOf(`Rename to ${suggestion}`, [replaceSpan(resource.typeSpan, suggestion)])
            : undefined,
        suggestion: suggestion ? { before: resource.type, after: suggestion } : undefined,
      });
    }
  },
});

/** The schema does not change during a scan: each misspelling is looked up once. */
const suggestions = new Map<string, string | undefined>();

function suggestionFor(type: string, mode: 'resource' | 'data'): string | undefined {
  const key = `${mode}:${type}`;
  if (!suggestions.has(key)) suggestions.set(key, closestName(type, knownTypes(mode)));
  return suggestions.get(key);
}
