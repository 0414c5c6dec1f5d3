/**
 * HCL expressions → model values. Every node keeps its exact span; what
 * cannot be known stays a reference, an unfolded call or unknown.
 */
import type { SourceFile } from '../../model/source.js';
import type { ObjectEntry, ReferenceTarget, Value } from '../../model/types.js';
import { foldCall, foldOperation } from './fold.js';
import type { Expression, ObjectExpr, Range, TemplateExpr, TemplatePart } from './hcl/ast.js';

/** Names bound by an enclosing `for` expression or `dynamic` block: not references to resources. */
export type Scope = ReadonlySet<string>;

const ROOT_KINDS = new Set(['var', 'local', 'module', 'data', 'each', 'count', 'self', 'path', 'terraform']);

/** Where a heredoc without interpolations lies in its file, so its text can be read as code (inline Lambda handlers). */
export interface HeredocOrigin {
  file: SourceFile;
  contentStart: number;
  contentEnd: number;
  /** Columns `<<-` removed from each line, at most. */
  indent: number;
}

const heredocOrigins = new WeakMap<Value, HeredocOrigin>();

/** The heredoc a literal value was written as, when it is one with no interpolation. */
export function heredocOrigin(value: Value | undefined): HeredocOrigin | undefined {
  return value ? heredocOrigins.get(value) : undefined;
}

export class ExpressionReader {
  /** Line comments by 0-based line: the text after `#` or `//`, for the attribute that ends on that line. */
  readonly lineComments = new Map<number, string>();

  constructor(readonly file: SourceFile) {}

  span(node: Range) {
    return this.file.span(node.start, node.end);
  }

  text(node: Range): string {
    return this.file.text.slice(node.start, node.end);
  }

  read(node: Expression, scope: Scope): Value {
    switch (node.type) {
      case 'Literal':
        return { kind: 'literal', value: node.value, span: this.span(node) };
      case 'Template':
        return node.heredoc ? this.readHeredoc(node, scope) : this.readTemplate(node, scope);
      case 'Variable':
      case 'GetAttr':
      case 'Index':
      case 'Splat':
        return this.readTraversal(node, scope);
      case 'Call':
        return foldCall({
          kind: 'call',
          name: node.name.name,
          args: node.args.map((a) => this.read(a, scope)),
          span: this.span(node),
        });
      case 'Tuple':
        return { kind: 'list', items: node.items.map((i) => this.read(i, scope)), span: this.span(node) };
      case 'Object':
        return this.readObject(node, scope);
      case 'Paren':
        return this.read(node.expression, scope);
      case 'Unary':
        return foldOperation({
          kind: 'call',
          name: node.operator,
          args: [this.read(node.operand, scope)],
          span: this.span(node),
        });
      case 'Binary':
        return foldOperation({
          kind: 'call',
          name: node.operator,
          args: [this.read(node.left, scope), this.read(node.right, scope)],
          span: this.span(node),
        });
      case 'Conditional': {
        const args = [node.condition, node.then, node.otherwise].map((c) => this.read(c, scope));
        return foldCall({ kind: 'call', name: '?:', args, span: this.span(node) });
      }
      case 'For':
        return this.readFor(node, scope);
      case 'Invalid':
        return { kind: 'unknown', text: this.text(node), span: this.span(node) };
    }
  }

