/**
 * dynamodb/attribute-definitions-mismatch: a DynamoDB table that defines an
 * attribute no key of the table or of its indexes uses, or keys the table or
 * an index on an attribute it does not define.
 */
import { cdkProp } from '../../model/cdk-query.js';
import { isConditional, resourcesOfType } from '../../model/query.js';
import type { Span } from '../../model/source.js';
import type { Program, Resource, Value } from '../../model/types.js';
import { arg, field, items, stringValue } from '../../model/values.js';
import { argumentName, describeResource } from '../describe.js';
import { CODE_FRAMEWORKS, defineRule, type RuleContext } from '../rule.js';

export default defineRule({
  meta: {
    id: 'dynamodb/attribute-definitions-mismatch',
    title: 'DynamoDB attribute definitions that do not match the keys',
    severity: 'critical',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation', 'cdk-ts', 'cdk-py'],
    description:
      'A DynamoDB table whose attribute definitions name an attribute that neither the table key nor any secondary index key uses, or whose table or index key names an attribute it does not define. Only tables whose every attribute and key name is written as a constant are judged. High when the table is conditional.',
    rationale:
      'DynamoDB takes attribute definitions for key attributes only, and exactly those: CreateTable refuses the table ("One or more parameter values were invalid: Number of attributes in AttributeDefinitions does not exactly match number of attributes defined in KeySchema and secondary indexes", or "Some index key attributes are not defined in AttributeDefinitions"), and the Terraform AWS provider stops the plan first ("all attributes must be indexed"). Other attributes need no definition: items may carry any.',
    docs: 'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html',
    fixable: 'none',
  },
  check(program, context) {
    for (const table of resourcesOfType(program, 'aws_dynamodb_table')) {
      const definitions = items(arg(table, 'attribute')).map((a) => field(a, 'name'));
      const indexes = [...items(arg(table, 'global_secondary_index')), ...items(arg(table, 'local_secondary_index'))];
      // An index without its key is reported by the schema rules; what it meant to key on is unknown.
      if (indexes.some((i) => !field(i, 'hash_key') && !field(i, 'range_key'))) continue;
      const keys = [
        arg(table, 'hash_key'),
        arg(table, 'range_key'),
        ...items(arg(table, 'global_secondary_index')).flatMap((i) => [field(i, 'hash_key'), field(i, 'range_key')]),
        ...items(arg(table, 'local_secondary_index')).map((i) => field(i, 'range_key')),
      ];
      judge(program, context, table, definitions, keys, 'attribute');
    }
    for (const table of resourcesOfType(program, 'AWS::DynamoDB::Table')) {
      const definitions = items(arg(table, 'AttributeDefinitions')).map((a) => field(a, 'AttributeName'));
      const indexes = [...items(arg(table, 'GlobalSecondaryIndexes')), ...items(arg(table, 'LocalSecondaryIndexes'))];
      if (indexes.some((i) => !field(i, 'KeySchema'))) continue;
      const keySchemas = [arg(table, 'KeySchema'), ...indexes.map((i) => field(i, 'KeySchema'))];
      // CDK's CfnTable passes a key schema through as written (CloudFormation types it array-or-object).
      const keys = keySchemas.flatMap((schema) =>
        items(schema).map((k) => field(k, 'AttributeName') ?? cdkProp(k, 'attributeName')),
      );
      judge(program, context, table, definitions, keys, 'AttributeDefinitions');
    }
  },
});

/** The constant names of values, with where each is written; undefined when any is not a constant. */
function namesOf(values: (Value | undefined)[]): { name: string; span: Span }[] | undefined {
  const names: { name: string; span: Span }[] = [];
  for (const value of values) {
    if (!value) continue;
    const name = stringValue(value);
    if (name === undefined || value.kind !== 'literal') return undefined;
    names.push({ name, span: value.span });
  }
  return names;
}

function judge(
  program: Program,
  context: RuleContext,
  table: Resource,
  definitionValues: (Value | undefined)[],
  keyValues: (Value | undefined)[],
  definitionsSetting: string,
): void {
  const definitions = namesOf(definitionValues);
  const keys = namesOf(keyValues);
  // A table without definitions or keys written here (a replica, a table built elsewhere) is not judged.
  if (!definitions?.length || !keys?.length || definitionValues.length !== definitions.length) return;
  const keyed = new Set(keys.map((k) => k.name));
  const defined = new Set(definitions.map((d) => d.name));
  const severity = isConditional(program, table) ? 'high' : 'critical';
  const written =
    table.args.entries.find((e) => e.key === definitionsSetting)?.written ?? argumentName(table, definitionsSetting);
  const setting = written === 'attribute' ? 'attribute blocks' : written;
  const unused = definitions.filter((d) => !keyed.has(d.name));
  if (unused.length)
    context.report({
      message: `${describeResource(table)} defines ${unused.map((u) => `"${u.name}"`).join(', ')} in ${setting}, which no key of the table or of its indexes uses: DynamoDB refuses the table ("Number of attributes in AttributeDefinitions does not exactly match number of attributes defined in KeySchema and secondary indexes"; Terraform: "all attributes must be indexed"). Define only key attributes; items carry other attributes without a definition.`,
      span: unused[0].span,
      resource: table,
      severity,
      related: unused.slice(1).map((u) => ({ message: `"${u.name}", also unused`, span: u.span })),
    });
  const undefinedKeys = keys.filter((k, i) => !defined.has(k.name) && keys.findIndex((o) => o.name === k.name) === i);
  for (const key of undefinedKeys)
    context.report({
      message: `${describeResource(table)} keys on "${key.name}", which its ${setting} do not define: DynamoDB refuses the table ("Some index key attributes are not defined in AttributeDefinitions"). Define "${key.name}" with its type (S, N or B).`,
      span: key.span,
      resource: table,
      severity,
    });
}
