import { resourcesOfType } from '../../model/query.js';
import { arg, field, items, stringValue } from '../../model/values.js';
import type { Framework, ObjectValue } from '../../model/types.js';
import { argumentName, describeResource } from '../describe.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'dynamodb/gsi-missing-projection',
    title: 'Global secondary index without projection type',
    severity: 'critical',
    frameworks: 'all',
    description: 'A DynamoDB global secondary index does not set its projection type.',
    rationale:
      'DynamoDB requires a projection for every global secondary index; the table create or update call is rejected with a validation error.',
    docs: 'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Projection.html',
    fixable: 'auto',
  },
  check(program, context) {
    for (const table of resourcesOfType(program, 'aws_dynamodb_table')) {
      for (const index of items(arg(table, 'global_secondary_index'))) {
        if (index.kind !== 'object' || field(index, 'projection_type')) continue;
        // A dynamic block or spread may supply it: only literal objects are judged.
        if (field(index, 'for_each')) continue;
        const name = stringValue(field(index, 'name')) ?? 'index';
        const property = argumentName(table, 'projection_type');
        const edit = insertIntoObject(table.framework, index);
        context.report({
          message: `Global secondary index "${name}" of ${describeResource(table)} has no ${property}; DynamoDB rejects the index. Set ${property} to "ALL", "KEYS_ONLY" or "INCLUDE".`,
          span: field(index, 'name')?.span ?? index.span,
          resource: table,
          fix: edit ? { description: `Project all attributes into ${name}`, edits: [edit] } : undefined,
          suggestion: { before: `name = "${name}"`, after: `name = "${name}"\n${property} = "ALL"` },
        });
      }
    }
  },
});

/**
 * Inserts `projection_type` after the index's `name`, on its own line with the
 * same indentation. Terraform blocks and TypeScript objects only: the text
 * differs per syntax (a TypeScript object continues after the name's comma).
 */
function insertIntoObject(framework: Framework, index: ObjectValue) {
  const name = index.entries.find((e) => e.key === 'name');
  if (!name || (framework !== 'terraform' && framework !== 'pulumi-ts')) return undefined;
  const indent = ' '.repeat(Math.max(0, name.keySpan.column - 1));
  const end = name.value.span.end;
  const text = framework === 'terraform' ? `\n${indent}projection_type = "ALL"` : `,\n${indent}projectionType: 'ALL'`;
  return { file: name.value.span.file, start: end, end, text };
}
