import type { Span } from '../../model/source.js';
import { arg, stringValue } from '../../model/values.js';
import type { Requirement } from '../../requirements/types.js';
import { describeResource } from '../describe.js';
import { defineRule } from '../rule.js';
import { requiredBy, resolve } from './cite.js';

export default defineRule({
  meta: {
    id: 'requirements/region',
    title: 'Region other than the request asks for',
    severity: 'high',
    frameworks: 'all',
    description:
      'The request names the region(s) to deploy to, and an AWS provider (or a resource with its own region) is set to another one, directly or through the default of the variable it reads; or the request asks for several regions at once ("both us-east-1 and us-west-2") and the program has a provider for only some of them.',
    rationale:
      'Resources created in the wrong region fail the request outright: data residency, latency and the other stacks that look for them in the named region all depend on it.',
    docs: 'https://docs.aws.amazon.com/general/latest/gr/rande.html',
    fixable: 'none',
  },
  check(program, context) {
    const wanted = (context.requirements ?? []).filter(
      (r): r is Extract<Requirement, { kind: 'region' }> => r.kind === 'region',
    );
    if (!wanted.length) return;
    const allowed = new Set(wanted.flatMap((r) => r.regions));
    const cite = wanted[0];
    const judge = (value: Parameters<typeof resolve>[1], span: Span | undefined, what: string) => {
      const region = stringValue(resolve(program, value));
      if (region === undefined || !span) return;
      for (const requirement of wanted) context.checked?.(requirement);
      if (allowed.has(region)) return;
      context.report({
        message: `${what} deploys to ${region}, but the request asks for ${[...allowed].join(' or ')} (${requiredBy(cite)}).`,
        span,
        requirement: cite,
      });
    };
    const aws = program.providers.filter((p) => p.name === 'aws');
    for (const provider of aws)
      if (provider.region)
        judge(provider.region, provider.region.span, `AWS provider${provider.alias ? ` "${provider.alias}"` : ''}`);
    // "Both us-east-1 and us-west-2": each region asked for has a provider, when every provider's region is known.
    const each = wanted.find((r) => r.each);
    const regions = aws.map((p) => stringValue(resolve(program, p.region)));
    // The finding is about the program's providers: it stands on the first provider's declaration.
    const first = aws.find((p) => p.region);
    if (each && first && regions.every((r) => r !== undefined)) {
      const missing = each.regions.filter((r) => !regions.includes(r));
      if (missing.length)
        context.report({
          message: `The program deploys only to ${[...new Set(regions)].join(', ')}: no AWS provider for ${missing.join(', ')}, which the request asks for as well (${requiredBy(each)}).`,
          span: first.span,
          requirement: each,
        });
    }
    for (const resource of program.resources) {
      const region = arg(resource, 'region');
      if (region && resource.type.startsWith('aws_')) judge(region, region.span, describeResource(resource));
    }
  },
});
