import { answerDirectory, localModuleDirectory } from '../../model/answer-modules.js';
import { resourceKey } from '../../model/query.js';
import type { ModuleCall, Program, ReferenceValue, Value } from '../../model/types.js';
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
    // Except a child module the answer calls and shows without a single variable:
    // as delivered it has no inputs, and each name it reads fails the plan.
    const caller = partial && !declared.variables.size ? callerOf(program, context.inputPrograms ?? []) : undefined;
    const seen = new Set<string>();
    const reportedInputs = new Set<string>();
    const check = (value: Value | undefined) => {
      if (!value) return;
      walkValue(value, (node) => {
        if (node.kind !== 'reference') return;
        const omittedInput = caller !== undefined && node.target.kind === 'var';
        if (partial && !omittedInput && !kindIsShown(node, declared)) return;
        const problem = undeclared(node, declared);
        if (!problem) return;
        const key = `${node.span.file}:${node.span.start}`;
        if (seen.has(key)) return;
        seen.add(key);
        if (caller && node.target.kind === 'var') {
          // One finding per name: the declaration is what is missing, not each use.
          const name = node.target.name;
          if (reportedInputs.has(name)) return;
          reportedInputs.add(name);
          const passed = caller.args.entries.some((entry) => entry.key === name);
          context.report({
            message:
              `Reference to undeclared input variable "var.${name}": module "${caller.source}" (called by module ` +
              `"${caller.name}") declares no variables in the answer` +
              (passed ? '.' : ', and the call does not pass it.') +
              ` Declare variable "${name}" in the module.`,
            span: node.span,
          });
          return;
        }
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

/** The first module call of another program of the same answer whose local `source` is this program's directory. */
function callerOf(program: Program, programs: readonly Program[]): ModuleCall | undefined {
  const directory = answerDirectory(program);
  if (directory === undefined) return undefined;
  for (const other of programs) {
    if (other === program || other.framework !== 'terraform') continue;
    const call = other.modules.find((m) => localModuleDirectory(other, m) === directory);
    if (call) return call;
  }
  return undefined;
}

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
