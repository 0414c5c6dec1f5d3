/**
 * Terraform reader: the `.tf` files of one module directory → program model.
 */
import { readdirSync } from 'node:fs';
import type { SyntaxNode } from 'tree-sitter';
import { joinSpans, type SourceFile, type Span } from '../../model/source.js';
import {
  emptyProgram,
  type ObjectEntry,
  type ObjectValue,
  type Program,
  type Resource,
  type Value,
} from '../../model/types.js';
import { field, stringValue } from '../../model/values.js';
import type { ReadInput } from '../reader.js';
import { ExpressionReader, type Scope } from './expressions.js';
import { parseHcl } from './parse.js';

/** Resource arguments that are Terraform meta-arguments, kept as options instead. */
const META_ARGUMENTS = new Set(['count', 'for_each', 'depends_on', 'provider']);
const NO_SCOPE: Scope = new Set();
const MAX_SYNTAX_DIAGNOSTICS = 3;

export function readTerraformModule(input: ReadInput): Program {
  const program = emptyProgram('terraform', input.root);
  program.files = input.files;
  for (const file of input.files) readFile(program, file);
  if (!input.root.endsWith('#')) program.siblingFiles = listDirectory(input.root);
  return program;
}

function listDirectory(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function readFile(program: Program, file: SourceFile): void {
  const tree = parseHcl(file.text);
  const root = tree.rootNode;
  if (root.hasError) reportSyntaxErrors(program, file, root);
  const reader = new ExpressionReader(file);
  const body = root.namedChildren.find((n) => n.type === 'body');
  for (const node of body?.namedChildren ?? []) {
    if (node.type === 'block') readTopLevelBlock(program, reader, node);
  }
}

function reportSyntaxErrors(program: Program, file: SourceFile, root: SyntaxNode): void {
  let count = 0;
  const visit = (node: SyntaxNode) => {
    if (count >= MAX_SYNTAX_DIAGNOSTICS) return;
    if (node.isMissing) {
      count++;
      program.diagnostics.push({
        message: `syntax error: missing ${node.type}`,
        span: file.span(node.startIndex, node.endIndex),
      });
      return;
    }
    if (node.type === 'ERROR') {
      count++;
      const text = node.text.split('\n')[0].slice(0, 40);
      program.diagnostics.push({
        message: `syntax error: cannot parse HCL near "${text}"`,
        span: file.span(node.startIndex, Math.min(node.endIndex, node.startIndex + text.length)),
      });
      return;
    }
    if (node.hasError) for (const child of node.children) visit(child);
  };
  visit(root);
}

function labelsOf(block: SyntaxNode): { type: string; labels: string[]; labelNodes: SyntaxNode[] } {
  const [typeNode, ...rest] = block.namedChildren.filter((c) => c.type === 'identifier' || c.type === 'string_lit');
  const labelNodes = rest;
  const labels = labelNodes.map((n) =>
    n.type === 'string_lit' ? (n.namedChildren.find((c) => c.type === 'template_literal')?.text ?? '') : n.text,
  );
  return { type: typeNode?.text ?? '', labels, labelNodes };
}

function readTopLevelBlock(program: Program, reader: ExpressionReader, node: SyntaxNode): void {
  const { type, labels, labelNodes } = labelsOf(node);
  const span = reader.span(node);
  const header = labelNodes.length
    ? joinSpans(reader.span(node.namedChildren[0]), reader.span(labelNodes[labelNodes.length - 1]))
    : span;
  const body = readBody(reader, node, NO_SCOPE);
  switch (type) {
    case 'resource':
    case 'data': {
      if (labels.length < 2) return;
      const resource = toResource(type === 'data' ? 'data' : 'resource', labels[0], labels[1], body, span, header);
      resource.insertion = insertionPoint(reader.file, node);
      const typeLabel = labelNodes[0].namedChildren.find((c) => c.type === 'template_literal') ?? labelNodes[0];
      resource.typeSpan = reader.span(typeLabel);
      (type === 'data' ? program.dataSources : program.resources).push(resource);
      break;
    }
    case 'variable':
      if (labels[0] === undefined) return;
      program.variables.push({
        name: labels[0],
        source: 'variable',
        default: field(body, 'default'),
        validated: field(body, 'validation') !== undefined,
        span: header,
      });
      break;
    case 'locals':
      for (const entry of body.entries) program.locals.set(entry.key, entry.value);
      break;
    case 'output':
      if (labels[0] === undefined) return;
      program.outputs.push({ name: labels[0], value: field(body, 'value') ?? body, span: header });
      break;
    case 'provider':
      if (labels[0] === undefined) return;
      program.providers.push({
        name: labels[0],
        alias: stringValue(field(body, 'alias')),
        region: field(body, 'region'),
        explicit: true,
        span: header,
      });
      break;
    case 'module':
      if (labels[0] === undefined) return;
      program.modules.push({ name: labels[0], source: stringValue(field(body, 'source')), args: body, span: header });
      break;
    case 'terraform':
      for (const child of blockChildren(node)) {
        const inner = labelsOf(child);
        if (inner.type === 'backend' && inner.labels[0] !== undefined)
          program.backends.push({
            type: inner.labels[0],
            config: readBody(reader, child, NO_SCOPE),
            span: reader.span(child),
          });
      }
      break;
    default:
      break;
  }
}

function toResource(
  mode: 'resource' | 'data',
  type: string,
  name: string,
  body: ObjectValue,
  span: Span,
  headerSpan: Span,
): Resource {
  const args: ObjectValue = { ...body, entries: body.entries.filter((e) => !META_ARGUMENTS.has(e.key)) };
  const dependsOn = field(body, 'depends_on');
  return {
    mode,
    type,
    sourceType: type,
    name,
    framework: 'terraform',
    args,
    options: {
      dependsOn: dependsOn?.kind === 'list' ? dependsOn.items : dependsOn ? [dependsOn] : [],
      provider: field(body, 'provider'),
      count: field(body, 'count'),
      forEach: field(body, 'for_each'),
    },
    span,
    headerSpan,
  };
}

/** Just after the block's `{`, indented like its first argument (or two spaces deeper than the block). */
function insertionPoint(file: SourceFile, block: SyntaxNode): Resource['insertion'] {
  const open = block.namedChildren.find((c) => c.type === 'block_start');
  if (!open) return undefined;
  const first = block.namedChildren.find((c) => c.type === 'body')?.namedChildren[0];
  const indent = ' '.repeat(first ? first.startPosition.column : block.startPosition.column + 2);
  const position = file.position(open.endIndex);
  return { file: position.file, offset: position.offset, indent };
}

function blockChildren(block: SyntaxNode): SyntaxNode[] {
  return block.namedChildren.find((c) => c.type === 'body')?.namedChildren.filter((c) => c.type === 'block') ?? [];
}

/**
 * A block body as an object: attributes become entries; nested blocks of one
 * type become one entry whose value is the list of their bodies (blocks may
 * repeat). `dynamic "x"` blocks contribute their `content` body under `x`,
 * with the iterator name in scope.
 */
function readBody(reader: ExpressionReader, block: SyntaxNode, scope: Scope): ObjectValue {
  const bodyNode = block.namedChildren.find((c) => c.type === 'body');
  const entries: ObjectEntry[] = [];
  const blockLists = new Map<string, { entry: ObjectEntry; items: Value[] }>();
  for (const child of bodyNode?.namedChildren ?? []) {
    if (child.type === 'attribute') {
      const key = child.namedChildren[0];
      const expression = child.namedChildren.find((c) => c.type === 'expression');
      if (!key || !expression) continue;
      entries.push({ key: key.text, keySpan: reader.span(key), value: reader.read(expression, scope) });
    } else if (child.type === 'block') {
      const { type, labels } = labelsOf(child);
      if (type === 'dynamic' && labels[0] !== undefined) {
        const dynamicBody = readBody(reader, child, scope);
        const iterator = stringValue(field(dynamicBody, 'iterator')) ?? labels[0];
        const innerScope = new Set([...scope, iterator]);
        const content = blockChildren(child).find((c) => labelsOf(c).type === 'content') ?? child;
        const value = readBody(reader, content, innerScope);
        // Keep the for_each expression reachable (references inside it count).
        const forEach = field(dynamicBody, 'for_each');
        if (forEach) value.entries.push({ key: 'for_each', keySpan: forEach.span, value: forEach });
        addBlock(blockLists, entries, labels[0], reader.span(child.namedChildren[0]), value);
        continue;
      }
      const value = readBody(reader, child, scope);
      addBlock(blockLists, entries, type, reader.span(child.namedChildren[0]), value);
    }
  }
  return { kind: 'object', entries, span: reader.span(block), block: true };
}

function addBlock(
  lists: Map<string, { entry: ObjectEntry; items: Value[] }>,
  entries: ObjectEntry[],
  type: string,
  keySpan: Span,
  value: ObjectValue,
): void {
  const existing = lists.get(type);
  if (existing) {
    existing.items.push(value);
    if (existing.entry.value.kind === 'list')
      existing.entry.value.span = joinSpans(existing.entry.value.span, value.span);
    return;
  }
  const items: Value[] = [value];
  const entry: ObjectEntry = { key: type, keySpan, value: { kind: 'list', items, span: value.span } };
  lists.set(type, { entry, items });
  entries.push(entry);
}
