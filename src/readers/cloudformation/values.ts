/**
 * YAML (and JSON, which YAML reads) nodes of a template become model values.
 * Intrinsic functions, short form (`!Ref x`, `!GetAtt a.b`) or long form
 * (`{ "Ref": "x" }`, `Fn::GetAtt: [a, b]`), become references, templates
 * (`Fn::Sub`, `Fn::Join`) and calls; every name they refer to is recorded
 * with its span for the reference checks.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { PSEUDO_PARAMETERS, type TemplateReference } from '../../model/cloudformation.js';
import type { SourceFile, Span } from '../../model/source.js';
import type { Diagnostic, ObjectValue, ReferenceTarget, ReferenceValue, Value } from '../../model/types.js';
import { constantValue, stringValue } from '../../model/values.js';

/** Deepest nesting read; deeper input is reported (a template this deep is not a real template). */
const MAX_DEPTH = 100;
/** Alias expansions read per template: aliases that expand exponentially (a "billion laughs") stop here. */
const MAX_ALIAS_EXPANSIONS = 1000;
/** Nodes read per template, aliases expanded. */
const MAX_NODES = 500_000;

/** Long names of the intrinsic functions, by the short-form tag. */
export const SHORT_FORMS: Readonly<Record<string, string>> = {
  '!Ref': 'Ref',
  '!Condition': 'Condition',
  '!Base64': 'Fn::Base64',
  '!Cidr': 'Fn::Cidr',
  '!FindInMap': 'Fn::FindInMap',
  '!GetAtt': 'Fn::GetAtt',
  '!GetAZs': 'Fn::GetAZs',
  '!ImportValue': 'Fn::ImportValue',
  '!Join': 'Fn::Join',
  '!Select': 'Fn::Select',
  '!Split': 'Fn::Split',
  '!Sub': 'Fn::Sub',
  '!Transform': 'Fn::Transform',
  '!And': 'Fn::And',
  '!Equals': 'Fn::Equals',
  '!If': 'Fn::If',
  '!Not': 'Fn::Not',
  '!Or': 'Fn::Or',
  '!Length': 'Fn::Length',
  '!ToJsonString': 'Fn::ToJsonString',
  '!GetParam': 'Fn::GetParam',
};

/**
 * The intrinsic functions that take the `Fn::` prefix, by their bare name (`If`, `Sub`, ...),
 * except the condition functions (`And`, `Or`, `Not`, `Equals`): free-form JSON properties
 * (Step Functions choice rules) use those names as keys of their own.
 */
const PREFIXED_INTRINSICS: ReadonlySet<string> = new Set(
  Object.values(SHORT_FORMS)
    .filter((name) => name.startsWith('Fn::'))
    .map((name) => name.slice('Fn::'.length))
    .filter((name) => !['And', 'Or', 'Not', 'Equals'].includes(name)),
);

/**
 * `{"If": [...]}`: a key that is the bare name of an intrinsic function whose argument has that
 * function's shape, so it is the function with its `Fn::` prefix left out (a key of a free-form
 * map that happens to be `Sub` holds no `${...}` text, a `Join` key no [delimiter, list] pair).
 */
function looksLikeUnprefixedIntrinsic(key: string, argument: Value): boolean {
  if (!PREFIXED_INTRINSICS.has(key)) return false;
  const args = argument.kind === 'list' ? argument.items : undefined;
  const text = stringValue(argument);
  switch (key) {
    case 'If':
      return args?.length === 3 && stringValue(args[0]) !== undefined;
    case 'Sub':
      return (text ?? stringValue(args?.[0]))?.includes('${') === true;
    case 'Join':
      return args?.length === 2 && stringValue(args[0]) !== undefined;
    case 'Split':
      return args?.length === 2 && stringValue(args[0]) !== undefined;
    case 'Select':
      return args?.length === 2;
    case 'GetAtt':
      return args ? args.length === 2 && args.every((a) => stringValue(a) !== undefined) : text?.includes('.') === true;
    case 'FindInMap':
    case 'Cidr':
      return args?.length === 3;
    default:
      return argument.kind !== 'object';
  }
}

export function isIntrinsicName(key: string): boolean {
  return key === 'Ref' || key.startsWith('Fn::');
}

/** What the converter knows of the template before reading values: the names intrinsics may refer to. */
export interface TemplateNames {
  resourceTypes: Map<string, string>;
  parameters: Set<string>;
  /** Constant mappings, for folding `Fn::FindInMap`. */
  mappings: Map<string, unknown>;
}

