/**
 * Lambda handler code of a Terraform module: what the `archive_file` data
 * source behind a function's `filename` packages (`source_file`, the handler
 * module in `source_dir`, inline `source` blocks and `source_content`
 * heredocs), as `program.handlers`.
 */
import { posix } from 'node:path';
import { SourceFile, type LineOrigin } from '../../model/source.js';
import type { HandlerFile, Program, Resource, Value } from '../../model/types.js';
import { arg, field, items, stringValue } from '../../model/values.js';
import type { ReadInput } from '../reader.js';
import { heredocOrigin } from './expressions.js';

const HANDLER_EXTENSIONS = ['.py', '.js', '.mjs', '.cjs'];

export function collectHandlers(program: Program, input: ReadInput): void {
  const archives = program.dataSources.filter((d) => d.type === 'archive_file');
  if (archives.length === 0) return;
  for (const fn of program.resources) {
    if (fn.type !== 'aws_lambda_function') continue;
    const archive = archiveOf(archives, arg(fn, 'filename'));
    if (!archive) continue;
    const runtime = stringValue(arg(fn, 'runtime')) ?? '';
    const handler = stringValue(arg(fn, 'handler'));
    const handlerModule = handler?.includes('.') ? handler.slice(0, handler.lastIndexOf('.')) : undefined;
    const add = (file: SourceFile | undefined, name: string, inline = false) => {
      if (file) program.handlers.push({ file, language: languageOf(name, runtime), resource: fn, inline });
    };
    // An archive of `source` blocks or `source_content` holds nothing but that code.
    for (const source of items(arg(archive, 'source'))) {
      const name = stringValue(field(source, 'filename')) ?? '';
      add(inlineSource(field(source, 'content'), name), name, true);
    }
    const contentName = stringValue(arg(archive, 'source_content_filename')) ?? '';
    add(inlineSource(arg(archive, 'source_content'), contentName), contentName, true);
    const sourceFile = pathOf(arg(archive, 'source_file'));
    if (sourceFile) add(input.readFile(sourceFile), sourceFile);
    const sourceDir = pathOf(arg(archive, 'source_dir'));
    if (sourceDir !== undefined && handlerModule)
      for (const ext of HANDLER_EXTENSIONS) {
        const path = posix.join(sourceDir, `${handlerModule.replace(/\./g, '/')}${ext}`);
        const file = input.readFile(path);
        if (file) {
          add(file, path);
          break;
        }
      }
  }
}

/** The archive_file data source a `filename` names: by reference, or by its literal output path. */
function archiveOf(archives: Resource[], filename: Value | undefined): Resource | undefined {
  if (!filename) return undefined;
  if (filename.kind === 'reference' && filename.target.kind === 'data')
    return archives.find((a) => filename.target.kind === 'data' && a.name === filename.target.name);
  const path = pathOf(filename);
  return path === undefined ? undefined : archives.find((a) => pathOf(arg(a, 'output_path')) === path);
}

/** A path the module gives as a constant, `path.module` and `path.root` being the module directory. */
function pathOf(value: Value | undefined): string | undefined {
  if (!value) return undefined;
  const text = stringValue(value);
  if (text !== undefined) return posix.normalize(text);
  if (value.kind === 'reference' && value.target.kind === 'path')
    return ['module', 'root'].includes(value.target.path[0]) ? '.' : undefined;
  if (value.kind !== 'template') return undefined;
  let path = '';
  for (const part of value.parts) {
    const piece = pathOf(part);
    if (piece === undefined) return undefined;
    path += piece;
  }
  return posix.normalize(path);
}

/** A heredoc's code as a source whose positions are those of the heredoc lines in the module file. */
function inlineSource(value: Value | undefined, name: string): SourceFile | undefined {
  const origin = heredocOrigin(value);
  if (!origin || value?.kind !== 'literal' || typeof value.value !== 'string') return undefined;
  const { file: host, contentStart, contentEnd, indent } = origin;
  const origins: LineOrigin[] = [];
  let lineStart = contentStart;
  while (lineStart <= contentEnd) {
    const lineEnd = host.text.indexOf('\n', lineStart);
    const end = lineEnd < 0 || lineEnd > contentEnd ? contentEnd : lineEnd;
    const line = host.text.slice(lineStart, end);
    const removed = Math.min(indent, line.length - line.trimStart().length);
    origins.push(host.lineOriginAt(lineStart + removed));
    if (end === contentEnd) break;
    lineStart = end + 1;
  }
  return new SourceFile(`${host.path}#inline:${name || 'code'}`, value.value, origins);
}

function languageOf(name: string, runtime: string): HandlerFile['language'] {
  const ext = posix.extname(name);
  if (ext === '.py') return 'python';
  if (ext === '.js' || ext === '.mjs' || ext === '.cjs') return 'javascript';
  if (runtime.startsWith('python')) return 'python';
  if (runtime.startsWith('nodejs')) return 'javascript';
  return 'unknown';
}
