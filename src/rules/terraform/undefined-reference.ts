import { resourceKey } from '../../model/query.js';
import type { Program, ReferenceValue, Value } from '../../model/types.js';
import { walkValue } from '../../model/values.js';
import { closestName } from '../../util/closest.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'terraform/undefined-reference',
    title: 'Reference to something the module does not declare',
    severity: 'critical',
    frameworks: ['terraform'],
    description:
      'An expression refers to a resource, data source, variable, local or module call that is not declared in the module.',
    rationale: 'Terraform fails at plan with "Reference to undeclared resource" (or variable, local value, module).',
    docs: 'https://developer.hashicorp.com/terraform/language/expressions/references',
    fixable: 'none',
  },
  check(program, context) {
    const declared = declarations(program);
    // An answer in Markdown often shows only some files of a module: there, only a
    // name of a kind the answer does declare (a variable, a local, a resource of
    // that type) is judged, so that omitted files are not reported as errors.
    const partial = program.root.endsWith('#');
    const seen = new Set<string>();
    const check = (value: Value | undefined) => {
      if (!value) return;
      walkValue(value, (node) => {
        if (node.kind !== 'reference') return;
        if (partial && !kindIsShown(node, declared)) return;
        const problem = undeclared(node, declared);
        if (!problem) return;
        const key = `${node.span.file}:${node.span.start}`;
        if (seen.has(key)) return;
        seen.add(key);
        context.report({ message: problem, span: node.span });
      });
    };
    for (const resource of [...program.resources, ...program.dataSources]) {
      check(resource.args);
      for (const dependency of resource.options.dependsOn) check(dependency);
      check(resource.options.count);
      check(resource.options.forEach);
    }
    for (const output of program.outputs) check(output.value);
    for (const value of program.locals.values()) check(value);
    // `providers = { aws = aws.east }` names provider configurations, not resources.
    for (const module of program.modules)
      for (const entry of module.args.entries) if (entry.key !== 'providers') check(entry.value);
    for (const provider of program.providers) check(provider.region);
  },
});

function kindIsShown(node: ReferenceValue, declared: Declarations): boolean {
  const target = node.target;
  switch (target.kind) {
    case 'resource':
    case 'data':
      return declared.types.has(`${target.kind}.${target.type}`);
    case 'var':
      return declared.variables.size > 0;
    case 'local':
      return declared.locals.size > 0;
    case 'module':
      return declared.modules.size > 0;
    default:
      return false;
  }
}

interface Declarations {
  /** `resource.aws_s3_bucket`, `data.aws_iam_policy_document`: the types declared at least once. */
  types: Set<string>;
  resources: Set<string>;
  variables: Set<string>;
  locals: Set<string>;
  modules: Set<string>;
}

function declarations(program: Program): Declarations {
  return {
    types: new Set([...program.resources, ...program.dataSources].map((r) => `${r.mode}.${r.type}`)),
    resources: new Set([...program.resources, ...program.dataSources].map((r) => resourceKey(r.mode, r.type, r.name))),
    variables: new Set(program.variables.map((v) => v.name)),
    locals: new Set(program.locals.keys()),
    modules: new Set(program.modules.map((m) => m.name)),
  };
}

function undeclared(node: ReferenceValue, declared: Declarations): string | undefined {
  const target = node.target;
  const hint = (name: string, candidates: Iterable<string>) => {
    const closest = closestName(name, candidates);
    return closest && closest !== name ? `; did you mean "${closest}"?` : '.';
  };
  switch (target.kind) {
    case 'resource':
    case 'data': {
      // Every resource type is `<provider>_<kind>`; `aws.east` is a provider configuration.
      if (target.kind === 'resource' && !target.type.includes('_')) return undefined;
      const key = resourceKey(target.kind, target.type, target.name);
      if (declared.resources.has(key)) return undefined;
      const kind = target.kind === 'data' ? 'data source' : 'resource';
      return `Reference to undeclared ${kind} "${key}"${hint(key, declared.resources)}`;
    }
    case 'var':
      return declared.variables.has(target.name)
        ? undefined
        : `Reference to undeclared input variable "var.${target.name}"${hint(target.name, declared.variables)}`;
    case 'local':
      return declared.locals.has(target.name)
        ? undefined
        : `Reference to undeclared local value "local.${target.name}"${hint(target.name, declared.locals)}`;
    case 'module':
      return declared.modules.has(target.name)
        ? undefined
        : `Reference to undeclared module "module.${target.name}"${hint(target.name, declared.modules)}`;
    default:
      return undefined;
  }
}