export class ValueReader {
  readonly references: TemplateReference[] = [];
  /** `{"If": [...]}` and the like: intrinsic functions written without their `Fn::` prefix. */
  readonly unprefixedIntrinsics: { name: string; span: Span; value: Span }[] = [];
  hasMacros = false;
  private aliasExpansions = 0;
  private nodes = 0;
  private reportedLimit = false;
  /** Offsets in the parsed text of each scalar read, for spans inside strings. */
  private readonly ranges = new WeakMap<Value, [number, number]>();

  constructor(
    private readonly file: SourceFile,
    private readonly document: Document,
    private readonly names: TemplateNames,
    private readonly diagnostics: Diagnostic[],
  ) {}

  /** Offsets in the parsed text of a scalar this reader read. */
  rangeOf(value: Value): [number, number] | undefined {
    return this.ranges.get(value);
  }

  spanOf(node: Node | null | undefined, fallback: Span): Span {
    const range = node?.range;
    if (!range) return fallback;
    let start = range[0];
    // A tagged node (`!GetAtt Role.Arn`) starts at its tag, which the parser leaves out of the range.
    const tag = (node as { tag?: string }).tag;
    if (tag?.startsWith('!')) {
      const at = this.file.text.lastIndexOf(tag, start);
      if (at >= 0 && this.file.text.slice(at + tag.length, start).trim() === '') start = at;
    }
    return this.file.span(start, range[1]);
  }

  /** The value of a node; `fallback` is the span to use when the node is empty (`Key:` with nothing after it). */
  read(node: unknown, fallback: Span, depth = 0): Value {
    if (node === null || node === undefined) return { kind: 'literal', value: null, span: fallback };
    if (++this.nodes > MAX_NODES || depth > MAX_DEPTH) {
      this.limit(fallback, depth > MAX_DEPTH ? `nesting deeper than ${MAX_DEPTH} levels` : 'too many values');
      return { kind: 'unknown', span: fallback, text: '...' };
    }
    if (isAlias(node)) {
      const target = node.resolve(this.document);
      const span = this.spanOf(node, fallback);
      if (++this.aliasExpansions > MAX_ALIAS_EXPANSIONS) {
        this.limit(span, `more than ${MAX_ALIAS_EXPANSIONS} alias expansions`);
        return { kind: 'unknown', span, text: `*${node.source}` };
      }
      return this.read(target, span, depth + 1);
    }
    const span = this.spanOf(node as Node, fallback);
    if (isScalar(node)) {
      const intrinsic = node.tag ? SHORT_FORMS[node.tag] : undefined;
      if (intrinsic) return this.intrinsic(intrinsic, this.scalarValue(node.value, span, node), span);
      return this.scalarValue(node.value, span, node);
    }
    if (isSeq(node)) {
      const items = node.items.map((item) => this.read(item, span, depth + 1));
      const list: Value = { kind: 'list', items, span };
      const intrinsic = node.tag ? SHORT_FORMS[node.tag] : undefined;
      return intrinsic ? this.intrinsic(intrinsic, list, span) : list;
    }
    if (isMap(node)) {
      const intrinsicTag = node.tag ? SHORT_FORMS[node.tag] : undefined;
      if (!intrinsicTag && node.items.length === 1) {
        const only = node.items[0];
        const key = isScalar(only.key) ? String(only.key.value) : undefined;
        if (key !== undefined && (isIntrinsicName(key) || key === 'Condition')) {
          if (key === 'Condition' && !isScalar(only.value)) return this.object(node, span, depth);
          const argument = this.read(only.value, this.spanOf(only.key as Node, span), depth + 1);
          return this.intrinsic(key, argument, span);
        }
        if (key !== undefined) {
          const object = this.object(node, span, depth);
          const argument = object.entries[0].value;
          if (looksLikeUnprefixedIntrinsic(key, argument)) {
            this.unprefixedIntrinsics.push({ name: key, span: object.entries[0].keySpan, value: span });
            // The condition it names is meant to be used: that is this finding's fault, not the condition's.
            const condition = key === 'If' && argument.kind === 'list' ? argument.items[0] : undefined;
            const conditionName = stringValue(condition);
            if (condition && conditionName !== undefined)
              this.record({ kind: 'Condition', name: conditionName, span: condition.span });
          }
          return object;
        }
      }
      const object = this.object(node, span, depth);
      return intrinsicTag ? this.intrinsic(intrinsicTag, object, span) : object;
    }
    return { kind: 'unknown', span, text: this.sourceOf(node as Node) };
  }

