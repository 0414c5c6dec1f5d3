import { referencedResource } from '../../model/query.js';
import type { Program, Resource, Value } from '../../model/types.js';
import { stringValue, walkValue } from '../../model/values.js';
import { pulumiResourceForTerraformType } from '../../schema/pulumi-aws.js';
import { argumentName, describeResource } from '../describe.js';
import { defineRule } from '../rule.js';

/** Calls that join strings into one (Pulumi's `Output.concat`/`interpolate`, Terraform's `format`/`join`). */
const CONCATENATIONS = new Set(['pulumi.Output.concat', 'pulumi.concat', 'pulumi.interpolate', 'pulumi.Output.format']);

export default defineRule({
  meta: {
    id: 'iam/arn-from-string',
    title: 'ARN assembled from strings',
    severity: 'low',
    frameworks: 'all',
    description:
      "An ARN assembled from strings and names where the resource's own `arn` attribute is available in the same program.",
    rationale:
      'A hand-built ARN hard-codes the partition, region, account and naming scheme; it silently points at nothing when any of them changes, and it hides the dependency on the resource from the deployment engine.',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html',
    fixable: 'suggest',
  },
  check(program, context) {
    const reported = new Set<string>();
    const visit = (value: Value, owner: Resource) => {
      walkValue(value, (node) => {
        const parts = stringParts(node);
        if (!parts) return;
        const head = parts[0] ? stringValue(parts[0]) : undefined;
        if (!head?.startsWith('arn:')) return;
        const service = head.split(':')[2] ?? '';
        const target = namedResource(program, parts, service);
        if (!target) return;
        const key = `${node.span.file}:${node.span.start}`;
        if (reported.has(key)) return false;
        reported.add(key);
        const written = argumentName(target.resource, arnAttribute(service));
        const attribute = `${target.variable}.${written}`;
        // An execution ARN is followed by the stage and method path the string goes on with.
        const path = service === 'execute-api' ? ', followed by the stage and method path,' : '';
        context.report({
          message: `${describeResource(owner)} builds the ARN of ${describeResource(target.resource)} from ${target.via}; use its ${written} attribute (${attribute})${path} instead.`,
          span: node.span,
          resource: owner,
          suggestion: path ? undefined : { before: target.before, after: attribute },
        });
        return false;
      });
    };
    for (const resource of program.resources) visit(resource.args, resource);
  },
});

/** The parts of a string assembled from pieces: a template, or a concatenation call. */
function stringParts(value: Value): Value[] | undefined {
  if (value.kind === 'template') return value.parts;
  if (value.kind === 'call' && CONCATENATIONS.has(value.name)) {
    if (value.args.length === 1 && value.args[0].kind === 'template') return value.args[0].parts;
    return value.args;
  }
  return undefined;
}

/** A resource of the program (that has an `arn`) whose name or id is one of the parts. */
function namedResource(
  program: Program,
  parts: Value[],
  service: string,
): { resource: Resource; via: string; variable: string; before: string } | undefined {
  const hasArn = (resource: Resource) => resource.mode === 'resource' && ofService(resource.type, service);
  for (const part of parts) {
    if (part.kind === 'reference') {
      const path = part.target.path;
      if (path.length && path[path.length - 1].endsWith('arn')) continue;
      const resource = referencedResource(program, part);
      if (resource && hasArn(resource) && namesItself(resource, path[path.length - 1]))
        return {
          resource,
          via: part.text,
          variable: expressionOf(resource),
          before: part.text,
        };
    }
  }
  // A constant equal to a resource's physical name.
  for (const part of parts) {
    const text = stringValue(part);
    if (text === undefined || text.length < 3 || text.includes(':')) continue;
    const name = text.replace(/^\/+|\/\*?$/g, '');
    const resource = program.resources.find(
      (r) =>
        hasArn(r) &&
        ['bucket', 'name', 'function_name', 'table_name', 'topic_name'].some(
          (k) => stringValue(r.args.entries.find((e) => e.key === k)?.value) === name,
        ),
    );
    if (resource)
      return {
        resource,
        via: `its name ${JSON.stringify(name)}`,
        variable: expressionOf(resource),
        before: JSON.stringify(name),
      };
  }
  return undefined;
}

/** How the program refers to a resource: its variable, or its Terraform address. */
function expressionOf(resource: Resource): string {
  if (resource.framework === 'terraform') return `${resource.type}.${resource.name}`;
  return resource.variable ?? resource.name;
}

/**
 * The attribute holds the resource's own name or id (`id`, `name`, `bucket`,
 * `function_name` of a function), not the name of something it refers to
 * (`deployment_config_name` of a deployment group, `function_name` of a permission).
 */
function namesItself(resource: Resource, attribute: string | undefined): boolean {
  if (attribute === undefined || attribute === 'id' || attribute === 'name' || attribute === 'bucket') return true;
  const named = /^(\w+)_name$/.exec(attribute);
  return named !== null && resource.type.endsWith(`_${named[1]}`);
}

/** ARN service names whose resource types are spelled differently. */
const SERVICE_TYPE_PREFIXES: Record<string, string> = {
  logs: 'aws_cloudwatch_log_',
  events: 'aws_cloudwatch_event_',
  states: 'aws_sfn_',
  es: 'aws_elasticsearch_',
  elasticloadbalancing: 'aws_lb',
};

/**
 * `execute-api` ARNs (what API Gateway invokes Lambda and IAM authorises with)
 * are an API's `execution_arn`, not its `arn`.
 */
function arnAttribute(service: string): string {
  return service === 'execute-api' ? 'execution_arn' : 'arn';
}

/** The resource type belongs to the ARN's service: its own `arn` is the ARN being built. */
function ofService(type: string, service: string): boolean {
  if (!service) return false;
  // The provider schema data holds arguments only; the outputs come from @pulumi/aws's (same provider).
  if (service === 'execute-api')
    return (
      type.startsWith('aws_api') && (pulumiResourceForTerraformType(type)?.outputs.includes('executionArn') ?? false)
    );
  const prefix = SERVICE_TYPE_PREFIXES[service] ?? `aws_${service}_`;
  return type.startsWith(prefix);
}
