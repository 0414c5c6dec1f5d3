/** A node of oxc's ESTree tree as the handler analyses walk it: its type and offsets, its other fields read by name. */
export interface JsNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** The name an identifier or a string literal gives a property or key (`a.name`, `{ 'name': … }`). */
export function propertyName(node: JsNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'Identifier' || node.type === 'IdentifierName') return node.name as string;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  return undefined;
}

/**
 * Visits every node of an oxc tree, depth first, until `visit` returns true; whether it did.
 * (Walks that carry context down the tree, such as the enclosing function, keep their own.)
 */
export function findJsNode(root: unknown, visit: (node: JsNode) => boolean | void): boolean {
  const stack: unknown[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
      continue;
    }
    const n = node as JsNode;
    if (typeof n.type !== 'string') continue;
    if (visit(n) === true) return true;
    const children = Object.entries(n).filter(([key, value]) => key !== 'type' && typeof value === 'object');
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i][1]);
  }
  return false;
}
