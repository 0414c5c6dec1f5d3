/**
 * The CloudFormation idiom: a template's own language, YAML (block style,
 * two spaces, short-form intrinsics `!Ref`, `!GetAtt`, `!Sub`, `#` comments)
 * or JSON (`{ "Ref": ... }`, `{ "Fn::GetAtt": [...] }`), with the property
 * names the CloudFormation specification gives (`RetentionInDays`,
 * `RoleARN`). Rules running on templates already hold those names; a
 * canonical snake_case name is matched against the resource type's
 * properties. Lookups are what a template writes instead of a data source: a
 * dynamic reference (`{{resolve:ssm:...}}`), `Fn::GetAZs`, a pseudo parameter.
 */
import { cfnObjectShape, cfnResourceShape, cfnTypeOfTerraform, type CfnShape } from '../schema/cloudformation.js';
import type { Code, Declaration, Lookup, ResourceRef } from './code.js';
import type { Idiom } from './idiom.js';

export type TemplateSyntax = 'yaml' | 'json';

/** A template value before it is written in YAML or JSON. */
type Node =
  | { kind: 'scalar'; value: string | number | boolean }
  | { kind: 'intrinsic'; name: string; arg: Node }
  | { kind: 'map'; entries: [string, Node][] }
  | { kind: 'list'; items: Node[] }
  /** Text from the template itself, already in its syntax. */
  | { kind: 'raw'; text: string; block: boolean };

const scalar = (value: string | number | boolean): Node => ({ kind: 'scalar', value });
const fn = (name: string, arg: Node): Node => ({ kind: 'intrinsic', name, arg });
const ref = (name: string): Node => fn('Ref', scalar(name));

// ---------------------------------------------------------------- names

/** The CloudFormation type of a type a rule names: a CloudFormation type as is, a Terraform type by name. */
function cfnType(type: string | undefined): string | undefined {
  if (!type) return undefined;
  return type.includes('::') ? type : cfnTypeOfTerraform(type);
}

