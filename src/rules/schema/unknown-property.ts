import { fixOf, replaceSpan } from '../../fix/edits.js';
import { camelCase, canonicalArgumentName, snakeCase } from '../../model/names.js';
import { awsProviderPin } from '../../model/provider-version.js';
import type { ObjectValue, Program, Resource } from '../../model/types.js';
import { items } from '../../model/values.js';
import { resourceShape, type BlockShape } from '../../schema/aws-provider.js';
import { pulumiResource, type PulumiResourceInfo } from '../../schema/pulumi-aws.js';
import { pulumiArgumentType, pulumiInputType, type PulumiInputType } from '../../schema/pulumi-inputs.js';
import { argumentRemovedIn } from '../../schema/earlier-provider-arguments.js';
import { renamedArgument } from '../../schema/renamed-arguments.js';
import { closestName } from '../../util/closest.js';
import { uniqueAndClose } from '../../util/safe-rename.js';
import { argumentName, describeResource } from '../describe.js';
import { checkCdkConstructProps } from './cdk-props.js';
import { CODE_FRAMEWORKS, defineRule, type RuleContext } from '../rule.js';
import { checkTemplateProperties } from './template-properties.js';
import { unknownArguments } from './terraform-arguments.js';

export default defineRule({
  meta: {
    id: 'schema/unknown-property',
    title: 'Argument the resource type does not have',
    severity: 'critical',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation', 'cdk-ts', 'cdk-py'],
    description:
      'An argument or nested block that does not exist on the resource type in the bundled AWS provider schema, with the closest valid name. A Terraform module whose `required_providers` constraint pins an earlier provider major is not reported for what that major still has (schema/removed-in-newer-provider), nor a Pulumi program for a top-level argument the provider major under the pulumi-aws version its `requirements.txt` or `package.json` pins still has.',
    rationale:
      'Terraform rejects the configuration ("An argument named ... is not expected here"); Pulumi fails the resource with an unknown property, or silently drops it.',
    docs: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs',
    fixable: 'auto',
  },
  check(program, context) {
    if (program.framework === 'cloudformation') return checkTemplateProperties(program, context);
    if (program.framework === 'cdk-ts' || program.framework === 'cdk-py')
      return checkCdkConstructProps(program, context);
    for (const resource of [...program.resources, ...program.dataSources]) {
      if (!resource.type.startsWith('aws_')) continue;
      const shape = resourceShape(resource.type, resource.mode);
      if (!shape) continue;
      if (resource.framework === 'terraform') checkTerraformArguments(program, resource, shape, context);
      else if (resource.framework === 'cdktf-ts' || resource.framework === 'cdktf-py')
        checkConstructProps(resource, resource.args, shape, [], context);
      else checkPulumiArguments(program, resource, shape, context);
    }
  },
});

function names(shape: BlockShape): string[] {
  return [...Object.keys(shape.attrs), ...Object.keys(shape.blocks ?? {})];
}

/**
 * A Terraform resource's arguments, nested blocks included. A name the
 * provider version the module pins still has is left to
 * schema/removed-in-newer-provider.
 */
function checkTerraformArguments(program: Program, resource: Resource, shape: BlockShape, context: RuleContext): void {
  const pin = awsProviderPin(program, context.inputPrograms);
  for (const { entry, body, shape: block, path } of unknownArguments(resource.args, shape)) {
    if (pin && argumentRemovedIn(pin.major, resource.mode, resource.type, path, entry.key) !== undefined) continue;
    report(resource, entry.key, entry.keySpan, names(block), path, context, body);
  }
}

/**
 * A CDKTF construct's props: the provider package's classes take exactly the
 * Terraform arguments (camelCase in TypeScript), nested blocks as objects or
 * lists of objects, so every level is checked against the schema.
 */
function checkConstructProps(
  resource: Resource,
  body: ObjectValue,
  shape: BlockShape,
  path: string[],
  context: RuleContext,
): void {
  for (const entry of body.entries) {
    const nested = shape.blocks?.[entry.key];
    if (nested) {
      for (const block of items(entry.value))
        if (block.kind === 'object') checkConstructProps(resource, block, nested, [...path, entry.key], context);
      continue;
    }
    if (entry.key in shape.attrs) continue;
    // A spread or computed key is not a written argument.
    if (entry.key.startsWith('...') || entry.key.startsWith('[')) continue;
    report(resource, entry.key, entry.keySpan, names(shape), path, context, body);
  }
}

/**
 * Pulumi arguments, top level: a name is known when the provider schema or the
 * Pulumi package's own inputs have it (Pulumi renames a few arguments), or when
 * the provider major the pinned pulumi-aws is built on has it.
 */
function checkPulumiArguments(program: Program, resource: Resource, shape: BlockShape, context: RuleContext): void {
  const [, module, className] = resource.sourceType.split('.');
  const info = module && className ? pulumiResource(module, className) : undefined;
  if (!info) return;
  const { known, argumentOf } = pulumiArgumentNames(info, shape);
  const [, tokenModule, , tokenClass] = info.token.split(/[:/]/);
  for (const entry of resource.args.entries) {
    if (known.has(entry.key)) {
      // Nested arguments: against the names Pulumi's own input types take.
      const argument = argumentOf.get(entry.key);
      const type = argument && tokenModule ? pulumiArgumentType(tokenModule, tokenClass ?? '', argument) : undefined;
      if (type && argument) checkPulumiNested(resource, entry.value, type, [argument], context);
      continue;
    }
    const pinned = program.pulumiAwsPin?.terraformMajor;
    if (pinned !== undefined && argumentRemovedIn(pinned, resource.mode, resource.type, [], entry.key) !== undefined)
      continue;
    report(resource, entry.key, entry.keySpan, [...known], [], context, resource.args);
  }
}

