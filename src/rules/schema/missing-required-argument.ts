/**
 * schema/missing-required-argument: a Terraform resource without an argument
 * or block its provider schema requires.
 */
import { awsProviderPin } from '../../model/provider-version.js';
import { resourceShape } from '../../schema/aws-provider.js';
import { optionalIn } from '../../schema/earlier-provider-arguments.js';
import type { Program, Resource } from '../../model/types.js';
import { describeResource } from '../describe.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'schema/missing-required-argument',
    title: 'Required argument missing',
    severity: 'critical',
    frameworks: ['terraform'],
    description:
      'A Terraform resource that lacks a top-level argument or block the bundled AWS provider schema marks required (generated from @cdktf/provider-aws), unless the earlier provider major the module pins in `required_providers` did not require it. A block whose comment elides arguments (`# ...`) quotes part of a resource and is left alone.',
    rationale:
      'Terraform rejects the configuration before planning ("The argument ... is required, but no definition was found"), so nothing is deployed.',
    docs: 'https://developer.hashicorp.com/terraform/language/resources/syntax',
    fixable: 'suggest',
  },
  check(program, context) {
    const pin = awsProviderPin(program, context.inputPrograms);
    for (const resource of program.resources) {
      if (elidesArguments(program, resource)) continue;
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

/** A comment in the block that stands for arguments left out (`# ...`, `# ... as before`): a quote of part of it. */
function elidesArguments(program: Program, resource: Resource): boolean {
  const { file, start, end } = resource.span;
  return program.comments.some(
    (comment) =>
      comment.span.file === file &&
      comment.span.start >= start &&
      comment.span.end <= end &&
      /^(?:\.\.\.|…)/.test(comment.text),
  );
}

/** A required argument in HCL with an empty value of its type, or an empty block. */
function placeholder(name: string, code: string | undefined): string {
  if (code === undefined) return `${name} {\n}`;
  const empty = { s: '""', n: '0', b: 'false', l: '[]', m: '{}', a: 'null' }[code as 's' | 'n' | 'b' | 'l' | 'm' | 'a'];
  return `${name} = ${empty}`;
}
