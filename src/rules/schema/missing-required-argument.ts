/**
 * schema/missing-required-argument: a Terraform resource without an argument
 * or block its provider schema requires.
 */
import { awsProviderPin } from '../../model/provider-version.js';
import { resourceShape } from '../../schema/aws-provider.js';
import { optionalIn } from '../../schema/earlier-provider-arguments.js';
import { describeResource } from '../describe.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'schema/missing-required-argument',
    title: 'Required argument missing',
    severity: 'critical',
    frameworks: ['terraform'],
    description:
      'A Terraform resource that lacks a top-level argument or block the bundled AWS provider schema marks required (generated from @cdktf/provider-aws), unless the earlier provider major the module pins in `required_providers` did not require it.',
    rationale:
      'Terraform rejects the configuration before planning ("The argument ... is required, but no definition was found"), so nothing is deployed.',
    docs: 'https://developer.hashicorp.com/terraform/language/resources/syntax',
    fixable: 'suggest',
  },
  check(program, context) {
    const pin = awsProviderPin(program, context.inputPrograms);
    for (const resource of program.resources) {
      const shape = resourceShape(resource.type);
      const required = shape?.required;
      if (!required?.length) continue;
      const present = new Set(resource.args.entries.map((e) => e.key));
      // The provider major the module pins may not require what the bundled schema does.
      const missing = required.filter(
        (name) => !present.has(name) && !(pin && optionalIn(pin.major, 'resource', resource.type, name)),
      );
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
