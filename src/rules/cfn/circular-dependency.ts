import type { Span } from '../../model/source.js';
import type { Program } from '../../model/types.js';
import { referencesIn, stringValue } from '../../model/values.js';
import { cyclesOf } from '../../model/cycles.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'cfn/circular-dependency',
    title: 'Resources that depend on each other in a circle',
    severity: 'critical',
    frameworks: ['cloudformation'],
    description:
      'Resources whose `Ref`, `Fn::GetAtt`, `Fn::Sub` and `DependsOn` dependencies form a cycle; the finding lists the cycle.',
    rationale:
      'CloudFormation cannot order the resources and rejects the template: "Circular dependency between resources".',
    docs: 'https://aws.amazon.com/blogs/infrastructure-and-automation/handling-circular-dependency-errors-in-aws-cloudformation/',
    fixable: 'none',
  },
  check(program, context) {
    if (!program.template) return;
    const edges = dependencyEdges(program);
    // SAM expands an AWS::Serverless::* resource into several (an Api into a RestApi, a Deployment and a Stage;
    // a Function into a function, its role, permissions and event sources), and each keeps only some of the
    // references: a cycle through one may not exist after the transform.
    const expanded = new Set(
      program.resources.filter((r) => r.type.startsWith('AWS::Serverless::')).map((r) => r.name),
    );
    for (const cycle of cyclesOf([...edges.keys()], (name) => [...(edges.get(name)?.keys() ?? [])])) {
      const first = program.resources.find((r) => r.name === cycle[0]);
      if (!first || cycle.some((name) => expanded.has(name))) continue;
      const path = [...cycle, cycle[0]];
      context.report({
        message: `Circular dependency: ${path.join(' → ')}. CloudFormation cannot order these resources and rejects the template; break the cycle (e.g. a separate attachment or policy resource).`,
        span: first.headerSpan,
        resource: first,
        related: cycle.map((name, i) => ({
          message: `${name} depends on ${path[i + 1]} here`,
          span: edges.get(name)!.get(path[i + 1])!,
        })),
      });
    }
  },
});

/** For each resource, the resources it depends on and where. */
function dependencyEdges(program: Program): Map<string, Map<string, Span>> {
  const names = new Set(program.resources.map((r) => r.name));
  const edges = new Map<string, Map<string, Span>>();
  for (const resource of program.resources) {
    const out = new Map<string, Span>();
    for (const reference of referencesIn(resource.args))
      if (reference.target.kind === 'resource' && names.has(reference.target.name) && !out.has(reference.target.name))
        out.set(reference.target.name, reference.span);
    for (const dependency of resource.options.dependsOn) {
      const name = stringValue(dependency);
      if (name !== undefined && names.has(name) && !out.has(name)) out.set(name, dependency.span);
    }
    edges.set(resource.name, out);
  }
  return edges;
}
