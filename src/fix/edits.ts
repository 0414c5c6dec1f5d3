/**
 * Text edits that rules attach to findings as fixes. Edits are spelled in the
 * syntax of the resource's framework.
 */
import { camelCase } from '../model/names.js';
import type { SourceFile, Span } from '../model/source.js';
import type { Framework, ObjectEntry, Program, Resource } from '../model/types.js';
import type { Fix, TextEdit } from '../rules/rule.js';

export type ScalarText =
  { kind: 'bool'; value: boolean } | { kind: 'number'; value: number } | { kind: 'string'; value: string };

/** A scalar written in a framework's syntax. */
export function scalarSource(framework: Framework, scalar: ScalarText): string {
  if (scalar.kind === 'bool')
    return framework.endsWith('-py') ? (scalar.value ? 'True' : 'False') : String(scalar.value);
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
      text: `${at.prefix ?? ''} ${indented.replace(/,$/, '')}${at.suffix ?? ''}`,
    };
  return {
    file: at.file,
    start: at.offset,
    end: at.end ?? at.offset,
    text: `${at.prefix ?? ''}\n${at.indent}${indented}${at.suffix ?? ''}`,
  };
}

export function replaceSpan(span: Span, text: string): TextEdit {
  return { file: span.file, start: span.start, end: span.end, text };
}

export function fixOf(description: string, edits: (TextEdit | undefined)[]): Fix | undefined {
  const defined = edits.filter((e): e is TextEdit => e !== undefined);
  return defined.length ? { description, edits: defined } : undefined;
}

/**
 * The source text a span covers, read from the program's files (a Markdown
 * answer's virtual files map back to the real lines); undefined when no file
 * of the program holds the whole span.
 */
export function sourceText(program: Program, span: Span): string | undefined {
  for (const file of program.files) {
    if (file.realPath !== span.file) continue;
    const start = virtualOffset(file, span.start);
    const end = virtualOffset(file, span.end);
    if (start === undefined || end === undefined || end < start) continue;
    const mapped = file.span(start, end);
    if (mapped.start === span.start && mapped.end === span.end) return file.slice(start, end);
  }
  return undefined;
}

/**
 * An edit removing an argument that has its lines to itself (`iops = 3000`, `iops: 3000,`, `iops=3000,`, YAML
 * `Iops: 3000`), lines and all; undefined when anything else shares them, or in a Markdown answer's virtual file.
 */
export function removeEntryLines(program: Program, entry: ObjectEntry): TextEdit | undefined {
  const file = program.files.find((f) => f.realPath === entry.keySpan.file && !f.origins);
  if (!file || entry.value.span.file !== entry.keySpan.file) return undefined;
  const { text } = file;
  const start = text.lastIndexOf('\n', entry.keySpan.start - 1) + 1;
  const newline = text.indexOf('\n', entry.value.span.end);
  const end = newline < 0 ? text.length : newline + 1;
  const after = text.slice(entry.value.span.end, end).trim();
  if (text.slice(start, entry.keySpan.start).trim() !== '' || (after !== '' && after !== ',')) return undefined;
  return { file: file.realPath, start, end, text: '' };
}

/**
 * The text of a span's line before the span, when it is only indentation
 * (plus `export` or an assignment target, which belong to the statement).
 */
export function linePrefix(program: Program, span: Span): { text: string; start: number } | undefined {
  const column = span.column - 1;
  const text = sourceText(program, { ...span, start: span.start - column, end: span.start });
  return text === undefined ? undefined : { text, start: span.start - column };
}

function virtualOffset(file: SourceFile, real: number): number | undefined {
  if (!file.origins) return real <= file.text.length ? real : undefined;
  for (let i = 0; i < file.origins.length; i++) {
    const origin = file.origins[i];
    const lineStart = file.lineStarts[i];
    const lineEnd = i + 1 < file.lineStarts.length ? file.lineStarts[i + 1] : file.text.length;
    if (real >= origin.offset && real - origin.offset <= lineEnd - lineStart) return lineStart + (real - origin.offset);
  }
  return undefined;
}

/**
 * Where the comment lines directly above a statement begin (the statement's
 * own line start when there are none), so that code inserted before the
 * statement does not come between it and its comment.
 */
export function commentedStart(program: Program, lineStart: number, span: Span, marker: string): number {
  const before = sourceText(program, { ...span, start: 0, end: lineStart });
  if (before === undefined) return lineStart;
  let start = lineStart;
  while (start > 0) {
    const previous = before.lastIndexOf('\n', start - 2) + 1;
    if (!before.slice(previous, start).trimStart().startsWith(marker)) break;
    start = previous;
  }
  return start;
}

/** A logical name that can be written back as a plain string literal (not rendered from expressions). */
export function isPlainName(name: string): boolean {
  return /^[\w.:/-]+$/.test(name);
}

/** The resource's options as written (Pulumi `{ parent: this }`, `opts=...`), for a resource added beside it. */
export function optionsSource(program: Program, resource: Resource): string | undefined {
  return resource.options.span ? sourceText(program, resource.options.span) : undefined;
}
