/**
 * tags/hardcoded-environment: an `Environment` tag written as a literal while
 * the program has an environment input.
 */
import { sourceText } from '../../fix/edits.js';
import type { Span } from '../../model/source.js';
import type { ObjectValue, Program, Resource, Variable } from '../../model/types.js';
import { asObject, stringValue, walkValue } from '../../model/values.js';
import { defineRule } from '../rule.js';
import { source } from '../../idiom/code.js';
import { idiomOf } from '../../idiom/index.js';

const ENVIRONMENT_TAG = /^env(ironment)?$/i;
const ENVIRONMENT_INPUT = /env(ironment)?|stage|suffix/i;
/** The two sides of a blue/green deployment: which copy a resource belongs to, deliberately constant, not a stage. */
const DEPLOYMENT_COLOUR = /^(blue|green)$/i;

export default defineRule({
  meta: {
    id: 'tags/hardcoded-environment',
    title: 'Environment tag hard-coded',
    severity: 'low',
    requirementDriven: { topics: ['tags'], severity: 'medium' },
    frameworks: 'all',
    description:
      'An `Environment` tag set to a literal (e.g. `production`) while the program has an environment input (variable, config or environment variable). The sides of a blue/green deployment (`blue`, `green`) are not stages and are left alone.',
    rationale:
      'Every deployment, dev and PR stacks included, is tagged as the same environment: cost allocation, access policies and automation that key on the tag treat test stacks as production.',
    docs: 'https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html',
    fixable: 'auto',
  },
  check(program, context) {
    const input = program.variables.find(
      (v) => ENVIRONMENT_INPUT.test(v.name) && !/region|account|tags?$/i.test(v.name),
    );
    if (!input) return;
    const seen = new Set<string>();
    const checkTags = (tags: ObjectValue | undefined, resource: Resource | undefined) => {
      for (const entry of tags?.entries ?? []) {
        if (!ENVIRONMENT_TAG.test(entry.key) || entry.value.kind !== 'literal') continue;
        if (DEPLOYMENT_COLOUR.test(stringValue(entry.value) ?? '')) continue;
        const key = `${entry.value.span.file}:${entry.value.span.start}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const literal = stringValue(entry.value);
        const replacement = replacementFor(program, input, resource, entry.value.span);
        const idiom = idiomOf(resource?.framework ?? program.framework);
        context.report({
          message:
            `Tag ${entry.key} is hard-coded to "${literal}"${resource ? ` (first on "${resource.name}")` : ''} although the program reads its environment from ${describeInput(input)}: ` +
            `every stack will be tagged "${literal}". Use the environment input instead.`,
          span: entry.value.span,
          resource,
          // A request that names this very tag value asks for the constant: the finding is not a violation of it.
          asRequested: context.requirements?.some(
            (r) =>
              r.kind === 'tags' &&
              r.tags.some(
                (t) =>
                  t.key.toLowerCase() === entry.key.toLowerCase() && t.value?.toLowerCase() === literal?.toLowerCase(),
              ),
          ),
          fix: replacement
            ? {
                description: `Tag ${entry.key} with ${replacement}`,
                edits: [
                  {
                    file: entry.value.span.file,
                    start: entry.value.span.start,
                    end: entry.value.span.end,
                    text: replacement,
                  },
                ],
              }
            : undefined,
          suggestion: idiom && {
            before: idiom.mapEntry(entry.key, { kind: 'literal', value: literal ?? '' }),
            after: idiom.mapEntry(entry.key, replacement ? source(replacement) : { kind: 'input', name: input.name }),
          },
        });
      }
    };
    for (const resource of program.resources) {
      checkTags(asObject(resource.args.entries.find((e) => e.key === 'tags')?.value), resource);
      checkTags(
        asObject(
          asObject(resource.args.entries.find((e) => e.key === 'default_tags')?.value)?.entries.find(
            (e) => e.key === 'tags',
          )?.value,
        ),
        resource,
      );
    }
  },
});

function describeInput(input: Variable): string {
  if (input.source === 'env') return `the environment variable ${input.name}`;
  if (input.source === 'config') return `config "${input.name}"`;
  return `the input "${input.name}"`;
}

/**
 * The expression that reads the input, when it is certain: `var.<name>` in
 * Terraform; in Pulumi, the expression the same resource already uses to read
 * it (so it is in scope where the tag is written).
 */
function replacementFor(
  program: Program,
  input: Variable,
  resource: Resource | undefined,
  at: Span,
): string | undefined {
  if (program.framework === 'terraform') return input.source === 'variable' ? `var.${input.name}` : undefined;
  if (!resource || resource.args.span.file !== at.file) return undefined;
  const inside = (span: Span) =>
    span.file === resource.args.span.file &&
    span.start >= resource.args.span.start &&
    span.end <= resource.args.span.end;
  if (!inside(at)) return undefined;
  let found: string | undefined;
  walkValue(resource.args, (node) => {
    if (found || node.kind !== 'reference' || node.target.kind !== input.source) return;
    if (!('name' in node.target) || node.target.name !== input.name || !inside(node.span)) return;
    const text = sourceText(program, node.span);
    if (text && text !== '' && !/[\s`'"{}]/.test(text)) found = text;
  });
  // A module-level name bound before the tag reads the input there.
  if (!found && program.framework === 'pulumi-py' && input.binding?.file === at.file && input.span.end <= at.start)
    return input.binding.name;
  return found;
}
