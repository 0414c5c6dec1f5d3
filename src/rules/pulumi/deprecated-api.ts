/**
 * pulumi/deprecated-api: deprecated resources and arguments of the bundled
 * @pulumi/aws version (read from the package's own declarations). The
 * suggestion is the replacement written as code: the replacing class, the
 * replacing argument, or the replacing resource wired to this one.
 */
import { attribute, newRef, refOf, source, type Code } from '../../idiom/code.js';
import { idiomOf } from '../../idiom/index.js';
import { pulumiArgumentName } from '../../idiom/pulumi-names.js';
import { sourceText } from '../../fix/edits.js';
import { canonicalArgumentName, resourceShape, snakeCase } from '../../model/names.js';
import type { ObjectEntry, Program, Resource } from '../../model/types.js';
import { pulumiResource, type PulumiResourceInfo } from '../../schema/pulumi-aws.js';
import { defineRule, type Suggestion } from '../rule.js';

export default defineRule({
  meta: {
    id: 'pulumi/deprecated-api',
    title: 'Deprecated Pulumi resource or argument',
    severity: 'low',
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
      if (info.deprecated) {
        const replacement = replacingClass(info.deprecated);
        context.report({
          message: `${resource.sourceType} "${resource.name}" is deprecated: ${info.deprecated}`,
          span: resource.headerSpan,
          resource,
          suggestion: replacement && {
            before: resource.sourceType,
            // Keep the program's own prefix (`aws.`, `s3.` after `from pulumi_aws import s3`).
            after: [...parts.slice(0, -1), replacement[1]].join('.'),
          },
        });
      }
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
        const [, note] = hit;
        const written = pulumiArgumentName(
          entry.key,
          resource.type,
          resource.framework === 'pulumi-py' ? 'snake' : 'camel',
        );
        context.report({
          message: `Argument ${written} of ${resource.sourceType} "${resource.name}" is deprecated: ${note}`,
          span: entry.keySpan,
          resource,
          suggestion: argumentReplacement(program, resource, info, entry, note),
        });
      }
    }
  },
});

/** `[module, class]` of the class a deprecation names as its replacement (`... in favor of aws.s3/bucket.Bucket`). */
function replacingClass(note: string): [string, string] | undefined {
  const match = /in favor of (?:aws\.)?(\w+)(?:\/\w+)?\.(\w+)\s*$/.exec(note);
  return match && pulumiResource(match[1], match[2]) ? [match[1], match[2]] : undefined;
}

/**
 * The replacement of a deprecated argument as code: the argument the note
 * names (`Use state instead`) with the same value, or the resource it names
 * (`Use the aws.s3.BucketVersioning resource instead`) linked to this one.
 */
function argumentReplacement(
  program: Program,
  resource: Resource,
  info: PulumiResourceInfo,
  entry: ObjectEntry,
  note: string,
): Suggestion | undefined {
  const idiom = idiomOf(resource.framework);
  const valueText = sourceText(program, entry.value.span);
  if (!idiom || valueText === undefined) return undefined;
  const before = idiom.argument(entry.key, source(valueText), resource.type);
  const argument = /^\w+ is deprecated\. Use (\w+) instead\.?$/.exec(note)?.[1];
  if (argument && info.args.includes(argument))
    return { before, after: idiom.argument(snakeCase(argument), source(valueText), resource.type) };
  const named = /Use the aws\.(\w+)\.(\w+) resource instead/.exec(note);
  const replacing = named ? pulumiResource(named[1], named[2]) : undefined;
  if (!replacing?.terraform) return undefined;
  const link = linkArgument(resource.type, replacing);
  if (!link) return undefined;
  const label = `${resource.name.replace(/\W+/g, '_')}_${entry.key}`;
  const linked: [string, Code] = [link, attribute(refOf(resource), 'id')];
  const declaration = idiom.declaration({
    of: newRef(replacing.terraform, label),
    name: `${resource.name}-${entry.key.replace(/_/g, '-')}`,
    args: [linked],
  });
  return {
    before,
    after: `${idiom.comment(`${entry.key} moves to its own resource; its settings go beside ${link}`)}\n${declaration}`,
  };
}

/** The argument of a replacing resource that names the resource it configures (`bucket` of a bucket's settings). */
function linkArgument(parentType: string, replacing: PulumiResourceInfo): string | undefined {
  const noun = parentType.split('_').at(-1)!;
  const shape = replacing.terraform ? resourceShape(replacing.terraform) : undefined;
  const canonical = replacing.args.map((name) => canonicalArgumentName(name, shape));
  return [noun, `${noun}_id`, `${noun}_name`].find((name) => canonical.includes(name));
}
