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

/** What the nodes of one tree share. */
interface PyTree {
  readonly source: string;
  readonly lineStarts: number[];
  /** Every comment node of the tree, in order (collected during the copy). */
  readonly comments: PyNode[];
  /** Every argument list of the tree, in document order (collected during the copy). */
  readonly argumentLists: PyNode[];
}

/** The children of every leaf: one array, not one each. */
const NO_CHILDREN: readonly PyNode[] = Object.freeze([]);

export class PyNode {
  /** Exactly as long as needed: a tree is most of what the reader keeps alive while it reads a file. */
  children: readonly PyNode[] = NO_CHILDREN;
  private named?: PyNode[];
  hasError = false;
  /** The field of its parent this node fills (`function`, `arguments`…), if any. */
  fieldName: string | null = null;

  constructor(
    private readonly tree: PyTree,
    readonly type: string,
    readonly isNamed: boolean,
    readonly isMissing: boolean,
    readonly startIndex: number,
    readonly endIndex: number,
    readonly parent: PyNode | null,
  ) {}

  /** Every comment of this node's whole tree, in order. */
  get comments(): readonly PyNode[] {
    return this.tree.comments;
  }

  /** Every call's argument list in this node's whole tree, in document order. */
  get argumentLists(): readonly PyNode[] {
    return this.tree.argumentLists;
  }

  get text(): string {
    return this.tree.source.slice(this.startIndex, this.endIndex);
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

  // A node has a handful of children: looking through them is as quick as a map, which each node would need.
  childForFieldName(name: string): PyNode | null {
    for (const child of this.children) if (child.fieldName === name) return child;
    return null;
  }

  childrenForFieldName(name: string): PyNode[] {
    return this.children.filter((child) => child.fieldName === name);
  }

  /** Descendants of a type, in document order (the node itself excluded). */
  descendantsOfType(type: string): PyNode[] {
    // Iterative and indexed: handler analysis asks this of whole trees many times, and a recursive
    // walk over iterators made a gigabyte of garbage on the Pulumi + Terraform corpus.
    const out: PyNode[] = [];
    const stack: PyNode[] = [];
    for (let i = this.children.length - 1; i >= 0; i--) stack.push(this.children[i]);
    while (stack.length) {
      const node = stack.pop()!;
      if (node.type === type) out.push(node);
      const children = node.children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
    return out;
  }

  private positionOf(offset: number): { row: number; column: number } {
    const row = lineIndexIn(this.tree.lineStarts, offset);
    return { row, column: offset - this.tree.lineStarts[row] };
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

/** What the grammar's node-types.json tells the copy, to spare it native calls. */
export interface GrammarFacts {
  /** The node types whose children the grammar names: only their children are asked for a field. */
  readonly fieldedTypes: ReadonlySet<string>;
  /**
   * The anonymous node types that are tokens (`(`, `def`, `+=`): leaves whose text is their type. An anonymous
   * type the grammar makes of a sequence (`not in`) has an entry with fields, and is not one.
   */
  readonly tokenTypes: ReadonlySet<string>;
}

/**
 * Copies a tree-sitter tree into plain nodes. With the grammar's facts, only the children of fielded types are
 * asked for their field (a native call each, for about half the nodes; an ERROR node's children are always
 * asked), and a token is asked neither for its end nor for children (a third of the nodes) in a tree without
 * missing nodes, where a token is as long as its type.
 */
export function plainTree(
  tree: Parser.Tree,
  source: string,
  lineStarts = lineStartsOf(source),
  grammar?: GrammarFacts,
): PyNode {
  const comments: PyNode[] = [];
  const argumentLists: PyNode[] = [];
  const shared: PyTree = { source, lineStarts, comments, argumentLists };
  const cursor = tree.walk();
  // Missing nodes only exist in trees with errors; asking costs a native call per node.
  const mayMiss = tree.rootNode.hasError;
  // Whether a type id is a token this copy need not ask for its end or children (by this copy's grammar facts),
  // and whether the node `make` made last is one.
  const isToken: boolean[] = [];
  let madeToken = false;
  const make = (parent: PyNode | null) => {
    const id = cursor.nodeTypeId;
    let type = typeNames[id];
    if (type === undefined) {
      type = typeNames[id] = cursor.nodeType;
      typeIsNamed[id] = cursor.nodeIsNamed;
    }
    let token = isToken[id];
    if (token === undefined) token = isToken[id] = !mayMiss && !typeIsNamed[id] && !!grammar?.tokenTypes.has(type);
    madeToken = token;
    const start = cursor.startIndex;
    const node = new PyNode(
      shared,
      type,
      typeIsNamed[id],
      mayMiss && cursor.nodeIsMissing,
      start,
      token ? start + type.length : cursor.endIndex,
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
  // Iterative walk: deeply nested code must not overflow the stack. The nodes on `open` are entered and
  // not yet left; `done` holds the children of each, from `firstDone` of it on, until it is left.
  const root = make(null);
  const open: PyNode[] = [root];
  const firstDone: number[] = [0];
  const done: PyNode[] = [];
  let descending = cursor.gotoFirstChild();
  while (open.length) {
    if (descending) {
      const parent = open[open.length - 1];
      const node = make(parent);
      if (!grammar || grammar.fieldedTypes.has(parent.type) || parent.type === 'ERROR') node.fieldName = fieldName();
      if (node.type === 'comment') comments.push(node);
      else if (node.type === 'argument_list') argumentLists.push(node);
      if (madeToken) {
        // A token has no children: it is left as soon as it is entered.
        done.push(node);
        descending = cursor.gotoNextSibling();
        if (!descending) cursor.gotoParent();
        continue;
      }
      open.push(node);
      firstDone.push(done.length);
      descending = cursor.gotoFirstChild();
      continue;
    }
    // Leaving the node on top of `open`: its children are complete; it becomes one of its parent's.
    const left = open.pop()!;
    const first = firstDone.pop()!;
    if (first < done.length) {
      left.children = done.slice(first);
      done.length = first;
      if (!left.hasError) left.hasError = left.children.some((child) => child.hasError);
    }
    if (!open.length) break;
    done.push(left);
    if (cursor.gotoNextSibling()) descending = true;
    else cursor.gotoParent();
  }
  return root;
}
