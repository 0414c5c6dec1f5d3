/**
 * The CloudFormation side of `schema/unknown-property` and
 * `schema/invalid-value`: template properties checked against the
 * CloudFormation resource specification (src/schema/cloudformation.ts).
 */
import { renameProperty } from '../../fix/cloudformation.js';
import { isMacroExpanded, visitSpecifiedObjects } from '../../model/cloudformation-query.js';
import type { Program, Resource } from '../../model/types.js';
import { stringValue } from '../../model/values.js';
import { closestCfnName } from '../../schema/cloudformation.js';
import { deprecatedRuntimesOf } from '../../schema/deprecated-runtimes.js';
import type { RuleContext } from '../rule.js';

/** Properties whose values are runtime names, and the Terraform argument the deprecated-runtime data lists them under. */
const RUNTIME_PROPERTIES: Record<string, { property: string; terraform: [string, string] }> = {
  'AWS::Lambda::Function': { property: 'Runtime', terraform: ['aws_lambda_function', 'runtime'] },
  'AWS::Serverless::Function': { property: 'Runtime', terraform: ['aws_lambda_function', 'runtime'] },
  'AWS::Synthetics::Canary': { property: 'RuntimeVersion', terraform: ['aws_synthetics_canary', 'runtime_version'] },
};

function where(resource: Resource, path: string[]): string {
  const owner = `${resource.type} "${resource.name}"`;
  return path.length ? `${path.join('.')} of ${owner}` : owner;
}

export function checkTemplateProperties(program: Program, context: RuleContext): void {
  const template = program.template;
  if (!template || isMacroExpanded(template)) return;
  for (const resource of program.resources)
    visitSpecifiedObjects(resource, ({ object, shape, path }) => {
      const known = Object.keys(shape.p);
      if (!known.length) return;
      for (const entry of object.entries) {
        if (Object.hasOwn(shape.p, entry.key) || entry.key.startsWith('Fn::') || entry.key === 'Ref') continue;
        const closest = closestCfnName(entry.key, known);
        context.report({
          message: `${where(resource, path)} has no property "${entry.key}"${closest ? `; did you mean "${closest}"?` : '.'} CloudFormation rejects the resource ("Encountered unsupported property ${entry.key}").`,
          span: entry.keySpan,
          resource,
          fix: closest ? renameProperty(entry.key, entry.keySpan, closest) : undefined,
          suggestion: closest ? { before: entry.key, after: closest } : undefined,
        });
      }
    });
}

export function checkTemplateValues(program: Program, context: RuleContext): void {
  const template = program.template;
  if (!template) return;
  for (const resource of program.resources) {
    visitSpecifiedObjects(resource, ({ object, shape, path }) => {
      for (const entry of object.entries) {
        const allowed = shape.e?.[entry.key];
        const written = entry.value.kind === 'literal' ? entry.value.value : undefined;
        if (!allowed || typeof written !== 'string') continue;
        if (allowed.some((value) => value.toLowerCase() === written.toLowerCase())) continue;
        context.report({
          message: `${where(resource, path)} sets ${entry.key} to ${JSON.stringify(written)}, which is not an allowed value (${list(allowed)}).`,
          span: entry.value.span,
          resource,
        });
      }
    });
    const runtime = RUNTIME_PROPERTIES[resource.type];
    const value = runtime ? resource.args.entries.find((e) => e.key === runtime.property)?.value : undefined;
    const written = value?.kind === 'literal' ? stringValue(value) : undefined;
    if (runtime && value && written !== undefined) {
      const deprecated = deprecatedRuntimesOf(runtime.terraform[0]).get(runtime.terraform[1]) ?? [];
      if (deprecated.includes(written))
        context.report({
          message: `${resource.type} "${resource.name}" sets ${runtime.property} to ${JSON.stringify(written)}, which AWS has deprecated: it gets no security updates, and creating or updating resources with it is refused once its block date passes. Move to a supported value.`,
          span: value.span,
          resource,
        });
    }
  }
  checkParameterDefaults(program, context);
}

/** A parameter default outside its own AllowedValues or AllowedPattern: deploying with the defaults fails. */
function checkParameterDefaults(program: Program, context: RuleContext): void {
  for (const parameter of program.template?.parameters ?? []) {
    const value = stringValue(parameter.default);
    if (value === undefined || !parameter.default) continue;
    const allowed =
      parameter.allowedValues?.kind === 'list' ? parameter.allowedValues.items.map(stringValue) : undefined;
    if (allowed && allowed.every((a) => a !== undefined) && !allowed.includes(value)) {
      context.report({
        message: `Parameter "${parameter.name}" defaults to ${JSON.stringify(value)}, which is not among its AllowedValues (${list(allowed as string[])}): creating the stack with the default fails.`,
        span: parameter.default.span,
        severity: 'high',
      });
      continue;
    }
    const pattern = stringValue(parameter.allowedPattern);
    if (pattern === undefined || value.length > 2048) continue;
    let matches: boolean;
    try {
      // CloudFormation matches the whole value (Java regular expressions; the common subset reads the same here).
      matches = new RegExp(`^(?:${pattern})$`).test(value);
    } catch {
      continue;
    }
    if (!matches)
      context.report({
        message: `Parameter "${parameter.name}" defaults to ${JSON.stringify(value)}, which does not match its AllowedPattern ${JSON.stringify(pattern)}: creating the stack with the default fails.`,
        span: parameter.default.span,
        severity: 'high',
      });
  }
}

function list(values: string[]): string {
  const shown = values.slice(0, 12).map((v) => JSON.stringify(v));
  return values.length > 12 ? `${shown.join(', ')}, …` : shown.join(', ');
}
