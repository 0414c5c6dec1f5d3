/**
 * Identifiers of the AWS Config managed rules, generated from aws-cdk-lib's
 * `ManagedRuleIdentifiers` by scripts/generate-config-managed-rules.mjs
 * (data/config-managed-rules.json).
 */
import { readFileSync } from 'node:fs';
import { packageFile } from '../util/package-file.js';

let identifiers: readonly string[] | undefined;

export function configManagedRuleIdentifiers(): readonly string[] {
  identifiers ??= (
    JSON.parse(readFileSync(packageFile('src/schema/data/config-managed-rules.json'), 'utf8')) as {
      identifiers: string[];
    }
  ).identifiers;
  return identifiers;
}
