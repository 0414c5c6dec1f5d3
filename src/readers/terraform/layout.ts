/**
 * Where a Terraform file departs from `terraform fmt`'s canonical layout, for
 * the two things fmt fixes most: indentation (two spaces per nesting level)
 * and the alignment of `=` across consecutive one-line attributes (one space
 * after the longest name of the group, one space after `=`). Files with
 * syntax errors are not judged: fmt refuses them too.
 */
import type { SourceFile } from '../../model/source.js';
import type { LayoutIssue } from '../../model/types.js';
import type { Attribute, BodyItem, ParsedFile } from './hcl/ast.js';

const INDENT = 2;

export function layoutIssues(file: SourceFile, { body, heredocs }: ParsedFile): LayoutIssue[] {
  const issues: LayoutIssue[] = [];
  const text = file.text;
  const lineOf = (offset: number) => file.lineIndexAt(offset);
  const startsLine = (offset: number) => text.slice(file.lineStarts[lineOf(offset)], offset).trim() === '';

  const edit = (start: number, end: number, replacement: string, description: string, at: number) => {
    if (text.slice(start, end) === replacement) return;
    const real = file.span(start, end);
    issues.push({
      description,
      span: file.span(at, at),
      edit: { file: real.file, start: real.start, end: real.end, text: replacement },
    });
  };

  const visit = (items: BodyItem[], depth: number) => {
    // Indentation of every item that starts its own line.
    for (const item of items) {
      if (!startsLine(item.start)) continue;
      const lineStart = file.lineStarts[lineOf(item.start)];
      const wanted = ' '.repeat(depth * INDENT);
      edit(lineStart, item.start, wanted, `indent with ${wanted.length} spaces`, item.start);
    }
    for (const group of alignmentGroups(items, lineOf)) {
      const width = Math.max(...group.map((a) => a.name.end - a.name.start));
      for (const attribute of group) {
        const equals = text.indexOf('=', attribute.name.end);
        if (equals < 0 || equals > attribute.value.start) continue;
        const padding = ' '.repeat(width - (attribute.name.end - attribute.name.start) + 1);
        edit(attribute.name.end, equals, padding, 'align "=" with the attributes around it', equals);
        if (lineOf(attribute.value.start) === lineOf(equals))
          edit(equals + 1, attribute.value.start, ' ', 'one space after "="', equals);
      }
    }
    for (const item of items)
      if (item.type === 'Block' && lineOf(item.open) !== lineOf(item.end)) visit(item.body, depth + 1);
  };
  visit(body, 0);
  // Blank lines holding spaces, which fmt empties; not inside heredocs (their text is the value).
  // (Trailing spaces after code fmt also drops, but after a comment it keeps them: only blank lines are judged.)
  // (Spaces after the last newline fmt leaves as they are.)
  for (let line = 0; line + 1 < file.lineStarts.length; line++) {
    const start = file.lineStarts[line];
    const end = line + 1 < file.lineStarts.length ? file.lineStarts[line + 1] - 1 : text.length;
    // Most lines hold code after their indentation: tell them without copying the line.
    let first = start;
    while (first < end && (text[first] === ' ' || text[first] === '\t')) first++;
    if (first < end && !/\s/.test(text[first])) continue;
    const content = text.slice(start, end).replace(/\r$/, '');
    if (content.length === 0 || content.trim() !== '') continue;
    if (heredocs.some((h) => start >= h.start && start < h.end)) continue;
    edit(start, start + content.length, '', 'empty a blank line that holds spaces', start);
  }
  return issues.sort((a, b) => a.edit.start - b.edit.start);
}

/**
 * Runs of one-line attributes on consecutive lines: fmt aligns their `=`. A
 * blank line, a block, a comment line or an attribute whose value spans
 * lines ends a run (fmt leaves that attribute's `=` unaligned); heredocs do
 * not.
 */
function alignmentGroups(items: BodyItem[], lineOf: (offset: number) => number): Attribute[][] {
  const groups: Attribute[][] = [];
  let current: Attribute[] = [];
  let previousLine = -2;
  for (const item of items) {
    const line = lineOf(item.start);
    // A heredoc's lines are text, not layout: fmt aligns across them as if the attribute were one line.
    const heredoc = item.type === 'Attribute' && item.value.type === 'Template' && item.value.heredoc !== null;
    const aligned = item.type === 'Attribute' && (heredoc || lineOf(item.end) === line);
    if (!aligned || line !== previousLine + 1) {
      if (current.length > 1) groups.push(current);
      current = [];
    }
    if (aligned) current.push(item as Attribute);
    previousLine = aligned ? lineOf(item.end) : -2;
  }
  if (current.length > 1) groups.push(current);
  return groups;
}