interface PulumiArgumentNames {
  /** The arguments a Pulumi resource takes, by their model (Terraform) names: the schema's and Pulumi's own. */
  known: Set<string>;
  /** Pulumi's spelling of each of its arguments, by model name (the first, when two spell one name). */
  argumentOf: Map<string, string>;
}

/** Worked out once per resource class: a program declares many resources of a few classes. */
const argumentNamesOf = new WeakMap<PulumiResourceInfo, { shape: BlockShape; names: PulumiArgumentNames }>();

function pulumiArgumentNames(info: PulumiResourceInfo, shape: BlockShape): PulumiArgumentNames {
  const cached = argumentNamesOf.get(info);
  if (cached?.shape === shape) return cached.names;
  const argumentOf = new Map<string, string>();
  for (const argument of info.args) {
    const name = canonicalArgumentName(argument, shape);
    if (!argumentOf.has(name)) argumentOf.set(name, argument);
  }
  const found = { known: new Set([...names(shape), ...argumentOf.keys()]), argumentOf };
  argumentNamesOf.set(info, { shape, names: found });
  return found;
}

/**
 * A nested Pulumi argument (an object, or a list of objects) against its input
 * type. Keys are compared as written (the reader renames them to Terraform's
 * names, which both `listener` and `listeners` become), in snake case so that
 * Python's spelling matches too.
 */
function checkPulumiNested(
  resource: Resource,
  value: ObjectValue['entries'][number]['value'],
  type: PulumiInputType,
  path: string[],
  context: RuleContext,
): void {
  const properties = Object.keys(type);
  // A type without named properties (a map) takes any key.
  if (!properties.length) return;
  for (const item of items(value)) {
    if (item.kind !== 'object') continue;
    const bySnake = new Map(properties.map((name) => [snakeCase(name), name]));
    for (const entry of item.entries) {
      const written = entry.written ?? entry.key;
      if (written.startsWith('...') || written.startsWith('[')) continue;
      const property = bySnake.get(snakeCase(written));
      if (property === undefined) {
        reportPulumiNested(resource, written, entry.keySpan, properties, path, context, item);
        continue;
      }
      const inner = type[property];
      const innerType = inner ? pulumiInputType(inner) : undefined;
      if (innerType) checkPulumiNested(resource, entry.value, innerType, [...path, property], context);
    }
  }
}

function reportPulumiNested(
  resource: Resource,
  written: string,
  keySpan: ObjectValue['entries'][number]['keySpan'],
  properties: string[],
  path: string[],
  context: RuleContext,
  body: ObjectValue,
): void {
  const python = resource.framework === 'pulumi-py';
  const spell = (name: string) => (python ? snakeCase(name) : camelCase(name));
  const present = new Set(body.entries.map((e) => snakeCase(e.written ?? e.key)));
  const free = properties.filter((name) => !present.has(snakeCase(name))).map(spell);
  const closest = closestName(written, free);
  const where = `argument ${path.map(spell).join('.')} of ${describeResource(resource)}`;
  context.report({
    // No automatic rename: the valid name may hold another shape (a list where an object was written).
    message: `${where} has no property "${written}"${closest ? `; did you mean "${closest}"?` : '.'} The deployment rejects it.`,
    span: keySpan,
    resource,
    suggestion: closest ? { before: written, after: closest } : undefined,
  });
}

function report(
  resource: Resource,
  key: string,
  keySpan: ObjectValue['entries'][number]['keySpan'],
  candidates: string[],
  path: string[],
  context: RuleContext,
  body: ObjectValue,
): void {
  // A rename never targets an argument the block already has: that would repeat it.
  const present = new Set(body.entries.map((e) => e.key));
  const documented = path.length === 0 ? renamedArgument(resource.type, key) : undefined;
  const free = candidates.filter((c) => !present.has(c));
  const closest = documented && !present.has(documented) ? documented : closestName(key, free);
  // `fix` applies only a rename the provider documents, or one unique and close guess.
  const safe = closest !== undefined && (closest === documented || uniqueAndClose(key, closest, free));
  const where = path.length ? `block ${path.join('.')} of ${describeResource(resource)}` : describeResource(resource);
  const written = argumentName(resource, key);
  const suggestion = closest ? argumentName(resource, closest) : undefined;
  context.report({
    message: `${where} has no argument "${written}"${suggestion ? `; did you mean "${suggestion}"?` : '.'} The deployment rejects it.`,
    span: keySpan,
    resource,
    // Only a key written bare (not quoted, not computed) is renamed in place.
    fix:
      suggestion && safe && keySpan.end - keySpan.start === written.length
        ? fixOf(`Rename ${written} to ${suggestion}`, [replaceSpan(keySpan, suggestion)])
        : undefined,
    suggestion: suggestion ? { before: written, after: suggestion } : undefined,
  });
}
