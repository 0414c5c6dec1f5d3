/**
 * The Terraform idiom: HCL native syntax as `terraform fmt` writes it (two
 * spaces, aligned `=` in a run of attributes, `#` comments, snake_case).
 */
import { resourceShape } from '../schema/aws-provider.js';
import type { Code, Declaration, Lookup, ResourceRef } from './code.js';
import type { Idiom } from './idiom.js';

function quote(text: string): string {
  return JSON.stringify(text).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
}

function expression(code: Code, indent = ''): string {
  switch (code.kind) {
    case 'literal':
      return typeof code.value === 'string' ? quote(code.value) : String(code.value);
    case 'attribute':
      return `${reference(code.of)}.${code.attribute}`;
    case 'source':
      return code.text;
    case 'input':
      return `var.${code.name}`;
    case 'lookup':
      return `data.${code.dataSource}.${code.label}.${code.attribute}${code.index === undefined ? '' : `[${code.index}]`}`;
    case 'list':
      return code.items.length === 0 ? '[]' : `[${code.items.map((item) => expression(item, indent)).join(', ')}]`;
    case 'interpolation':
      return `"${code.parts
        .map((part) =>
          typeof part === 'string'
            ? quote(part).slice(1, -1)
            : part.kind === 'literal'
              ? quote(String(part.value)).slice(1, -1)
              : `\${${expression(part, indent)}}`,
        )
        .join('')}"`;
    case 'map':
    case 'arguments': {
      if (code.entries.length === 0) return '{}';
      const inner = `${indent}  `;
      const keys = code.entries.map(([key]) =>
        code.kind === 'map' && !/^[A-Za-z_][\w-]*$/.test(key) ? quote(key) : key,
      );
      const width = Math.max(...keys.map((k) => k.length));
      const lines = code.entries.map(
        ([, value], i) => `${inner}${keys[i].padEnd(width)} = ${expression(value, inner)}`,
      );
      return `{\n${lines.join('\n')}\n${indent}}`;
    }
  }
}

/** The lookups a value reads, each once, in order. */
function lookupsIn(code: Code): Lookup[] {
  const found = new Map<string, Lookup>();
  const visit = (value: Code): void => {
    if (value.kind === 'lookup') found.set(`${value.dataSource}.${value.label}`, value);
    else if (value.kind === 'list') value.items.forEach(visit);
    else if (value.kind === 'map' || value.kind === 'arguments') value.entries.forEach(([, v]) => visit(v));
    else if (value.kind === 'interpolation') value.parts.forEach((p) => typeof p !== 'string' && visit(p));
  };
  visit(code);
  return [...found.values()];
}

function reference(of: ResourceRef): string {
  return `${of.type}.${of.label}`;
}

/** Whether `name` is a nested block of the resource type (written `name { ... }`, not `name = ...`). */
function isBlock(type: string | undefined, name: string): boolean {
  return type !== undefined && Boolean(resourceShape(type)?.blocks?.[name]);
}

/** A body: attributes aligned in runs, blocks (an `arguments` value, or a list of them, under a block name) apart. */
function body(entries: [string, Code][], indent: string, type?: string): string {
  const lines: string[] = [];
  let run: [string, Code][] = [];
  const flush = () => {
    const width = Math.max(0, ...run.map(([k]) => k.length));
    for (const [key, value] of run) lines.push(`${indent}${key.padEnd(width)} = ${expression(value, indent)}`);
    run = [];
  };
  for (const [key, value] of entries) {
    const blocks =
      value.kind === 'arguments' && (isBlock(type, key) || type === undefined)
        ? [value]
        : value.kind === 'list' && value.items.every((i) => i.kind === 'arguments') && isBlock(type, key)
          ? value.items
          : undefined;
    if (!blocks) {
      run.push([key, value]);
      continue;
    }
    flush();
    for (const block of blocks)
      if (block.kind === 'arguments')
        lines.push(`${indent}${key} {\n${body(block.entries, `${indent}  `)}\n${indent}}`);
  }
  flush();
  return lines.join('\n');
}

export const terraformIdiom: Idiom = {
  framework: 'terraform',
  argumentName: (canonical) => canonical,
  typeName: (type) => type,
  expression: (code) => expression(code),
  lookupDeclarations: (code) =>
    lookupsIn(code).map((l) => `data "${l.dataSource}" "${l.label}" {\n${body(l.args, '  ', l.dataSource)}\n}`),
  argument: (canonical, value, type) => body([[canonical, value]], '', type),
  mapEntry: (key, value) => `${/^[A-Za-z_][\w-]*$/.test(key) ? key : quote(key)} = ${expression(value)}`,
  declaration(declaration: Declaration): string {
    const entries: [string, Code][] = [...declaration.args];
    if (declaration.dependsOn?.length)
      entries.push(['depends_on', { kind: 'source', text: `[${declaration.dependsOn.map(reference).join(', ')}]` }]);
    return `resource "${declaration.of.type}" "${declaration.of.label}" {\n${body(entries, '  ', declaration.of.type)}\n}`;
  },
  reference,
  dependsOn: (on) => `depends_on = [${on.map(reference).join(', ')}]`,
  comment: (text) => `# ${text}`,
};