function pascalCase(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/** The resource name part of a type (`AWS::Logs::LogGroup` → `LogGroup`). */
function typeNoun(type: string | undefined): string {
  return type?.split('::')[2] ?? '';
}

/**
 * A property as the specification spells it: a name already in
 * CloudFormation case stays; a snake_case one is the property equal to it
 * ignoring case and underscores (`role_arn` → `RoleARN`), or the type's
 * own-name property (`name` of a log group → `LogGroupName`), else PascalCase.
 */
function propertyName(canonical: string, shape: CfnShape | undefined, noun: string): string {
  if (/^[A-Z]/.test(canonical) || canonical.includes('::')) return canonical;
  const key = canonical.replace(/_/g, '').toLowerCase();
  const names = Object.keys(shape?.p ?? {});
  return (
    names.find((name) => name.toLowerCase() === key) ??
    names.find((name) => name.toLowerCase() === `${noun}${key}`.toLowerCase()) ??
    pascalCase(canonical)
  );
}

/** A logical id: the template's own (`AppBucket`, `AWS::Region`) as is, a snake_case label (`fn_logs`) in PascalCase. */
function logicalId(label: string): string {
  return /^[A-Za-z0-9]+(?:::[A-Za-z0-9]+)*$/.test(label) ? label : pascalCase(label) || 'Resource';
}

/**
 * How a template reads an attribute: Terraform's `id` is what `Ref` returns;
 * an attribute the type lists (ignoring case and underscores, or with the
 * type's noun: `url` of a queue → `QueueUrl`) or one spelled in
 * CloudFormation case is read with `Fn::GetAtt`; anything else with `Ref`.
 */
function attributeNode(of: ResourceRef, attribute: string): Node {
  const id = logicalId(of.label);
  if (attribute === 'id') return ref(id);
  const type = cfnType(of.type);
  const attributes = (type && cfnResourceShape(type)?.a) || [];
  const key = attribute.replace(/_/g, '').toLowerCase();
  const found =
    attributes.find((a) => a.toLowerCase() === key) ??
    attributes.find((a) => a.toLowerCase() === `${typeNoun(type)}${key}`.toLowerCase()) ??
    (/[A-Z]/.test(attribute) ? attribute : undefined);
  return found ? fn('Fn::GetAtt', { kind: 'list', items: [scalar(id), scalar(found)] }) : ref(id);
}

// ---------------------------------------------------------------- Code → Node

function node(code: Code, shape?: CfnShape, noun = ''): Node {
  switch (code.kind) {
    case 'literal':
      return scalar(code.value);
    case 'attribute':
      return attributeNode(code.of, code.attribute);
    case 'source':
      return { kind: 'raw', text: code.text, block: isBlockSource(code.text) };
    case 'input':
      return ref(logicalId(code.name));
    case 'lookup':
      return lookupNode(code);
    case 'list':
      return { kind: 'list', items: code.items.map((item) => node(item, shape, noun)) };
    case 'map':
      return { kind: 'map', entries: code.entries.map(([key, value]) => [key, node(value)]) };
    case 'arguments':
      return {
        kind: 'map',
        entries: code.entries.map(([key, value]) => {
          const name = propertyName(key, shape, noun);
          const nested = cfnObjectShape(shape?.p[name]);
          return [name, node(value, nested, '')];
        }),
      };
    case 'interpolation':
      return interpolationNode(code.parts);
  }
}

/** A multi-line source that is a block collection (its lines go under the key), not a flow value or a block scalar. */
function isBlockSource(text: string): boolean {
  return text.includes('\n') && !/^[[{'"|>!]/.test(text);
}

/** What a template writes for a data source read. */
function lookupNode(lookup: Lookup): Node {
  const argument = (name: string): string | undefined => {
    const value = lookup.args.find(([key]) => key === name)?.[1];
    return value?.kind === 'literal' ? String(value.value) : undefined;
  };
  switch (lookup.dataSource) {
    case 'aws_ssm_parameter': {
      const name = argument('name');
      if (name !== undefined) return scalar(`{{resolve:ssm:${name}}}`);
      break;
    }
    case 'aws_secretsmanager_secret_version': {
      const id = argument('secret_id');
      if (id !== undefined) return scalar(`{{resolve:secretsmanager:${id}:SecretString}}`);
      break;
    }
    case 'aws_availability_zones': {
      const zones = fn('Fn::GetAZs', scalar(''));
      return lookup.index === undefined
        ? zones
        : fn('Fn::Select', { kind: 'list', items: [scalar(lookup.index), zones] });
    }
    case 'aws_region':
      return ref('AWS::Region');
    case 'aws_caller_identity':
      return ref('AWS::AccountId');
    case 'aws_partition':
      return ref('AWS::Partition');
  }
  // No template equivalent: a parameter the stack is given.
  return ref(logicalId(lookup.label));
}

/** `Fn::Sub` when every value is a name it can hold (`${Name}`, `${Name.Attribute}`), else `Fn::Join`. */
function interpolationNode(parts: (string | Code)[]): Node {
  const pieces: (string | Node)[] = parts.map((part) =>
    typeof part === 'string' ? part : part.kind === 'literal' ? String(part.value) : node(part),
  );
  if (pieces.every((p) => typeof p === 'string')) return scalar(pieces.join(''));
  const sub = pieces.map((piece) => (typeof piece === 'string' ? piece.replace(/\$\{/g, '${!') : subVariable(piece)));
  if (sub.every((s) => s !== undefined)) return fn('Fn::Sub', scalar(sub.join('')));
  return fn('Fn::Join', {
    kind: 'list',
    items: [scalar(''), { kind: 'list', items: pieces.map((p) => (typeof p === 'string' ? scalar(p) : p)) }],
  });
}

function subVariable(value: Node): string | undefined {
  if (value.kind !== 'intrinsic') return undefined;
  if (value.name === 'Ref' && value.arg.kind === 'scalar') return `\${${value.arg.value}}`;
  if (value.name === 'Fn::GetAtt' && value.arg.kind === 'list')
    return `\${${value.arg.items.map((i) => (i.kind === 'scalar' ? i.value : '')).join('.')}}`;
  return undefined;
}

// ---------------------------------------------------------------- YAML

const SHORT_FORM: Record<string, string> = {
  Ref: '!Ref',
  Condition: '!Condition',
};

function shortTag(name: string): string {
  return SHORT_FORM[name] ?? `!${name.replace(/^Fn::/, '')}`;
}

/** Words YAML (1.1 or 1.2) reads as something else than a string. */
const YAML_WORDS = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i;

function yamlString(text: string): string {
  // `AWS::S3::Bucket`, `arn:aws:...`: a colon not followed by a space stays plain.
  if (/^[A-Za-z_][A-Za-z0-9_./:-]*$/.test(text) && !text.endsWith(':') && !YAML_WORDS.test(text)) return text;
  if (/[\n\r\t\\]/.test(text) || /[^\x20-\x7e]/.test(text)) return JSON.stringify(text);
  return `'${text.replace(/'/g, "''")}'`;
}

/** A value on one line (flow style inside collections). */
function yamlInline(value: Node): string {
  switch (value.kind) {
    case 'scalar':
      return typeof value.value === 'string' ? yamlString(value.value) : String(value.value);
    case 'raw':
      return value.text;
    case 'list':
      return `[${value.items.map(yamlInline).join(', ')}]`;
    case 'map':
      return value.entries.length
        ? `{ ${value.entries.map(([k, v]) => `${yamlString(k)}: ${yamlInline(v)}`).join(', ')} }`
        : '{}';
    case 'intrinsic':
      if (value.name === 'Fn::GetAtt' && value.arg.kind === 'list' && value.arg.items.every((i) => i.kind === 'scalar'))
        return `!GetAtt ${value.arg.items.map((i) => (i.kind === 'scalar' ? i.value : '')).join('.')}`;
      return `${shortTag(value.name)} ${yamlInline(value.arg)}`;
  }
}

function isBlockNode(value: Node): boolean {
  return (
    (value.kind === 'map' && value.entries.length > 0) ||
    (value.kind === 'list' &&
      value.items.length > 0 &&
      value.items.some((i) => i.kind === 'map' || i.kind === 'list')) ||
    (value.kind === 'raw' && value.text.includes('\n'))
  );
}

function indentLines(text: string, indent: string): string {
  return text
    .split('\n')
    .map((line) => (line ? `${indent}${line}` : line))
    .join('\n');
}

/** `Key: value` lines at `indent`. */
function yamlEntry(key: string, value: Node, indent: string): string {
  const head = `${indent}${yamlString(key)}:`;
  if (value.kind === 'raw' && value.text.includes('\n')) {
    const [first, ...rest] = value.text.split('\n');
    const inner = `${indent}  `;
    return value.block
      ? `${head}\n${indentLines(value.text, inner)}`
      : `${head} ${first}\n${indentLines(rest.join('\n'), inner)}`;
  }
  if (!isBlockNode(value)) return `${head} ${yamlInline(value)}`;
  return `${head}\n${yamlBlock(value, `${indent}  `)}`;
}

/** A collection in block style, every line at `indent`. */
function yamlBlock(value: Node, indent: string): string {
  if (value.kind === 'map') return value.entries.map(([k, v]) => yamlEntry(k, v, indent)).join('\n');
  if (value.kind === 'list')
    return value.items
      .map((item) => {
        if (!isBlockNode(item)) return `${indent}- ${yamlInline(item)}`;
        const inner = yamlBlock(item, `${indent}  `);
        return `${indent}- ${inner.slice(indent.length + 2)}`;
      })
      .join('\n');
  return `${indent}${yamlInline(value)}`;
}

// ---------------------------------------------------------------- JSON

function jsonValue(value: Node, indent: string): string {
  switch (value.kind) {
    case 'scalar':
      return JSON.stringify(value.value);
    case 'raw':
      return value.text;
    case 'intrinsic':
      return `{ ${JSON.stringify(value.name)}: ${jsonValue(value.arg, indent)} }`;
    case 'list': {
      const flat = value.items.every((i) => i.kind !== 'map');
      if (flat) return `[${value.items.map((i) => jsonValue(i, indent)).join(', ')}]`;
      const inner = `${indent}  `;
      return `[\n${value.items.map((i) => `${inner}${jsonValue(i, inner)}`).join(',\n')}\n${indent}]`;
    }
    case 'map': {
      if (!value.entries.length) return '{}';
      const inner = `${indent}  `;
      return `{\n${value.entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${jsonValue(v, inner)}`).join(',\n')}\n${indent}}`;
    }
  }
}

// ---------------------------------------------------------------- the idiom

function writer(syntax: TemplateSyntax) {
  const entry = (key: string, value: Node): string =>
    syntax === 'json' ? `${JSON.stringify(key)}: ${jsonValue(value, '')}` : yamlEntry(key, value, '');
  const expression = (value: Node): string => (syntax === 'json' ? jsonValue(value, '') : yamlInline(value));
  return { entry, expression };
}

function declarationNode(declaration: Declaration): [string, Node] {
  const type = cfnType(declaration.of.type);
  const shape = type ? cfnResourceShape(type) : undefined;
  const entries: [string, Node][] = [['Type', scalar(type ?? declaration.of.type)]];
  if (declaration.dependsOn?.length)
    entries.push([
      'DependsOn',
      declaration.dependsOn.length === 1
        ? scalar(logicalId(declaration.dependsOn[0].label))
        : { kind: 'list', items: declaration.dependsOn.map((d) => scalar(logicalId(d.label))) },
    ]);
  if (declaration.args.length)
    entries.push(['Properties', node({ kind: 'arguments', entries: declaration.args }, shape, typeNoun(type))]);
  return [logicalId(declaration.of.label), { kind: 'map', entries }];
}

function templateIdiom(syntax: TemplateSyntax): Idiom {
  const { entry, expression } = writer(syntax);
  const argumentNode = (canonical: string, value: Code, type?: string): [string, Node] => {
    const cfn = cfnType(type);
    const shape = cfn ? cfnResourceShape(cfn) : undefined;
    const name = propertyName(canonical, shape, typeNoun(cfn));
    return [name, node(value, cfnObjectShape(shape?.p[name]))];
  };
  return {
    framework: 'cloudformation',
    argumentName: (canonical, type) => {
      const cfn = cfnType(type);
      return propertyName(canonical, cfn ? cfnResourceShape(cfn) : undefined, typeNoun(cfn));
    },
    typeName: (type) => cfnType(type) ?? type,
    expression: (code) => expression(node(code)),
    // Dynamic references, Fn::GetAZs and pseudo parameters need no declaration.
    lookupDeclarations: () => [],
    argument: (canonical, value, type) => entry(...argumentNode(canonical, value, type)),
    mapEntry: (key, value) => entry(key, node(value)),
    declaration: (declaration) => entry(...declarationNode(declaration)),
    reference: (of) => expression(ref(logicalId(of.label))),
    dependsOn: (on) =>
      entry(
        'DependsOn',
        on.length === 1
          ? scalar(logicalId(on[0].label))
          : { kind: 'list', items: on.map((o) => scalar(logicalId(o.label))) },
      ),
    // JSON has no comments: the text is shown as a `//` line, which a suggestion's `after` never holds.
    comment: (text) => (syntax === 'json' ? `// ${text}` : `# ${text}`),
  };
}

export const cloudFormationYamlIdiom: Idiom = templateIdiom('yaml');
export const cloudFormationJsonIdiom: Idiom = templateIdiom('json');
