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
 * Inserts `projection_type` after the index's `name`: on a line of its own with
 * the same indentation, or on the name's line when other entries share it.
 * The entry is spelled as the name is: an HCL attribute, a TypeScript
 * property, a Python keyword argument or dictionary key.
 */
function insertIntoObject(framework: Framework, index: ObjectValue) {
  const name = index.entries.find((e) => e.key === 'name');
  if (!name || name.keySpan.file !== name.value.span.file) return undefined;
  const keyLength = name.keySpan.end - name.keySpan.start;
  let entry: string;
  if (framework === 'terraform') entry = 'projection_type = "ALL"';
  else if (framework === 'pulumi-ts') entry = keyLength === 4 ? "projectionType: 'ALL'" : "'projectionType': 'ALL'";
  else entry = keyLength === 4 ? 'projection_type="ALL"' : '"projection_type": "ALL"';
  if (framework === 'terraform') entry = `\n${' '.repeat(Math.max(0, name.keySpan.column - 1))}${entry}`;
  else {
    const sameLine = index.entries.some((e) => e !== name && e.keySpan.line === name.keySpan.line);
    entry = sameLine ? `, ${entry}` : `,\n${' '.repeat(Math.max(0, name.keySpan.column - 1))}${entry}`;
  }
  const end = name.value.span.end;
  return { file: name.value.span.file, start: end, end, text: entry };
}
