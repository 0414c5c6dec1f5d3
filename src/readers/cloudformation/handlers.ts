/**
 * Inline Lambda code (`Code: { ZipFile: | ... }`, SAM `InlineCode`) as
 * handler files whose lines map back into the template, so the handler
 * analysis reads it and its findings point into the block scalar.
 */
import { SourceFile, type LineOrigin } from '../../model/source.js';
import type { HandlerFile, Program, Resource } from '../../model/types.js';
import { arg, stringValue } from '../../model/values.js';
import type { ValueReader } from './values.js';

export function inlineHandlers(program: Program, file: SourceFile, reader: ValueReader): HandlerFile[] {
  const handlers: HandlerFile[] = [];
  for (const resource of program.resources) {
    const code =
      resource.type === 'AWS::Lambda::Function'
        ? arg(resource, 'Code.ZipFile')
        : resource.type === 'AWS::Serverless::Function'
          ? arg(resource, 'InlineCode')
          : undefined;
    const text = stringValue(code);
    const range = code ? reader.rangeOf(code) : undefined;
    if (text === undefined || !range || code?.span.file !== file.realPath) continue;
    const handler = blockScalarFile(file, range[0], text, `${resource.name}.ZipFile`);
    if (handler) handlers.push({ file: handler, language: languageOf(resource), resource, inline: true });
  }
  return handlers;
}

function languageOf(resource: Resource): HandlerFile['language'] {
  const runtime = stringValue(arg(resource, 'Runtime')) ?? '';
  if (runtime.startsWith('python')) return 'python';
  if (runtime.startsWith('nodejs')) return 'javascript';
  return 'unknown';
}

/**
 * A block scalar (`|`) starting at `start` whose content is `text`: each
 * content line is a source line after the header, at the block's indentation.
 */
function blockScalarFile(host: SourceFile, start: number, text: string, name: string): SourceFile | undefined {
  const header = host.text[start];
  if (header !== '|' && header !== '>') return undefined;
  const firstLine = host.lineIndexAt(start) + 1;
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const origins: LineOrigin[] = [];
  let indent: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const lineIndex = firstLine + i;
    const lineStart = host.lineStarts[lineIndex];
    if (lineStart === undefined) return undefined;
    const real = host.text.slice(lineStart, host.lineStarts[lineIndex + 1] ?? host.text.length);
    if (indent === undefined && real.trim() !== '') indent = real.length - real.trimStart().length;
    origins.push(host.lineOriginAt(lineStart + Math.min(indent ?? 0, real.length - real.trimStart().length)));
  }
  return new SourceFile(`${host.path}#${name}`, lines.join('\n') + '\n', origins);
}
