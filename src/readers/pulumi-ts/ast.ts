/**
 * The slice of the oxc (ESTree / TS-ESTree) syntax tree the reader walks, and
 * small helpers over it. Offsets are UTF-16 code units, like JavaScript
 * strings, so they index `SourceFile.text` directly.
 */
import { createRequire } from 'node:module';
import type * as Oxc from 'oxc-parser';
import { javascriptNestingProblem } from '../nesting.js';
import { RecentResults } from '../../util/recent-results.js';

/** A syntax node: ESTree shape, fields read by name. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AstNode = { type: string; start: number; end: number } & Record<string, any>;

export interface ParsedFile {
  /** Built when first read (turning oxc's output into the tree is most of a parse's cost). */
  readonly program: AstNode;
  /** Syntax errors, and keys an object literal repeats (which need the tree). */
  readonly errors: { message: string; start: number; end: number }[];
  /** The parser's own errors, known without the tree. */
  readonly syntaxErrors: { message: string; start: number; end: number }[];
  /** Line comments (`// ...`) by their start offset. */
  comments: { start: number; end: number; value: string }[];
  /** ESLint directives (`eslint-disable…`, `eslint-enable`), in line or block comments. */
  lintDirectives?: { start: number; end: number; value: string }[];
  /** Set when the text was refused unparsed (nesting too deep); `errors` says why. */
  refused?: boolean;
  /**
   * The modules of the file's `import` declarations, from oxc's module record, which keeps those before a
   * syntax error that leaves `program` empty.
   */
  readonly staticImports: string[];
}

let oxc: typeof Oxc | undefined;

/**
 * The one entry to oxc-parser (the Pulumi reader, Lambda handlers, Markdown
 * blocks, `fix` and `compare` all come here). Text nested beyond what the
 * native parser survives is refused with an error instead of parsed.
 */
export function parseTypeScript(path: string, text: string): ParsedFile {
  // The file name decides the dialect; Markdown virtual paths end in the block's extension.
  const dialect = /\.(m|c)?js$/.test(path) ? 'file.js' : 'file.ts';
  return recentParses[dialect].of(text, () => parseAnew(dialect, text));
}

/**
 * The texts parsed last, by dialect. A Markdown answer's block is parsed to tell whether it is a program
 * file (its imports), then again as that file: the second parse is a lookup. Two of each are enough (as for
 * Python trees): four saved 0.1 MB of 13 MB of TypeScript parsing on the Pulumi + Terraform corpus.
 */
const recentParses = {
  'file.ts': new RecentResults<string, ParsedFile>(2),
  'file.js': new RecentResults<string, ParsedFile>(2),
};

function parseAnew(name: 'file.ts' | 'file.js', text: string): ParsedFile {
  const tooDeep = javascriptNestingProblem(text);
  if (tooDeep) {
    const refusal = [{ message: tooDeep.message, start: tooDeep.offset, end: tooDeep.offset }];
    return {
      program: { type: 'Program', start: 0, end: text.length, body: [] },
      errors: refusal,
      syntaxErrors: refusal,
      comments: [],
      refused: true,
      staticImports: [],
    };
  }
  // Loaded when code is first parsed: the native binding costs start-up to commands that parse nothing.
  oxc ??= createRequire(import.meta.url)('oxc-parser') as typeof Oxc;
  const result = oxc.parseSync(name, text);
  const syntaxErrors = result.errors.map((e) => ({
    message: e.message,
    start: e.labels?.[0]?.start ?? 0,
    end: e.labels?.[0]?.end ?? 0,
  }));
  let errors: ParsedFile['errors'] | undefined;
  return {
    get program() {
      return result.program as unknown as AstNode;
    },
    get errors() {
      return (errors ??= [...syntaxErrors, ...duplicateKeys(this.program)]);
    },
    syntaxErrors,
    comments: result.comments
      .filter((c) => c.type === 'Line')
      .map((c) => ({ start: c.start, end: c.end, value: c.value.trim() })),
    // Read when asked: most parses never need the module record.
    get staticImports() {
      return result.module.staticImports.map((statement) => statement.moduleRequest.value);
    },
    lintDirectives: result.comments
      .filter((c) => /^\s*eslint-(disable|enable)/.test(c.value))
      .map((c) => ({ start: c.start, end: c.end, value: c.value.trim() })),
  };
}

