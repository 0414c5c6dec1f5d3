/**
 * Fixes and suggestion text in CloudFormation template idiom (YAML or JSON):
 * edits keep the rest of the template, its layout and comments, as written.
 * Kept in one module so the per-language layer can take it over.
 */
import type { Span } from '../model/source.js';
import type { Program, Resource, Value } from '../model/types.js';
import type { Fix } from '../rules/rule.js';
import { fixOf, insertLines, replaceSpan, sourceText } from './edits.js';

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

/** Longest value source a suggestion shows whole (lines). */
const MAX_SHOWN_LINES = 12;

/**
 * A value's source text as a suggestion shows it: a block collection's lines
 * relative to its first line (its column), a block scalar's or a flow
 * value's continuation lines without their common indentation. Undefined
 * when the text is not at hand or too long to show.
 */
export function valueSource(program: Program, value: Value): string | undefined {
  const text = sourceText(program, value.span);
  if (text === undefined) return undefined;
  const lines = text.replace(/\s+$/, '').split('\n');
  if (lines.length > MAX_SHOWN_LINES) return undefined;
  if (lines.length === 1) return lines[0];
  const rest = lines.slice(1);
  const block = !/^[[{'"|>!]/.test(lines[0]);
  const common = Math.min(...rest.filter((line) => line.trim()).map((line) => line.length - line.trimStart().length));
  const cut = block ? Math.min(value.span.column - 1, common) : common;
  return [lines[0], ...rest.map((line) => line.slice(Math.min(cut, line.length - line.trimStart().length)))].join('\n');
}
