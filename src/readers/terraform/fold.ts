/**
 * Constant folding of Terraform function calls and operators, only where the
 * result is certain. Unfolded calls stay calls, so references inside them
 * remain visible to rules.
 */
import type { CallValue, LiteralValue, ObjectEntry, Value } from '../../model/types.js';
import { boolValue, constantValue, numberValue, stringValue } from '../../model/values.js';

function literal(value: LiteralValue['value'], call: CallValue): LiteralValue {
  return { kind: 'literal', value, span: call.span };
}

export function foldCall(call: CallValue): CallValue {
  const folded = foldedCall(call);
  if (folded) call.folded = folded;
  return call;
}

function foldedCall(call: CallValue): Value | undefined {
  const [first, second, third] = call.args;
  switch (call.name) {
    case 'jsonencode': {
      const constant = constantValue(first);
      return constant === undefined ? undefined : literal(JSON.stringify(constant), call);
    }
    case 'lower':
    case 'upper': {
      const text = stringValue(first);
      if (text === undefined) return undefined;
      return literal(call.name === 'lower' ? text.toLowerCase() : text.toUpperCase(), call);
    }
    case 'tostring':
      return stringValue(first) === undefined ? undefined : literal(stringValue(first)!, call);
    case 'tonumber': {
      const number = numberValue(first);
      return number === undefined ? undefined : literal(number, call);
    }
    case 'tolist':
    case 'toset':
    case 'tomap':
      return first && (first.kind === 'list' || first.kind === 'object') ? first : undefined;
    case 'merge': {
      // Later objects win; only when every argument is an object literal.
      const entries = new Map<string, ObjectEntry>();
      for (const a of call.args) {
        if (a.kind !== 'object') return undefined;
        for (const entry of a.entries) entries.set(entry.key, entry);
      }
      return { kind: 'object', entries: [...entries.values()], span: call.span };
    }
    case 'concat': {
      const items: Value[] = [];
      for (const a of call.args) {
        if (a.kind !== 'list') return undefined;
        items.push(...a.items);
      }
      return { kind: 'list', items, span: call.span };
    }
    case 'join': {
      const separator = stringValue(first);
      if (separator === undefined || second?.kind !== 'list') return undefined;
      const parts = second.items.map(stringValue);
      return parts.every((p) => p !== undefined) ? literal(parts.join(separator), call) : undefined;
    }
    case 'format': {
      const pattern = stringValue(first);
      if (pattern === undefined) return undefined;
      const values = call.args.slice(1).map(stringValue);
      if (values.some((v) => v === undefined)) return undefined;
      let index = 0;
      let failed = false;
      const text = pattern.replace(/%(%|s|d)/g, (_, verb: string) => {
        if (verb === '%') return '%';
        if (index >= values.length) failed = true;
        return values[index++] ?? '';
      });
      return failed ? undefined : literal(text, call);
    }
    case '?:': {
      const condition = boolValue(first);
      if (condition === undefined) return undefined;
      return condition ? second : third;
    }
    default:
      return undefined;
  }
}

export function foldOperation(call: CallValue): CallValue {
  const [a, b] = call.args;
  const op = call.name;
  if (call.args.length === 1) {
    if (op === '!' && boolValue(a) !== undefined) call.folded = literal(!boolValue(a), call);
    if (op === '-' && numberValue(a) !== undefined) call.folded = literal(-numberValue(a)!, call);
    return call;
  }
  if (op === '==' || op === '!=') {
    const x = constantValue(a);
    const y = constantValue(b);
    if (x !== undefined && y !== undefined && typeof x !== 'object' && typeof y !== 'object')
      call.folded = literal(op === '==' ? x === y : x !== y, call);
    return call;
  }
  if (op === '&&' || op === '||') {
    const x = boolValue(a);
    const y = boolValue(b);
    if (x !== undefined && y !== undefined) call.folded = literal(op === '&&' ? x && y : x || y, call);
    return call;
  }
  const x = numberValue(a);
  const y = numberValue(b);
  if (x === undefined || y === undefined) return call;
  const result =
    op === '+' ? x + y : op === '-' ? x - y : op === '*' ? x * y : op === '/' ? x / y : op === '%' ? x % y : undefined;
  if (result !== undefined && Number.isFinite(result)) call.folded = literal(result, call);
  else if (op === '<' || op === '>' || op === '<=' || op === '>=')
    call.folded = literal(op === '<' ? x < y : op === '>' ? x > y : op === '<=' ? x <= y : x >= y, call);
  return call;
}
