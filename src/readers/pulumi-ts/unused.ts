/**
 * Variables a file declares and never reads, as ESLint's `no-unused-vars`
 * reports them, from the oxc syntax tree. Names are matched per file, not per
 * scope: a name read anywhere in the file counts as used, so a shadowed name
 * may hide an unused variable but a used one is never reported.
 */
import type { AstNode } from './ast.js';

export interface UnusedVariable {
  name: string;
  /** The declared name. */
  start: number;
  end: number;
  /** `const name = ` when the statement declares this variable alone (its removal keeps the initializer). */
  binding?: { start: number; end: number };
  /** The initializer's node type (`NewExpression`, `CallExpression`…). */
  initializer: string;
}

/** An ESLint directive comment: `eslint-disable[-line|-next-line] [rules]` or `eslint-enable [rules]`. */
export interface LintDirective {
  start: number;
  end: number;
  value: string;
}

const RULES = ['no-unused-vars', '@typescript-eslint/no-unused-vars'];

/**
 * Variables a file declares and never reads, leaving out those an ESLint
 * directive for no-unused-vars (or for every rule) covers, as ESLint does.
 * `lineOf` maps an offset to its 0-based line.
 */
export function unusedVariables(
  program: AstNode,
  directives: LintDirective[] = [],
  lineOf: (offset: number) => number = () => 0,
): UnusedVariable[] {
  return unusedBindings(program).filter((u) => !disabled(u.start, directives, lineOf));
}

function disabled(offset: number, directives: LintDirective[], lineOf: (offset: number) => number): boolean {
  const line = lineOf(offset);
  let off = false;
  for (const d of [...directives].sort((a, b) => a.start - b.start)) {
    const match = /^eslint-(disable-next-line|disable-line|disable|enable)\b\s*([^]*)$/.exec(d.value);
    if (!match) continue;
    // Rules are listed before an optional `-- reason`.
    const listed = match[2]
      .split(/\s--\s|^--\s/)[0]
      .split(',')
      .map((r) => r.trim())
      .filter(Boolean);
    const applies = listed.length === 0 || listed.some((r) => RULES.includes(r));
    if (!applies) continue;
    if (match[1] === 'disable-next-line' && lineOf(d.end) + 1 === line) return true;
    if (match[1] === 'disable-line' && lineOf(d.start) === line) return true;
    if (match[1] === 'disable' && d.start < offset) off = true;
    if (match[1] === 'enable' && d.start < offset) off = false;
  }
  return off;
}

function unusedBindings(program: AstNode): UnusedVariable[] {
  const declared: UnusedVariable[] = [];
  const bindingIds = new Set<AstNode>();
  const read = new Set<string>();
  // Iterative walk: the parse is already bounded in depth, but nothing here needs the stack.
  const stack: { node: AstNode; parent?: AstNode; key?: string }[] = [{ node: program }];
  while (stack.length) {
    const { node, parent, key } = stack.pop()!;
    if (node.type === 'VariableDeclaration' && parent?.type !== 'ExportNamedDeclaration') {
      const declarations = (node.declarations ?? []) as AstNode[];
      for (const d of declarations) {
        if (d.id?.type !== 'Identifier' || !d.init) continue;
        const name = d.id.name as string;
        if (name.startsWith('_')) continue;
        bindingIds.add(d.id);
        const alone = declarations.length === 1 && parent !== undefined && isStatementList(parent, key);
        declared.push({
          name,
          start: d.id.start,
          end: d.id.end,
          binding: alone ? { start: node.start, end: d.init.start } : undefined,
          initializer: d.init.type,
        });
      }
    }
    if (node.type === 'Identifier' && !bindingIds.has(node) && isRead(node, parent, key)) read.add(node.name as string);
    // `for…in` over the node's own keys (plain parsed JSON) allocates no array of keys per node.
    for (const k in node) {
      if (k === 'type' || k === 'start' || k === 'end') continue;
      const child = node[k];
      if (Array.isArray(child)) {
        for (const c of child)
          if (c && typeof c === 'object' && typeof c.type === 'string') stack.push({ node: c, parent: node, key: k });
      } else if (child && typeof child === 'object' && typeof child.type === 'string')
        stack.push({ node: child, parent: node, key: k });
    }
  }
  return declared.filter((d) => !read.has(d.name)).sort((a, b) => a.start - b.start);
}

/** Whether an identifier is a name being read (not a property name or a member's key). */
function isRead(node: AstNode, parent: AstNode | undefined, key: string | undefined): boolean {
  if (!parent) return true;
  if (parent.type === 'MemberExpression' && key === 'property' && !parent.computed) return false;
  if (
    (parent.type === 'Property' || parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') &&
    key === 'key' &&
    !parent.computed
  )
    return parent.type === 'Property' && parent.shorthand === true && parent.value === node;
  return true;
}

/** Whether the declaration is a statement of a block or module body (not `for (const x …)`). */
function isStatementList(parent: AstNode, key: string | undefined): boolean {
  return (
    key === 'body' && (parent.type === 'Program' || parent.type === 'BlockStatement' || parent.type === 'StaticBlock')
  );
}
