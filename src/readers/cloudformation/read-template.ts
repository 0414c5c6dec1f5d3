/**
 * CloudFormation reader: a template (YAML or JSON, which YAML reads) parsed
 * with the `yaml` package's document API, so every value keeps its exact
 * place, becomes one program: resources (type as written, `AWS::S3::Bucket`,
 * arguments with their CloudFormation names), parameters as variables,
 * outputs, and the template facts of `Program.template`.
 */
import type { Document, Node } from 'yaml';
import { emptyTemplate, type Template } from '../../model/cloudformation.js';
import type { SourceFile, Span } from '../../model/source.js';
import {
  emptyProgram,
  type ObjectValue,
  type Program,
  type RelatedTypes,
  type Resource,
  type Value,
} from '../../model/types.js';
import { constantValue, field, stringValue } from '../../model/values.js';
import type { ReadInput } from '../reader.js';
import { inlineHandlers } from './handlers.js';
import { isTemplateDocument } from './detect.js';
import { nestedStackTypes, relatedWhenAsked, yamlTwinOf } from './related.js';
import { isMap, isScalar, parseYaml } from '../../util/parse-yaml.js';
import { parseJsonAsYaml } from '../../util/parse-json-as-yaml.js';
import { parseYamlByEvents } from '../../util/parse-yaml-events.js';
import { ValueReader, type TemplateNames } from './values.js';

export function readCloudFormationProgram(input: ReadInput): Program {
  const program = emptyProgram('cloudformation', input.root);
  program.files = [...input.files];
  const relatedLater: { file: SourceFile; document: Document.Parsed }[] = [];
  for (const file of input.files) {
    const document = parseTemplateText(file.text);
    readTemplateInto(program, file, document);
    // A template on disk may be a part of a system of nested stacks.
    if (file.origins === undefined && isTemplateDocument(document)) relatedLater.push({ file, document });
  }
  if (relatedLater.length) relatedWhenAsked([program], () => relatedOf(relatedLater, input.readFile));
  return program;
}

/** What the last of the program's templates that forms a system with others forms it with. */
function relatedOf(
  templates: { file: SourceFile; document: Document.Parsed }[],
  readFile: ReadInput['readFile'],
): RelatedTypes | undefined {
  let found: RelatedTypes | undefined;
  for (const { file, document } of templates) {
    const related = nestedStackTypes(file, document, readFile);
    const renderingOf = yamlTwinOf(file, document, readFile);
    if (related || renderingOf)
      found = { ...(related ?? { types: [], complete: true }), ...(renderingOf ? { renderingOf } : {}) };
  }
  return found;
}

/** Parses a text as YAML the way templates are read; `undefined` documents never throw. */
export function parseTemplateText(text: string): Document.Parsed {
  // Aliases are expanded by the value reader under its own bound, never by the parser.
  return (
    parseJsonAsYaml(text) ??
    parseYamlByEvents(text) ??
    parseYaml(text, { prettyErrors: false, strict: false, uniqueKeys: true, stringKeys: false })
  );
}

