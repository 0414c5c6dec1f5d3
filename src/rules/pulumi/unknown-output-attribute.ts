/**
 * pulumi/unknown-output-attribute: a program reads a property the Pulumi
 * resource does not have (`database.name` on a Timestream database, whose
 * property is `databaseName`).
 */
import { referencedResource } from '../../model/query.js';
import { snakeCase } from '../../model/names.js';
import type { Program, Resource, Value } from '../../model/types.js';
import { walkValue } from '../../model/values.js';
import { argumentRemovedIn } from '../../schema/earlier-provider-arguments.js';
import { pulumiResource } from '../../schema/pulumi-aws.js';
import { closestName } from '../../util/closest.js';
import { defineRule, type RuleContext } from '../rule.js';

/** Properties every Pulumi resource has, beyond its own outputs. */
const EVERY_RESOURCE = ['id', 'urn'];

export default defineRule({
  meta: {
    id: 'pulumi/unknown-output-attribute',
    title: 'Property the Pulumi resource does not have',
    severity: 'critical',
    frameworks: ['pulumi-ts', 'pulumi-py'],
    description:
      'A program reads a property of a resource (`table.name`, `db.master_user_secret`) that its @pulumi/aws class does not declare, with the closest property it does have; not one the pulumi-aws version the program pins (`requirements.txt`, `package.json`) still has.',
    rationale:
      'TypeScript does not compile ("Property ... does not exist on type"), and Python raises AttributeError while the program runs, so `pulumi up` stops before anything is deployed.',
    docs: 'https://www.pulumi.com/registry/packages/aws/api-docs/',
    fixable: 'suggest',
  },
  check(program, context) {
    const seen = new Set<string>();
    const visit = (value: Value): void =>
      walkValue(value, (node) => {
        if (node.kind !== 'reference' || node.target.kind !== 'resource' || node.target.path.length === 0) return;
        const key = `${node.span.file}:${node.span.start}`;
        if (seen.has(key)) return;
        seen.add(key);
        check(program, node, context);
      });
    for (const resource of program.resources) visit(resource.args);
    for (const output of program.outputs) visit(output.value);
  },
});

function check(program: Program, reference: Extract<Value, { kind: 'reference' }>, context: RuleContext): void {
  const target = referencedResource(program, reference);
  if (!target || target.mode !== 'resource' || target.framework === 'terraform') return;
  const info = pulumiInfo(target);
  if (!info) return;
  const property = reference.target.path[0];
  const properties = [...info.outputs, ...EVERY_RESOURCE, ...(target.assignedProperties ?? [])];
  // Compared without case or underscores, so that Python's snake_case names match too.
  const plain = (name: string): string => name.replace(/_/g, '').toLowerCase();
  if (properties.some((name) => plain(name) === plain(property))) return;
  // The provider major under the pulumi-aws version the program pins may still have it (and so its output).
  const pinned = program.pulumiAwsPin?.terraformMajor;
  if (pinned !== undefined && argumentRemovedIn(pinned, 'resource', target.type, [], snakeCase(property)) !== undefined)
    return;
  const snakes = properties.map(snakeCase);
  const closest = closestName(snakeCase(property), snakes);
  const suggestion =
    closest === undefined
      ? undefined
      : target.framework === 'pulumi-py'
        ? closest
        : properties[snakes.indexOf(closest)];
  context.report({
    message: `${reference.text} reads "${property}", which ${target.sourceType} does not have${suggestion ? `; did you mean "${suggestion}"?` : '.'} The program fails before anything is deployed.`,
    span: reference.span,
    resource: target,
    suggestion: suggestion
      ? { before: reference.text, after: reference.text.replace(property, suggestion) }
      : undefined,
  });
}

function pulumiInfo(resource: Resource): ReturnType<typeof pulumiResource> {
  const [root, module, className] = resource.sourceType.split('.');
  return root === 'aws' && module && className ? pulumiResource(module, className) : undefined;
}
