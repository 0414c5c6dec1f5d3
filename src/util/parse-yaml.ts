/**
 * YAML parsed for reading, never throwing: errors are in the document.
 * The `yaml` package makes an error object for each bad node of deeply
 * nested input, so stack traces are off meanwhile (only messages are read);
 * and it recurses once per level of flow nesting, so thousands of `[`
 * overflow the stack: that becomes a document error too.
 */
import {
  parseDocument,
  YAMLParseError,
  type Document,
  type DocumentOptions,
  type ParseOptions,
  type SchemaOptions,
} from 'yaml';
import { withoutStackTraces } from './without-stack-traces.js';

export function parseYaml(text: string, options: ParseOptions & DocumentOptions & SchemaOptions): Document.Parsed {
  try {
    return withoutStackTraces(() => parseDocument(text, options));
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const empty = parseDocument('');
    empty.errors.push(new YAMLParseError([0, 0], 'RESOURCE_EXHAUSTION', 'nesting too deep to parse'));
    return empty;
  }
}
