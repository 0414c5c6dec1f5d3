import type { Program } from '../../model/types.js';
import type { Requirement } from '../../requirements/types.js';
import { CODE_FRAMEWORKS, defineRule } from '../rule.js';
import { requiredBy } from './cite.js';

type ServiceRequirement = Extract<Requirement, { kind: 'service' }>;

export default defineRule({
  meta: {
    id: 'requirements/service',
    title: 'Service the request asks for is missing',
    severity: 'medium',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation'],
    description:
      'The request asks for a service ("create an SQS queue", "an API Gateway REST API", "enable VPC Flow Logs") and the program declares no resource of it, nor reads an existing one. Programs that call modules are not judged (the service may be inside a module), nor Terraform modules under a `modules/` directory that configure no provider nor backend (parts of a root module). A choice ("EC2 or ECS") is satisfied by either of the services the catalog knows, and not judged when an alternative is one it does not. Templates are judged in CloudFormation types, with their nested stacks and the parent nesting them (not judged when a nested stack\'s TemplateURL cannot be resolved), and a JSON rendering of the YAML template beside it through the YAML; a Markdown answer is judged as a whole, its bare resource fragments included, and a missing service is reported once.',
    rationale:
      'A missing component is the plainest way an answer fails its request: everything it declares may deploy, and the system still does not do what was asked.',
    docs: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs',
    fixable: 'none',
  },
  check(program, context) {
    const wanted = (context.requirements ?? []).filter((r): r is ServiceRequirement => r.kind === 'service');
    if (!wanted.length || !judged(program)) return;
    // The programs of one input (a Markdown answer's modules and templates) lack a service together: the first
    // judged one says so, once.
    const lead = (context.inputPrograms ?? [program]).find(judged);
    if (lead && lead !== program) return;
    const present = new Set([
      ...(context.programTypes ?? []),
      ...program.resources.map((r) => r.type),
      ...program.dataSources.map((r) => r.type),
    ]);
    // Types read apart from the program (other templates, an answer's fragments) cost a parse: read when needed.
    let related: Set<string> | undefined;
    const declared = (type: string) =>
      present.has(type) || (related ??= new Set(program.related?.types ?? [])).has(type);
    const at = program.resources[0].headerSpan;
    const reported = new Set<string>();
    // A template names its resources in CloudFormation's vocabulary.
    const template = program.resources[0].framework === 'cloudformation';
    for (const requirement of wanted) {
      context.checked?.(requirement);
      const types = template ? (requirement.cfnTypes ?? []) : requirement.types;
      if (!types.length || types.some(declared) || reported.has(requirement.service)) continue;
      reported.add(requirement.service);
      context.report({
        message: `The program declares no ${requirement.service} resource (${types.join(', ')}), which the request asks for (${requiredBy(requirement)}).`,
        span: at,
        requirement,
      });
    }
  },
});

/** Whether a program is judged whole: a program that may hold only a part of its system is not. */
function judged(program: Program): boolean {
  // Resources may live in the modules the program calls, or the program may declare nothing of AWS yet.
  if (program.modules.length || !program.resources.length) return false;
  // A Terraform module under a modules/ directory that configures no provider nor backend is called by a root
  // module elsewhere (the standard module layout): it holds a part of the system. Its `required_providers`
  // block is what HashiCorp's module structure asks of every child module, not a sign of a root.
  if (
    program.resources[0].framework === 'terraform' &&
    /(^|[\\/])modules[\\/]/.test(program.resources[0].span.file) &&
    !program.providers.length &&
    !program.backends.length
  )
    return false;
  // A JSON rendering of the YAML template beside it is judged there, once.
  if (program.related?.renderingOf) return false;
  // A part of the system preflight cannot read (a nested stack's template from a parameter) may hold anything.
  return !program.related || program.related.complete;
}
