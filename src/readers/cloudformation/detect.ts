/**
 * Which files are CloudFormation templates. A file is one when its parsed
 * document has `AWSTemplateFormatVersion`, or a `Resources` map with an
 * `AWS::…` typed entry. A text test runs first so that the YAML and JSON
 * files of a project that cannot be templates are never parsed.
 */
import { basename, extname } from 'node:path';
import type { Document } from 'yaml';
import { isMap, isScalar } from '../../util/parse-yaml.js';

const TEMPLATE_EXTENSIONS = new Set(['.yaml', '.yml', '.json', '.template']);

/** Configuration files of well-known tools: never templates, even when they mention AWS types. */
const NEVER_TEMPLATES = new Set([
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'jsconfig.json',
  'cdk.json',
  'cdk.context.json',
  'cdktf.json',
  'composer.json',
  'pulumi.yaml',
  'pulumi.yml',
  '.preflight.yaml',
  '.preflight.yml',
  'metadata.json',
]);

/** Whether a file's name allows it to be a template (extension, and not a known tool's configuration). */
export function mayBeTemplateFile(path: string): boolean {
  const name = basename(path).toLowerCase();
  if (!TEMPLATE_EXTENSIONS.has(extname(name))) return false;
  if (NEVER_TEMPLATES.has(name)) return false;
  // Pulumi stack files (`Pulumi.dev.yaml`) and TypeScript configurations (`tsconfig.build.json`).
  return !/^pulumi\..*\.ya?ml$|^tsconfig\..*\.json$/.test(name);
}

/** A cheap test on the text: false means the file cannot be a template, true that it is worth parsing. */
export function mayBeTemplateText(text: string): boolean {
  return text.includes('AWSTemplateFormatVersion') || (text.includes('Resources') && text.includes('AWS::'));
}

/** Whether a parsed document is a CloudFormation template. */
export function isTemplateDocument(document: Document.Parsed): boolean {
  const root = document.contents;
  if (!isMap(root)) return false;
  if (root.has('AWSTemplateFormatVersion')) return true;
  const resources = root.get('Resources', true);
  if (!isMap(resources)) return false;
  return resources.items.some((pair) => {
    if (!isMap(pair.value)) return false;
    const type = pair.value.get('Type', true);
    return isScalar(type) && typeof type.value === 'string' && type.value.startsWith('AWS::');
  });
}
