import type { Span } from '../../model/source.js';
import type { Program } from '../../model/types.js';
import { referencesIn, stringValue } from '../../model/values.js';
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

/** One cycle per strongly connected component with a cycle (Tarjan), each as a path of names. */
function cyclesOf(nodes: string[], next: (node: string) => string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  // Iterative, so that a long chain of resources cannot overflow the stack.
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: { node: string; children: string[]; i: number }[] = [];
    const enter = (node: string) => {
      index.set(node, counter);
      low.set(node, counter++);
      stack.push(node);
      onStack.add(node);
      work.push({ node, children: next(node), i: 0 });
    };
    enter(root);
    while (work.length) {
      const frame = work[work.length - 1];
      if (frame.i < frame.children.length) {
        const child = frame.children[frame.i++];
        if (!index.has(child)) enter(child);
        else if (onStack.has(child)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(child)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        const selfLoop = component.length === 1 && next(component[0]).includes(component[0]);
        if (component.length > 1 || selfLoop) components.push(component);
      }
    }
  }
  return components.map((component) => cycleWithin(new Set(component), next));
}

/** A simple cycle through the component's first member, following edges inside the component. */
function cycleWithin(component: Set<string>, next: (node: string) => string[]): string[] {
  const start = [...component].sort()[0];
  const previous = new Map<string, string>();
  const queue = [start];
  const seen = new Set([start]);
  while (queue.length) {
    const node = queue.shift()!;
    for (const child of next(node)) {
      if (!component.has(child)) continue;
      if (child === start) {
        const path = [node];
        while (path[0] !== start) path.unshift(previous.get(path[0])!);
        return path;
      }
      if (!seen.has(child)) {
        seen.add(child);
        previous.set(child, node);
        queue.push(child);
      }
    }
  }
  return [start];
}