  /** A map as an object, keys in their order (a duplicate key is a YAML error the parser reports). */
  object(node: Node, span: Span, depth: number): ObjectValue {
    const entries: ObjectValue['entries'] = [];
    if (isMap(node))
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        const key = isScalar(keyNode) ? String(keyNode.value) : keyNode ? this.sourceOf(keyNode) : '';
        const keySpan = this.spanOf(keyNode, span);
        entries.push({ key, keySpan, value: this.read(pair.value, keySpan, depth + 1) });
      }
    return { kind: 'object', entries, span };
  }

  /**
   * A node as written. Never `String(node)`: the package renders a collection
   * used as a key by rendering its keys, so nested collection keys cost
   * exponential time and memory.
   */
  private sourceOf(node: Node): string {
    return node.range ? this.file.text.slice(node.range[0], node.range[1]) : '';
  }

  private scalarValue(value: unknown, span: Span, node: Node): Value {
    if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      const literal: Value = { kind: 'literal', value, span };
      if (node.range) this.ranges.set(literal, [node.range[0], node.range[1]]);
      return literal;
    }
    if (typeof value === 'bigint') return { kind: 'literal', value: Number(value), span };
    const range = node.range;
    return { kind: 'literal', value: range ? this.file.text.slice(range[0], range[1]) : String(value), span };
  }

  private limit(span: Span, what: string): void {
    if (this.reportedLimit) return;
    this.reportedLimit = true;
    this.diagnostics.push({ message: `template not read past ${what}`, span });
  }

  private record(reference: TemplateReference): void {
    this.references.push(reference);
  }

  /** The target of `Ref name`. */
  private refTarget(name: string): ReferenceTarget {
    const type = this.names.resourceTypes.get(name);
    if (type !== undefined) return { kind: 'resource', type, name, path: [] };
    if (this.names.parameters.has(name)) return { kind: 'var', name, path: [] };
    return { kind: 'other', name, path: [] };
  }

  private ref(name: string, span: Span, local = false): ReferenceValue {
    this.record({ kind: 'Ref', name, span, local: local || undefined });
    return { kind: 'reference', target: this.refTarget(name), text: `!Ref ${name}`, span };
  }

  private getAtt(name: string, attribute: string, span: Span, kind: 'GetAtt' | 'Sub' = 'GetAtt'): ReferenceValue {
    this.record({ kind, name, attribute, span });
    const type = this.names.resourceTypes.get(name) ?? '';
    return {
      kind: 'reference',
      target: { kind: 'resource', type, name, path: attribute ? [attribute] : [] },
      text: `!GetAtt ${name}.${attribute}`,
      span,
    };
  }

  private intrinsic(name: string, argument: Value, span: Span): Value {
    const args = argument.kind === 'list' ? argument.items : [argument];
    switch (name) {
      case 'Ref': {
        const target = stringValue(argument);
        return target === undefined ? this.call(name, args, span) : this.ref(target, span);
      }
      case 'Fn::GetAtt': {
        if (argument.kind === 'list') {
          const resource = stringValue(args[0]);
          const attribute = stringValue(args[1]);
          if (resource !== undefined && attribute !== undefined && args.length === 2)
            return this.getAtt(resource, attribute, span);
          return this.call(name, args, span);
        }
        const text = stringValue(argument);
        const dot = text?.indexOf('.') ?? -1;
        if (text === undefined || dot <= 0) return this.call(name, args, span);
        return this.getAtt(text.slice(0, dot), text.slice(dot + 1), span);
      }
      case 'Fn::Sub':
        return this.sub(argument, span);
      case 'Fn::Join':
        return this.join(args, span);
      case 'Condition': {
        const condition = stringValue(argument);
        if (condition !== undefined) this.record({ kind: 'Condition', name: condition, span: argument.span });
        return this.call(name, args, span);
      }
      case 'Fn::If': {
        const condition = stringValue(args[0]);
        if (condition !== undefined) this.record({ kind: 'Condition', name: condition, span: args[0].span });
        return this.call(name, args, span);
      }
      case 'Fn::FindInMap':
        return this.findInMap(args, span);
      case 'Fn::Select': {
        const index = args.length === 2 && args[0] ? constantValue(args[0]) : undefined;
        const list = args[1];
        const folded =
          list?.kind === 'list' && (typeof index === 'number' || typeof index === 'string')
            ? list.items[Number(index)]
            : undefined;
        return { kind: 'call', name, args, span, folded };
      }
      case 'Fn::Transform':
        this.hasMacros = true;
        return { kind: 'unknown', span, text: 'Fn::Transform' };
      default:
        return this.call(name, args, span);
    }
  }

  private call(name: string, args: Value[], span: Span): Value {
    return { kind: 'call', name, args, span };
  }

  private findInMap(args: Value[], span: Span): Value {
    const mapName = stringValue(args[0]);
    if (mapName !== undefined) this.record({ kind: 'FindInMap', name: mapName, span: args[0].span });
    const keys = args.slice(1, 3).map((a) => stringValue(a));
    let folded: Value | undefined;
    if (mapName !== undefined && keys.length === 2 && keys.every((k) => k !== undefined)) {
      const map = this.names.mappings.get(mapName) as Record<string, Record<string, unknown>> | undefined;
      const found = map && Object.hasOwn(map, keys[0]!) ? map[keys[0]!] : undefined;
      const leaf = found && typeof found === 'object' && Object.hasOwn(found, keys[1]!) ? found[keys[1]!] : undefined;
      if (typeof leaf === 'string' || typeof leaf === 'number' || typeof leaf === 'boolean')
        folded = { kind: 'literal', value: leaf, span };
    }
    return { kind: 'call', name: 'Fn::FindInMap', args, span, folded };
  }

  /** `Fn::Join [delimiter, [parts]]` as a template of the parts and delimiters. */
  private join(args: Value[], span: Span): Value {
    const delimiter = stringValue(args[0]);
    const list = args[1];
    if (delimiter === undefined || args.length !== 2 || list?.kind !== 'list') return this.call('Fn::Join', args, span);
    const parts: Value[] = [];
    list.items.forEach((item, index) => {
      if (index > 0 && delimiter !== '') parts.push({ kind: 'literal', value: delimiter, span: args[0].span });
      parts.push(item);
    });
    return { kind: 'template', parts, span, form: 'concatenation' };
  }

  /** `Fn::Sub` text with `${Name}`, `${Resource.Attribute}` and `${!Literal}`, and its optional variable map. */
  private sub(argument: Value, span: Span): Value {
    const text = argument.kind === 'list' ? argument.items[0] : argument;
    const variables = argument.kind === 'list' ? argument.items[1] : undefined;
    const template = stringValue(text);
    if (template === undefined || text === undefined) return this.call('Fn::Sub', [argument], span);
    const local = new Map<string, Value>();
    if (variables?.kind === 'object') for (const entry of variables.entries) local.set(entry.key, entry.value);
    const base = this.stringStart(text);
    const partSpan = (start: number, end: number): Span =>
      base === undefined ? text.span : this.file.span(base + start, base + end);
    const parts: Value[] = [];
    let literal = '';
    let literalStart = 0;
    let i = 0;
    const flush = (end: number) => {
      if (literal) parts.push({ kind: 'literal', value: literal, span: partSpan(literalStart, end) });
      literal = '';
    };
    while (i < template.length) {
      const open = template.indexOf('${', i);
      if (open < 0) {
        if (!literal) literalStart = i;
        literal += template.slice(i);
        break;
      }
      const close = template.indexOf('}', open + 2);
      if (close < 0) {
        if (!literal) literalStart = i;
        literal += template.slice(i);
        break;
      }
      if (!literal) literalStart = i;
      literal += template.slice(i, open);
      const inner = template.slice(open + 2, close);
      if (inner.startsWith('!')) {
        literal += `\${${inner.slice(1)}}`;
        i = close + 1;
        continue;
      }
      flush(open);
      const at = partSpan(open, close + 1);
      const name = inner.trim();
      const localValue = local.get(name);
      if (localValue) parts.push(localValue);
      else if (name.includes('.') && !PSEUDO_PARAMETERS.has(name)) {
        const dot = name.indexOf('.');
        parts.push(this.getAtt(name.slice(0, dot), name.slice(dot + 1), at, 'Sub'));
      } else {
        this.record({ kind: 'Sub', name, span: at });
        parts.push({ kind: 'reference', target: this.refTarget(name), text: name, span: at });
      }
      i = close + 1;
      literalStart = i;
    }
    flush(template.length);
    return { kind: 'template', parts, span, form: 'template' };
  }

  /**
   * Offset in the file where a string scalar's characters start, when the
   * source text is the string itself (plain, or quoted without escapes), so
   * spans inside it are exact; undefined otherwise.
   */
  private stringStart(value: Value): number | undefined {
    if (value.kind !== 'literal' || typeof value.value !== 'string') return undefined;
    const range = this.ranges.get(value);
    if (!range) return undefined;
    const raw = this.file.text.slice(range[0], range[1]);
    const start = range[0];
    if (raw === value.value) return start;
    if ((raw.startsWith('"') || raw.startsWith("'")) && raw.slice(1, -1) === value.value) return start + 1;
    return undefined;
  }
}
