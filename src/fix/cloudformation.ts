/**
 * Fixes and suggestion text in CloudFormation template idiom (YAML or JSON):
 * edits keep the rest of the template, its layout and comments, as written.
 * Kept in one module so the per-language layer can take it over.
 */
import type { Span } from '../model/source.js';
import type { Resource } from '../model/types.js';
import type { Fix } from '../rules/rule.js';
import { fixOf, insertLines, replaceSpan } from './edits.js';

/**
 * Renames a property key in place: a plain YAML key, or a double-quoted one
 * (JSON, quoted YAML) that keeps its quotes. Undefined for keys written any
 * other way.
 */
export function renameProperty(key: string, keySpan: Span, to: string): Fix | undefined {
  const width = keySpan.end - keySpan.start;
  const text = width === key.length ? to : width === JSON.stringify(key).length ? JSON.stringify(to) : undefined;
  if (text === undefined) return undefined;
  return fixOf(`Rename ${key} to ${to}`, [replaceSpan(keySpan, text)]);
}

/** The public access block a bucket's `Properties` take, as YAML lines (first line unindented). */
export const PUBLIC_ACCESS_BLOCK_YAML = [
  'PublicAccessBlockConfiguration:',
  '  BlockPublicAcls: true',
  '  BlockPublicPolicy: true',
  '  IgnorePublicAcls: true',
  '  RestrictPublicBuckets: true',
].join('\n');

/** The same block in JSON, for suggestions on JSON templates. */
export const PUBLIC_ACCESS_BLOCK_JSON =
  '"PublicAccessBlockConfiguration": { "BlockPublicAcls": true, "BlockPublicPolicy": true, "IgnorePublicAcls": true, "RestrictPublicBuckets": true }';

/**
 * Adds a property (YAML lines, the first unindented) as the first of a
 * resource's `Properties`, at their indentation; undefined when the reader
 * found no place (JSON, flow maps, a resource without `Properties`).
 */
export function insertProperty(resource: Resource, description: string, yaml: string): Fix | undefined {
  const edit = insertLines(resource, yaml);
  return edit ? fixOf(description, [edit]) : undefined;
}

/** What a template does instead of a literal secret. */
export const SECRET_ADVICE =
  'Generate it in an AWS::SecretsManager::Secret (GenerateSecretString) and read it with a {{resolve:secretsmanager:...}} dynamic reference (RDS: ManageMasterUserPassword: true).';

/** `${Name}` inside an `Fn::Sub` string: how a template appends a parameter to a name. */
export function subVariable(name: string): string {
  return `\${${name}}`;
}
