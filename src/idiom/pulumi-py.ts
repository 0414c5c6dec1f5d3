/**
 * The Pulumi Python idiom: snake_case keywords, dicts for nested inputs,
 * `aws.lambda_` for the `lambda` module, `opts=pulumi.ResourceOptions(...)`,
 * f-strings or `pulumi.Output.concat` for built strings, `#` comments.
 */
import type { Code, Declaration, ResourceRef } from './code.js';
import type { Idiom } from './idiom.js';
import { snakeCase } from '../model/names.js';
import { pulumiArgumentName, pulumiClass, pulumiFunction, variableName } from './pulumi-names.js';

function quote(text: string): string {
  return JSON.stringify(text);
}

function reference(of: ResourceRef): string {
  return of.variable ?? variableName(of.label, 'snake');
}

/** Python's keywords and the module names `@pulumi/aws` suffixes with `_` because of them. */
const KEYWORD_MODULES = new Set(['lambda']);

function typeName(type: string): string {
  const cls = pulumiClass(type);
  if (!cls) return type;
  return `aws.${KEYWORD_MODULES.has(cls[0]) ? `${cls[0]}_` : cls[0]}.${cls[1]}`;
}

function expression(code: Code, indent = '', type?: string): string {
  switch (code.kind) {
    case 'literal':
      return typeof code.value === 'string'
        ? quote(code.value)
        : typeof code.value === 'boolean'
          ? code.value
            ? 'True'
            : 'False'
          : String(code.value);
    case 'attribute':
      return `${reference(code.of)}.${code.attribute}`;
    case 'source':
      return code.text;
    case 'input':
      return code.name;
    case 'lookup': {
      const [module, name] = pulumiFunction(code.dataSource);
      const keywords = code.args
        .map(([key, value]) => `${pulumiArgumentName(key, code.dataSource, 'snake')}=${expression(value, indent)}`)
        .join(', ');
      const path = module ? `${KEYWORD_MODULES.has(module) ? `${module}_` : module}.` : '';
      return `aws.${path}${snakeCase(name)}_output(${keywords}).${code.attribute}${code.index === undefined ? '' : `[${code.index}]`}`;
    }
    case 'list':
      return `[${code.items.map((item) => expression(item, indent)).join(', ')}]`;
    case 'interpolation': {
      if (code.parts.some((part) => typeof part !== 'string' && part.kind === 'attribute'))
        return `pulumi.Output.concat(${code.parts
          .filter((part) => part !== '')
          .map((part) => (typeof part === 'string' ? quote(part) : expression(part, indent)))
          .join(', ')})`;
      const text = code.parts
        .map((part) =>
          typeof part === 'string'
            ? quote(part).slice(1, -1).replace(/[{}]/g, '$&$&')
            : part.kind === 'literal'
              ? String(part.value).replace(/[{}]/g, '$&$&')
              : `{${expression(part, indent)}}`,
        )
        .join('');
      return text.includes('{') ? `f"${text}"` : `"${text}"`;
    }
    case 'map':
    case 'arguments': {
      if (code.entries.length === 0) return '{}';
      const inner = `${indent}    `;
      const lines = code.entries.map(
        ([name, value]) =>
          `${inner}${quote(code.kind === 'arguments' ? pulumiArgumentName(name, type, 'snake') : name)}: ${expression(value, inner)},`,
      );
      return `{\n${lines.join('\n')}\n${indent}}`;
    }
  }
}

function dependsOnOption(on: ResourceRef[]): string {
  return `opts=pulumi.ResourceOptions(depends_on=[${on.map(reference).join(', ')}]),`;
}

export const pulumiPythonIdiom: Idiom = {
  framework: 'pulumi-py',
  argumentName: (canonical, type) => pulumiArgumentName(canonical, type, 'snake'),
  typeName,
  expression: (code) => expression(code),
  lookupDeclarations: () => [],
  argument: (canonical, value, type) =>
    `${pulumiArgumentName(canonical, type, 'snake')}=${expression(value, '', type)},`,
  mapEntry: (key, value) => `${quote(key)}: ${expression(value)},`,
  declaration(declaration: Declaration): string {
    const { of } = declaration;
    const name = typeof declaration.name === 'string' ? quote(declaration.name) : expression(declaration.name);
    const lines = [
      `    ${name},`,
      ...declaration.args.map(
        ([key, value]) => `    ${pulumiArgumentName(key, of.type, 'snake')}=${expression(value, '    ', of.type)},`,
      ),
    ];
    if (declaration.dependsOn?.length) lines.push(`    ${dependsOnOption(declaration.dependsOn)}`);
    return `${reference(of)} = ${typeName(of.type)}(\n${lines.join('\n')}\n)`;
  },
  reference,
  dependsOn: dependsOnOption,
  comment: (text) => `# ${text}`,
};
