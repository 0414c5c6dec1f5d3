/**
 * Terraform reader: the `.tf` files of one module directory → program model.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { joinSpans, type SourceFile, type Span } from '../../model/source.js';
import {
  type Comment,
  emptyProgram,
  type ObjectEntry,
  type ObjectValue,
  type Program,
  type Resource,
  type Value,
} from '../../model/types.js';
import { terraformVariable } from '../../model/query.js';
import { at, field, stringValue } from '../../model/values.js';
import type { ReadInput } from '../reader.js';
import { ExpressionReader, type Scope } from './expressions.js';
import { collectHandlers } from './handlers.js';
import type { Block, BodyItem, Label } from './hcl/ast.js';
import { layoutIssues } from './layout.js';
import { parseTerraform, redefinedAttributes } from './parse.js';

/** Resource arguments that are Terraform meta-arguments, kept as options instead. */
const META_ARGUMENTS = new Set(['count', 'for_each', 'depends_on', 'provider']);
const NO_SCOPE: Scope = new Set();
const MAX_SYNTAX_DIAGNOSTICS = 3;

export function readTerraformModule(input: ReadInput): Program {
  const program = emptyProgram('terraform', input.root);
  program.files = input.files;
  for (const file of input.files) readFile(program, file);
  collectHandlers(program, input);
  if (!input.root.endsWith('#')) {
    program.siblingFiles = listDirectory(input.root);
    markMissingModuleSources(program, input.root);
    readAutoVariableFiles(program, input);
  }
  return program;
}

/**
 * The assignments of the variable files Terraform loads by itself beside the root module (`terraform.tfvars`,
 * `*.auto.tfvars`, in lexical order, later files winning): each plan takes them over the variables' defaults.
 */
function readAutoVariableFiles(program: Program, input: ReadInput): void {
  const names = (program.siblingFiles ?? [])
    .filter((name) => name === 'terraform.tfvars' || name.endsWith('.auto.tfvars'))
    .sort((a, b) => (a === 'terraform.tfvars' ? -1 : b === 'terraform.tfvars' ? 1 : a.localeCompare(b)));
  for (const name of names) {
    const file = input.readFile(join(input.root, name));
    if (!file) continue;
    const { body } = parseTerraform(file.text);
    const reader = new ExpressionReader(file);
    for (const item of body) {
      if (item.type !== 'Attribute') continue;
      const variable = terraformVariable(program, item.name.name);
      if (variable) variable.assigned = { value: reader.read(item.value, NO_SCOPE), file: name };
    }
  }
}

/** Local module sources whose directory holds no Terraform file (`terraform init` cannot read them). */
function markMissingModuleSources(program: Program, root: string): void {
  for (const call of program.modules) {
    if (!call.source?.startsWith('./') && !call.source?.startsWith('../')) continue;
    const files = listDirectory(join(root, call.source));
    if (!files.some((f) => f.endsWith('.tf') || f.endsWith('.tf.json'))) call.sourceMissing = true;
  }
}

