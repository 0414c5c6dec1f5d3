import { referencedResource } from '../../model/query.js';
import type { Program, ReferenceValue, Resource, Value } from '../../model/types.js';
import { constantValue, walkValue } from '../../model/values.js';
import { describeResource } from '../describe.js';
import { defineRule, type RuleContext } from '../rule.js';

export default defineRule({
  meta: {
    id: 'terraform/for-each-key-mismatch',
    title: 'for_each resource indexed with keys it does not have',
    severity: 'high',
    frameworks: ['terraform'],
    description:
      'A `for_each` resource is indexed with a key outside its key set, or two `for_each` resources are zipped by `each.key` while their key sets differ.',
    rationale:
      'Terraform fails at plan with "Invalid index: the given key does not identify an element in this collection".',
    docs: 'https://developer.hashicorp.com/terraform/language/meta-arguments/for_each',
    fixable: 'none',
  },
  check(program, context) {
    for (const resource of [...program.resources, ...program.dataSources, undefined]) {
      const values: (Value | undefined)[] = resource ? [resource.args] : program.outputs.map((o) => o.value);
      const ownKeys = resource ? keySet(program, resource) : undefined;
      for (const value of values) if (value) checkIndexes(program, context, value, resource, ownKeys);
    }
  },
});

function checkIndexes(
  program: Program,
  context: RuleContext,
  value: Value,
  from: Resource | undefined,
  ownKeys: string[] | undefined,
): void {
  walkValue(value, (node) => {
    // `target["key"]`: the key is in the reference path.
    if (node.kind === 'reference') {
      const key = node.target.path[0];
      if (!key?.startsWith('["')) return;
      const target = referencedResource(program, node);
      const keys = target ? keySet(program, target) : undefined;
      const wanted = JSON.parse(key.slice(1, -1)) as unknown;
      if (target && keys && typeof wanted === 'string' && !keys.includes(wanted))
        context.report({
          message: `${describeResource(target)} has no instance "${wanted}": its for_each keys are ${list(keys)}.`,
          span: node.span,
          resource: from,
        });
      return;
    }
    // `target[each.key]` inside a for_each resource: the two key sets must agree.
    if (node.kind !== 'call' || node.name !== '[]' || !from || !ownKeys) return;
    const [base, index] = node.args;
    if (index?.kind !== 'reference' || index.target.kind !== 'each' || index.target.path[0] !== 'key') return;
    const target = referencedResource(program, base as ReferenceValue);
    const keys = target && target !== from ? keySet(program, target) : undefined;
    if (!target || !keys) return;
    const missing = ownKeys.filter((k) => !keys.includes(k));
    if (missing.length)
      context.report({
        message: `${describeResource(from)} indexes ${describeResource(target)} with each.key, but ${list(missing)} ${missing.length === 1 ? 'is' : 'are'} not among its keys (${list(keys)}); use the same key set for both.`,
        span: node.span,
        resource: from,
      });
  });
}

/** The constant key set of a for_each resource, when it can be known. */
function keySet(program: Program, resource: Resource): string[] | undefined {
  let value = resource.options.forEach;
  // Follow a chain of locals to the collection.
  for (
    let depth = 0;
    depth < 8 && value?.kind === 'reference' && value.target.kind === 'local' && value.target.path.length === 0;
    depth++
  )
    value = program.locals.get(value.target.name);
  const object =
    value?.kind === 'object'
      ? value
      : value?.kind === 'call' && value.folded?.kind === 'object'
        ? value.folded
        : undefined;
  if (object) return object.entries.map((e) => e.key);
  const constant = constantValue(value);
  if (Array.isArray(constant)) return constant.every((k) => typeof k === 'string') ? (constant as string[]) : undefined;
  if (constant && typeof constant === 'object') return Object.keys(constant);
  return undefined;
}

function list(keys: string[]): string {
  return keys.map((k) => `"${k}"`).join(', ');
}
