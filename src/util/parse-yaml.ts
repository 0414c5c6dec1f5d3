/**
 * YAML parsed for reading, never throwing: errors are in the document.
 * The `yaml` package makes an error object for each bad node of deeply
 * nested input, so stack traces are off meanwhile (only messages are read);
 * and it recurses once per level of flow nesting, so thousands of `[`
 * overflow the stack: that becomes a document error too.
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import { withoutStackTraces } from './without-stack-traces.js';

let loaded: typeof Yaml | undefined;

/**
 * The `yaml` package, loaded when YAML is first read: its seventy CommonJS
 * files were a large share of the start-up of a scan that reads none (one
 * Pulumi or Terraform answer, no configuration file).
 */
export function yamlPackage(): typeof Yaml {
  loaded ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return loaded;
}

export function isMap<K = unknown, V = unknown>(node: unknown): node is Yaml.YAMLMap<K, V> {
  return yamlPackage().isMap(node);
}

export function isSeq<T = unknown>(node: unknown): node is Yaml.YAMLSeq<T> {
  return yamlPackage().isSeq(node);
}

export function isScalar<T = unknown>(node: unknown): node is Yaml.Scalar<T> {
  return yamlPackage().isScalar(node);
}

export function isAlias(node: unknown): node is Yaml.Alias {
  return yamlPackage().isAlias(node);
}

/** A new `LineCounter` (line starts of a parsed text). */
export function lineCounter(): Yaml.LineCounter {
  return new (yamlPackage().LineCounter)();
}

export function parseYaml(
  text: string,
  options: Yaml.ParseOptions & Yaml.DocumentOptions & Yaml.SchemaOptions,
): Yaml.Document.Parsed {
  const { parseDocument, YAMLParseError } = yamlPackage();
  try {
    return withoutStackTraces(() => parseDocument(text, options));
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const empty = parseDocument('');
    empty.errors.push(new YAMLParseError([0, 0], 'RESOURCE_EXHAUSTION', 'nesting too deep to parse'));
    return empty;
  }
}
