/**
 * Queries over value trees. Rules use these instead of inspecting node kinds,
 * so that "not statically known" is handled the same way everywhere.
 */
import type { ObjectValue, Resource, Value } from './types.js';

/** The entry value for `key` in an object, or undefined. */
export function field(value: Value | undefined, key: string): Value | undefined {
  const object = asObject(value);
  if (!object) return undefined;
  for (const entry of object.entries) if (entry.key === key) return entry.value;
  return undefined;
}

/**
 * Follows a dotted path of keys through objects. A list met on the way (a
 * Terraform block that may repeat, or a Pulumi list of one object) is entered
 * through its first item.
 */
export function at(value: Value | undefined, path: string): Value | undefined {
  let current = value;
  for (const key of path.split('.')) {
    current = field(current, key);
    if (current === undefined) return undefined;
  }
  return current;
}

/** Argument of a resource by canonical dotted path (`environment.variables`). */
export function arg(resource: Resource, path: string): Value | undefined {
  return at(resource.args, path);
}

/** The object a value stands for: itself, the first item of a list of objects, or a folded call. */
export function asObject(value: Value | undefined): ObjectValue | undefined {
  if (!value) return undefined;
  if (value.kind === 'object') return value;
  if (value.kind === 'list' && value.items.length > 0) return asObject(value.items[0]);
  if (value.kind === 'call' && value.folded) return asObject(value.folded);
  return undefined;
}

/** The items of a value seen as a list: list items, or the value itself when it is a single block/object. */
export function items(value: Value | undefined): Value[] {
  if (!value) return [];
  if (value.kind === 'list') return value.items;
  if (value.kind === 'call' && value.folded) return items(value.folded);
  if (value.kind === 'unknown') return [];
  return [value];
}

/** A statically known string: a string literal, a template of known parts, or a folded call. */
export function stringValue(value: Value | undefined): string | undefined {
  if (!value) return undefined;
  switch (value.kind) {
    case 'literal':
      return typeof value.value === 'string' ? value.value : value.value === null ? undefined : String(value.value);
    case 'template': {
      let out = '';
      for (const part of value.parts) {
        const text = stringValue(part);
        if (text === undefined) return undefined;
        out += text;
      }
      return out;
    }
    case 'call':
      return value.folded ? stringValue(value.folded) : undefined;
    default:
      return undefined;
  }
}

/** Stands for a part of a string that is not known statically, in `stringShape`. */
export const UNKNOWN_PART = '\u0000';

/**
 * A string whose parts may be unknown, with `UNKNOWN_PART` for each unknown
 * part: `arn:aws:iam::${account}:root` has the shape `arn:aws:iam::\0:root`.
 */
export function stringShape(value: Value | undefined): string | undefined {
  const known = stringValue(value);
  if (known !== undefined || !value) return known;
  if (value.kind === 'template') return value.parts.map((part) => stringValue(part) ?? UNKNOWN_PART).join('');
  // Pulumi's string builders give their parts joined: `pulumi.interpolate\`arn:...:${account}:root\`` has the template's shape.
  if (value.kind === 'call' && PULUMI_STRING_BUILDERS.has(value.name) && value.args.length > 0)
    return value.args.map((part) => stringShape(part) ?? UNKNOWN_PART).join('');
  return undefined;
}

/** The Pulumi calls (TypeScript and Python readers' names) that build a string from their arguments in order. */
const PULUMI_STRING_BUILDERS = new Set(['pulumi.interpolate', 'pulumi.concat', 'pulumi.Output.concat']);

/** A statically known number (numeric literal or numeric string). */
export function numberValue(value: Value | undefined): number | undefined {
  if (!value) return undefined;
  if (value.kind === 'literal' && typeof value.value === 'number') return value.value;
  if (value.kind === 'call' && value.folded) return numberValue(value.folded);
  const text = value.kind === 'literal' && typeof value.value === 'string' ? value.value : undefined;
  if (text !== undefined && text.trim() !== '' && Number.isFinite(Number(text))) return Number(text);
  return undefined;
}

