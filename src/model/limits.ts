/**
 * Bounds on what readers build while evaluating programs. A loop or a chain
 * of `s = s + s` doubles a string at each step: past these bounds the value
 * is unknown, so a hostile or runaway program cannot exhaust time or memory.
 */
import type { Span } from './source.js';
import type { Value } from './types.js';

export const MAX_TEMPLATE_PARTS = 256;
export const MAX_STRING_LENGTH = 64 * 1024;

/** True when a template of these parts stays within the bounds. */
export function withinBounds(parts: Value[]): boolean {
  if (parts.length > MAX_TEMPLATE_PARTS) return false;
  let length = 0;
  for (const part of parts) if (part.kind === 'literal' && typeof part.value === 'string') length += part.value.length;
  return length <= MAX_STRING_LENGTH;
}

export function tooLarge(span: Span): Value {
  return { kind: 'unknown', text: 'a string too long to follow', span };
}

/** Value nodes one expression may build before it stands for "too large" (counting shared nodes each time). */
export const MAX_EXPRESSION_NODES = 4096;

/**
 * True when the value trees hold more than `MAX_EXPRESSION_NODES` nodes. The
 * count stops at the bound, so it is cheap even on trees that share subtrees
 * exponentially (`s = s + s`, repeated).
 */
export function exceedsNodeBound(values: Value[]): boolean {
  let count = 0;
  const stack = [...values];
  while (stack.length) {
    const value = stack.pop()!;
    if (++count > MAX_EXPRESSION_NODES) return true;
    switch (value.kind) {
      case 'object':
        for (const entry of value.entries) stack.push(entry.value);
        break;
      case 'list':
        stack.push(...value.items);
        break;
      case 'template':
        stack.push(...value.parts);
        break;
      case 'call':
        stack.push(...value.args);
        if (value.folded) stack.push(value.folded);
        break;
      default:
        break;
    }
  }
  return false;
}
