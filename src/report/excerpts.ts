/**
 * Code excerpts for the human reports (Markdown, HTML): the real source lines
 * around a finding, and the same lines with the finding's fix applied. In a
 * Markdown answer the excerpt stays inside the fenced block that holds the
 * finding, and takes the block's language.
 */
import { MAX_SOURCE_BYTES, readBoundedText } from '../util/read-file.js';
import { extname, isAbsolute, join } from 'node:path';
import MarkdownIt from 'markdown-it';
import type { Finding } from '../engine/finding.js';
import { lineIndexIn, lineStartsOf } from '../model/source.js';
import type { TextEdit } from '../rules/rule.js';

/** Lines shown around the finding (and its fix) on each side. */
const CONTEXT_LINES = 2;
/** An excerpt longer than this shows the finding and the fix separately. */
const MAX_EXCERPT_LINES = 40;
/** Lines of a fix shown when it is shown on its own (far from the finding, or spread over a file). */
const SEPARATE_FIX_LINES = 12;

const LANGUAGE_OF_EXTENSION: Record<string, string> = {
  '.tf': 'hcl',
  '.ts': 'typescript',
  '.mts': 'typescript',
  '.js': 'javascript',
  '.mjs': 'javascript',
  '.py': 'python',
  '.json': 'json',
  '.yaml': 'yaml',
  '.yml': 'yaml',
};

export interface Excerpt {
  /** Fence language (`hcl`, `typescript`…), empty when unknown. */
  language: string;
  /** 1-based number of the first line of `before`. */
  firstLine: number;
  /** The source lines, with the indentation they share removed. */
  before: string;
  /** 1-based lines of `before` the finding covers. */
  highlight: { from: number; to: number };
  /** The lines with the finding's fix applied, when it has edits in this file. */
  after?: string;
  /** 1-based number of the first line of `after` (numbered as in the original file). */
  afterFirstLine?: number;
  /** Edits of the fix beyond the excerpt, not shown in `after`. */
  omittedEdits?: number;
}

interface SourceText {
  text: string;
  /** Offset of the start of each line. */
  lineStarts: number[];
  /** For a Markdown file: the fenced blocks, as 1-based inclusive content line ranges. */
  fences: { from: number; to: number; language: string }[];
}

const markdown = MarkdownIt();

/** Reads each source file once. Paths are finding paths: relative to `cwd` or absolute. */
export class SourceCache {
  private readonly files = new Map<string, SourceText | undefined>();

  constructor(private readonly cwd: string) {}

  /** The absolute path of a finding path. */
  absolute(file: string): string {
    return isAbsolute(file) ? file : join(this.cwd, file);
  }

  get(file: string): SourceText | undefined {
    if (!this.files.has(file)) this.files.set(file, this.load(file));
    return this.files.get(file);
  }

  private load(file: string): SourceText | undefined {
    let text: string;
    try {
      text = readBoundedText(this.absolute(file), { maxBytes: MAX_SOURCE_BYTES });
    } catch {
      return undefined;
    }
    const lineStarts = lineStartsOf(text);
    const fences: SourceText['fences'] = [];
    if (extname(file).toLowerCase() === '.md')
      for (const token of markdown.parse(text, {}))
        if (token.type === 'fence' && token.map)
          // map is [opening fence line, line after the closing fence), 0-based.
          fences.push({
            from: token.map[0] + 2,
            to: token.map[1] - 1,
            language: token.info.trim().split(/\s+/)[0]?.toLowerCase() ?? '',
          });
    return { text, lineStarts, fences };
  }
}