const WRAPPERS = new Set([
  'TSAsExpression',
  'TSSatisfiesExpression',
  'TSNonNullExpression',
  'TSTypeAssertion',
  'ParenthesizedExpression',
  'ChainExpression',
  'TSInstantiationExpression',
]);

/** The expression under type assertions, parentheses and optional chains. */
export function unwrap(node: AstNode): AstNode {
  let current = node;
  while (current && WRAPPERS.has(current.type)) current = current.expression;
  return current;
}

/** Property name of a non-computed member or object key (`a.b`, `{ b: 1 }`, `{ 'b': 1 }`, `a['b']`). */
export function propertyName(key: AstNode, computed: boolean): string | undefined {
  const k = unwrap(key);
  if (!computed && k.type === 'Identifier') return k.name as string;
  if (k.type === 'Literal' && (typeof k.value === 'string' || typeof k.value === 'number')) return String(k.value);
  if (k.type === 'TemplateLiteral' && k.expressions.length === 0) return k.quasis[0].value.cooked as string;
  return undefined;
}

/** `a.b.c` as a dotted name when the expression is a chain of identifiers, else undefined. */
export function dottedName(node: AstNode): string | undefined {
  const n = unwrap(node);
  if (n.type === 'Identifier') return n.name as string;
  if (n.type === 'MemberExpression') {
    const object = dottedName(n.object);
    const property = propertyName(n.property, n.computed);
    return object !== undefined && property !== undefined ? `${object}.${property}` : undefined;
  }
  return undefined;
}

/** Every identifier name read inside a node (for validation checks). */
export function identifiersIn(node: AstNode | undefined, out: Set<string> = new Set()): Set<string> {
  if (!node || typeof node !== 'object') return out;
  if (node.type === 'Identifier') out.add(node.name as string);
  for (const key of Object.keys(node)) {
    if (key === 'type' || key === 'start' || key === 'end') continue;
    const child = node[key];
    if (Array.isArray(child)) for (const c of child) if (c && typeof c.type === 'string') identifiersIn(c, out);
    if (child && typeof child === 'object' && typeof child.type === 'string') identifiersIn(child, out);
  }
  return out;
}

/** Whether a statement (or block) contains a `throw`. */
export function containsThrow(node: AstNode | undefined): boolean {
  if (!node || typeof node !== 'object') return false;
  if (node.type === 'ThrowStatement') return true;
  if (node.type === 'FunctionDeclaration' || node.type === 'ArrowFunctionExpression') return false;
  for (const key of Object.keys(node)) {
    const child = node[key];
    if (Array.isArray(child)) {
      for (const c of child) if (c && typeof c.type === 'string' && containsThrow(c)) return true;
    } else if (child && typeof child === 'object' && typeof child.type === 'string' && containsThrow(child))
      return true;
  }
  return false;
}

export function isFunctionNode(node: AstNode | undefined): boolean {
  return (
    !!node &&
    (node.type === 'ArrowFunctionExpression' ||
      node.type === 'FunctionExpression' ||
      node.type === 'FunctionDeclaration')
  );
}

/**
 * Object literals that name one property twice (TypeScript error 1117, which
 * the parser itself lets through): the later value silently wins, so a fix
 * that produced one must be caught by the post-fix check. Iterative, so deep
 * input cannot overflow the stack.
 */
function duplicateKeys(root: AstNode): { message: string; start: number; end: number }[] {
  const out: { message: string; start: number; end: number }[] = [];
  const stack: unknown[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (const child of node) if (child && typeof child === 'object') stack.push(child);
      continue;
    }
    if (!node || typeof node !== 'object') continue;
    const n = node as AstNode;
    if (n.type === 'ObjectExpression') {
      const seen = new Set<string>();
      for (const property of n.properties as AstNode[]) {
        if (property.type !== 'Property' || property.kind !== 'init' || property.computed) continue;
        const name = propertyName(property.key, false);
        if (name === undefined) continue;
        if (seen.has(name))
          out.push({
            message: `An object literal cannot have multiple properties with the same name: ${name}`,
            start: property.key.start,
            end: property.key.end,
          });
        seen.add(name);
      }
    }
    for (const key in n) {
      if (key === 'type' || key === 'start' || key === 'end') continue;
      const child = n[key];
      if (child && typeof child === 'object') stack.push(child);
    }
  }
  return out;
}
