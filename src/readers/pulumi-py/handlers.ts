/**
 * Lambda handler code of a Pulumi Python program: the files a function's
 * `code` archive ships (found among the program's files, or read on demand)
 * and inline code strings, as `program.handlers`.
 */
import { posix } from 'node:path';
import { SourceFile, type LineOrigin } from '../../model/source.js';
import type { HandlerFile, Program, Resource, Value } from '../../model/types.js';
import { field, stringValue } from '../../model/values.js';
import type { ReadInput } from '../reader.js';
import type { Evaluator } from './evaluate.js';
import type { ModuleInfo } from './pyvalues.js';

const HANDLER_EXTENSIONS = ['.py', '.js', '.mjs', '.cjs'];

export function collectHandlers(program: Program, ev: Evaluator, input: ReadInput): void {
  const seen = new Set<string>();
  const add = (handler: HandlerFile) => {
    const key = `${handler.file.path}\0${handler.resource?.name ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    program.handlers.push(handler);
  };
  for (const resource of program.resources) {
    if (resource.type !== 'aws_lambda_function' && resource.type !== 'aws_lambda_layer_version') continue;
    const code = field(resource.args, 'code');
    if (!code) continue;
    const handlerSetting = stringValue(field(resource.args, 'handler'));
    const handlerModule = handlerSetting?.includes('.')
      ? handlerSetting.slice(0, handlerSetting.lastIndexOf('.'))
      : undefined;
    const runtime = stringValue(field(resource.args, 'runtime')) ?? '';
    const inline = isInlineOnly(code);
    for (const found of handlerFilesOf(code, undefined, ev, input, handlerModule, runtime))
      add({ ...found, resource, inline });
  }
}

/** A `StringAsset`, or an `AssetArchive` of nothing else: the package holds only code written in the program. */
function isInlineOnly(code: Value): boolean {
  if (code.kind !== 'call') return false;
  if (code.name === 'pulumi.StringAsset') return true;
  const assets = code.name === 'pulumi.AssetArchive' ? code.args[0] : undefined;
  return assets?.kind === 'object' && assets.entries.length > 0 && assets.entries.every((e) => isInlineOnly(e.value));
}

type Found = Omit<HandlerFile, 'resource'>;

function handlerFilesOf(
  code: Value,
  archiveName: string | undefined,
  ev: Evaluator,
  input: ReadInput,
  handlerModule: string | undefined,
  runtime: string,
): Found[] {
  if (code.kind !== 'call') return [];
  const mod = ev.valueModules.get(code);
  switch (code.name) {
    case 'pulumi.AssetArchive': {
      const assets = code.args[0];
      if (assets?.kind !== 'object') return [];
      return assets.entries.flatMap((e) => handlerFilesOf(e.value, e.key, ev, input, handlerModule, runtime));
    }
    case 'pulumi.StringAsset': {
      const text = code.args[0];
      const file = text ? inlineSource(text, ev, archiveName) : undefined;
      if (!file) return [];
      return [{ file, language: languageOf(archiveName ?? '', runtime) }];
    }
    case 'pulumi.FileAsset':
    case 'pulumi.FileArchive': {
      const path = code.args[0];
      if (!path || !mod) return [];
      const files: Found[] = [];
      for (const candidate of candidatePaths(path, mod)) {
        files.push(...filesAt(candidate, code.name === 'pulumi.FileAsset', ev, input, handlerModule, runtime));
        if (files.length) break;
      }
      if (files.length === 0 && handlerModule) {
        // An answer's code blocks rarely sit where the archive path says: match the handler module by name.
        const base = posix.basename(handlerModule);
        for (const m of ev.modules)
          if (!m.usesPulumi && posix.basename(m.rel) === `${base}.py`) files.push({ file: m.file, language: 'python' });
      }
      return files;
    }
    default:
      return [];
  }
}

/** Paths (relative to the program root) a path expression may stand for: the working directory is the program root. */
function candidatePaths(value: Value, mod: ModuleInfo): string[] {
  const fileDir = posix.dirname(mod.rel);
  const resolve = (v: Value): { path: string; anchored: boolean } | undefined => {
    const text = stringValue(v);
    if (text !== undefined && v.kind !== 'call') return { path: text, anchored: false };
    if (v.kind === 'reference' && v.target.kind === 'path') return { path: mod.rel, anchored: true };
    if (v.kind !== 'call') return undefined;
    switch (v.name) {
      case 'os.path.dirname': {
        const inner = v.args[0] && resolve(v.args[0]);
        return inner && { path: posix.dirname(inner.path), anchored: inner.anchored };
      }
      case 'os.path.abspath':
      case 'os.path.realpath':
      case 'os.path.normpath':
      case 'str':
      case 'pathlib.Path':
        return v.args[0] ? resolve(v.args[0]) : undefined;
      case 'os.path.join': {
        const [first, ...rest] = v.args;
        const head = first && resolve(first);
        const tail = rest.map(stringValue);
        if (!head || tail.some((t) => t === undefined)) return undefined;
        return { path: posix.join(head.path, ...(tail as string[])), anchored: head.anchored };
      }
      case 'os.getcwd':
        return { path: '.', anchored: false };
      default:
        return undefined;
    }
  };
  const resolved = resolve(value);
  if (!resolved || posix.isAbsolute(resolved.path)) return [];
  if (resolved.anchored) return [posix.normalize(resolved.path)];
  return [...new Set([posix.normalize(resolved.path), posix.normalize(posix.join(fileDir, resolved.path))])];
}

function filesAt(
  rel: string,
  isFile: boolean,
  ev: Evaluator,
  input: ReadInput,
  handlerModule: string | undefined,
  runtime: string,
): Found[] {
  const dir = rel === '.' ? '' : rel.replace(/\/$/, '');
  const read = (path: string): Found | undefined => {
    const own = ev.modules.find((m) => m.rel === path);
    if (own) return { file: own.file, language: 'python' };
    const file = input.readFile(path);
    return file ? { file, language: languageOf(path, runtime) } : undefined;
  };
  if (isFile || HANDLER_EXTENSIONS.includes(posix.extname(dir))) {
    const found = read(dir);
    return found ? [found] : [];
  }
  if (handlerModule) {
    for (const ext of HANDLER_EXTENSIONS) {
      const found = read(dir ? `${dir}/${handlerModule}${ext}` : `${handlerModule}${ext}`);
      if (found) return [found];
    }
    return [];
  }
  return ev.modules
    .filter((m) => !m.usesPulumi && (dir === '' ? !m.rel.includes('/') : m.rel.startsWith(`${dir}/`)))
    .map((m) => ({ file: m.file, language: 'python' as const }));
}

function languageOf(path: string, runtime: string): HandlerFile['language'] {
  const ext = posix.extname(path);
  if (ext === '.py') return 'python';
  if (ext === '.js' || ext === '.mjs' || ext === '.cjs' || ext === '.ts') return 'javascript';
  if (runtime.startsWith('python')) return 'python';
  if (runtime.startsWith('nodejs')) return 'javascript';
  return 'unknown';
}

/** Inline code written as a string literal, as a source whose positions map to where the literal is. */
function inlineSource(value: Value, ev: Evaluator, archiveName: string | undefined): SourceFile | undefined {
  const origin = ev.literalOrigins.get(value);
  if (!origin || !origin.verbatim) return undefined;
  const host = origin.file;
  const text = host.text.slice(origin.start, origin.end);
  const origins: LineOrigin[] = [];
  let offset = origin.start;
  for (const line of text.split('\n')) {
    origins.push(host.lineOriginAt(offset));
    offset += line.length + 1;
  }
  return new SourceFile(`${host.path}#inline:${archiveName ?? 'code'}`, text, origins);
}

export type { Resource };
