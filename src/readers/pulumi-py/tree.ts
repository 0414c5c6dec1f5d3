/**
 * A plain copy of tree-sitter's syntax tree, built in one cursor walk.
 *
 * The Node binding creates a new JavaScript object (through a native call)
 * every time a node's children, fields or offsets are read; the evaluator
 * reads them many times. Copying once makes those reads plain property reads,
 * which profiling showed to be most of the Python reader's time.
 */
import type Parser from 'tree-sitter';
import { lineIndexIn, lineStartsOf } from '../../model/source.js';

export class PyNode {
  readonly children: PyNode[] = [];
  private fields?: Map<string, PyNode[]>;
  private named?: PyNode[];
  hasError = false;
  /** The field of its parent this node fills (`function`, `arguments`…), if any. */
  fieldName: string | null = null;
  /** On the root: every comment node of the tree, in order (collected during the copy). */
  comments?: PyNode[];

  constructor(
    private readonly source: string,
    private readonly lineStarts: number[],
    readonly type: string,
    readonly isNamed: boolean,
    readonly isMissing: boolean,
    readonly startIndex: number,
    readonly endIndex: number,
    readonly parent: PyNode | null,
  ) {}

  get text(): string {
    return this.source.slice(this.startIndex, this.endIndex);
  }

  get namedChildren(): PyNode[] {
    this.named ??= this.children.filter((c) => c.isNamed);
    return this.named;
  }

  get nextSibling(): PyNode | null {
    const siblings = this.parent?.children;
    if (!siblings) return null;
    return siblings[siblings.indexOf(this) + 1] ?? null;
  }

  get startPosition(): { row: number; column: number } {
    return this.positionOf(this.startIndex);
  }

  get endPosition(): { row: number; column: number } {
    return this.positionOf(this.endIndex);
  }

  childForFieldName(name: string): PyNode | null {
    return this.fields?.get(name)?.[0] ?? null;
  }

  childrenForFieldName(name: string): PyNode[] {
    return this.fields?.get(name) ?? [];
  }

  /** Descendants of a type, in document order (the node itself excluded). */
  descendantsOfType(type: string): PyNode[] {
    const out: PyNode[] = [];
    const visit = (node: PyNode) => {
      for (const child of node.children) {
        if (child.type === type) out.push(child);
        visit(child);
      }
    };
    visit(this);
    return out;
  }

  addChild(child: PyNode): void {
    this.children.push(child);
    if (child.hasError) this.hasError = true;
    const field = child.fieldName;
    if (!field) return;
    this.fields ??= new Map();
    const list = this.fields.get(field);
    if (list) list.push(child);
    else this.fields.set(field, [child]);
  }

  private positionOf(offset: number): { row: number; column: number } {
    const row = lineIndexIn(this.lineStarts, offset);
    return { row, column: offset - this.lineStarts[row] };
  }
}

/**
 * Node type names and whether they are named, by type id, and field names by
 * field id, learnt as met: asking the cursor for a number is one cheap native
 * call, where a name is a string made anew for every node (the copy's main
 * cost). Both depend on the id alone (tree-sitter derives them from the
 * language's symbol table).
 */
const typeNames: string[] = [];
const typeIsNamed: boolean[] = [];
const fieldNames: (string | null)[] = [null];

/** Copies a tree-sitter tree into plain nodes. */
export function plainTree(tree: Parser.Tree, source: string): PyNode {
  const lineStarts = lineStartsOf(source);
  const cursor = tree.walk();
  // Missing nodes only exist in trees with errors; asking costs a native call per node.
  const mayMiss = tree.rootNode.hasError;
  const make = (parent: PyNode | null) => {
    const id = cursor.nodeTypeId;
    let type = typeNames[id];
    if (type === undefined) {
      type = typeNames[id] = cursor.nodeType;
      typeIsNamed[id] = cursor.nodeIsNamed;
    }
    const node = new PyNode(
      source,
      lineStarts,
      type,
      typeIsNamed[id],
      mayMiss && cursor.nodeIsMissing,
      cursor.startIndex,
      cursor.endIndex,
      parent,
    );
    if (type === 'ERROR' || node.isMissing) node.hasError = true;
    return node;
  };
  const fieldName = () => {
    const id = cursor.currentFieldId;
    let name = fieldNames[id];
    if (name === undefined) name = fieldNames[id] = cursor.currentFieldName || null;
    return name;
  };
  // Iterative walk: deeply nested code must not overflow the stack.
  const root = make(null);
  const comments: PyNode[] = (root.comments = []);
  const stack: PyNode[] = [root];
  let descending = cursor.gotoFirstChild();
  while (stack.length) {
    if (descending) {
      const parent = stack[stack.length - 1];
      const node = make(parent);
      node.fieldName = fieldName();
      if (node.type === 'comment') comments.push(node);
      stack.push(node);
      descending = cursor.gotoFirstChild();
      continue;
    }
    // Leaving the node on top of the stack: attach it to its parent, then go to its next sibling.
    const done = stack.pop()!;
    const parent = stack[stack.length - 1];
    if (parent) parent.addChild(done);
    if (!parent) break;
    if (cursor.gotoNextSibling()) descending = true;
    else cursor.gotoParent();
  }
  return root;
}
