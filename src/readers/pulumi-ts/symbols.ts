/**
 * What a name stands for while the reader walks a program: either a model
 * `Value`, or a symbol the model has no value for (the `@pulumi/aws` module,
 * a resource object, a config object, a local function or class…).
 */
import type { SourceFile, Span } from '../../model/source.js';
import type { Provider, Resource, Value } from '../../model/types.js';
import type { AstNode } from './ast.js';

/** One source file being read. */
export interface ModuleContext {
  source: SourceFile;
  exports: Map<string, Item>;
  state: 'new' | 'reading' | 'done';
  /** Top-level `export const` values: stack outputs when the module is the program's entry. */
  exportedValues: { name: string; value: Value; span: Span }[];
  /** Line comments by the 0-based line they end. */
  commentsByLine: Map<number, { start: number; value: string }>;
}

export interface FunctionSym {
  sym: 'function';
  node: AstNode;
  scope: Scope;
  module: ModuleContext;
  /** `this` inside a method. */
  self?: Item;
  calls: number;
}

export interface ClassSym {
  sym: 'class';
  node: AstNode;
  scope: Scope;
  module: ModuleContext;
  evaluated: boolean;
  instance: InstanceSym;
}

export interface InstanceSym {
  sym: 'instance';
  name: string;
  fields: Map<string, Item>;
  methods: Map<string, FunctionSym>;
}

export type Sym =
  /** `@pulumi/aws` or a member path inside it (`['s3']`, `['s3', 'Bucket']`). */
  | { sym: 'aws'; path: string[] }
  /** `@pulumi/pulumi` or a member path inside it. */
  | { sym: 'pulumi'; path: string[] }
  /** Another package (`path`, `fs`, `@pulumi/random`…): only its name is known. */
  | { sym: 'package'; name: string; path: string[] }
  | { sym: 'resource'; resource: Resource }
  | { sym: 'provider'; provider: Provider; text: string }
  | { sym: 'config'; namespace?: string }
  /** `process.env`. */
  | { sym: 'env' }
  /** The inputs parameter of a component's constructor: its fields are the component's variables. */
  | { sym: 'inputs' }
  /** `pulumi.all([...])`: the items, for the `apply` callback's parameters. */
  | { sym: 'all'; value: Value }
  /** A namespace import of a relative module. */
  | { sym: 'module'; module: ModuleContext }
  /** A named import of a relative module, resolved when read (imports may be cyclic). */
  | { sym: 'import'; module: ModuleContext; name: string }
  | FunctionSym
  | ClassSym
  | InstanceSym;

export type Item = Value | Sym;

export function isSym(item: Item | undefined): item is Sym {
  return !!item && 'sym' in item;
}

export function isValue(item: Item | undefined): item is Value {
  return !!item && 'kind' in item;
}

interface Binding {
  item: Item;
  /** The declaration's initializer, to find the literal behind a name (inline handler code). */
  init?: AstNode;
  module?: ModuleContext;
}

export class Scope {
  private readonly bindings = new Map<string, Binding>();

  constructor(readonly parent?: Scope) {}

  define(name: string, item: Item, init?: AstNode, module?: ModuleContext): void {
    this.bindings.set(name, { item, init, module });
  }

  /** Reassignment: updates the nearest binding, or defines one here. */
  assign(name: string, item: Item): void {
    const binding = this.lookup(name);
    if (!binding) return this.define(name, item);
    binding.item = item;
    binding.init = undefined;
  }

  lookup(name: string): Binding | undefined {
    return this.bindings.get(name) ?? this.parent?.lookup(name);
  }
}
