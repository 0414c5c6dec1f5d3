/**
 * Identifiers of the AWS Config managed rules, generated from aws-cdk-lib's
 * `ManagedRuleIdentifiers` by scripts/generate-config-managed-rules.mjs
 * (data/config-managed-rules.json).
 */
import { readFileSync } from 'node:fs';

let identifiers: readonly string[] | undefined;

export function configManagedRuleIdentifiers(): readonly string[] {
  identifiers ??= (
    JSON.parse(
      readFileSync(new URL('../../../src/schema/data/config-managed-rules.json', import.meta.url), 'utf8'),
    ) as { identifiers: string[] }
  ).identifiers;
  return identifiers;
}