/** The excerpt of a finding, or undefined when its file cannot be read (or it has no position). */
export function excerptOf(finding: Finding, sources: SourceCache): Excerpt | undefined {
  const source = sources.get(finding.file);
  if (!source || finding.line < 1 || finding.line > source.lineStarts.length) return undefined;
  const lineCount = source.lineStarts.length;
  const fence = source.fences.find((f) => f.from <= finding.line && finding.line <= f.to);
  const language = fence ? languageName(fence.language) : (LANGUAGE_OF_EXTENSION[extname(finding.file)] ?? '');
  const lowest = fence?.from ?? 1;
  const highest = Math.min(fence?.to ?? lineCount, lineCount);
  const clip = (from: number, to: number) => ({
    from: Math.max(lowest, from - CONTEXT_LINES),
    to: Math.min(highest, to + CONTEXT_LINES),
  });
  const findingEnd = Math.max(finding.line, Math.min(finding.endLine, highest));
  const edits = editsInFile(finding, source, sources.absolute(finding.file));
  const lineOf = (offset: number) => lineIndexIn(source.lineStarts, offset) + 1;
  let window = clip(finding.line, findingEnd);
  let fixWindow = window;
  let shownEdits = edits;
  if (edits.length) {
    const editFrom = lineOf(edits[0].start);
    const editTo = Math.max(...edits.map((e) => lineOf(e.end)));
    const joint = clip(Math.min(finding.line, editFrom), Math.max(findingEnd, editTo));
    if (joint.to - joint.from < MAX_EXCERPT_LINES) window = fixWindow = joint;
    else {
      // The fix is far from the finding or spread over the file (layout): show its first changes on their own.
      shownEdits = edits.filter((e) => lineOf(e.end) < editFrom + SEPARATE_FIX_LINES);
      fixWindow = clip(editFrom, Math.max(...shownEdits.map((e) => lineOf(e.end))));
    }
  }
  const before = linesOf(source, window.from, window.to);
  let after: string | undefined;
  if (shownEdits.length) {
    const start = source.lineStarts[fixWindow.from - 1];
    const end = lineEnd(source, fixWindow.to);
    after = applyEdits(source.text.slice(start, end), shownEdits, start);
  }
  const indent = commonIndent([before, ...(after === undefined ? [] : [after])]);
  return {
    language,
    firstLine: window.from,
    before: dedent(before, indent),
    highlight: { from: finding.line, to: findingEnd },
    ...(after === undefined
      ? {}
      : {
          after: dedent(after, indent),
          afterFirstLine: fixWindow.from,
          omittedEdits: edits.length - shownEdits.length,
        }),
  };
}

/** The fix's edits that fall in the finding's file; edits elsewhere are left to `--fix`. */
function editsInFile(finding: Finding, source: SourceText, path: string): TextEdit[] {
  if (!finding.fix) return [];
  return finding.fix.edits
    .filter((e) => e.file === path && e.start >= 0 && e.end <= source.text.length && e.start <= e.end)
    .sort((a, b) => a.start - b.start);
}

function applyEdits(text: string, edits: TextEdit[], base: number): string {
  let out = '';
  let at = 0;
  for (const edit of edits) {
    if (edit.start - base < at) continue; // overlapping: --fix would not apply it either
    out += text.slice(at, edit.start - base) + edit.text;
    at = edit.end - base;
  }
  return out + text.slice(at);
}

/** Offset of the end of a 1-based line, without its newline. */
function lineEnd(source: SourceText, line: number): number {
  return line < source.lineStarts.length ? source.lineStarts[line] - 1 : source.text.length;
}

function linesOf(source: SourceText, from: number, to: number): string {
  return source.text.slice(source.lineStarts[from - 1], lineEnd(source, to)).replace(/\r$/gm, '');
}

function commonIndent(texts: string[]): number {
  let indent = Infinity;
  for (const text of texts)
    for (const line of text.split('\n'))
      if (line.trim()) indent = Math.min(indent, line.length - line.trimStart().length);
  return Number.isFinite(indent) ? indent : 0;
}

function dedent(text: string, indent: number): string {
  return text
    .split('\n')
    .map((line) => line.slice(Math.min(indent, line.length - line.trimStart().length)))
    .join('\n');
}

/** Fence info strings name languages loosely (`ts`, `terraform`); reports use one name per language. */
function languageName(info: string): string {
  const aliases: Record<string, string> = {
    ts: 'typescript',
    tf: 'hcl',
    terraform: 'hcl',
    py: 'python',
    js: 'javascript',
  };
  return aliases[info] ?? info;
}