function listDirectory(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function readFile(program: Program, file: SourceFile): void {
  const parsed = parseTerraform(file.text);
  const { body, diagnostics, comments } = parsed;
  for (const comment of comments) program.comments.push(commentOf(file, comment.start, comment.end));
  for (const diagnostic of [...diagnostics, ...redefinedAttributes(body)].slice(0, MAX_SYNTAX_DIAGNOSTICS))
    program.diagnostics.push({ message: diagnostic.message, span: file.span(diagnostic.start, diagnostic.end) });
  if (diagnostics.length === 0) {
    const issues = layoutIssues(file, parsed);
    if (issues.length) program.layout.push({ file, issues });
  }
  const reader = new ExpressionReader(file);
  for (const comment of comments) {
    const written = file.text.slice(comment.start, comment.end);
    // Line comments only: `/* ... */` says nothing about the attribute it sits beside.
    if (!written.startsWith('#') && !written.startsWith('//')) continue;
    const text = written.replace(/^(#|\/\/)/, '').trim();
    if (text) reader.lineComments.set(file.lineIndexAt(comment.start), text);
  }
  for (const item of body) if (item.type === 'Block') readTopLevelBlock(program, reader, item);
}

/** A comment's text without its markers (`#`, `//`, or the two ends of a block comment). */
function commentOf(file: SourceFile, start: number, end: number): Comment {
  const raw = file.slice(start, end);
  const text = raw.startsWith('/*') ? raw.slice(2, -2) : raw.slice(raw.startsWith('#') ? 1 : 2);
  return { text: text.trim(), span: file.span(start, end) };
}

/** A label's value: the text between its quotes (escapes as written), or the bare identifier. */
export function labelValue(label: Label): string {
  return label.raw;
}

function labelsOf(block: Block): { type: string; labels: string[] } {
  return { type: block.name.name, labels: block.labels.map(labelValue) };
}

function readTopLevelBlock(program: Program, reader: ExpressionReader, node: Block): void {
  const { type, labels } = labelsOf(node);
  const labelNodes = node.labels;
  const span = reader.span(node);
  const header = labelNodes.length
    ? joinSpans(reader.span(node.name), reader.span(labelNodes[labelNodes.length - 1]))
    : span;
  const body = readBody(reader, node, NO_SCOPE);
  switch (type) {
    case 'resource':
    case 'data': {
      if (labels.length < 2) return;
      const resource = toResource(type === 'data' ? 'data' : 'resource', labels[0], labels[1], body, span, header);
      resource.insertion = insertionPoint(reader.file, node);
      const typeLabel = labelNodes[0];
      // Inside the quotes (the whole label when it is empty or bare).
      resource.typeSpan =
        typeLabel.contentEnd > typeLabel.contentStart
          ? reader.file.span(typeLabel.contentStart, typeLabel.contentEnd)
          : reader.span(typeLabel);
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
        if (inner.type === 'required_providers') {
          const requirements = readBody(reader, child, NO_SCOPE);
          (program.requiredProviders ??= []).push({
            names: requirements.entries.map((e) => e.key),
            requirements,
            span: reader.span(child),
          });
        }
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
      protect: at(body, 'lifecycle.prevent_destroy'),
      count: field(body, 'count'),
      forEach: field(body, 'for_each'),
    },
    span,
    headerSpan,
  };
}

/** Just after the block's `{`, indented like its first argument (or two spaces deeper than the block). */
function insertionPoint(file: SourceFile, block: Block): Resource['insertion'] {
  const first = block.body[0];
  const indent = ' '.repeat(first ? columnOf(file, first.start) : columnOf(file, block.start) + 2);
  const position = file.position(block.open + 1);
  const close = block.end - 1;
  // `{}` on one line: the `}` must go to a line of its own after the new argument.
  if (!first && file.text[close] === '}' && file.lineIndexAt(close) === file.lineIndexAt(block.open))
    return {
      file: position.file,
      offset: position.offset,
      indent,
      suffix: `\n${' '.repeat(columnOf(file, block.start))}`,
      end: file.position(close).offset,
    };
  return { file: position.file, offset: position.offset, indent };
}

/** 0-based column of an offset in the parsed text. */
function columnOf(file: SourceFile, offset: number): number {
  return offset - file.lineStarts[file.lineIndexAt(offset)];
}

function blockChildren(block: Block): Block[] {
  return block.body.filter((c): c is Block => c.type === 'Block');
}

/**
 * A block body as an object: attributes become entries; nested blocks of one
 * type become one entry whose value is the list of their bodies (blocks may
 * repeat). `dynamic "x"` blocks contribute their `content` body under `x`,
 * with the iterator name in scope.
 */
function readBody(reader: ExpressionReader, block: Block, scope: Scope): ObjectValue {
  const entries: ObjectEntry[] = [];
  const blockLists = new Map<string, { entry: ObjectEntry; items: Value[] }>();
  for (const child of block.body as BodyItem[]) {
    if (child.type === 'Attribute') {
      const entry: ObjectEntry = {
        key: child.name.name,
        keySpan: reader.span(child.name),
        value: reader.read(child.value, scope),
      };
      // `threshold = 5 # 5% error rate`: the author's intent, as the Pulumi readers keep it.
      const comment = reader.lineComments.get(reader.file.lineIndexAt(child.value.end));
      if (comment) entry.comment = comment;
      entries.push(entry);
    } else {
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
        addBlock(blockLists, entries, labels[0], reader.span(child.name), value);
        continue;
      }
      const value = readBody(reader, child, scope);
      addBlock(blockLists, entries, type, reader.span(child.name), value);
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
