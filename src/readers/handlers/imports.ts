/**
 * The modules a Lambda handler imports, by top-level package name
 * (`boto3` of `import boto3.session`, `@aws-sdk/client-s3` of
 * `require('@aws-sdk/client-s3/dist')`), with the span of each import.
 * Relative imports (`from . import x`, `require('./util')`) name the
 * package's own files and are left out. Read from the trees the handler
 * analysis (analyze.ts) parses, as one of its facts.
 */
import type { SourceFile, Span } from '../../model/source.js';
import type { SyntaxNode as PyNode } from '../pulumi-py/parse.js';
import type { JsNode } from './js-node.js';

export interface HandlerImport {
  /** Top-level package or module name. */
  module: string;
  span: Span;
  /** Inside a `try` (the code copes with the module missing). */
  guarded: boolean;
}

export function pythonImports(file: SourceFile, root: PyNode): HandlerImport[] {
  const imports: HandlerImport[] = [];
  const add = (dotted: string | undefined, node: PyNode) => {
    if (!dotted || dotted.startsWith('.')) return;
    let guarded = false;
    for (let n = node.parent; n && !guarded; n = n.parent) guarded = n.type === 'try_statement';
    imports.push({ module: dotted.split('.')[0], span: file.span(node.startIndex, node.endIndex), guarded });
  };
  for (const statement of root.descendantsOfType('import_statement'))
    for (const name of statement.namedChildren) {
      // `import a.b as c` is an aliased_import around the dotted name.
      const dotted = name.type === 'aliased_import' ? name.childForFieldName('name') : name;
      add(dotted?.text, statement);
    }
  for (const statement of root.descendantsOfType('import_from_statement'))
    add(statement.childForFieldName('module_name')?.text, statement);
  return imports;
}

export function javascriptImports(file: SourceFile, program: unknown): HandlerImport[] {
  const imports: HandlerImport[] = [];
  let guarded = false;
  const add = (specifier: unknown, node: JsNode) => {
    if (typeof specifier !== 'string' || specifier.startsWith('.') || specifier.startsWith('/')) return;
    imports.push({ module: packageName(specifier), span: file.span(node.start, node.end), guarded });
  };
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    const n = node as JsNode;
    if (n.type === 'TryStatement') {
      const outer = guarded;
      guarded = true;
      visit(n.block);
      guarded = outer;
      visit(n.handler);
      visit(n.finalizer);
      return;
    }
    if (n.type === 'ImportDeclaration' || n.type === 'ExportAllDeclaration' || n.type === 'ExportNamedDeclaration')
      add((n.source as JsNode | null)?.value, n);
    else if (n.type === 'ImportExpression') add((n.source as JsNode).value, n);
    else if (n.type === 'CallExpression') {
      const callee = n.callee as JsNode;
      const [first] = n.arguments as JsNode[];
      if (callee.type === 'Identifier' && callee.name === 'require' && first?.type === 'Literal') add(first.value, n);
    }
    // `for…in` over the node's own keys (plain parsed JSON) allocates no array of entries per node.
    for (const key in n) if (key !== 'type' && typeof n[key] === 'object') visit(n[key]);
  };
  visit(program);
  return imports;
}

/** `@scope/name` or `name`, without a subpath; `node:fs` stays whole. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}