/** Reads one template file into the program (a file that is not a template adds nothing). */
export function readTemplateInto(program: Program, file: SourceFile, document = parseTemplateText(file.text)): void {
  const whole = file.span(0, 0);
  const errors = document.errors;
  if (!isTemplateDocument(document)) {
    // Only a file that says it is a template is worth an error when it does not parse.
    if (errors.length && file.text.includes('AWSTemplateFormatVersion'))
      for (const error of errors.slice(0, 3))
        program.diagnostics.push({ message: `YAML: ${firstLine(error.message)}`, span: errorSpan(file, error.pos) });
    return;
  }
  for (const error of errors.slice(0, 3))
    program.diagnostics.push({ message: `YAML: ${firstLine(error.message)}`, span: errorSpan(file, error.pos) });

  const root = document.contents as Node;
  const template: Template = program.template ?? emptyTemplate();
  program.template = template;
  const names = namesOf(document);
  const reader = new ValueReader(file, document, names, program.diagnostics);
  const top = reader.object(root, whole, 0);
  for (const section of top.entries) template.sections.set(section.key, section.keySpan);
  template.fragment = file.origins !== undefined && !template.sections.has('AWSTemplateFormatVersion');
  // JSON is YAML's flow style: a template whose text opens with `{` is written in JSON.
  template.syntax = file.text.trimStart().startsWith('{') ? 'json' : 'yaml';

  const transform = field(top, 'Transform');
  for (const item of transform?.kind === 'list' ? transform.items : transform ? [transform] : []) {
    const name = stringValue(item);
    if (name !== undefined) template.transforms.push(name);
    else template.hasMacros = true;
  }

  for (const entry of entriesOf(field(top, 'Parameters'))) {
    const body = entry.value.kind === 'object' ? entry.value : emptyObject(entry.keySpan);
    const allowedValues = field(body, 'AllowedValues');
    const allowedPattern = field(body, 'AllowedPattern');
    const defaultValue = field(body, 'Default');
    template.parameters.push({
      name: entry.key,
      type: stringValue(field(body, 'Type')),
      default: defaultValue,
      allowedValues,
      allowedPattern,
      noEcho: constantValue(field(body, 'NoEcho')) === true || stringValue(field(body, 'NoEcho')) === 'true',
      span: entry.keySpan,
      body,
    });
    program.variables.push({
      name: entry.key,
      source: 'variable',
      default: defaultValue,
      validated: allowedValues !== undefined || allowedPattern !== undefined,
      span: entry.keySpan,
    });
  }
  for (const entry of entriesOf(field(top, 'Mappings')))
    template.mappings.push({ name: entry.key, value: entry.value, span: entry.keySpan });
  for (const entry of entriesOf(field(top, 'Conditions')))
    template.conditions.push({ name: entry.key, value: entry.value, span: entry.keySpan });
  for (const entry of entriesOf(field(top, 'Outputs'))) {
    program.outputs.push({ name: entry.key, value: field(entry.value, 'Value') ?? entry.value, span: entry.keySpan });
    const condition = field(entry.value, 'Condition');
    const conditionName = stringValue(condition);
    if (condition && conditionName !== undefined)
      template.references.push({ kind: 'Condition', name: conditionName, span: condition.span });
  }

  for (const entry of entriesOf(field(top, 'Resources'))) {
    const resource = resourceOf(entry, file);
    if (!resource) continue;
    program.resources.push(resource);
    const body = entry.value as ObjectValue;
    template.attributes.set(entry.key, attributesOf(body, resource));
  }
  template.references.push(...reader.references);
  if (reader.unprefixedIntrinsics.length)
    template.unprefixedIntrinsics = [...(template.unprefixedIntrinsics ?? []), ...reader.unprefixedIntrinsics];
  template.hasMacros ||= reader.hasMacros;
  program.handlers.push(...inlineHandlers(program, file, reader));
}

function resourceOf(entry: ObjectValue['entries'][number], file: SourceFile): Resource | undefined {
  const body = entry.value;
  if (body.kind !== 'object') return undefined;
  const typeValue = field(body, 'Type');
  const type = stringValue(typeValue) ?? '';
  const properties = field(body, 'Properties');
  const args: ObjectValue = properties?.kind === 'object' ? properties : emptyObject(properties?.span ?? entry.keySpan);
  const span: Span = {
    ...entry.keySpan,
    endLine: body.span.endLine,
    endColumn: body.span.endColumn,
    end: body.span.end,
  };
  const dependsOn = field(body, 'DependsOn');
  const deletionPolicy = stringValue(field(body, 'DeletionPolicy'));
  const resource: Resource = {
    mode: 'resource',
    type,
    sourceType: type,
    name: entry.key,
    framework: 'cloudformation',
    args,
    options: { dependsOn: dependsOn ? (dependsOn.kind === 'list' ? dependsOn.items : [dependsOn]) : [] },
    span,
    headerSpan: entry.keySpan,
    typeSpan: typeValue?.span,
  };
  if (deletionPolicy === 'Retain' || deletionPolicy === 'RetainExceptOnDelete')
    resource.options.retainOnDelete = { kind: 'literal', value: true, span: field(body, 'DeletionPolicy')!.span };
  const propertiesKey = body.entries.find((e) => e.key === 'Properties')?.keySpan;
  const insertion = propertiesKey ? insertionOf(args, propertiesKey, file) : undefined;
  if (insertion) resource.insertion = insertion;
  return resource;
}

