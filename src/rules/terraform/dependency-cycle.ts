/**
 * terraform/dependency-cycle: resources (and data sources) whose references
 * and depends_on form a cycle, which Terraform cannot order.
 */
import { cyclesOf } from '../../model/cycles.js';
import type { Span } from '../../model/source.js';
import type { Program, Resource } from '../../model/types.js';
import { referencesIn } from '../../model/values.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'terraform/dependency-cycle',
    title: 'Resources that depend on each other in a circle',
    severity: 'critical',
    frameworks: ['terraform'],
    description:
      'Resources and data sources of a module whose references and `depends_on` form a cycle (two security groups whose inline rules name each other, a log group named after the function that depends on it); the finding lists the cycle.',
    rationale:
      'Terraform builds one dependency graph and cannot order a cycle: `terraform plan` stops with "Error: Cycle: ..." before anything is created.',
    docs: 'https://developer.hashicorp.com/terraform/internals/graph',
    fixable: 'none',
  },
  check(program, context) {
    const nodes = new Map([...program.resources, ...program.dataSources].map((r) => [address(r), r]));
    const edges = dependencyEdges(program, nodes);
    for (const cycle of cyclesOf([...nodes.keys()], (node) => [...(edges.get(node)?.keys() ?? [])])) {
      const first = nodes.get(cycle[0])!;
      const path = [...cycle, cycle[0]];
      context.report({
        message: `Dependency cycle: ${path.join(' → ')}. Terraform cannot order these and stops at plan ("Error: Cycle"); ${advice(cycle.map((node) => nodes.get(node)!))}`,
        span: first.headerSpan,
        resource: first,
        related: cycle.map((node, i) => ({
          message: `${node} depends on ${path[i + 1]} here`,
          span: edges.get(node)!.get(path[i + 1])!,
        })),
      });
    }
  },
});

/** How to break the cycle, for the kinds of resource in it. */
function advice(cycle: Resource[]): string {
  if (cycle.every((r) => r.type === 'aws_security_group'))
    return 'move the rules that name the other group into aws_vpc_security_group_ingress_rule / aws_vpc_security_group_egress_rule resources.';
  if (cycle.some((r) => r.type === 'aws_iam_policy_document'))
    return 'a policy document names the resource it is attached to: attach the policy with a resource of its own, or name that resource by a constructed ARN or ID.';
  return "take one reference out of the circle (a separate attachment resource, or a name built from a variable instead of the other resource's attribute).";
}

/** `aws_security_group.web`, `data.aws_iam_policy_document.assume`. */
function address(resource: Resource): string {
  return `${resource.mode === 'data' ? 'data.' : ''}${resource.type}.${resource.name}`;
}

/** For each resource, the other resources of the module it depends on and where (a reference to itself is another error). */
function dependencyEdges(program: Program, nodes: Map<string, Resource>): Map<string, Map<string, Span>> {
  const edges = new Map<string, Map<string, Span>>();
  for (const [node, resource] of nodes) {
    const out = new Map<string, Span>();
    for (const reference of [
      ...referencesIn(resource.args),
      ...resource.options.dependsOn.flatMap((d) => referencesIn(d)),
    ]) {
      const target = reference.target;
      if (target.kind !== 'resource' && target.kind !== 'data') continue;
      const to = `${target.kind === 'data' ? 'data.' : ''}${target.type}.${target.name}`;
      if (to !== node && nodes.has(to) && !out.has(to)) out.set(to, reference.span);
    }
    edges.set(node, out);
  }
  return edges;
}
