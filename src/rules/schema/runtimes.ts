/**
 * The runtime side of `schema/invalid-value`: a Lambda or Synthetics runtime
 * judged by its lifecycle on the scan's date (src/schema/runtime-lifecycle.ts),
 * the same way in every framework: critical once Lambda refuses it, medium
 * while it is deprecated but still deploys.
 */
import { literal } from '../../idiom/code.js';
import { idiomOf } from '../../idiom/index.js';
import type { Program, Resource } from '../../model/types.js';
import { stringValue } from '../../model/values.js';
import {
  cdkRuntimeMemberName,
  isJudgedRuntime,
  judgeRuntime,
  runtimeKindOf,
  runtimeVerdictText,
} from '../../schema/runtime-lifecycle.js';
import { cdkFunctionRuntimes } from '../../model/cdk-query.js';
import type { RuleContext } from '../rule.js';

/**
 * Reports the runtime arguments of a resource AWS retires. `subject` names the
 * resource and `argument` the argument as the program writes them; `key` is
 * the argument's name in `resource.args`, and `canonical` the Terraform
 * `type.argument` the runtime data knows it by. Returns the keys it judged, which
 * other value checks leave alone.
 */
export function checkRuntimeArguments(
  program: Program,
  resource: Resource,
  arguments_: { key: string; canonical: [string, string]; argument: string }[],
  subject: string,
  context: RuleContext,
): Set<string> {
  const judged = new Set<string>();
  for (const { key, canonical, argument } of arguments_) {
    const kind = runtimeKindOf(...canonical);
    const value = resource.args.entries.find((e) => e.key === key)?.value;
    const written = value?.kind === 'literal' ? stringValue(value) : undefined;
    if (!kind || !value || written === undefined || !isJudgedRuntime(kind, written)) continue;
    judged.add(key);
    const verdict = judgeRuntime(kind, written, context.date);
    if (!verdict) continue;
    const successor = verdict.lifecycle?.successor;
    const idiom = idiomOf(resource.framework, program);
    context.report({
      message: `${subject} sets ${argument} to ${JSON.stringify(written)}, ${runtimeVerdictText(verdict, (r) => JSON.stringify(r))}`,
      span: value.span,
      resource,
      severity: verdict.severity,
      suggestion:
        idiom && successor
          ? {
              before: idiom.argument(key, literal(written), resource.type),
              after: idiom.argument(key, literal(successor), resource.type),
            }
          : undefined,
    });
  }
  return judged;
}

/** Template properties whose values are runtime names, and the Terraform argument the runtime data knows them by. */
const TEMPLATE_RUNTIME_PROPERTIES: Record<string, { property: string; terraform: [string, string] }> = {
  'AWS::Lambda::Function': { property: 'Runtime', terraform: ['aws_lambda_function', 'runtime'] },
  'AWS::Synthetics::Canary': { property: 'RuntimeVersion', terraform: ['aws_synthetics_canary', 'runtime_version'] },
};

/** The runtime property of a CloudFormation resource (a template's, one SAM generates, a CDK L1 construct's). */
export function checkTemplateRuntime(program: Program, resource: Resource, context: RuleContext): void {
  const runtime = TEMPLATE_RUNTIME_PROPERTIES[resource.type];
  if (!runtime) return;
  const { property, terraform } = runtime;
  // A CDK L1 construct writes the property as its prop (`runtime`, `runtime_version`).
  const prop = resource.construct?.props.entries.find(
    (e) => e.key.replaceAll('_', '').toLowerCase() === property.toLowerCase(),
  )?.key;
  checkRuntimeArguments(
    program,
    resource,
    [{ key: property, canonical: terraform, argument: prop ?? property }],
    `${resource.sourceType} "${resource.name}"`,
    context,
  );
}

/** AWS CDK: a function's `Runtime` member, judged by the runtime it stands for. */
export function checkCdkRuntimes(program: Program, context: RuleContext): void {
  for (const { span, className, member, kind, runtime, resource } of cdkFunctionRuntimes(program)) {
    const verdict = judgeRuntime(kind, runtime, context.date);
    if (!verdict) continue;
    const successor = (name: string) => {
      const spelled = cdkRuntimeMemberName(kind, name);
      return spelled ? `${className}.${spelled}` : JSON.stringify(name);
    };
    context.report({
      message: `${className}.${member} is ${JSON.stringify(runtime)}, ${runtimeVerdictText(verdict, successor)}`,
      span,
      resource,
      severity: verdict.severity,
    });
  }
}
