/**
 * Lambda handler code a program ships: inline strings (`new
 * pulumi.asset.StringAsset(`...`)`) become source files whose positions map
 * into the string literal, and code directories (`new
 * pulumi.asset.FileArchive('./lambda')`) are read when the files exist.
 */
import { extname, posix } from 'node:path';
import { SourceFile, type LineOrigin } from '../../model/source.js';
import type { HandlerFile } from '../../model/types.js';
import type { AstNode } from './ast.js';

export function languageOf(name: string): HandlerFile['language'] {
  const ext = extname(name).toLowerCase();
  if (ext === '.py') return 'python';
  if (['.js', '.mjs', '.cjs', '.ts'].includes(ext)) return 'javascript';
  return 'unknown';
}

/** The code of a string or template literal as a source file positioned inside the literal. */
export function inlineHandlerFile(host: SourceFile, literal: AstNode, name: string): SourceFile {
  const start = literal.start + 1;
  const text = host.text.slice(start, Math.max(start, literal.end - 1));
  const origins: LineOrigin[] = [];
  let lineStart = 0;
  for (;;) {
    origins.push(host.lineOriginAt(start + lineStart));
    const next = text.indexOf('\n', lineStart);
    if (next < 0) break;
    lineStart = next + 1;
  }
  return new SourceFile(`${host.path}#${name}`, text, origins);
}

const ENTRY_FILES = [
  'index.js',
  'index.mjs',
  'index.ts',
  'handler.js',
  'app.js',
  'index.py',
  'handler.py',
  'lambda_function.py',
  'main.py',
  'app.py',
];

/**
 * Candidate files for a code path written in the program: the path itself
 * and the usual entry files inside it, relative to the program root and to
 * the directory of the file that names it.
 */
export function codePathCandidates(codePath: string, fileDirectory: string | undefined): string[] {
  const bases = [posix.normalize(codePath)];
  if (fileDirectory !== undefined) bases.push(posix.join(fileDirectory, codePath));
  const out: string[] = [];
  for (const base of bases) {
    out.push(base);
    for (const entry of ENTRY_FILES) out.push(posix.join(base, entry));
  }
  return out;
}
