/**
 * What a template forms one system with, though it is read apart: the
 * templates of its nested stacks and, for a nested template, the parent that
 * nests it (with the parent's other nested stacks); in a Markdown answer, the
 * bare resource fragments (`"Bucket": {"Type": "AWS::S3::Bucket", ...}`)
 * that no template holds. Checks of the system as a whole (a service the
 * request asks for) read these types before they claim something is absent.
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Document, YAMLMap } from 'yaml';
import type { Program, RelatedTypes } from '../../model/types.js';
import type { SourceFile } from '../../model/source.js';
import { isMap, isScalar, parseYaml } from '../../util/parse-yaml.js';
import { parseJsonAsYaml } from '../../util/parse-json-as-yaml.js';
import { parseYamlByEvents } from '../../util/parse-yaml-events.js';
import { isTemplateDocument, mayBeTemplateFile } from './detect.js';

const NESTED_STACK = 'AWS::CloudFormation::Stack';

/** How deep nested stacks are followed (CloudFormation itself allows more; programs here rarely go past two). */
const MAX_DEPTH = 4;

/** Files beside a template looked at for a parent (a folder of hundreds of templates is not one system). */
const MAX_SIBLINGS = 200;

type ReadFile = (path: string) => SourceFile | undefined;

/**
 * Gives programs a `related` worked out when first read, once for all of them:
 * only a judgement of the whole system (requirements/service) reads it, and
 * finding it parses other templates and fragments again.
 */
export function relatedWhenAsked(programs: Program[], find: () => RelatedTypes | undefined): void {
  let found: { value: RelatedTypes | undefined } | undefined;
  for (const program of programs)
    Object.defineProperty(program, 'related', {
      configurable: true,
      enumerable: true,
      get: () => (found ??= { value: find() }).value,
    });
}

function parse(text: string): Document.Parsed {
  return (
    parseJsonAsYaml(text) ??
    parseYamlByEvents(text) ??
    parseYaml(text, { prettyErrors: false, strict: false, uniqueKeys: false, stringKeys: false })
  );
}

function resourcesOf(document: Document.Parsed): YAMLMap | undefined {
  const root = document.contents;
  if (!isMap(root)) return undefined;
  const resources = root.get('Resources', true);
  return isMap(resources) ? resources : undefined;
}

/** `Type` of each resource of a map of resources (those with an `AWS::` type). */
function typesIn(resources: YAMLMap | undefined): string[] {
  const types: string[] = [];
  for (const pair of resources?.items ?? []) {
    if (!isMap(pair.value)) continue;
    const type = pair.value.get('Type', true);
    if (isScalar(type) && typeof type.value === 'string' && type.value.startsWith('AWS::')) types.push(type.value);
  }
  return types;
}

/**
 * Where each nested stack's template is, as a path beside `file`: a relative
 * path, or the last segment of an S3 URL (`aws cloudformation package`
 * uploads the local file under its name); `undefined` for a TemplateURL that
 * is not a constant (a parameter, a `Fn::Sub`).
 */
function nestedTemplatePaths(document: Document.Parsed, file: string): (string | undefined)[] {
  const paths: (string | undefined)[] = [];
  for (const pair of resourcesOf(document)?.items ?? []) {
    if (!isMap(pair.value)) continue;
    const type = pair.value.get('Type', true);
    if (!isScalar(type) || type.value !== NESTED_STACK) continue;
    const properties = pair.value.get('Properties', true);
    const url = isMap(properties) ? properties.get('TemplateURL', true) : undefined;
    // `!Ref TemplateUrl` is a scalar with a tag: an intrinsic, not a path.
    if (!isScalar(url) || url.tag || typeof url.value !== 'string' || !url.value) {
      paths.push(undefined);
      continue;
    }
    const written = url.value.split('?')[0];
    const local = /^[a-z][a-z0-9+.-]*:\/\//i.test(written) ? basename(written) : written;
    paths.push(resolve(dirname(file), local));
  }
  return paths;
}

interface Family {
  types: Set<string>;
  complete: boolean;
  seen: Set<string>;
}

