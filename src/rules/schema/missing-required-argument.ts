/**
 * schema/missing-required-argument: a Terraform resource without an argument
 * or block its provider schema requires.
 */
import { resourceShape } from '../../schema/aws-provider.js';
import { describeResource } from '../describe.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'schema/missing-required-argument',
    title: 'Required argument missing',
    severity: 'critical',
    frameworks: ['terraform'],
    description:
      'A Terraform resource that lacks a top-level argument or block the bundled AWS provider schema marks required (generated from @cdktf/provider-aws).',
    rationale:
      'Terraform rejects the configuration before planning ("The argument ... is required, but no definition was found"), so nothing is deployed.',
    docs: 'https://developer.hashicorp.com/terraform/language/resources/syntax',
    fixable: 'suggest',
  },
  check(program, context) {
    for (const resource of program.resources) {
      const shape = resourceShape(resource.type);
      const required = shape?.required;
      if (!required?.length) continue;
      const present = new Set(resource.args.entries.map((e) => e.key));
      const missing = required.filter((name) => !present.has(name));
      if (missing.length === 0) continue;
      context.report({
        message: `${describeResource(resource)} lacks ${missing.map((m) => `"${m}"`).join(', ')}, which the AWS provider requires: Terraform rejects the configuration.`,
        span: resource.headerSpan,
        resource,
        suggestion: {
          before: `resource "${resource.type}" "${resource.name}" {`,
          after: missing.map((m) => placeholder(m, shape?.attrs[m])).join('\n'),
        },
      });
    }
  },
});

/** A required argument in HCL with an empty value of its type, or an empty block. */
function placeholder(name: string, code: string | undefined): string {
  if (code === undefined) return `${name} {\n}`;
  const empty = { s: '""', n: '0', b: 'false', l: '[]', m: '{}', a: 'null' }[code as 's' | 'n' | 'b' | 'l' | 'm' | 'a'];
  return `${name} = ${empty}`;
}
