/**
 * Whether a resource is one instance of an iteration over the program's
 * environments: a program that deploys every environment itself (a Terraform
 * `for_each = toset(var.environments)`, a Pulumi loop over `["dev", "prod"]`),
 * where the iteration key in a name is the environment.
 */
import { sameSpan } from '../../model/source.js';
import { referencedResource } from '../../model/query.js';
import type { Program, Resource, Value } from '../../model/types.js';
import { stringValue } from '../../model/values.js';

/** Conventional names of deployment stages, as iteration keys and list items spell them. */
const STAGE_NAMES = new Set([
  'dev',
  'development',
  'test',
  'testing',
  'qa',
  'uat',
  'stage',
  'staging',
  'preprod',
  'prod',
  'production',
  'sandbox',
]);

/** Words of a collection of environments: `var.environments`, `local.env_config`, `var.stages`. */
const ENVIRONMENT_COLLECTION_WORDS = new Set([
  'env',
  'envs',
  'environment',
  'environments',
  'stage',
  'stages',
  'workspace',
  'workspaces',
]);

/** Words of an identifier: `environmentSuffix` → environment, suffix; `env_vars` → env, vars. */
export function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function namesStage(text: string): boolean {
  return wordsOf(text).some((w) => STAGE_NAMES.has(w));
}

/**
 * Whether a Terraform resource's `for_each` keys are the environments: the
 * collection is an input or local named for them (`var.environments`,
 * `local.env_config`, also through `toset`, `setproduct` or a `for`
 * expression), another resource iterating over them (`for_each = aws_vpc.main`),
 * or a literal set or map of stage names (`toset(["dev", "test"])`).
 */
export function iteratesOverEnvironments(program: Program, resource: Resource): boolean {
  return keysAreEnvironments(program, resource.options.forEach, new Set([resource]));
}

function keysAreEnvironments(program: Program, value: Value | undefined, seen: Set<Resource>): boolean {
  if (!value) return false;
  switch (value.kind) {
    case 'reference': {
      const target = value.target;
      // An element of a collection (`local.env_config[var.environment].buckets`) is keyed by something else.
      if (target.path.length > 0) return false;
      if (target.kind === 'var' || target.kind === 'local') {
        if (wordsOf(target.name).some((w) => ENVIRONMENT_COLLECTION_WORDS.has(w))) return true;
        return target.kind === 'local' && keysAreEnvironments(program, program.locals.get(target.name), seen);
      }
      if (target.kind === 'resource') {
        const other = referencedResource(program, value);
        if (!other || seen.has(other)) return false;
        seen.add(other);
        return keysAreEnvironments(program, other.options.forEach, seen);
      }
      return false;
    }
    case 'call': {
      if (value.folded) return keysAreEnvironments(program, value.folded, seen);
      // Indexing picks one element; an attribute of an expression is not a collection of environments.
      if (value.name === '[]' || value.name === '.') return false;
      // `var.enabled ? toset(var.environments) : toset([])`: the branches, not the condition.
      if (value.name === '?:') {
        const branches = value.args.slice(1);
        return (
          branches.some((b) => keysAreEnvironments(program, b, seen)) &&
          branches.every((b) => isEmptyCollection(b) || keysAreEnvironments(program, b, seen))
        );
      }
      // `for` iterates over its first argument; toset, tomap, merge, setproduct keep their arguments' keys.
      const args = value.name === 'for' ? value.args.slice(0, 1) : value.args;
      return args.some((a) => keysAreEnvironments(program, a, seen));
    }
    case 'list':
      return value.items.length > 0 && value.items.every((item) => namesStage(stringValue(item) ?? ''));
    case 'object':
      return value.entries.length > 0 && value.entries.every((entry) => namesStage(entry.key));
    default:
      return false;
  }
}

function isEmptyCollection(value: Value | undefined): boolean {
  if (!value) return false;
  if (value.kind === 'list') return value.items.length === 0;
  if (value.kind === 'object') return value.entries.length === 0;
  if (value.kind === 'call')
    return value.folded ? isEmptyCollection(value.folded) : value.args.every(isEmptyCollection);
  return false;
}

/**
 * Whether a name is one of the names a loop the reader unrolled gives
 * (Pulumi `for env in ["dev", "prod"]:`): another resource of the same type
 * takes its name from the same source text, and the words that tell the two
 * names apart are stage names (`acme-data-dev` beside `acme-data-prod`).
 */
export function isEnvironmentInstance(program: Program, resource: Resource, key: string, value: Value): boolean {
  const text = stringValue(value);
  if (text === undefined) return false;
  const words = wordsOf(text);
  return program.resources.some((other) => {
    if (other === resource || other.type !== resource.type) return false;
    const sibling = other.args.entries.find((e) => e.key === key)?.value;
    if (!sibling || !sameSpan(sibling.span, value.span)) return false;
    const otherText = stringValue(sibling);
    if (otherText === undefined || otherText === text) return false;
    const otherWords = new Set(wordsOf(otherText));
    const distinct = words.filter((w) => !otherWords.has(w));
    return distinct.length > 0 && distinct.every((w) => STAGE_NAMES.has(w));
  });
}