/** Adds the types of the nested stacks of `document` (at `file`), and theirs, to the family. */
function addNested(family: Family, document: Document.Parsed, file: string, readFile: ReadFile, depth: number): void {
  for (const path of nestedTemplatePaths(document, file)) {
    if (path === undefined) {
      family.complete = false;
      continue;
    }
    if (family.seen.has(path)) continue;
    family.seen.add(path);
    const source = readFile(path);
    const child = source ? parse(source.text) : undefined;
    if (!child || !isTemplateDocument(child)) {
      family.complete = false;
      continue;
    }
    for (const type of typesIn(resourcesOf(child))) family.types.add(type);
    if (depth < MAX_DEPTH) addNested(family, child, path, readFile, depth + 1);
  }
}

/**
 * The types of the templates a template on disk forms a system with through
 * nested stacks; `undefined` when it nests none and nothing beside it nests
 * it. `complete` is false when a nested stack's template cannot be found (a
 * TemplateURL from a parameter): a template beside such a parent may be one
 * of its children.
 */
export function nestedStackTypes(
  file: SourceFile,
  document: Document.Parsed,
  readFile: ReadFile,
): RelatedTypes | undefined {
  const path = resolve(file.path);
  const family: Family = { types: new Set(), complete: true, seen: new Set([path]) };
  let related = false;
  if (file.text.includes(NESTED_STACK)) {
    related = true;
    addNested(family, document, path, readFile, 1);
  }
  let siblings: string[];
  try {
    siblings = readdirSync(dirname(path));
  } catch {
    siblings = [];
  }
  for (const name of siblings.slice(0, MAX_SIBLINGS)) {
    const sibling = resolve(dirname(path), name);
    if (sibling === path || !mayBeTemplateFile(sibling)) continue;
    const source = readFile(sibling);
    if (!source?.text.includes(NESTED_STACK)) continue;
    const parent = parse(source.text);
    if (!isTemplateDocument(parent)) continue;
    const paths = nestedTemplatePaths(parent, sibling);
    if (paths.includes(path)) {
      related = true;
      family.seen.add(sibling);
      for (const type of typesIn(resourcesOf(parent))) family.types.add(type);
      addNested(family, parent, sibling, readFile, 1);
    } else if (paths.includes(undefined)) {
      // A parent whose children cannot be told: this template may be one of them.
      related = true;
      family.complete = false;
    }
  }
  return related ? { types: [...family.types].sort(), complete: family.complete } : undefined;
}

/** `LogicalId Type` of every resource, sorted: what two renderings of one template share. */
function resourceKeys(document: Document.Parsed): string {
  const keys: string[] = [];
  for (const pair of resourcesOf(document)?.items ?? []) {
    const type = isMap(pair.value) ? pair.value.get('Type', true) : undefined;
    keys.push(`${String(isScalar(pair.key) ? pair.key.value : pair.key)} ${isScalar(type) ? String(type.value) : '?'}`);
  }
  return keys.sort().join('\n');
}

/**
 * The YAML template a JSON template renders (`TapStack.json` beside
 * `TapStack.yml`, with the same resources): one template in two syntaxes,
 * judged once, through the YAML.
 */
export function yamlTwinOf(file: SourceFile, document: Document.Parsed, readFile: ReadFile): string | undefined {
  const path = resolve(file.path);
  if (!path.endsWith('.json')) return undefined;
  const keys = resourceKeys(document);
  if (!keys) return undefined;
  for (const extension of ['.yml', '.yaml']) {
    const twin = `${path.slice(0, -'.json'.length)}${extension}`;
    const source = readFile(twin);
    if (source && resourceKeys(parse(source.text)) === keys) return twin;
  }
  return undefined;
}

/**
 * The resource types a code excerpt declares, when it is a bare map of
 * resources (`"Bucket": {"Type": "AWS::S3::Bucket"}` entries, the members of
 * a `Resources` section written without its braces, or a `Resources:` map).
 */
export function fragmentResourceTypes(text: string): string[] {
  if (!text.includes('AWS::')) return [];
  for (const candidate of [text, `{\n${text}\n}`]) {
    const document = parse(candidate);
    const root = document.contents;
    if (!isMap(root)) continue;
    const types = [...typesIn(root), ...typesIn(resourcesOf(document))];
    if (types.length) return types;
  }
  return [];
}
