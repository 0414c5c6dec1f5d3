/**
 * HCL expressions → model values. Every node keeps its exact span; what
 * cannot be known stays a reference, an unfolded call or unknown.
 */
import type { SyntaxNode } from 'tree-sitter';
import type { SourceFile } from '../../model/source.js';
import type { ObjectEntry, ReferenceTarget, Value } from '../../model/types.js';
import { foldCall, foldOperation } from './fold.js';

/** Names bound by an enclosing `for` expression or `dynamic` block: not references to resources. */
export type Scope = ReadonlySet<string>;

const ROOT_KINDS = new Set(['var', 'local', 'module', 'data', 'each', 'count', 'self', 'path', 'terraform']);

export class ExpressionReader {
  constructor(readonly file: SourceFile) {}

  span(node: SyntaxNode) {
    return this.file.span(node.startIndex, node.endIndex);
  }

  read(node: SyntaxNode, scope: Scope): Value {
    switch (node.type) {
      case 'expression':
        return this.readExpression(node, scope);
      case 'literal_value':
        return this.readLiteral(node);
      case 'template_expr':
        return this.readTemplate(node.namedChildren[0], scope);
      case 'collection_value':
        return this.read(node.namedChildren[0], scope);
      case 'object':
        return this.readObject(node, scope);
      case 'tuple':
        return {
          kind: 'list',
          items: node.namedChildren.filter((c) => c.type === 'expression').map((c) => this.read(c, scope)),
          span: this.span(node),
        };
      case 'function_call':
        return this.readCall(node, scope);
      case 'operation':
        return this.read(node.namedChildren[0], scope);
      case 'binary_operation':
      case 'unary_operation':
        return this.readOperation(node, scope);
      case 'conditional': {
        const args = node.namedChildren.map((c) => this.read(c, scope));
        return foldCall({ kind: 'call', name: '?:', args, span: this.span(node) });
      }
      case 'for_expr':
        return this.readFor(node.namedChildren[0], scope);
      default:
        return this.readPostfix(node, [], scope);
    }
  }

  /** An `expression` node: a primary followed by attribute, index and splat accessors. */
  private readExpression(node: SyntaxNode, scope: Scope): Value {
    const children = node.namedChildren.filter((c) => c.type !== 'comment');
    if (children.length === 0) return { kind: 'unknown', text: node.text, span: this.span(node) };
    const [primary, ...accessors] = children;
    if (accessors.length === 0) return this.read(primary, scope);
    if (primary.type === 'variable_expr') return this.readPostfix(node, children, scope);
    // Accessors on a non-variable (`jsondecode(x).a`, `(expr)[0]`): keep the references inside visible.
    const base = this.read(primary, scope);
    return { kind: 'call', name: '.', args: [base], span: this.span(node) };
  }

  private readPostfix(node: SyntaxNode, children: SyntaxNode[], scope: Scope): Value {
    const span = this.span(node);
    if (children.length === 0 && node.type === 'variable_expr') children = [node];
    if (children[0]?.type !== 'variable_expr') return { kind: 'unknown', text: node.text, span };
    const root = children[0].text;
    const path: string[] = [];
    const indexes: Value[] = [];
    for (const accessor of children.slice(1)) this.accessorPath(accessor, path, indexes, scope);
    const target = referenceTarget(root, path, scope);
    const reference: Value = { kind: 'reference', target, text: node.text, span };
    // Index expressions can hold references too (`aws_x.y[var.key]`): keep them reachable.
    if (indexes.length === 0) return reference;
    return { kind: 'call', name: '[]', args: [reference, ...indexes], span };
  }

  private accessorPath(accessor: SyntaxNode, path: string[], indexes: Value[], scope: Scope): void {
    switch (accessor.type) {
      case 'get_attr':
        path.push(accessor.namedChildren[0]?.text ?? '');
        break;
      case 'index': {
        const inner = accessor.namedChildren[0];
        if (inner?.type === 'legacy_index') {
          path.push(`[${inner.text.slice(1)}]`);
          break;
        }
        const expression = inner?.namedChildren.find((c) => c.type === 'expression');
        const value = expression ? this.read(expression, scope) : undefined;
        const constant = value?.kind === 'literal' ? value.value : undefined;
        if (constant !== undefined && constant !== null) path.push(`[${JSON.stringify(constant)}]`);
        else {
          path.push('[?]');
          if (value) indexes.push(value);
        }
        break;
      }
      case 'splat':
        path.push('[*]');
        for (const inner of accessor.namedChildren[0]?.namedChildren ?? [])
          this.accessorPath(inner, path, indexes, scope);
        break;
      default:
        break;
    }
  }

  private readLiteral(node: SyntaxNode): Value {
    const span = this.span(node);
    const inner = node.namedChildren[0];
    switch (inner?.type) {
      case 'numeric_lit':
        return { kind: 'literal', value: Number(inner.text), span };
      case 'bool_lit':
        return { kind: 'literal', value: inner.text === 'true', span };
      case 'null_lit':
        return { kind: 'literal', value: null, span };
      case 'string_lit': {
        const text = inner.namedChildren.find((c) => c.type === 'template_literal')?.text ?? '';
        return { kind: 'literal', value: unescapeHcl(text), span };
      }
      default:
        return { kind: 'unknown', text: node.text, span };
    }
  }

