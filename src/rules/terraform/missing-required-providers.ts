/**
 * terraform/missing-required-providers: a module that declares
 * `required_providers` uses resources of a provider it does not declare there.
 */
import type { Resource } from '../../model/types.js';
import { defineRule } from '../rule.js';

/** Types of Terraform's own built-in provider, which is never declared. */
const BUILT_IN = 'terraform';

export default defineRule({
  meta: {
    id: 'terraform/missing-required-providers',
    title: 'Provider used but not declared in required_providers',
    severity: 'low',
    frameworks: ['terraform'],
    description:
      'A module with a `required_providers` block uses resources or data sources of a provider (`random_password`, `archive_file`) that the block does not declare. One finding per module lists every such provider.',
    rationale:
      'Terraform then assumes `hashicorp/<name>` at whatever version is newest: the module gets an unpinned provider (a new major version can break it), and a provider outside the hashicorp namespace cannot be installed at all. tflint reports it. Low: `terraform init` still succeeds for hashicorp providers.',
    docs: 'https://developer.hashicorp.com/terraform/language/providers/requirements',
    fixable: 'suggest',
  },
  check(program, context) {
    const blocks = program.requiredProviders;
    if (!blocks?.length) return;
    const declared = new Set(blocks.flatMap((b) => b.names));
    const firstUse = new Map<string, Resource>();
    for (const resource of [...program.resources, ...program.dataSources]) {
      const provider = resource.type.split('_')[0];
      if (!provider || provider === BUILT_IN || declared.has(provider) || firstUse.has(provider)) continue;
      firstUse.set(provider, resource);
    }
    const missing = [...firstUse];
    if (!missing.length) return;
    const [[, resource]] = missing;
    const names = missing.map(([provider]) => provider);
    const listed = names.map((n) => `"${n}"`).join(', ');
    context.report({
      // One finding per module: the fix is one edit of one block, whatever the number of providers.
      message:
        missing.length === 1
          ? `${resource.mode === 'data' ? 'data ' : ''}${resource.type} "${resource.name}" uses the provider "${names[0]}", which required_providers does not declare: Terraform installs the newest hashicorp/${names[0]}, unpinned. Declare it with its source and a version constraint.`
          : `The module uses the providers ${listed}, which required_providers does not declare: Terraform installs the newest hashicorp/<name> of each, unpinned. Declare them with their source and a version constraint.`,
      // Where the declaration goes; the first use of each provider is related.
      span: blocks[0].span,
      resource,
      related: missing.map(([provider, use]) => ({ message: `first use of ${provider}`, span: use.headerSpan })),
      suggestion: {
        before: 'required_providers {\n  # ...\n}',
        after: `required_providers {\n  # ...\n${names.map((n) => `  ${n} = {\n    source = "hashicorp/${n}"\n  }\n`).join('')}}`,
      },
    });
  },
});