  /**
   * A variable followed by attribute, index and splat accessors is a
   * reference (with index expressions kept reachable); accessors on anything
   * else (`jsondecode(x).a`, `(expr)[0]`) keep the references inside visible.
   */
  private readTraversal(node: Expression, scope: Scope): Value {
    const span = this.span(node);
    const accessors: Expression[] = [];
    let root = node;
    while (root.type === 'GetAttr' || root.type === 'Index' || root.type === 'Splat') {
      accessors.push(root);
      root = root.object;
    }
    if (root.type !== 'Variable') return { kind: 'call', name: '.', args: [this.read(root, scope)], span };
    const path: string[] = [];
    const indexes: Value[] = [];
    for (let i = accessors.length - 1; i >= 0; i--) {
      const accessor = accessors[i];
      if (accessor.type === 'GetAttr') path.push(accessor.name.name);
      else if (accessor.type === 'Splat') path.push('[*]');
      else if (accessor.type === 'Index') {
        if (accessor.legacy) {
          path.push(`[${this.text(accessor.key)}]`);
          continue;
        }
        const value = this.read(accessor.key, scope);
        const constant = value.kind === 'literal' ? value.value : undefined;
        if (constant !== undefined && constant !== null) path.push(`[${JSON.stringify(constant)}]`);
        else {
          path.push('[?]');
          indexes.push(value);
        }
      }
    }
    const target = referenceTarget(root.name, path, scope);
    const reference: Value = { kind: 'reference', target, text: this.text(node), span };
    // Index expressions can hold references too (`aws_x.y[var.key]`): keep them reachable.
    if (indexes.length === 0) return reference;
    return { kind: 'call', name: '[]', args: [reference, ...indexes], span };
  }

  private readTemplate(node: TemplateExpr, scope: Scope): Value {
    const parts: Value[] = [];
    let stripNext = false;
    for (const part of node.parts) {
      if (part.type === 'TemplateLiteral') {
        pushLiteral(parts, unescapeHcl(this.text(part)), this.span(part), stripNext);
        stripNext = false;
      } else {
        stripBefore(parts, part);
        parts.push(this.readTemplatePart(part, scope));
        stripNext = part.type === 'TemplateInterpolation' && part.stripAfter;
      }
    }
    return simplifyTemplate(parts, this.span(node));
  }

  /** An interpolation is its expression; directives (`%{ if }`, `%{ for }`) are not evaluated. */
  private readTemplatePart(part: TemplatePart, scope: Scope): Value {
    if (part.type === 'TemplateInterpolation') return this.read(part.expression, scope);
    return { kind: 'unknown', text: this.text(part), span: this.span(part) };
  }

  /** Heredoc text, with `<<-` indentation removed, as literal parts around interpolations. */
  private readHeredoc(node: TemplateExpr, scope: Scope): Value {
    const span = this.span(node);
    const heredoc = node.heredoc!;
    const source = this.file.text;
    const { contentStart, contentEnd } = heredoc;
    const indent = heredoc.indented ? commonIndent(source.slice(contentStart, contentEnd)) : 0;
    const parts: Value[] = [];
    let cursor = contentStart;
    let stripNext = false;
    const pushText = (start: number, end: number) => {
      if (end <= start) return;
      let text = source.slice(start, end);
      if (indent) text = dedent(text, indent, start === contentStart || source[start - 1] === '\n');
      pushLiteral(parts, text, this.file.span(start, end), stripNext);
    };
    for (const part of node.parts) {
      if (part.type === 'TemplateLiteral') continue;
      pushText(cursor, part.start);
      stripBefore(parts, part);
      parts.push(this.readTemplatePart(part, scope));
      stripNext = part.type === 'TemplateInterpolation' && part.stripAfter;
      cursor = part.end;
    }
    pushText(cursor, contentEnd);
    const value = simplifyTemplate(parts, span);
    if (value.kind === 'literal' && node.parts.every((p) => p.type === 'TemplateLiteral'))
      heredocOrigins.set(value, { file: this.file, contentStart, contentEnd, indent });
    return value;
  }

  private readObject(node: ObjectExpr, scope: Scope): Value {
    const entries: ObjectEntry[] = [];
    for (const item of node.items)
      entries.push({
        key: this.objectKey(item.key),
        keySpan: this.span(item.key),
        value: this.read(item.value, scope),
      });
    return { kind: 'object', entries, span: this.span(node) };
  }

  /** A key is an identifier, a quoted string or (for computed keys) an expression, kept as written. */
  private objectKey(key: Expression): string {
    if (key.type === 'Variable') return key.name;
    if (key.type === 'Template' && !key.heredoc && key.parts.every((p) => p.type === 'TemplateLiteral'))
      return unescapeHcl(key.parts.map((p) => this.text(p)).join(''));
    return this.text(key);
  }

