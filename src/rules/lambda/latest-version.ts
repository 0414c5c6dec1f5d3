/**
 * Shared by the Lambda version rules: whether a value names `$LATEST`, either
 * literally or as the `version` attribute of a function that never publishes.
 */
import { referencedResource } from '../../model/query.js';
import type { Program, Resource, Value } from '../../model/types.js';
import { arg, boolValue, stringValue } from '../../model/values.js';

export interface LatestVersion {
  /** How the value names `$LATEST`, for messages. */
  how: string;
  fn?: Resource;
}

export function latestVersion(program: Program, value: Value | undefined): LatestVersion | undefined {
  if (!value) return undefined;
  if (stringValue(value) === '$LATEST') return { how: "'$LATEST'" };
  if (value.kind !== 'reference' || value.target.path.join('.') !== 'version') return undefined;
  const fn = referencedResource(program, value);
  if (!fn || fn.type !== 'aws_lambda_function') return undefined;
  if (boolValue(arg(fn, 'publish')) === true) return undefined;
  return { how: `${value.text}, which is "$LATEST" because "${fn.name}" does not set publish`, fn };
}
