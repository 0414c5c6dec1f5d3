/**
 * Text edits that rules attach to findings as fixes. Edits are spelled in the
 * syntax of the resource's framework.
 */
import { camelCase } from '../model/names.js';
import type { Span } from '../model/source.js';
import type { Framework, Resource } from '../model/types.js';
import type { Fix, TextEdit } from '../rules/rule.js';

export type ScalarText =
  { kind: 'bool'; value: boolean } | { kind: 'number'; value: number } | { kind: 'string'; value: string };

/** A scalar written in a framework's syntax. */
export function scalarSource(framework: Framework, scalar: ScalarText): string {
  if (scalar.kind === 'bool')
    return framework === 'pulumi-py' ? (scalar.value ? 'True' : 'False') : String(scalar.value);
  if (scalar.kind === 'number') return String(scalar.value);
  return framework === 'pulumi-ts' ? `'${scalar.value.replace(/'/g, "\\'")}'` : JSON.stringify(scalar.value);
}

/** `name = value` / `name: value,` / `name=value,` for the resource's framework. */
export function argumentSource(framework: Framework, canonicalName: string, valueSource: string): string {
  if (framework === 'pulumi-ts') return `${camelCase(canonicalName)}: ${valueSource},`;
  if (framework === 'pulumi-py') return `${canonicalName}=${valueSource},`;
  return `${canonicalName} = ${valueSource}`;
}

/** An edit inserting a new top-level argument into a resource, or undefined when the reader gave no insertion point. */
export function insertArgument(resource: Resource, canonicalName: string, valueSource: string): TextEdit | undefined {
  return insertLines(resource, argumentSource(resource.framework, canonicalName, valueSource));
}

/**
 * An edit inserting lines (the first without indentation, the rest indented
 * from the arguments' indentation) where the resource takes a new argument.
 */
export function insertLines(resource: Resource, text: string): TextEdit | undefined {
  const at = resource.insertion;
  if (!at) return undefined;
  const indented = text.replace(/\n/g, `\n${at.indent}`);
  if (at.inline)
    return {
      file: at.file,
      start: at.offset,
      end: at.offset,
      text: `${at.prefix ?? ''} ${indented.replace(/,$/, '')}`,
    };
  return { file: at.file, start: at.offset, end: at.offset, text: `${at.prefix ?? ''}\n${at.indent}${indented}` };
}

export function replaceSpan(span: Span, text: string): TextEdit {
  return { file: span.file, start: span.start, end: span.end, text };
}

export function fixOf(description: string, edits: (TextEdit | undefined)[]): Fix | undefined {
  const defined = edits.filter((e): e is TextEdit => e !== undefined);
  return defined.length ? { description, edits: defined } : undefined;
}