/** A statically known boolean (also `"true"`/`"false"` strings, as Terraform converts them). */
export function boolValue(value: Value | undefined): boolean | undefined {
  if (!value) return undefined;
  if (value.kind === 'literal') {
    if (typeof value.value === 'boolean') return value.value;
    if (value.value === 'true') return true;
    if (value.value === 'false') return false;
  }
  if (value.kind === 'call' && value.folded) return boolValue(value.folded);
  return undefined;
}

/** True when the value, or any part of it, cannot be known statically. */
export function hasUnknown(value: Value): boolean {
  let unknown = false;
  walkValue(value, (node) => {
    if (node.kind === 'unknown' || node.kind === 'reference' || (node.kind === 'call' && !node.folded)) unknown = true;
  });
  return unknown;
}

/** Plain JavaScript value of a fully constant tree, or undefined when some part is not known. */
export function constantValue(value: Value | undefined): unknown {
  if (!value) return undefined;
  switch (value.kind) {
    case 'literal':
      return value.value;
    case 'template':
      return stringValue(value);
    case 'call':
      return value.folded ? constantValue(value.folded) : undefined;
    case 'list': {
      const out: unknown[] = [];
      for (const item of value.items) {
        const constant = constantValue(item);
        if (constant === undefined) return undefined;
        out.push(constant);
      }
      return out;
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const entry of value.entries) {
        const constant = constantValue(entry.value);
        if (constant === undefined) return undefined;
        out[entry.key] = constant;
      }
      return out;
    }
    default:
      return undefined;
  }
}

/**
 * Visits every node of a value tree, depth first. The callback may return
 * `false` to skip a node's children. Folded calls are visited through both
 * their arguments and their folded result only once: the arguments.
 */
export function walkValue(value: Value, visit: (node: Value) => boolean | void): void {
  if (visit(value) === false) return;
  switch (value.kind) {
    case 'object':
      for (const entry of value.entries) walkValue(entry.value, visit);
      break;
    case 'list':
      for (const item of value.items) walkValue(item, visit);
      break;
    case 'template':
      for (const part of value.parts) walkValue(part, visit);
      break;
    case 'call':
      for (const a of value.args) walkValue(a, visit);
      break;
    default:
      break;
  }
}

/** Every reference in a value tree. */
export function referencesIn(value: Value | undefined): Extract<Value, { kind: 'reference' }>[] {
  const out: Extract<Value, { kind: 'reference' }>[] = [];
  if (value)
    walkValue(value, (node) => {
      if (node.kind === 'reference') out.push(node);
    });
  return out;
}

/** Source-like rendering of a value, for messages. */
export function describeValue(value: Value | undefined): string {
  if (!value) return 'nothing';
  switch (value.kind) {
    case 'literal':
      return typeof value.value === 'string' ? JSON.stringify(value.value) : String(value.value);
    case 'reference':
      return value.text;
    case 'unknown':
      return value.text ?? 'an unknown value';
    case 'template': {
      const text = value.parts
        .map((part) => {
          const known = stringValue(part);
          return known !== undefined ? JSON.stringify(known).slice(1, -1) : `\${${describeValue(part)}}`;
        })
        .join('');
      return `"${text}"`;
    }
    case 'call':
      // `aws_x.y[each.key].z`: the reference keeps the whole expression's text.
      if (value.name === '[]' && value.args[0]) return describeValue(value.args[0]);
      // Operators (`||`, `??`, `+`, `==`) read better infix than as a call.
      if (value.args.length === 2 && !/[\w.]/.test(value.name))
        return `${describeValue(value.args[0])} ${value.name} ${describeValue(value.args[1])}`;
      return `${value.name}(...)`;
    case 'object':
      return 'an object';
    case 'list':
      return 'a list';
  }
}