  private readTemplate(node: SyntaxNode, scope: Scope): Value {
    const span = this.span(node);
    if (node.type === 'heredoc_template') return this.readHeredoc(node, scope);
    const parts: Value[] = [];
    for (const child of node.namedChildren) {
      if (child.type === 'template_literal')
        parts.push({ kind: 'literal', value: unescapeHcl(child.text), span: this.span(child) });
      else if (child.type === 'template_interpolation') parts.push(this.readInterpolation(child, scope));
      else if (child.type === 'template_directive')
        parts.push({ kind: 'unknown', text: child.text, span: this.span(child) });
    }
    return simplifyTemplate(parts, span);
  }

  private readInterpolation(node: SyntaxNode, scope: Scope): Value {
    const expression = node.namedChildren.find((c) => c.type === 'expression');
    return expression ? this.read(expression, scope) : { kind: 'unknown', text: node.text, span: this.span(node) };
  }

  /** Heredoc text, with `<<-` indentation removed, as literal parts around interpolations. */
  private readHeredoc(node: SyntaxNode, scope: Scope): Value {
    const span = this.span(node);
    const markers = node.namedChildren.filter((c) => c.type === 'heredoc_identifier');
    if (markers.length < 2) return { kind: 'unknown', text: node.text, span };
    const source = this.file.text;
    const contentStart = source.indexOf('\n', markers[0].endIndex) + 1;
    const closingLineStart = source.lastIndexOf('\n', markers[markers.length - 1].startIndex - 1) + 1;
    const contentEnd = Math.max(contentStart, closingLineStart);
    const strip = node.namedChildren[0]?.text === '<<-';
    const indent = strip ? commonIndent(source.slice(contentStart, contentEnd)) : 0;
    const parts: Value[] = [];
    let cursor = contentStart;
    const pushText = (start: number, end: number) => {
      if (end <= start) return;
      let text = source.slice(start, end);
      if (indent) text = dedent(text, indent, start === contentStart || source[start - 1] === '\n');
      parts.push({ kind: 'literal', value: text, span: this.file.span(start, end) });
    };
    for (const child of node.namedChildren) {
      if (child.type !== 'template_interpolation' && child.type !== 'template_directive') continue;
      if (child.startIndex < contentStart || child.endIndex > contentEnd) continue;
      pushText(cursor, child.startIndex);
      parts.push(
        child.type === 'template_interpolation'
          ? this.readInterpolation(child, scope)
          : { kind: 'unknown', text: child.text, span: this.span(child) },
      );
      cursor = child.endIndex;
    }
    pushText(cursor, contentEnd);
    return simplifyTemplate(parts, span);
  }

  private readObject(node: SyntaxNode, scope: Scope): Value {
    const entries: ObjectEntry[] = [];
    for (const element of node.namedChildren) {
      if (element.type !== 'object_elem') continue;
      const keyNode = element.childForFieldName('key');
      const valueNode = element.childForFieldName('val');
      if (!keyNode || !valueNode) continue;
      entries.push({ key: objectKey(keyNode), keySpan: this.span(keyNode), value: this.read(valueNode, scope) });
    }
    return { kind: 'object', entries, span: this.span(node) };
  }

  private readCall(node: SyntaxNode, scope: Scope): Value {
    const name = node.namedChildren.find((c) => c.type === 'identifier')?.text ?? '';
    const argumentsNode = node.namedChildren.find((c) => c.type === 'function_arguments');
    const args = (argumentsNode?.namedChildren ?? [])
      .filter((c) => c.type === 'expression')
      .map((c) => this.read(c, scope));
    return foldCall({ kind: 'call', name, args, span: this.span(node) });
  }

  private readOperation(node: SyntaxNode, scope: Scope): Value {
    const operator = node.children.find((c) => !c.isNamed && c.type !== '(' && c.type !== ')')?.type ?? '?';
    const operands = node.namedChildren.filter((c) => c.type !== 'comment').map((c) => this.read(c, scope));
    return foldOperation({ kind: 'call', name: operator, args: operands, span: this.span(node) });
  }

  /** `[for x in xs : f(x)]` / `{for k, v in m : k => v}`: the iterator names are local. */
  private readFor(node: SyntaxNode, scope: Scope): Value {
    const intro = node.namedChildren.find((c) => c.type === 'for_intro');
    const names = new Set(scope);
    for (const id of intro?.namedChildren.filter((c) => c.type === 'identifier') ?? []) names.add(id.text);
    const collection = intro?.namedChildren.find((c) => c.type === 'expression');
    const args: Value[] = collection ? [this.read(collection, scope)] : [];
    for (const child of node.namedChildren) {
      if (child.type === 'expression') args.push(this.read(child, names));
      if (child.type === 'for_cond') {
        const condition = child.namedChildren.find((c) => c.type === 'expression');
        if (condition) args.push(this.read(condition, names));
      }
    }
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

function objectKey(node: SyntaxNode): string {
  // A key is an identifier, a quoted string or (for computed keys) an expression written in parentheses.
  const inner = node.namedChildren[0];
  if (inner?.type === 'variable_expr' && node.namedChildren.length === 1) return inner.text;
  if (inner?.type === 'literal_value') {
    const string = inner.namedChildren[0];
    if (string?.type === 'string_lit')
      return unescapeHcl(string.namedChildren.find((c) => c.type === 'template_literal')?.text ?? '');
    return inner.text;
  }
  if (inner?.type === 'template_expr') {
    const quoted = inner.namedChildren[0];
    const literalOnly = quoted?.namedChildren.every((c) => c.type === 'template_literal');
    if (literalOnly) return unescapeHcl(quoted.namedChildren.map((c) => c.text).join(''));
  }
  return node.text;
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
