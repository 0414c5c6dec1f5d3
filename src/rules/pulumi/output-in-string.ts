/**
 * pulumi/output-in-string: a Pulumi Output placed inside a plain string
 * (template literal, f-string, `+` concatenation, `format`).
 */
import { replaceSpan, sourceText } from '../../fix/edits.js';
import type { Span } from '../../model/source.js';
import type { Program, ReferenceValue, TemplateValue, Value } from '../../model/types.js';
import { isPhysicalNameArgument } from '../../model/physical-name.js';
import { walkValue } from '../../model/values.js';
import { defineRule, type Fix } from '../rule.js';

/** Calls that build strings from Outputs correctly. */
const SAFE_CALL = /(^|\.)(interpolate|concat|apply|all|format)$/;
const UNSAFE_FORMAT = /^(\.format|str\.format|%)$/;
/** Arguments that hold text for people, not for AWS to act on. */
const FREE_TEXT = /^(description|.+_description|comment|tags|tags_all)$/;

/** Whether a node lies inside one of the given values. */
function within(node: Value, roots: Set<Value>): boolean {
  for (const root of roots) if (spanContains(root.span, node.span)) return true;
  return false;
}

function spanContains(outer: Span, inner: Span): boolean {
  return outer.file === inner.file && outer.start <= inner.start && inner.end <= outer.end;
}

/** Plain JSON encoders, which turn an Output into an error message instead of its value. */
const JSON_ENCODERS = new Set(['JSON.stringify', 'json.dumps']);

export default defineRule({
  meta: {
    id: 'pulumi/output-in-string',
    title: 'Output used inside a plain string',
    severity: 'high',
    frameworks: ['pulumi-ts', 'pulumi-py'],
    description:
      'A Pulumi `Output` (a resource attribute such as `bucket.arn`) inside a template literal, f-string, `+` concatenation or `%`/`format` instead of `pulumi.interpolate`, `Output.concat` or `apply`. Critical in the physical name of a resource (the placeholder text is no valid AWS name, so creation fails), high in another resource argument, medium in a description, tags or a stack output, where only the text is wrong.',
    rationale:
      'An Output is not a string: converting it yields text like "Calling [toString] on an [Output<T>] is not supported", which then ends up in names, ARNs and policies and fails at deploy time or silently grants nothing.',
    docs: 'https://www.pulumi.com/docs/concepts/inputs-outputs/all/#outputs-and-strings',
    fixable: 'auto',
  },
  check(program, context) {
    const reported = new Set<TemplateValue>();
    // Strings that are a resource's physical name: the placeholder text is no valid AWS name.
    let names = new Set<Value>();
    // Free text (descriptions, tags): the placeholder is only wrong text.
    let freeText = new Set<Value>();
    const visit = (root: Value, resource?: (typeof program.resources)[number], inJson = false) => {
      walkValue(root, (node) => {
        if (node.kind === 'call' && SAFE_CALL.test(node.name) && !UNSAFE_FORMAT.test(node.name)) return false;
        // Inside JSON.stringify even pulumi.interpolate is wrong: the encoder cannot serialise an Output.
        if (node.kind === 'call' && JSON_ENCODERS.has(node.name) && !inJson) {
          for (const a of node.args) visit(a, resource, true);
          return false;
        }
        if (node.kind !== 'template' || reported.has(node)) return;
        const output = node.parts.find((p): p is ReferenceValue => p.kind === 'reference' && p.output === true);
        if (!output) return;
        reported.add(node);
        // JSON.stringify / json.dumps cannot serialise an Output either: no interpolation fixes that.
        const fix = inJson
          ? undefined
          : program.framework === 'pulumi-ts'
            ? interpolateFix(node)
            : concatFix(program, node);
        const how = inJson
          ? program.framework === 'pulumi-py'
            ? 'pulumi.Output.json_dumps(...) for the document, or build it in .apply(...)'
            : 'pulumi.jsonStringify(...) with pulumi.interpolate`...` inside, or build the document in .apply(...)'
          : program.framework === 'pulumi-py'
            ? 'pulumi.Output.concat(...) or .apply(...)'
            : 'pulumi.interpolate`...`';
        const isName = resource !== undefined && names.has(node);
        context.report({
          message:
            `\`${output.text}\` is an Output, but it is placed in a plain ${node.form === 'concatenation' ? 'string concatenation' : 'string'}` +
            `${resource ? ` in "${resource.name}"` : ''}: the result contains "Calling [toString] on an [Output<T>]" instead of the value` +
            `${isName ? ', which is no valid name: the resource cannot be created' : ''}. Use ${how}.`,
          span: output.span,
          resource,
          // In a stack output only the exported value is wrong: nothing fails to deploy or run.
          severity: isName ? 'critical' : resource && !within(node, freeText) ? undefined : 'medium',
          fix,
          suggestion: suggestionFor(program.framework, output.text, inJson),
        });
      });
    };
    for (const resource of [...program.resources, ...program.dataSources]) {
      names = new Set(resource.args.entries.filter((e) => isPhysicalNameArgument(resource, e.key)).map((e) => e.value));
      freeText = new Set(resource.args.entries.filter((e) => FREE_TEXT.test(e.key)).map((e) => e.value));
      visit(resource.args, resource);
    }
    names = new Set();
    freeText = new Set();
    for (const output of program.outputs) visit(output.value);
  },
});

