/**
 * `--fix`: applies the text edits findings carry. Per file, edits are taken
 * in order and any that overlaps one already taken waits for a later run;
 * the result is written only if it parses no worse than the original (the
 * same reader counts syntax errors before and after).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { SourceFile } from '../model/source.js';
import type { Finding } from '../engine/finding.js';
import { readMarkdownDocument } from '../readers/markdown/read-document.js';
import { frameworkOfExtension } from '../readers/frameworks.js';
import { READERS } from '../readers/index.js';
import type { TextEdit } from '../rules/rule.js';

export interface FixOutcome {
  /** Files written. */
  files: string[];
  /** Findings whose edits were all applied. */
  fixed: number;
  /** Files left as they were because the fixed text would not parse as well. */
  refused: string[];
}

export function applyFixes(findings: Finding[]): FixOutcome {
  const byFile = new Map<string, { finding: Finding; edits: TextEdit[] }[]>();
  for (const finding of findings) {
    const edits = finding.fix?.edits;
    if (!edits?.length) continue;
    const file = edits[0].file;
    // A fix spanning several files is applied only when it stays in one.
    if (edits.some((e) => e.file !== file)) continue;
    byFile.set(file, [...(byFile.get(file) ?? []), { finding, edits }]);
  }
  const outcome: FixOutcome = { files: [], fixed: 0, refused: [] };
  for (const [file, fixes] of byFile) {
    let original: string;
    try {
      original = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    const taken: TextEdit[] = [];
    let fixed = 0;
    for (const { edits } of fixes) {
      if (edits.some((e) => e.start > e.end || e.end > original.length || taken.some((t) => overlaps(t, e)))) continue;
      taken.push(...edits);
      fixed++;
    }
    if (taken.length === 0) continue;
    const text = applyEdits(original, taken);
    const before = syntaxErrors(file, original);
    if (before === undefined || syntaxErrors(file, text)! > before) {
      outcome.refused.push(file);
      continue;
    }
    writeFileSync(file, text);
    outcome.files.push(file);
    outcome.fixed += fixed;
  }
  return outcome;
}

/** Two edits overlap when their ranges intersect, or both insert at one point (their order would be a guess). */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

export function applyEdits(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start || b.end - a.end))
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** Syntax errors a reader finds in a file's text (Markdown: in all its code blocks); undefined for files no reader reads. */
function syntaxErrors(file: string, text: string): number | undefined {
  const source = new SourceFile(file, text);
  const extension = extname(file).toLowerCase();
  if (extension === '.md' || extension === '.markdown')
    return readMarkdownDocument(source).reduce((sum, program) => sum + program.diagnostics.length, 0);
  const framework = frameworkOfExtension(extension);
  if (!framework) return undefined;
  const program = READERS[framework]({ framework, root: file, files: [source], readFile: () => undefined });
  return program.diagnostics.length;
}
