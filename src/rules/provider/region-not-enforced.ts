import type { Program, Resource, Value } from '../../model/types.js';
import { configuresNoAwsProvider } from '../../model/query.js';
import { arg, referencesIn, stringValue, walkValue } from '../../model/values.js';
import { describeResource } from '../describe.js';
import { defineRule } from '../rule.js';

/** Inputs the default provider itself reads its region from: declaring them does enforce it. */
const PROVIDER_REGION_INPUTS = new Set(['aws:region', 'AWS_REGION', 'AWS_DEFAULT_REGION']);

export default defineRule({
  meta: {
    id: 'provider/region-not-enforced',
    title: 'Declared region not used by the provider',
    severity: 'low',
    requirementDriven: { topics: ['region'], severity: 'medium' },
    frameworks: 'all',
    description:
      'A region is declared (config, variable, constant) but resources are created through an implicit default provider that does not use it.',
    rationale:
      "The default provider takes its region from the stack configuration or the environment of whoever deploys, so the program's own region setting is ignored and resources land wherever that happens to point.",
    docs: 'https://www.pulumi.com/registry/packages/aws/installation-configuration/',
    fixable: 'suggest',
  },
  check(program, context) {
    // A child module takes its provider from the root; an answer may show a root without its provider file.
    if (configuresNoAwsProvider(program)) return;
    const declared = declaredRegion(program);
    if (!declared) return;
    const implicit = program.resources.filter((r) => r.type.startsWith('aws_') && usesDefaultProvider(program, r));
    if (implicit.length === 0) return;
    const explicit = program.providers.find((p) => p.explicit && p.name === 'aws');
    const providerCode =
      program.framework === 'pulumi-py'
        ? `provider = aws.Provider("aws", region=${declared.name})\n# and on each resource: opts=pulumi.ResourceOptions(provider=provider)`
        : program.framework === 'pulumi-ts'
          ? `const provider = new aws.Provider('aws', { region: ${declared.name} });\n// and on each resource: { provider }`
          : `provider "aws" {\n  region = var.${declared.name}\n}`;
    const sample = implicit.slice(0, 3).map(describeResource).join(', ');
    context.report({
      message: `${declared.name} declares region ${declared.text}, but ${implicit.length} resource${implicit.length === 1 ? '' : 's'} (${sample}${implicit.length > 3 ? ', ...' : ''}) ${implicit.length === 1 ? 'is' : 'are'} created through the default provider, which ${explicit ? 'is not the provider that uses it' : 'takes its region from the stack config or environment instead'}; declare a provider with that region${program.framework === 'terraform' ? '' : ' and pass it to each resource'}.`,
      span: declared.span,
      resource: implicit[0],
      suggestion: { before: `${declared.name} = ${declared.text}`, after: providerCode },
      // A region that only names outputs or picks from a lookup table is hygiene even when the
      // request names a region: no resource is built on the assumption that it is where they go.
      asRequested: !feedsResourceArgument(program, declared) || undefined,
    });
  },
});

interface DeclaredRegion {
  name: string;
  text: string;
  span: Value['span'];
  value?: Value;
}

/** The region the program declares for itself, when it is not what the default provider already reads. */
function declaredRegion(program: Program): DeclaredRegion | undefined {
  // Lambda handler code reads the region it runs in; that is not the program's own setting.
  const handlerFiles = new Set(program.handlers.map((h) => h.file.span(0, 0).file));
  for (const variable of program.variables) {
    if (!isRegionName(variable.name) || PROVIDER_REGION_INPUTS.has(variable.name)) continue;
    if (handlerFiles.has(variable.span.file)) continue;
    if (variable.source === 'config' && variable.name.startsWith('aws:')) continue;
    if (usedByProvider(program, variable.name)) continue;
    const fallback = stringValue(variable.default);
    return {
      name: variable.name,
      text: fallback !== undefined ? JSON.stringify(fallback) : `(${variable.source})`,
      span: variable.span,
    };
  }
  for (const [name, value] of program.locals) {
    const short = name.slice(name.lastIndexOf('.') + 1);
    const text = stringValue(value);
    if (!isRegionName(short) || text === undefined || !looksLikeRegion(text)) continue;
    if (value.kind !== 'literal' || usedByProvider(program, short, value)) continue;
    return { name: short, text: JSON.stringify(text), span: value.span, value };
  }
  return undefined;
}

/** Some resource argument is built from the declared region (an ARN, an endpoint, a dashboard's region). */
function feedsResourceArgument(program: Program, declared: DeclaredRegion): boolean {
  const constant = declared.value?.span;
  return program.resources.some((resource) => {
    let found = false;
    walkValue(resource.args, (node) => {
      // A reader that inlines a constant keeps the constant's span on the value it puts in its place.
      if (constant && node.span.file === constant.file && node.span.start === constant.start) found = true;
      if (node.kind === 'reference' && 'name' in node.target && node.target.name.endsWith(declared.name)) found = true;
      return found ? false : undefined;
    });
    return found;
  });
}

function isRegionName(name: string): boolean {
  return name.toLowerCase().includes('region');
}

/** `us-east-1`, `eu-central-2`, `us-gov-west-1`. */
function looksLikeRegion(text: string): boolean {
  const parts = text.split('-');
  return parts.length >= 3 && parts[0].length === 2 && /^\d+$/.test(parts[parts.length - 1]);
}

/** Some explicit provider's region is this input or constant. */
function usedByProvider(program: Program, name: string, value?: Value): boolean {
  return program.providers.some((p) => {
    if (!p.region) return false;
    if (
      value &&
      (p.region === value || (p.region.span.file === value.span.file && p.region.span.start === value.span.start))
    )
      return true;
    return referencesIn(p.region).some((r) => 'name' in r.target && r.target.name.endsWith(name));
  });
}

/** Created through the implicit default provider: no provider option, no parent that could pass one, no region argument. */
function usesDefaultProvider(program: Program, resource: Resource): boolean {
  // Only AWS resources take a region: random, tls, archive and null resources have none.
  if (!resource.type.startsWith('aws_')) return false;
  if (resource.options.provider) return false;
  if (resource.options.parent && program.providers.some((p) => p.explicit)) return false;
  if (arg(resource, 'region')) return false;
  if (program.framework === 'terraform') {
    const defaultProvider = program.providers.find((p) => p.name === 'aws' && !p.alias);
    if (defaultProvider?.region) return false;
  }
  // CDK for Terraform: a resource without a provider goes to the AwsProvider its stack declares (its construct
  // id is no alias), not to one configured from the environment.
  if (program.framework === 'cdktf-ts' || program.framework === 'cdktf-py')
    if (program.providers.some((p) => p.name === 'aws' && p.explicit && p.region)) return false;
  return true;
}