function suggestionFor(framework: string, output: string, inJson: boolean): { before: string; after: string } {
  if (framework === 'pulumi-ts') {
    const before = `\`...\${${output}}...\``;
    const after = `pulumi.interpolate\`...\${${output}}...\``;
    return inJson
      ? {
          before: `JSON.stringify({ /* ... */ value: ${before} })`,
          after: `pulumi.jsonStringify({ /* ... */ value: ${after} })`,
        }
      : { before, after };
  }
  const before = `f"...{${output}}..."`;
  const after = `pulumi.Output.concat("...", ${output}, "...")`;
  return inJson
    ? { before: `json.dumps({...: ${before}})`, after: `pulumi.Output.json_dumps({...: ${after}})` }
    : { before, after };
}

/** TypeScript: a template literal becomes a `pulumi.interpolate` tagged template. */
function interpolateFix(node: TemplateValue): Fix | undefined {
  if (node.form !== 'template') return undefined;
  return {
    description: 'Build the string with pulumi.interpolate',
    edits: [{ file: node.span.file, start: node.span.start, end: node.span.start, text: 'pulumi.interpolate' }],
  };
}

/**
 * Python: an f-string becomes `pulumi.Output.concat(...)` of its parts, the
 * text parts as string literals and each expression as written.
 */
function concatFix(program: Program, node: TemplateValue): Fix | undefined {
  if (node.form !== 'template') return undefined;
  const written = sourceText(program, node.span);
  if (!written || !/^[fF][rR]?["']/.test(written)) return undefined;
  const inside = (span: Span) =>
    span.file === node.span.file && span.start > node.span.start && span.end < node.span.end;
  const parts: string[] = [];
  for (const part of node.parts) {
    if (part.kind === 'literal' && typeof part.value === 'string') {
      if (part.value) parts.push(JSON.stringify(part.value));
      continue;
    }
    const text = inside(part.span) ? sourceText(program, part.span) : undefined;
    if (!text) return undefined;
    parts.push(text);
  }
  const imported = program.files.some(
    (file) => file.realPath === node.span.file && program.imports?.get(file.path)?.modules.includes('pulumi'),
  );
  if (!imported) return undefined;
  return {
    description: 'Build the string with pulumi.Output.concat',
    edits: [replaceSpan(node.span, `pulumi.Output.concat(${parts.join(', ')})`)],
  };
}
