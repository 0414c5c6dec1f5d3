/**
 * apigateway/missing-integration-dependency: an integration response created
 * without waiting for the integration of its method.
 */
import { refOf } from '../../idiom/code.js';
import { idiomOf } from '../../idiom/index.js';
import { snakeCase } from '../../model/names.js';
import { referencedResource, referencedResources, resourcesOfType } from '../../model/query.js';
import type { Program, Resource, Value } from '../../model/types.js';
import { arg, stringValue } from '../../model/values.js';
import { describeResource } from '../describe.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'apigateway/missing-integration-dependency',
    title: 'Integration response does not wait for its integration',
    severity: 'high',
    frameworks: 'all',
    description:
      'A REST API integration response that neither references nor depends on the integration of the same method, which the program creates separately.',
    rationale:
      'Both wait only for the method, so they are created in parallel; API Gateway refuses an integration response whose integration does not exist yet (NotFoundException: Invalid Integration identifier specified), and the deployment fails depending on timing.',
    docs: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_integration_response',
    fixable: 'suggest',
  },
  check(program, context) {
    const integrations = resourcesOfType(program, 'aws_api_gateway_integration');
    if (!integrations.length) return;
    for (const response of resourcesOfType(program, 'aws_api_gateway_integration_response')) {
      const method = methodKey(program, response);
      if (!method) continue;
      const integration = integrations.find((i) => methodKey(program, i) === method);
      if (!integration || waitsFor(program, response, integration)) continue;
      // Frameworks without an idiom (CDKTF) get the message alone.
      const dependency = idiomOf(response.framework)?.dependsOn([refOf(integration)]);
      context.report({
        message:
          `${describeResource(response)} does not depend on ${describeResource(integration)}, the integration of the same method: ` +
          'both are created in parallel, and API Gateway refuses an integration response whose integration does not exist yet ' +
          `(NotFoundException). Make it depend on the integration.`,
        span: response.headerSpan,
        resource: response,
        suggestion: dependency ? { before: '', after: dependency } : undefined,
      });
    }
  },
});

/** `rest api / resource / HTTP method` of an integration or integration response, when all three are known. */
function methodKey(program: Program, resource: Resource): string | undefined {
  // Pulumi names the API argument `restApi` where Terraform says `rest_api_id`.
  const api = arg(resource, 'rest_api_id') ?? arg(resource, 'rest_api');
  const parts = [api, arg(resource, 'resource_id'), arg(resource, 'http_method')].map((value) =>
    valueKey(program, value),
  );
  return parts.every((p) => p !== undefined) ? parts.join(' / ') : undefined;
}

/** A comparable form of an argument: a literal, a method's own HTTP method, or the attribute referenced. */
function valueKey(program: Program, value: Value | undefined): string | undefined {
  if (!value) return undefined;
  const literal = stringValue(value);
  if (literal !== undefined) return literal.toUpperCase();
  if (value.kind !== 'reference') return undefined;
  const target = referencedResource(program, value);
  const attribute = snakeCase(value.target.path.at(-1) ?? '');
  if (!target) return value.text;
  if (target.type === 'aws_api_gateway_method' && attribute === 'http_method')
    return valueKey(program, arg(target, 'http_method'));
  return `${target.type}.${target.name}.${attribute}`;
}

/** Whether `from` waits for `to`: through its arguments, explicit dependencies or Pulumi parent, directly or through other resources. */
function waitsFor(program: Program, from: Resource, to: Resource): boolean {
  const seen = new Set<Resource>([from]);
  const queue = [from];
  while (queue.length) {
    const current = queue.shift()!;
    const next = [
      ...referencedResources(program, current.args),
      ...current.options.dependsOn.flatMap((value) => referencedResources(program, value)),
      // Pulumi registers a child once its parent's URN is known, which for a cloud resource is
      // when its creation has finished: a child of the integration is created after it.
      ...referencedResources(program, current.options.parent),
    ];
    for (const resource of next) {
      if (resource === to) return true;
      if (seen.has(resource)) continue;
      seen.add(resource);
      queue.push(resource);
    }
  }
  return false;
}
