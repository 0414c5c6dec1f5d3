/**
 * A JSON text as the `yaml` package's document of it, built from
 * jsonc-parser's syntax tree: JSON is YAML's flow style, and templates and
 * answers are read through YAML documents, but the `yaml` package parses
 * JSON several times slower than this (it was a third of the CPU time of a
 * CloudFormation corpus scan). Only valid JSON with unique keys takes this
 * way; anything else is left to the YAML parser, so errors read the same.
 * Nodes carry the ranges the YAML parser gives ([start, end, end]).
 */
import { parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type * as Yaml from 'yaml';
import { yamlPackage } from './parse-yaml.js';

/** The document of `text` when it is a JSON object or array with unique keys; otherwise undefined. */
export function parseJsonAsYaml(text: string): Yaml.Document.Parsed | undefined {
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') return undefined;
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (!tree || errors.length) return undefined;
  const yaml = yamlPackage();
  const contents = nodeOf(tree, yaml);
  if (!contents) return undefined;
  const document = new yaml.Document() as Yaml.Document.Parsed;
  // Every node has its range, as a parsed node does.
  document.contents = contents as Yaml.ParsedNode;
  document.range = [tree.offset, tree.offset + tree.length, text.length];
  return document;
}

type YamlNode = Yaml.Scalar | Yaml.YAMLMap | Yaml.YAMLSeq;

/** The node of a JSON value, or undefined for an object with a key twice (YAML reports that; leave it to it). */
function nodeOf(json: JsonNode, yaml: typeof Yaml): YamlNode | undefined {
  const range: [number, number, number] = [json.offset, json.offset + json.length, json.offset + json.length];
  if (json.type === 'object') {
    const map = new yaml.YAMLMap();
    map.flow = true;
    const keys = new Set<string>();
    for (const property of json.children ?? []) {
      const [keyJson, valueJson] = property.children ?? [];
      if (!keyJson || !valueJson || keys.has(keyJson.value as string)) return undefined;
      keys.add(keyJson.value as string);
      const key = nodeOf(keyJson, yaml);
      const value = nodeOf(valueJson, yaml);
      if (!key || !value) return undefined;
      map.items.push(new yaml.Pair(key, value));
    }
    map.range = range;
    return map;
  }
  if (json.type === 'array') {
    const seq = new yaml.YAMLSeq();
    seq.flow = true;
    for (const item of json.children ?? []) {
      const node = nodeOf(item, yaml);
      if (!node) return undefined;
      seq.items.push(node);
    }
    seq.range = range;
    return seq;
  }
  const scalar = new yaml.Scalar(json.value as unknown);
  if (json.type === 'string') scalar.type = 'QUOTE_DOUBLE';
  else scalar.type = 'PLAIN';
  scalar.range = range;
  return scalar;
}