  /** `[for x in xs : f(x)]` / `{for k, v in m : k => v}`: the iterator names are local. */
  private readFor(node: Extract<Expression, { type: 'For' }>, scope: Scope): Value {
    const names = new Set(scope);
    if (node.keyVar) names.add(node.keyVar.name);
    names.add(node.valueVar.name);
    const args: Value[] = [this.read(node.collection, scope)];
    if (node.key) args.push(this.read(node.key, names));
    args.push(this.read(node.value, names));
    if (node.condition) args.push(this.read(node.condition, names));
    return { kind: 'call', name: 'for', args, span: this.span(node) };
  }
}

function referenceTarget(root: string, path: string[], scope: Scope): ReferenceTarget {
  if (scope.has(root)) return { kind: 'other', name: root, path };
  if (!ROOT_KINDS.has(root)) {
    const [name, ...rest] = path;
    if (name === undefined || name.startsWith('[')) return { kind: 'other', name: root, path };
    return { kind: 'resource', type: root, name, path: rest };
  }
  switch (root) {
    case 'data': {
      const [type, name, ...rest] = path;
      if (!type || !name || name.startsWith('[')) return { kind: 'other', name: root, path };
      return { kind: 'data', type, name, path: rest };
    }
    case 'var':
    case 'local':
    case 'module': {
      const [name, ...rest] = path;
      if (!name || name.startsWith('[')) return { kind: 'other', name: root, path };
      return { kind: root, name, path: rest };
    }
    default:
      return { kind: root as 'each' | 'count' | 'self' | 'path' | 'terraform', path };
  }
}

/** A literal template part; after `~}` its leading whitespace is stripped (and an empty part dropped). */
function pushLiteral(parts: Value[], text: string, span: Value['span'], strip: boolean): void {
  const value = strip ? text.trimStart() : text;
  if (strip && value === '') return;
  parts.push({ kind: 'literal', value, span });
}

/** `${~ ...}`: strip the trailing whitespace of the literal before. */
function stripBefore(parts: Value[], part: TemplatePart): void {
  if (part.type !== 'TemplateInterpolation' || !part.stripBefore) return;
  const last = parts[parts.length - 1];
  if (last?.kind !== 'literal' || typeof last.value !== 'string') return;
  last.value = last.value.trimEnd();
  if (last.value === '') parts.pop();
}

function simplifyTemplate(parts: Value[], span: Value['span']): Value {
  if (parts.length === 0) return { kind: 'literal', value: '', span };
  if (parts.length === 1 && parts[0].kind === 'literal') return { ...parts[0], span };
  // `"${expr}"` is the expression itself.
  if (parts.length === 1) return parts[0];
  return { kind: 'template', parts, span };
}

/** HCL string escapes: `\n`, `\"`, `\\`, `\uNNNN`, and `$${` / `%%{` for literal `${` / `%{`. */
export function unescapeHcl(text: string): string {
  if (!text.includes('\\') && !text.includes('$${') && !text.includes('%%{')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length) {
      const next = text[++i];
      if (next === 'n') out += '\n';
      else if (next === 't') out += '\t';
      else if (next === 'r') out += '\r';
      else if (next === 'u' || next === 'U') {
        const length = next === 'u' ? 4 : 8;
        out += String.fromCodePoint(parseInt(text.slice(i + 1, i + 1 + length), 16) || 0xfffd);
        i += length;
      } else out += next;
    } else if ((c === '$' || c === '%') && text[i + 1] === c && text[i + 2] === '{') {
      out += `${c}{`;
      i += 2;
    } else out += c;
  }
  return out;
}

function commonIndent(text: string): number {
  let min = Infinity;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    min = Math.min(min, line.length - line.trimStart().length);
  }
  return Number.isFinite(min) ? min : 0;
}

function dedent(text: string, indent: number, atLineStart: boolean): string {
  return text
    .split('\n')
    .map((line, index) =>
      index > 0 || atLineStart ? line.slice(Math.min(indent, line.length - line.trimStart().length)) : line,
    )
    .join('\n');
}
