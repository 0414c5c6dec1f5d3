/**
 * Cross-resource queries over a program, indexed once per program.
 */
import type { Program, Resource, Value, Variable } from './types.js';
import { referencesIn, stringValue, walkValue } from './values.js';

interface ProgramIndex {
  byKey: Map<string, Resource>;
  byType: Map<string, Resource[]>;
  /** Resources whose arguments or options reference a given resource key. */
  referrers: Map<string, Resource[]>;
}

const indexes = new WeakMap<Program, ProgramIndex>();

export function resourceKey(mode: 'resource' | 'data', type: string, name: string): string {
  return `${mode === 'data' ? 'data.' : ''}${type}.${name}`;
}

function indexOf(program: Program): ProgramIndex {
  let index = indexes.get(program);
  if (index) return index;
  index = { byKey: new Map(), byType: new Map(), referrers: new Map() };
  for (const resource of [...program.resources, ...program.dataSources]) {
    index.byKey.set(resourceKey(resource.mode, resource.type, resource.name), resource);
    const list = index.byType.get(resource.type) ?? [];
    list.push(resource);
    index.byType.set(resource.type, list);
  }
  for (const resource of [...program.resources, ...program.dataSources]) {
    const seen = new Set<string>();
    const values: Value[] = [resource.args, ...resource.options.dependsOn];
    for (const value of values)
      for (const ref of referencesIn(value)) {
        const target = ref.target;
        if (target.kind !== 'resource' && target.kind !== 'data') continue;
        const key = resourceKey(target.kind, target.type, target.name);
        if (seen.has(key)) continue;
        seen.add(key);
        const list = index.referrers.get(key) ?? [];
        list.push(resource);
        index.referrers.set(key, list);
      }
  }
  indexes.set(program, index);
  return index;
}

/** Managed resources (or data sources) of one canonical type. */
export function resourcesOfType(program: Program, type: string, mode: 'resource' | 'data' = 'resource'): Resource[] {
  return (indexOf(program).byType.get(type) ?? []).filter((r) => r.mode === mode);
}

/** The resource a value refers to, when it is a reference to a resource of the program. */
export function referencedResource(program: Program, value: Value | undefined): Resource | undefined {
  if (!value) return undefined;
  if (value.kind === 'call' && value.folded) return referencedResource(program, value.folded);
  if (value.kind !== 'reference') return undefined;
  const target = value.target;
  if (target.kind !== 'resource' && target.kind !== 'data') return undefined;
  return indexOf(program).byKey.get(resourceKey(target.kind, target.type, target.name));
}

/** Every resource of the program referenced anywhere inside a value. */
export function referencedResources(program: Program, value: Value | undefined): Resource[] {
  const out: Resource[] = [];
  if (!value) return out;
  walkValue(value, (node) => {
    const resource = node.kind === 'reference' ? referencedResource(program, node) : undefined;
    if (resource && !out.includes(resource)) out.push(resource);
  });
  return out;
}

/**
 * Whether an input decides if the resource is created: `count`/`for_each`, a template
 * Condition, or an `if` whose test is known only at deploy time.
 */
export function isConditional(program: Program, resource: Resource): boolean {
  return (
    resource.conditional === true ||
    resource.options.count !== undefined ||
    resource.options.forEach !== undefined ||
    program.template?.attributes.get(resource.name)?.condition !== undefined
  );
}

/** Resources that reference `resource` in their arguments or depends-on. */
export function referrersOf(program: Program, resource: Resource): Resource[] {
  return indexOf(program).referrers.get(resourceKey(resource.mode, resource.type, resource.name)) ?? [];
}

/** Whether `from` references `to` in its arguments or options. */
export function referencesResource(program: Program, from: Resource, to: Resource): boolean {
  return referrersOf(program, to).includes(from);
}

/** Whether `from` lists `to` in its explicit dependencies (a template's `DependsOn` names it by logical name). */
export function dependsOn(program: Program, from: Resource, to: Resource): boolean {
  return from.options.dependsOn.some((value) =>
    program.template ? stringValue(value) === to.name : referencedResources(program, value).includes(to),
  );
}

/**
 * Every reference a value depends on, following `local.x` to the local's own
 * value (through chains of locals; cycles stop).
 */
export function dependencies(program: Program, value: Value | undefined, seen = new Set<string>()): Value[] {
  const out: Value[] = [];
  if (!value) return out;
  walkValue(value, (node) => {
    if (node.kind === 'call' && !node.folded) out.push(node);
    if (node.kind !== 'reference') return;
    out.push(node);
    if (node.target.kind === 'local' && !seen.has(node.target.name)) {
      seen.add(node.target.name);
      out.push(...dependencies(program, program.locals.get(node.target.name), seen));
    }
  });
  return out;
}

/**
 * A Terraform module that configures no AWS provider and no backend: a child module (the root
 * passes its provider in) or the part of a root module an answer shows without its provider file.
 */
export function configuresNoAwsProvider(program: Program): boolean {
  return (
    program.framework === 'terraform' &&
    !program.providers.some((p) => p.name === 'aws' && p.explicit) &&
    program.backends.length === 0
  );
}

/**
 * A Terraform child module: it configures no provider and lives under a `modules/` directory
 * (the convention `module` blocks call, as in `source = "./modules/network"`). Its inputs are
 * what the caller passes (a name prefix may carry the environment suffix).
 */
export function isTerraformChildModule(program: Program): boolean {
  return (
    configuresNoAwsProvider(program) &&
    program.files.length > 0 &&
    program.files.every((f) => f.path.split(/[\\/]/).slice(0, -1).includes('modules'))
  );
}

/** A Terraform variable of the program, by name. */
export function terraformVariable(program: Program, name: string): Variable | undefined {
  return program.variables.find((v) => v.source === 'variable' && v.name === name);
}

/** What a plan without `-var` takes for a variable: what an auto-loaded variable file assigns it, else its default. */
export function plannedValue(variable: Variable | undefined): Value | undefined {
  return variable?.assigned?.value ?? variable?.default;
}
