/**
 * What the Python reader's evaluator holds while it walks a program: model
 * values, plus the things Python code passes around that are not values in
 * the model (modules, functions, classes, instances, resources, options).
 */
import { exceedsNodeBound, tooLarge, withinBounds } from '../../model/limits.js';
import type { SourceFile, Span } from '../../model/source.js';
import type { ObjectEntry, Provider, ReferenceValue, Resource, Value } from '../../model/types.js';
import type { SyntaxNode } from './parse.js';

export class Scope {
  readonly vars = new Map<string, PyVal>();
  constructor(readonly parent?: Scope) {}

  lookup(name: string): PyVal | undefined {
    return this.vars.get(name) ?? this.parent?.lookup(name);
  }
}

export interface ModuleInfo {
  /** Dotted module name (`modules.s3`), or the file path for a file no import can name. */
  name: string;
  file: SourceFile;
  /** Path relative to the program root, posix style. */
  rel: string;
  tree?: SyntaxNode;
  globals: Scope;
  state: 'new' | 'running' | 'done';
  /** Imports Pulumi or another module of the program: its functions may declare resources. */
  usesPulumi: boolean;
  /** A package directory without `__init__.py`. */
  namespace?: boolean;
}

export interface FunctionInfo {
  name: string;
  node: SyntaxNode;
  mod: ModuleInfo;
  closure: Scope;
  decorators: string[];
  cls?: ClassInfo;
  calls: number;
}

export interface ClassInfo {
  name: string;
  mod: ModuleInfo;
  attrs: Map<string, PyVal>;
  bases: PyVal[];
  /** The list of bases as written (`(TerraformStack)`). */
  basesSpan?: Span;
  /** Annotated fields in order (dataclass-style constructors). */
  fields: string[];
  instances: Extract<PyVal, { t: 'instance' }>[];
}

export type PyVal =
  | { t: 'value'; v: Value }
  | { t: 'resource'; res: Resource; text: string }
  | { t: 'provider'; provider: Provider; name: string; text: string }
  /** Something of a module outside the program (`pulumi_aws.s3`, `json.dumps`, `os.environ`). */
  | { t: 'ext'; path: string; text: string }
  | { t: 'module'; mod: ModuleInfo }
  | { t: 'function'; fn: FunctionInfo; self?: PyVal }
  | { t: 'lambda'; node: SyntaxNode; scope: Scope; mod: ModuleInfo }
  | { t: 'class'; cls: ClassInfo }
  | { t: 'instance'; cls?: ClassInfo; attrs: Map<string, PyVal>; text: string; span: Span }
  | { t: 'config'; namespace?: string }
  | { t: 'options'; entries: Map<string, PyVal> }
  /** `open`: the `**kwargs` of a call whose arguments are unknown, so a key it lacks may still be given. */
  | { t: 'dict'; entries: { key: string; keySpan: Span; value: PyVal }[]; span: Span; open?: boolean }
  | { t: 'list'; items: PyVal[]; span: Span }
  /** A method looked up on a value, called later (`"x".format`, `bucket.arn.apply`). */
  | { t: 'bound'; recv: PyVal; name: string; text: string; span: Span };

export function val(v: Value): PyVal {
  return { t: 'value', v };
}

/**
 * A parameter read where the caller did not give it (or the arguments are unknown): the input
 * (`environment_suffix`) or else its default, which it folds to so the program reads as it
 * does when the default applies. Only a string default: numbers and flags steer loops and branches.
 */
export function inputOrDefault(name: string, fallback: PyVal, span: Span): PyVal {
  if (fallback.t !== 'value' || fallback.v.kind !== 'literal' || typeof fallback.v.value !== 'string') return fallback;
  const input: Value = { kind: 'reference', target: { kind: 'other', name, path: [] }, text: name, span };
  return val({ kind: 'call', name: 'or', args: [input, fallback.v], folded: fallback.v, span });
}

export function unknownValue(span: Span, text?: string): Value {
  return { kind: 'unknown', span, text: text && text.length > 120 ? `${text.slice(0, 117)}...` : text };
}

export function literal(value: string | number | boolean | null, span: Span): Value {
  return { kind: 'literal', value, span };
}

/** A template of parts; adjacent strings merge and a template of strings only becomes a literal. */
export function template(parts: Value[], span: Span, form?: 'template' | 'concatenation' | 'format'): Value {
  const merged: Value[] = [];
  for (const part of parts) {
    if (part.kind === 'template') {
      for (const inner of part.parts) merged.push(inner);
      continue;
    }
    merged.push(part);
  }
  const out: Value[] = [];
  for (const part of merged) {
    const last = out.at(-1);
    if (
      last &&
      last.kind === 'literal' &&
      typeof last.value === 'string' &&
      part.kind === 'literal' &&
      typeof part.value === 'string'
    ) {
      out[out.length - 1] = {
        kind: 'literal',
        value: last.value + part.value,
        span: { ...last.span, endLine: part.span.endLine, endColumn: part.span.endColumn, end: part.span.end },
      };
      continue;
    }
    out.push(part);
  }
  if (!withinBounds(out) || exceedsNodeBound(out)) return tooLarge(span);
  if (out.every((p) => p.kind === 'literal' && typeof p.value === 'string'))
    return literal(out.map((p) => (p as { value: string }).value).join(''), span);
  return form ? { kind: 'template', parts: out, span, form } : { kind: 'template', parts: out, span };
}

/** A copy of a value whose references are plain values (inside `apply`, an Output's value is not an Output). */
export function unwrapOutputs(value: Value): Value {
  switch (value.kind) {
    case 'reference':
      return value.output ? { ...value, output: false } : value;
    case 'object':
      return { ...value, entries: value.entries.map((e) => ({ ...e, value: unwrapOutputs(e.value) })) };
    case 'list':
      return { ...value, items: value.items.map(unwrapOutputs) };
    case 'template':
      return { ...value, parts: value.parts.map(unwrapOutputs) };
    case 'call':
      return { ...value, args: value.args.map(unwrapOutputs), folded: value.folded && unwrapOutputs(value.folded) };
    default:
      return value;
  }
}

export function resourceReference(res: Resource, path: string[], text: string, span: Span): ReferenceValue {
  return {
    kind: 'reference',
    target: { kind: res.mode === 'data' ? 'data' : 'resource', type: res.type, name: res.name, path },
    text,
    output: res.mode === 'resource',
    span,
  };
}

/** The model value of an evaluator value, used where `span` is. */
export function toValue(p: PyVal, span: Span, depth = 0): Value {
  if (depth > 20) return unknownValue(span);
  switch (p.t) {
    case 'value':
      return p.v;
    case 'resource':
      return resourceReference(p.res, [], p.text, span);
    case 'provider':
      return { kind: 'reference', target: { kind: 'other', name: p.name, path: [] }, text: p.text, span };
    case 'dict': {
      const entries: ObjectEntry[] = p.entries.map((e) => ({
        key: e.key,
        keySpan: e.keySpan,
        value: toValue(e.value, e.keySpan, depth + 1),
      }));
      return { kind: 'object', entries, span: p.span };
    }
    case 'list':
      return { kind: 'list', items: p.items.map((item) => toValue(item, p.span, depth + 1)), span: p.span };
    case 'instance':
      return { kind: 'reference', target: { kind: 'other', name: p.text, path: [] }, text: p.text, span };
    case 'ext':
      return { kind: 'reference', target: { kind: 'other', name: p.path, path: [] }, text: p.text, span };
    case 'bound':
      return unknownValue(span, p.text);
    default:
      return unknownValue(span);
  }
}
