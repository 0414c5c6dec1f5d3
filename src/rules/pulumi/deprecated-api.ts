/**
 * pulumi/deprecated-api: deprecated resources and arguments of the bundled
 * @pulumi/aws version (read from the package's own declarations).
 */
import { canonicalArgumentName, resourceShape } from '../../model/names.js';
import { pulumiResource } from '../../schema/pulumi-aws.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'pulumi/deprecated-api',
    title: 'Deprecated Pulumi resource or argument',
    severity: 'medium',
    frameworks: ['pulumi-ts', 'pulumi-py'],
    description:
      'A resource or argument that the bundled `@pulumi/aws` marks as deprecated (e.g. the S3 bucket’s inline `versioning`, `serverSideEncryptionConfiguration`, `lifecycleRules`).',
    rationale:
      'Deprecated inputs are removed in the next major provider version and already conflict with their replacement resources (both fight over the same bucket setting, causing perpetual diffs).',
    docs: 'https://www.pulumi.com/registry/packages/aws/how-to-guides/7-0-migration/',
    fixable: 'suggest',
  },
  check(program, context) {
    for (const resource of program.resources) {
      const parts = resource.sourceType.split('.');
      if (parts.length < 2) continue;
      const info = pulumiResource(parts[parts.length - 2], parts[parts.length - 1]);
      if (!info) continue;
      if (info.deprecated)
        context.report({
          message: `${resource.sourceType} "${resource.name}" is deprecated: ${info.deprecated}`,
          span: resource.headerSpan,
          resource,
          suggestion: { before: resource.sourceType, after: info.deprecated },
        });
      const deprecated = info.deprecatedArgs ?? {};
      if (Object.keys(deprecated).length === 0) continue;
      const shape = resourceShape(resource.type);
      const byCanonical = new Map<string, [string, string]>();
      for (const [name, note] of Object.entries(deprecated)) {
        byCanonical.set(canonicalArgumentName(name, shape), [name, note]);
        byCanonical.set(name, [name, note]);
      }
      for (const entry of resource.args.entries) {
        const hit = byCanonical.get(entry.key);
        if (!hit) continue;
        const [name, note] = hit;
        context.report({
          message: `Argument ${name} of ${resource.sourceType} "${resource.name}" is deprecated: ${note}`,
          span: entry.keySpan,
          resource,
          suggestion: { before: `${name}: ...`, after: note },
        });
      }
    }
  },
});
