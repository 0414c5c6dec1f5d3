/**
 * The Pulumi TypeScript idiom: camelCase arguments (pluralised repeated
 * blocks, as `@pulumi/aws` names them), `new aws.<module>.<Class>(...)`,
 * `pulumi.interpolate` for strings built from outputs, `//` comments.
 */
import { camelCase } from '../model/names.js';
import type { Code, Declaration, ResourceRef } from './code.js';
import type { Idiom } from './idiom.js';
import { pulumiArgumentName, pulumiClass, pulumiFunction, variableName } from './pulumi-names.js';

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

function reference(of: ResourceRef): string {
  return of.variable ?? variableName(of.label, 'camel');
}

function key(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : quote(name);
}

function expression(code: Code, indent = '', type?: string): string {
  switch (code.kind) {
    case 'literal':
      return typeof code.value === 'string' ? quote(code.value) : String(code.value);
    case 'attribute':
      return `${reference(code.of)}.${camelCase(code.attribute)}`;
    case 'source':
      return code.text;
    case 'input':
      return camelCase(code.name);
    case 'lookup': {
      const [module, name] = pulumiFunction(code.dataSource);
      const call = `aws.${module ? `${module}.` : ''}${name}Output(${expression({ kind: 'arguments', entries: code.args }, indent, code.dataSource)})`;
      return `${call}.${camelCase(code.attribute)}${code.index === undefined ? '' : `[${code.index}]`}`;
    }
    case 'list':
      return `[${code.items.map((item) => expression(item, indent)).join(', ')}]`;
    case 'interpolation': {
      const dynamic = code.parts.some((part) => typeof part !== 'string' && part.kind !== 'literal');
      const text = code.parts
        .map((part) =>
          typeof part === 'string'
            ? part.replace(/[`\\]/g, '\\$&').replace(/\$\{/g, '\\${')
            : part.kind === 'literal'
              ? String(part.value)
              : `\${${expression(part, indent)}}`,
        )
        .join('');
      return dynamic ? `pulumi.interpolate\`${text}\`` : quote(text);
    }
    case 'map':
    case 'arguments': {
      if (code.entries.length === 0) return '{}';
      const inner = `${indent}  `;
      const lines = code.entries.map(
        ([name, value]) =>
          `${inner}${code.kind === 'arguments' ? pulumiArgumentName(name, type, 'camel') : key(name)}: ${expression(value, inner)},`,
      );
      return `{\n${lines.join('\n')}\n${indent}}`;
    }
  }
}

function typeName(type: string): string {
  const cls = pulumiClass(type);
  return cls ? `aws.${cls[0]}.${cls[1]}` : type;
}

function dependsOn(on: ResourceRef[]): string {
  return `dependsOn: [${on.map(reference).join(', ')}]`;
}

export const pulumiTypeScriptIdiom: Idiom = {
  framework: 'pulumi-ts',
  argumentName: (canonical, type) => pulumiArgumentName(canonical, type, 'camel'),
  typeName,
  expression: (code) => expression(code),
  lookupDeclarations: () => [],
  argument: (canonical, value, type) =>
    `${pulumiArgumentName(canonical, type, 'camel')}: ${expression(value, '', type)},`,
  mapEntry: (name, value) => `${key(name)}: ${expression(value)},`,
  declaration(declaration: Declaration): string {
    const { of } = declaration;
    const name = typeof declaration.name === 'string' ? quote(declaration.name) : expression(declaration.name);
    const argsText = expression({ kind: 'arguments', entries: declaration.args }, '', of.type);
    const options = declaration.dependsOn?.length ? `, { ${dependsOn(declaration.dependsOn)} }` : '';
    return `const ${reference(of)} = new ${typeName(of.type)}(${name}, ${argsText}${options});`;
  },
  reference,
  dependsOn,
  comment: (text) => `// ${text}`,
};