/**
 * Where a new property goes: at the end of the `Properties:` line, so it
 * becomes the first property, at the properties' indentation (block-style
 * YAML only; comments above the first property stay with it).
 */
function insertionOf(properties: ObjectValue, propertiesKey: Span, file: SourceFile): Resource['insertion'] {
  const first = properties.entries[0];
  // Only block-style YAML takes a new `Name: value` line; a flow map (`{...}`, JSON) does not.
  if (!first || file.origins || file.text[properties.span.start] === '{') return undefined;
  const lineStart = file.lineStarts[first.keySpan.line - 1];
  const indent = file.text.slice(lineStart, first.keySpan.start);
  if (indent.trim() !== '') return undefined;
  const endOfKeyLine = file.lineStarts[propertiesKey.line];
  if (endOfKeyLine === undefined || endOfKeyLine > lineStart) return undefined;
  return { file: first.keySpan.file, offset: endOfKeyLine - 1, indent };
}

function attributesOf(
  body: ObjectValue,
  resource: Resource,
): Template['attributes'] extends Map<string, infer A> ? A : never {
  const condition = field(body, 'Condition');
  const deletion = field(body, 'DeletionPolicy');
  const replace = field(body, 'UpdateReplacePolicy');
  const conditionName = stringValue(condition);
  return {
    condition: condition && conditionName !== undefined ? { name: conditionName, span: condition.span } : undefined,
    dependsOn: resource.options.dependsOn.flatMap((value) => {
      const name = stringValue(value);
      return name === undefined ? [] : [{ name, span: value.span }];
    }),
    deletionPolicy: deletion ? { value: stringValue(deletion), span: deletion.span } : undefined,
    updateReplacePolicy: replace ? { value: stringValue(replace), span: replace.span } : undefined,
    body,
  };
}

/** Logical names of resources and parameters, and constant mappings, read before any value. */
function namesOf(document: Document.Parsed): TemplateNames {
  const names: TemplateNames = { resourceTypes: new Map(), parameters: new Set(), mappings: new Map() };
  const root = document.contents;
  if (!isMap(root)) return names;
  const resources = root.get('Resources', true);
  if (isMap(resources))
    for (const pair of resources.items) {
      if (!isScalar(pair.key)) continue;
      const type = isMap(pair.value) ? pair.value.get('Type') : undefined;
      names.resourceTypes.set(String(pair.key.value), typeof type === 'string' ? type : '');
    }
  const parameters = root.get('Parameters', true);
  if (isMap(parameters))
    for (const pair of parameters.items) if (isScalar(pair.key)) names.parameters.add(String(pair.key.value));
  const mappings = root.get('Mappings', true);
  if (isMap(mappings))
    for (const pair of mappings.items) {
      if (!isScalar(pair.key) || !isMap(pair.value)) continue;
      try {
        // Bounded: aliases inside a mapping would expand here, and a bomb throws.
        names.mappings.set(String(pair.key.value), pair.value.toJS(document, { maxAliasCount: 100 }));
      } catch {
        // An unreadable mapping folds nothing.
      }
    }
  return names;
}

function entriesOf(value: Value | undefined): ObjectValue['entries'] {
  return value?.kind === 'object' ? value.entries : [];
}

function emptyObject(span: Span): ObjectValue {
  return { kind: 'object', entries: [], span };
}

function errorSpan(file: SourceFile, pos: [number, number] | undefined): Span {
  const start = Math.min(pos?.[0] ?? 0, file.text.length);
  return file.span(start, Math.min(Math.max(start, pos?.[1] ?? start), file.text.length));
}

function firstLine(message: string): string {
  return message.split('\n')[0].trim();
}
