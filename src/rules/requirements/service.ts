import type { Requirement } from '../../requirements/types.js';
import { defineRule } from '../rule.js';
import { requiredBy } from './cite.js';

type ServiceRequirement = Extract<Requirement, { kind: 'service' }>;

export default defineRule({
  meta: {
    id: 'requirements/service',
    title: 'Service the request asks for is missing',
    severity: 'medium',
    frameworks: 'all',
    description:
      'The request asks for a service ("create an SQS queue", "an API Gateway REST API", "enable VPC Flow Logs") and the program declares no resource of it, nor reads an existing one. Programs that call modules are not judged (the service may be inside a module).',
    rationale:
      'A missing component is the plainest way an answer fails its request: everything it declares may deploy, and the system still does not do what was asked.',
    docs: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs',
    fixable: 'none',
  },
  check(program, context) {
    const wanted = (context.requirements ?? []).filter((r): r is ServiceRequirement => r.kind === 'service');
    // Resources may live in the modules the program calls, or the program may declare nothing of AWS yet.
    if (!wanted.length || program.modules.length || !program.resources.length) return;
    const present = new Set([
      ...(context.programTypes ?? []),
      ...program.resources.map((r) => r.type),
      ...program.dataSources.map((r) => r.type),
    ]);
    const at = program.resources[0].headerSpan;
    const reported = new Set<string>();
    for (const requirement of wanted) {
      context.checked?.(requirement);
      if (requirement.types.some((type) => present.has(type)) || reported.has(requirement.service)) continue;
      reported.add(requirement.service);
      context.report({
        message: `The program declares no ${requirement.service} resource (${requirement.types.join(', ')}), which the request asks for (${requiredBy(requirement)}).`,
        span: at,
        requirement,
      });
    }
  },
});
