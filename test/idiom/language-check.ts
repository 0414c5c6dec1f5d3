/**
 * Whether a fix or suggestion text is code of a given language, judged with
 * the project's own readers' parsers. A suggestion is a fragment: it may be a
 * whole statement, the arguments of a call (Python keywords, a TypeScript
 * object's properties) or a block body; each is tried in a wrapper that
 * gives it that place. Text that parses only as another language's idiom
 * (a Python annotation `key: value`, HCL `//` comments or camelCase
 * attributes) is refused.
 */
import { parseTypeScript } from '../../src/readers/pulumi-ts/ast.js';
import { firstSyntaxError, parsePython, type SyntaxNode } from '../../src/readers/pulumi-py/parse.js';
import { parseHcl } from '../../src/readers/terraform/hcl/parser.js';
import { redefinedAttributes } from '../../src/readers/terraform/parse.js';
import type { BodyItem } from '../../src/readers/terraform/hcl/ast.js';
import { SHORT_FORMS } from '../../src/readers/cloudformation/values.js';
import { isMap, isNode, isScalar, parseDocument, visit } from 'yaml';

/** `yaml` and `json`: CloudFormation templates (JSON templates take JSON suggestions). */
export type Language = 'python' | 'typescript' | 'hcl' | 'yaml' | 'json';

export function languageOfPath(path: string): Language | undefined {
  if (path.endsWith('.py')) return 'python';
  if (/\.(m?ts|m?js)$/.test(path)) return 'typescript';
  if (path.endsWith('.tf')) return 'hcl';
  if (/\.ya?ml$/.test(path)) return 'yaml';
  if (path.endsWith('.json')) return 'json';
  return undefined;
}

const CHECKS: Record<Language, (text: string) => string | undefined> = {
  python: (t) => python(t),
  typescript: (t) => typescript(t),
  hcl: (t) => hcl(t),
  yaml: (t) => yaml(t),
  json: (t) => json(t),
};

/** Why `text` is not a fragment of `language`, or undefined when it is. */
export function notCodeOf(language: Language, text: string, whole = false): string | undefined {
  const check = CHECKS[language];
  const wrappers = whole ? [(t: string) => t] : WRAPPERS[language];
  let first: string | undefined;
  for (const wrap of wrappers) {
    const why = check(wrap(text));
    if (why === undefined) return undefined;
    first ??= why;
  }
  return first;
}

const WRAPPERS: Record<Language, ((text: string) => string)[]> = {
  python: [(t) => t, (t) => `f(\n${t}\n)`, (t) => `x = {\n${t}\n}`],
  typescript: [(t) => t, (t) => `f({\n${t}\n});`, (t) => `f(\n${t}\n);`, (t) => `x = ${t};`],
  hcl: [(t) => t, (t) => `x = ${t}`],
  // A YAML fragment is a value or a block of properties, at the top level.
  yaml: [(t) => t],
  // A JSON fragment is a value, or members (`"Key": value`) of an object.
  json: [(t) => t, (t) => `{\n${t}\n}`],
};

function python(text: string): string | undefined {
  const root = parsePython(text).rootNode;
  const error = firstSyntaxError(root);
  if (error) return `Python syntax error at ${JSON.stringify(error.text.slice(0, 40))}`;
  // `key: value` parses as an annotation: in a suggestion it is a TypeScript property.
  for (const statement of root.children as SyntaxNode[])
    if (statement.type === 'expression_statement')
      for (const child of statement.children as SyntaxNode[])
        if (child.type === 'assignment' && child.children.some((c: SyntaxNode) => c.type === 'type'))
          return `annotation ${JSON.stringify(child.text.slice(0, 40))} (a TypeScript property?)`;
  // `{ key: value }` with a bare name as the key is a TypeScript object, not a Python dict.
  const stack: SyntaxNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'pair' && node.children[0]?.type === 'identifier')
      return `dict key ${node.children[0].text} is a bare name (a TypeScript property?)`;
    stack.push(...(node.children as SyntaxNode[]));
  }
  return undefined;
}

function typescript(text: string): string | undefined {
  const parsed = parseTypeScript('suggestion.ts', text);
  return parsed.errors.length ? `TypeScript: ${parsed.errors[0].message}` : undefined;
}

function hcl(text: string): string | undefined {
  const parsed = parseHcl(text);
  const diagnostics = [...parsed.diagnostics, ...redefinedAttributes(parsed.body)];
  if (diagnostics.length) return `HCL: ${diagnostics[0].message}`;
  for (const comment of parsed.comments)
    if (text.slice(comment.start, comment.start + 2) === '//') return 'HCL with a `//` comment';
  const camel = camelAttribute(parsed.body);
  return camel ? `HCL attribute ${camel} in camelCase` : undefined;
}

function camelAttribute(items: BodyItem[]): string | undefined {
  for (const item of items) {
    if (/[a-z][A-Z]/.test(item.name.name)) return item.name.name;
    if (item.type === 'Block') {
      const inner = camelAttribute(item.body);
      if (inner) return inner;
    }
  }
  return undefined;
}

/**
 * A key that reads as another language's argument name: snake_case,
 * camelCase or a lowercase word. Template property names are PascalCase;
 * data keys (`aws:SourceArn`, `us-east-1`, `TABLE_NAME`) have a separator or
 * no lowercase letter.
 */
function foreignKey(key: string): boolean {
  return /^[a-z][A-Za-z0-9_]*$/.test(key);
}

/** A CloudFormation YAML fragment: parses, uses only intrinsic-function tags, PascalCase keys. */
function yaml(text: string): string | undefined {
  const document = parseDocument(text, { strict: true, uniqueKeys: true });
  if (document.errors.length) return `YAML: ${document.errors[0].message.split('\n')[0]}`;
  if (text.split('\n').some((line) => line.trimStart().startsWith('//'))) return 'YAML with a `//` comment';
  let why: string | undefined;
  visit(document, (_key, node) => {
    if (why) return visit.BREAK;
    if (isNode(node) && node.tag?.startsWith('!') && !Object.hasOwn(SHORT_FORMS, node.tag))
      why = `YAML tag ${node.tag} is no intrinsic function`;
    if (isMap(node))
      for (const pair of node.items)
        if (isScalar(pair.key) && typeof pair.key.value === 'string' && foreignKey(pair.key.value))
          why = `key ${pair.key.value} is not a CloudFormation name (PascalCase)`;
    return undefined;
  });
  return why;
}

/** A CloudFormation JSON fragment: JSON, PascalCase keys. */
function json(text: string): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `JSON: ${(error as Error).message}`;
  }
  const stack: unknown[] = [value];
  while (stack.length) {
    const item = stack.pop();
    if (Array.isArray(item)) stack.push(...(item as unknown[]));
    else if (item && typeof item === 'object')
      for (const [key, inner] of Object.entries(item)) {
        if (foreignKey(key)) return `key ${key} is not a CloudFormation name (PascalCase)`;
        stack.push(inner);
      }
  }
  return undefined;
}
