/**
 * Fixes and suggestion text in CloudFormation template idiom (YAML or JSON):
 * edits keep the rest of the template, its layout and comments, as written.
 * Kept in one module so the per-language layer can take it over.
 */
import type { Span } from '../model/source.js';
import type { Fix } from '../rules/rule.js';
import { fixOf, replaceSpan } from './edits.js';

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
