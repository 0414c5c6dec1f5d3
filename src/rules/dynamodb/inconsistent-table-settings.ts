import { resourcesOfType } from '../../model/query.js';
import type { Resource } from '../../model/types.js';
import { arg, boolValue } from '../../model/values.js';
import { describeResource } from '../describe.js';
import { defineRule } from '../rule.js';

/** The settings compared across tables; absent means the AWS default (off). */
const SETTINGS: { label: string; path: string }[] = [
  { label: 'point-in-time recovery', path: 'point_in_time_recovery.enabled' },
  { label: 'server-side encryption with a KMS key', path: 'server_side_encryption.enabled' },
  { label: 'deletion protection', path: 'deletion_protection_enabled' },
];

function settingOf(table: Resource, path: string): boolean | undefined {
  const value = arg(table, path);
  if (!value) return false;
  return boolValue(value);
}

export default defineRule({
  meta: {
    id: 'dynamodb/inconsistent-table-settings',
    title: 'DynamoDB tables with inconsistent protection settings',
    severity: 'low',
    frameworks: 'all',
    description:
      'Tables of one program differ in point-in-time recovery, encryption or deletion protection: some have it, others do not.',
    rationale:
      'When one table of a program is protected and another is not, the difference is almost always an oversight: the unprotected table cannot be restored, or cannot be destroyed with the rest.',
    docs: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html',
    fixable: 'none',
  },
  check(program, context) {
    const tables = resourcesOfType(program, 'aws_dynamodb_table');
    if (tables.length < 2) return;
    for (const setting of SETTINGS) {
      const on = tables.filter((t) => settingOf(t, setting.path) === true);
      const off = tables.filter((t) => settingOf(t, setting.path) === false);
      if (on.length === 0 || off.length === 0) continue;
      for (const table of off) {
        context.report({
          message: `${describeResource(table)} has no ${setting.label}, while ${on.map((t) => `"${t.name}"`).join(', ')} ${on.length === 1 ? 'has' : 'have'} it; make the tables consistent.`,
          span: arg(table, setting.path)?.span ?? table.headerSpan,
          resource: table,
          related: on.map((t) => ({ message: `"${t.name}" has ${setting.label}`, span: t.headerSpan })),
        });
      }
    }
  },
});
