/**
 * The evaluator: walks a Python program's syntax trees the way Python would
 * run them, far enough to see which resources it declares and with what
 * arguments. Module constants, imports across the program's files, function
 * and method calls (arguments bound to parameters), instances and their
 * attributes are followed; anything else becomes an `unknown` or `other`
 * reference, never a guess.
 *
 * Calls into Pulumi, the AWS provider and the standard library are handled in
 * pulumi-api.ts.
 */
import { posix } from 'node:path';
import type { SourceFile, Span } from '../../model/source.js';
import type { Program, Value } from '../../model/types.js';
import { referencesIn, stringValue, numberValue } from '../../model/values.js';
import { callExternal, externalAttribute, callMethod, recordCdkMethodCall, type CallArgs } from './pulumi-api.js';
import { isPulumiModule } from '../../schema/pulumi-aws.js';
import { parsePythonFile, type SyntaxNode } from './parse.js';
import {
  Scope,
  literal,
  resourceReference,
  template,
  toValue,
  unknownValue,
  inputOrDefault,
  val,
  type ClassInfo,
  type FunctionInfo,
  type ModuleInfo,
  type PyVal,
} from './pyvalues.js';
import { decodeEscapes, splitPercentFormat } from './strings.js';

/** Where a string literal's content sits in its file (for inline handler code). */
export interface LiteralOrigin {
  file: SourceFile;
  start: number;
  end: number;
  /** True when the content has no escapes: the decoded value is the text itself. */
  verbatim: boolean;
}

interface Frame {
  returned?: PyVal;
  globalNames?: Set<string>;
}

export interface Ctx {
  mod: ModuleInfo;
  scope: Scope;
  frame?: Frame;
}

const MAX_DEPTH = 24;
const MAX_STEPS = 3_000_000;
const MAX_LOOP_ITEMS = 64;

/** The attribute of every Pulumi Python resource that holds its logical name as a str. */
const RESOURCE_NAME_ATTRIBUTE = '_name';

export class Evaluator {
  readonly modules: ModuleInfo[] = [];
  private readonly byRel = new Map<string, ModuleInfo>();
  readonly functions: FunctionInfo[] = [];
  readonly literalOrigins = new WeakMap<Value, LiteralOrigin>();
  /** The module a call value (an asset, an archive) was written in, to resolve its paths. */
  readonly valueModules = new WeakMap<Value, ModuleInfo>();
  private depth = 0;
  private steps = 0;
  /** Set while `runUncalled` runs code that nothing of the program called. */
  private runningUncalled = false;
  /** How many `if` branches with a test not known statically the statement being evaluated is in. */
  undecidedBranches = 0;
  private readonly active = new Set<FunctionInfo>();
  /** Resources already declared at a call site, by site and name: one declaration evaluated twice is one resource. */
  readonly declared = new Map<string, PyVal>();
  /** Program modules each module imports. */
  readonly importEdges = new Map<ModuleInfo, Set<ModuleInfo>>();
  /** The module each program-level fact (variable, local) was read in. */
  readonly factModules = new WeakMap<object, ModuleInfo>();
  /** Modules each file imports, and where a new import line may go. */
  readonly imports = new Map<string, { modules: string[]; insertAt: number }>();

  constructor(
    readonly program: Program,
    files: SourceFile[],
    readonly root: string,
  ) {
    for (const file of files) {
      const rel = relativePath(root, file.path);
      const name = rel.endsWith('.py')
        ? rel
            .slice(0, -3)
            .replace(/\/__init__$/, '')
            .split('/')
            .join('.')
        : rel;
      const mod: ModuleInfo = { name, file, rel, globals: new Scope(), state: 'new', usesPulumi: false };
      this.modules.push(mod);
      if (!this.byRel.has(rel)) this.byRel.set(rel, mod);
    }
  }

  get exhausted(): boolean {
    return this.steps > MAX_STEPS;
  }

  span(ctx: Ctx, node: SyntaxNode): Span {
    return ctx.mod.file.span(node.startIndex, node.endIndex);
  }

  // ------------------------------------------------------------------ modules

  parse(mod: ModuleInfo): SyntaxNode {
    mod.tree ??= parsePythonFile(mod.file);
    return mod.tree;
  }

  run(mod: ModuleInfo): void {
    if (mod.state !== 'new') return;
    mod.state = 'running';
    const root = this.parse(mod);
    mod.globals.vars.set('__name__', val(literal(mod.name, mod.file.span(0, 0))));
    const ctx: Ctx = { mod, scope: mod.globals };
    this.block(root, ctx);
    mod.state = 'done';
  }

  /** The module a dotted import names, seen from `from` (a file of the program), or undefined. */
  resolveModule(dotted: string, from: ModuleInfo, level = 0): ModuleInfo | undefined {
    const parts = dotted ? dotted.split('.') : [];
    const candidates: string[] = [];
    const fromDir = posix.dirname(from.rel);
    if (level > 0) {
      let base = fromDir;
      for (let i = 1; i < level; i++) base = posix.dirname(base);
      candidates.push(posix.join(base, ...parts));
    } else {
      candidates.push(posix.join(fromDir, ...parts), posix.join(...parts));
      for (const prefix of ['lib', 'src']) candidates.push(posix.join(prefix, ...parts));
    }
    for (const candidate of candidates) {
      const found = this.moduleAt(candidate);
      if (found) return found;
    }
    if (level > 0 || parts.length === 0) return undefined;
    // A module reached through sys.path tricks: the one file whose path ends with the dotted name.
    const suffix = `${parts.join('/')}.py`;
    const packageSuffix = `${parts.join('/')}/__init__.py`;
    const matches = this.modules.filter(
      (m) =>
        m.rel === suffix ||
        m.rel.endsWith(`/${suffix}`) ||
        m.rel === packageSuffix ||
        m.rel.endsWith(`/${packageSuffix}`),
    );
    if (matches.length === 1) return matches[0];
    return undefined;
  }

  private moduleAt(path: string): ModuleInfo | undefined {
    const normalized = posix.normalize(path).replace(/^\.\//, '');
    const file = this.byRel.get(`${normalized}.py`) ?? this.byRel.get(`${normalized}/__init__.py`);
    if (file) return file;
    // A namespace package: a directory holding modules of the program.
    if (normalized && normalized !== '.' && this.modules.some((m) => m.rel.startsWith(`${normalized}/`))) {
      const key = `${normalized}/`;
      let ns = this.byRel.get(key);
      if (!ns) {
        const first = this.modules.find((m) => m.rel.startsWith(key))!;
        ns = {
          name: normalized.split('/').join('.'),
          file: first.file,
          rel: key,
          globals: new Scope(),
          state: 'done',
          usesPulumi: false,
          namespace: true,
        };
        this.byRel.set(key, ns);
      }
      return ns;
    }
    return undefined;
  }

  /** Attribute of a program module: a global, or a submodule. */
  moduleAttribute(mod: ModuleInfo, name: string): PyVal | undefined {
    if (!mod.namespace) this.run(mod);
    const found = mod.globals.vars.get(name);
    if (found) return found;
    const rel = mod.namespace ? mod.rel.slice(0, -1) : posix.dirname(mod.rel);
    const sub = mod.namespace || mod.rel.endsWith('__init__.py') ? this.moduleAt(posix.join(rel, name)) : undefined;
    if (sub) {
      if (!sub.namespace) this.run(sub);
      return { t: 'module', mod: sub };
    }
    return undefined;
  }

  // ------------------------------------------------------------------ statements

  block(node: SyntaxNode, ctx: Ctx): void {
    for (const child of node.namedChildren) this.statement(child, ctx);
  }

  private statement(node: SyntaxNode, ctx: Ctx): void {
    if (this.exhausted) return;
    this.steps++;
    switch (node.type) {
      case 'expression_statement':
        for (const child of node.namedChildren) this.expressionStatement(child, ctx);
        return;
      case 'import_statement':
      case 'import_from_statement':
      case 'future_import_statement':
        this.importStatement(node, ctx);
        return;
      case 'function_definition':
        this.defineFunction(node, ctx, []);
        return;
      case 'class_definition':
        this.defineClass(node, ctx, []);
        return;
      case 'decorated_definition': {
        const decorators = node.namedChildren
          .filter((c) => c.type === 'decorator')
          .map((d) => d.namedChildren[0]?.text ?? '');
        const definition = node.childForFieldName('definition');
        if (definition?.type === 'function_definition') this.defineFunction(definition, ctx, decorators);
        else if (definition?.type === 'class_definition') this.defineClass(definition, ctx, decorators);
        return;
      }
      case 'if_statement': {
        const condition = node.childForFieldName('condition');
        const tested = condition ? this.expr(condition, ctx) : undefined;
        const known = tested ? truthiness(tested) : undefined;
        const consequence = node.childForFieldName('consequence');
        if (condition && tested && consequence?.descendantsOfType('raise_statement').length)
          this.markValidated(condition, ctx, tested);
        // What an undecided branch creates exists only when its test holds.
        if (known === undefined) this.undecidedBranches++;
        try {
          if (known !== false && consequence) this.block(consequence, ctx);
          if (known === true) return;
          for (const alternative of node.childrenForFieldName('alternative')) {
            const body = alternative.childForFieldName('consequence') ?? alternative.childForFieldName('body');
            if (body) this.block(body, ctx);
          }
        } finally {
          if (known === undefined) this.undecidedBranches--;
        }
        return;
      }
      case 'for_statement': {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        const body = node.childForFieldName('body');
        const iterable = right ? this.expr(right, ctx) : undefined;
        const items = iterable ? this.iterate(iterable) : undefined;
        if (left && body) {
          if (items && items.length > 0 && items.length <= MAX_LOOP_ITEMS)
            for (const item of items) {
              this.assign(left, item, ctx);
              this.block(body, ctx);
            }
          else {
            this.assign(left, val(unknownValue(this.span(ctx, left), left.text)), ctx);
            this.block(body, ctx);
          }
        }
        const alternative = node.childForFieldName('alternative');
        if (alternative) this.block(alternative.childForFieldName('body') ?? alternative, ctx);
        return;
      }
      case 'while_statement': {
        const body = node.childForFieldName('body');
        if (body) this.block(body, ctx);
        return;
      }
      case 'try_statement':
        for (const child of node.namedChildren) {
          if (child.type === 'block') this.block(child, ctx);
          else if (child.type === 'except_clause' || child.type === 'except_group_clause') {
            const alias = child.descendantsOfType('as_pattern_target')[0];
            if (alias?.namedChildren[0])
              this.assign(alias.namedChildren[0], val(unknownValue(this.span(ctx, alias), alias.text)), ctx);
            for (const part of child.namedChildren) if (part.type === 'block') this.block(part, ctx);
          } else if (child.type === 'else_clause' || child.type === 'finally_clause') {
            for (const part of child.namedChildren) if (part.type === 'block') this.block(part, ctx);
          }
        }
        return;
      case 'with_statement': {
        for (const item of node.descendantsOfType('with_item')) {
          const value = item.childForFieldName('value');
          if (!value) continue;
          if (value.type === 'as_pattern') {
            const inner = value.namedChildren[0];
            const target = value.childForFieldName('alias')?.namedChildren[0];
            const result = inner ? this.expr(inner, ctx) : undefined;
            if (target) this.assign(target, result ?? val(unknownValue(this.span(ctx, target))), ctx);
          } else this.expr(value, ctx);
        }
        const body = node.childForFieldName('body');
        if (body) this.block(body, ctx);
        return;
      }
      case 'match_statement':
        for (const body of node.descendantsOfType('block'))
          if (body.parent?.type === 'case_clause') this.block(body, ctx);
        return;
      case 'return_statement': {
        const value = node.namedChildren[0];
        const result = value ? this.expr(value, ctx) : val(literal(null, this.span(ctx, node)));
        if (ctx.frame) {
          const previous = ctx.frame.returned;
          if (!previous || (previous.t === 'value' && previous.v.kind === 'unknown')) ctx.frame.returned = result;
          else if (previous.t === 'value' && previous.v.kind === 'literal' && previous.v.value === null)
            ctx.frame.returned = result;
        }
        return;
      }
      case 'global_statement':
      case 'nonlocal_statement':
        if (ctx.frame) {
          ctx.frame.globalNames ??= new Set();
          for (const name of node.namedChildren) ctx.frame.globalNames.add(name.text);
        }
        return;
      case 'block':
      case 'ERROR':
      case 'module':
        this.block(node, ctx);
        return;
      case 'delete_statement':
      case 'pass_statement':
      case 'break_statement':
      case 'continue_statement':
      case 'comment':
        return;
      case 'assert_statement':
        if (node.namedChildren[0]) this.markValidated(node.namedChildren[0], ctx);
        return;
      case 'raise_statement':
      case 'print_statement':
      case 'exec_statement':
        return;
      default:
        // An expression where a statement was expected (error recovery): evaluate it for its calls.
        if (node.isNamed) this.expr(node, ctx);
    }
  }

  /**
   * `if not re.fullmatch(..., suffix): raise ...`, `assert ...`,
   * `validate_suffix(suffix)`: the environment and config inputs the check
   * reads are validated.
   */
  private markValidated(condition: SyntaxNode, ctx: Ctx, tested = this.expr(condition, ctx)): void {
    // The names the check reads (`suffix`, `self.environment_suffix`), besides its own value: a call
    // such as `re.fullmatch(...)` folds to unknown and loses its arguments. `f(key=...)`'s `key` is a
    // name, not a variable.
    const read = [
      ...condition
        .descendantsOfType('identifier')
        .filter(
          (n) => n.parent?.type !== 'attribute' && !(n.parent?.type === 'keyword_argument' && n.fieldName === 'name'),
        ),
      ...condition.descendantsOfType('attribute').filter((n) => n.parent?.type !== 'attribute'),
    ];
    for (const item of [tested, ...read.map((n) => this.expr(n, ctx))]) {
      if (item.t !== 'value') continue;
      for (const { target } of referencesIn(item.v)) {
        if (target.kind !== 'config' && target.kind !== 'env') continue;
        for (const variable of this.program.variables)
          if (variable.source === target.kind && variable.name === target.name) variable.validated = true;
      }
    }
  }

  private expressionStatement(node: SyntaxNode, ctx: Ctx): void {
    if (node.type === 'assignment') {
      this.assignment(node, ctx);
      return;
    }
    if (node.type === 'augmented_assignment') {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      const operator = node.childForFieldName('operator')?.text ?? '+=';
      if (!left || !right) return;
      const current = this.expr(left, ctx);
      const value = this.expr(right, ctx);
      this.assign(left, this.binary(operator.slice(0, -1), current, value, node, ctx), ctx);
      return;
    }
    this.expr(node, ctx);
    const callee = node.type === 'call' ? node.childForFieldName('function') : undefined;
    const calleeName = callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : callee?.text;
    const args = node.childForFieldName('arguments');
    if (args && calleeName && /valid|assert|check|verify/i.test(calleeName)) this.markValidated(args, ctx);
  }

  private assignment(node: SyntaxNode, ctx: Ctx): PyVal | undefined {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (!right) return undefined;
    const value = right.type === 'assignment' ? this.assignment(right, ctx) : this.expr(right, ctx);
    if (left && value) this.assign(left, value, ctx);
    return value;
  }

  /** A config or environment read bound to a module-level name: the name reads the input anywhere in the module. */
  private bindInput(name: string, value: Value, ctx: Ctx): void {
    const read = value.kind === 'call' && value.name === 'or' ? value.args[0] : value;
    if (read?.kind !== 'reference' || (read.target.kind !== 'config' && read.target.kind !== 'env')) return;
    const target = read.target;
    const variable = this.program.variables.find(
      (v) => v.source === target.kind && v.name === target.name && v.span.start === read.span.start,
    );
    if (variable && !variable.binding) variable.binding = { name, file: ctx.mod.file.realPath };
  }

  assign(target: SyntaxNode, value: PyVal, ctx: Ctx): void {
    switch (target.type) {
      case 'identifier': {
        const name = target.text;
        if (value.t === 'resource' && !value.res.variable) value.res.variable = name;
        if (value.t === 'provider' && !value.provider.variable) value.provider.variable = name;
        const scope = ctx.frame?.globalNames?.has(name) ? ctx.mod.globals : ctx.scope;
        scope.vars.set(name, value);
        if (scope === ctx.mod.globals && value.t === 'value') this.bindInput(name, value.v, ctx);
        if (scope === ctx.mod.globals && value.t === 'value' && isConstantOrInput(value.v)) {
          const key = this.program.locals.has(name) ? `${ctx.mod.name}.${name}` : name;
          this.program.locals.set(key, value.v);
          this.factModules.set(value.v, ctx.mod);
        }
        return;
      }
      case 'attribute': {
        const object = target.childForFieldName('object');
        const attribute = target.childForFieldName('attribute')?.text;
        if (!object || !attribute) return;
        const owner = this.expr(object, ctx);
        if (value.t === 'resource' && !value.res.variable) value.res.variable = target.text;
        if (owner.t === 'instance') owner.attrs.set(attribute, value);
        else if (owner.t === 'resource') (owner.res.assignedProperties ??= []).push(attribute);
        else if (owner.t === 'module') owner.mod.globals.vars.set(attribute, value);
        else if (owner.t === 'class') owner.cls.attrs.set(attribute, value);
        return;
      }
      case 'subscript': {
        const object = target.childForFieldName('value');
        const index = target.childForFieldName('subscript');
        if (!object || !index) return;
        const owner = this.expr(object, ctx);
        const key = this.expr(index, ctx);
        const keyText = key.t === 'value' ? stringValue(key.v) : undefined;
        if (owner.t === 'dict' && keyText !== undefined) {
          const existing = owner.entries.find((e) => e.key === keyText);
          if (existing) existing.value = value;
          else owner.entries.push({ key: keyText, keySpan: this.span(ctx, index), value });
        } else if (owner.t === 'list' && key.t === 'value') {
          const n = numberValue(key.v);
          if (n !== undefined && owner.items[n] !== undefined) owner.items[n] = value;
        }
        return;
      }
      case 'pattern_list':
      case 'tuple_pattern':
      case 'list_pattern':
      case 'expression_list':
      case 'tuple':
      case 'list':
      case 'parenthesized_expression': {
        const targets = target.namedChildren.filter((c) => c.type !== 'comment');
        if (target.type === 'parenthesized_expression' && targets.length === 1) {
          this.assign(targets[0], value, ctx);
          return;
        }
        const items = this.iterate(value);
        targets.forEach((t, i) => {
          const item = items && items.length === targets.length ? items[i] : undefined;
          this.assign(
            t.type === 'list_splat_pattern' ? (t.namedChildren[0] ?? t) : t,
            item ?? val(unknownValue(this.span(ctx, t), t.text)),
            ctx,
          );
        });
        return;
      }
      default:
        return;
    }
  }

  private importStatement(node: SyntaxNode, ctx: Ctx): void {
    const fileImports = this.imports.get(ctx.mod.file.path) ?? { modules: [], insertAt: 0 };
    this.imports.set(ctx.mod.file.path, fileImports);
    if (node.parent?.type === 'module') {
      const firstImport = fileImports.modules.length === 0;
      if (firstImport)
        fileImports.insertAt = node.type === 'future_import_statement' ? node.endIndex + 1 : node.startIndex;
      else if (node.type === 'future_import_statement') fileImports.insertAt = node.endIndex + 1;
    }
    if (node.type === 'future_import_statement') return;
    const markUse = (name: string) => {
      fileImports.modules.push(name);
      if (name === 'pulumi' || name.startsWith('pulumi_') || name.startsWith('pulumi.')) ctx.mod.usesPulumi = true;
      // CDK and CDKTF apps declare their resources in constructs the same way.
      if (/^(cdktf|aws_cdk|constructs)(\.|_|$)/.test(name)) ctx.mod.usesPulumi = true;
    };
    if (node.type === 'import_statement') {
      for (const name of node.childrenForFieldName('name')) {
        const dotted = name.type === 'aliased_import' ? name.childForFieldName('name')! : name;
        const alias = name.type === 'aliased_import' ? name.childForFieldName('alias')?.text : undefined;
        const path = dotted.text;
        markUse(path);
        const own = this.resolveModule(path, ctx.mod);
        if (own) this.addEdge(ctx.mod, own);
        if (alias) {
          ctx.scope.vars.set(alias, own ? this.moduleValue(own) : { t: 'ext', path, text: alias });
        } else {
          const head = path.split('.')[0];
          const headModule = this.resolveModule(head, ctx.mod);
          ctx.scope.vars.set(head, headModule ? this.moduleValue(headModule) : { t: 'ext', path: head, text: head });
        }
      }
      return;
    }
    // from X import a, b as c
    const moduleNode = node.childForFieldName('module_name');
    if (!moduleNode) return;
    let level = 0;
    let dotted = moduleNode.text;
    if (moduleNode.type === 'relative_import') {
      const prefix = moduleNode.namedChildren.find((c) => c.type === 'import_prefix');
      level = prefix ? prefix.text.length : 0;
      dotted = moduleNode.namedChildren.find((c) => c.type === 'dotted_name')?.text ?? '';
    }
    markUse(dotted);
    const own = this.resolveModule(dotted, ctx.mod, level);
    if (own) this.addEdge(ctx.mod, own);
    if (node.namedChildren.some((c) => c.type === 'wildcard_import')) {
      if (own && !own.namespace) {
        this.run(own);
        for (const [k, v] of own.globals.vars) if (!k.startsWith('_')) ctx.scope.vars.set(k, v);
      }
      return;
    }
    for (const name of node.childrenForFieldName('name')) {
      const dottedName = name.type === 'aliased_import' ? name.childForFieldName('name')! : name;
      const alias = name.type === 'aliased_import' ? name.childForFieldName('alias')?.text : undefined;
      const imported = dottedName.text;
      if (dotted === 'pulumi_aws' && level === 0 && !own && !knownAwsExport(imported))
        (this.program.unknownModuleImports ??= []).push({ name: imported, span: this.span(ctx, dottedName) });
      let value: PyVal | undefined;
      if (own) value = this.moduleAttribute(own, imported);
      else if (level === 0) value = { t: 'ext', path: `${dotted}.${imported}`, text: alias ?? imported };
      value ??= {
        t: 'value',
        v: {
          kind: 'reference',
          target: { kind: 'other', name: imported, path: [] },
          text: imported,
          span: this.span(ctx, name),
        },
      };
      ctx.scope.vars.set(alias ?? imported, value);
    }
  }

  private addEdge(from: ModuleInfo, to: ModuleInfo): void {
    from.usesPulumi = true;
    const set = this.importEdges.get(from) ?? new Set();
    set.add(to);
    this.importEdges.set(from, set);
  }

  /** Modules that are part of the infrastructure program (not handler code): Pulumi users and what they import. */
  programModules(): Set<ModuleInfo> {
    const out = new Set<ModuleInfo>();
    const visit = (mod: ModuleInfo) => {
      if (out.has(mod)) return;
      out.add(mod);
      for (const next of this.importEdges.get(mod) ?? []) visit(next);
    };
    for (const mod of this.modules) if (mod.usesPulumi) visit(mod);
    return out;
  }

  /** Drops variables and constants read by handler code rather than by the program. */
  keepProgramFacts(): void {
    const own = this.programModules();
    const keep = (fact: object) => {
      const mod = this.factModules.get(fact);
      return !mod || own.has(mod);
    };
    this.program.variables = this.program.variables.filter(keep);
    for (const [key, value] of [...this.program.locals]) if (!keep(value)) this.program.locals.delete(key);
  }

  private moduleValue(mod: ModuleInfo): PyVal {
    return { t: 'module', mod };
  }

  private defineFunction(node: SyntaxNode, ctx: Ctx, decorators: string[], cls?: ClassInfo): FunctionInfo | undefined {
    const name = node.childForFieldName('name')?.text;
    if (!name) return undefined;
    const fn: FunctionInfo = { name, node, mod: ctx.mod, closure: ctx.scope, decorators, cls, calls: 0 };
    this.functions.push(fn);
    ctx.scope.vars.set(name, { t: 'function', fn });
    return fn;
  }

  private defineClass(node: SyntaxNode, ctx: Ctx, _decorators: string[]): void {
    const name = node.childForFieldName('name')?.text;
    const body = node.childForFieldName('body');
    if (!name || !body) return;
    const superclasses = node.childForFieldName('superclasses');
    const bases = (superclasses?.namedChildren ?? [])
      .filter((c) => c.type !== 'keyword_argument')
      .map((c) => this.expr(c, ctx));
    const cls: ClassInfo = { name, mod: ctx.mod, attrs: new Map(), bases, fields: [], instances: [] };
    if (superclasses) cls.basesSpan = this.span(ctx, superclasses);
    const classScope = new Scope(ctx.scope);
    const classCtx: Ctx = { mod: ctx.mod, scope: classScope };
    for (const child of body.namedChildren) {
      if (child.type === 'function_definition') this.defineFunction(child, classCtx, [], cls);
      else if (child.type === 'decorated_definition') {
        const decorators = child.namedChildren
          .filter((c) => c.type === 'decorator')
          .map((d) => d.namedChildren[0]?.text ?? '');
        const definition = child.childForFieldName('definition');
        if (definition?.type === 'function_definition') this.defineFunction(definition, classCtx, decorators, cls);
      } else if (child.type === 'expression_statement' && child.namedChildren[0]?.type === 'assignment') {
        const assignment = child.namedChildren[0];
        const left = assignment.childForFieldName('left');
        if (left?.type === 'identifier' && assignment.childForFieldName('type')) cls.fields.push(left.text);
        this.statement(child, classCtx);
      } else this.statement(child, classCtx);
    }
    // Functions are looked up through the class scope; they keep the module scope as closure (Python semantics).
    for (const [key, value] of classScope.vars) {
      if (value.t === 'function') value.fn.closure = ctx.scope;
      cls.attrs.set(key, value);
    }
    ctx.scope.vars.set(name, { t: 'class', cls });
  }

  // ------------------------------------------------------------------ calls into the program

  callFunction(fn: FunctionInfo, args: CallArgs, self: PyVal | undefined, node: SyntaxNode, ctx: Ctx): PyVal {
    fn.calls++;
    if (this.active.has(fn) || this.depth >= MAX_DEPTH || this.exhausted)
      return val(unknownValue(this.span(ctx, node), node.text));
    const scope = new Scope(fn.closure);
    const callee: Ctx = { mod: fn.mod, scope, frame: {} };
    const isStatic = fn.decorators.includes('staticmethod');
    this.bindParameters(fn.node.childForFieldName('parameters'), args, isStatic ? undefined : self, callee);
    const body = fn.node.childForFieldName('body');
    this.active.add(fn);
    this.depth++;
    try {
      if (body) this.block(body, callee);
    } finally {
      this.depth--;
      this.active.delete(fn);
    }
    return callee.frame!.returned ?? val(literal(null, this.span(ctx, node)));
  }

  callLambda(lambda: Extract<PyVal, { t: 'lambda' }>, args: CallArgs, node: SyntaxNode, ctx: Ctx): PyVal {
    if (this.depth >= MAX_DEPTH || this.exhausted) return val(unknownValue(this.span(ctx, node), node.text));
    const scope = new Scope(lambda.scope);
    const callee: Ctx = { mod: lambda.mod, scope };
    this.bindParameters(lambda.node.childForFieldName('parameters'), args, undefined, callee);
    const body = lambda.node.childForFieldName('body');
    this.depth++;
    try {
      return body ? this.expr(body, callee) : val(literal(null, this.span(ctx, node)));
    } finally {
      this.depth--;
    }
  }

  private bindParameters(parameters: SyntaxNode | null, args: CallArgs, self: PyVal | undefined, ctx: Ctx): void {
    if (!parameters) return;
    const positional = [...args.positional];
    if (self) positional.unshift({ value: self, span: self.t === 'instance' ? self.span : ctx.mod.file.span(0, 0) });
    const keywords = new Map(args.keywords);
    let index = 0;
    let afterStar = false;
    for (const param of parameters.namedChildren) {
      let name: string | undefined;
      let defaultNode: SyntaxNode | null = null;
      switch (param.type) {
        case 'identifier':
          name = param.text;
          break;
        case 'typed_parameter':
          if (
            param.namedChildren[0]?.type === 'list_splat_pattern' ||
            param.namedChildren[0]?.type === 'dictionary_splat_pattern'
          ) {
            this.bindSplat(param.namedChildren[0], positional.slice(index), keywords, ctx, args.splat);
            if (param.namedChildren[0].type === 'list_splat_pattern') {
              index = positional.length;
              afterStar = true;
            }
            continue;
          }
          name = param.namedChildren.find((c) => c.type === 'identifier')?.text;
          break;
        case 'default_parameter':
        case 'typed_default_parameter':
          name = param.childForFieldName('name')?.text;
          defaultNode = param.childForFieldName('value');
          break;
        case 'list_splat_pattern':
          this.bindSplat(param, positional.slice(index), keywords, ctx);
          index = positional.length;
          afterStar = true;
          continue;
        case 'dictionary_splat_pattern':
          this.bindSplat(param, [], keywords, ctx, args.splat);
          continue;
        case 'keyword_separator':
          afterStar = true;
          continue;
        default:
          continue;
      }
      if (!name) continue;
      let value: PyVal | undefined;
      if (!afterStar && index < positional.length) value = positional[index++]?.value;
      else if (keywords.has(name)) {
        value = keywords.get(name)!.value;
        keywords.delete(name);
      } else if (defaultNode) {
        value = this.expr(defaultNode, { mod: ctx.mod, scope: ctx.scope.parent ?? ctx.scope });
        // Whether or not this caller gives it, the parameter is an input of the function (as TypeScript props are).
        value = inputOrDefault(name, value, this.span(ctx, param));
      }
      value ??= val({
        kind: 'reference',
        target: { kind: 'other', name, path: [] },
        text: name,
        span: this.span(ctx, param),
      });
      ctx.scope.vars.set(name, value);
    }
  }

  private bindSplat(
    param: SyntaxNode,
    rest: CallArgs['positional'],
    keywords: CallArgs['keywords'],
    ctx: Ctx,
    unknownArguments?: boolean,
  ): void {
    const name = param.namedChildren[0]?.text;
    if (!name) return;
    const span = this.span(ctx, param);
    if (param.type === 'list_splat_pattern')
      ctx.scope.vars.set(name, { t: 'list', items: rest.map((r) => r.value), span });
    else {
      ctx.scope.vars.set(name, {
        t: 'dict',
        entries: [...keywords].map(([key, arg]) => ({ key, keySpan: arg.keySpan ?? arg.span, value: arg.value })),
        span,
        open: unknownArguments,
      });
      keywords.clear();
    }
  }

  instantiate(cls: ClassInfo, args: CallArgs, node: SyntaxNode, ctx: Ctx): PyVal {
    const instance: Extract<PyVal, { t: 'instance' }> = {
      t: 'instance',
      cls,
      attrs: new Map(),
      text: cls.name,
      span: this.span(ctx, node),
    };
    cls.instances.push(instance);
    const init = this.classAttribute(cls, '__init__');
    if (init?.t === 'function') {
      const scope = args.positional[0]?.value;
      const resources = this.program.resources.length + this.program.dataSources.length;
      const providers = this.program.providers.length;
      this.callFunction(init.fn, args, instance, node, ctx);
      // A CDKTF stack created with another stack as its scope (`DataStack(self, "data")` in a stack).
      if (scope?.t === 'instance' && scope.cls && this.isTerraformStack(scope.cls) && this.isTerraformStack(cls))
        (this.program.nestedStacks ??= []).push({
          child: cls.name,
          parent: scope.cls.name,
          span: cls.basesSpan ?? this.span(ctx, node),
          createdAt: this.span(ctx, node),
          resources: this.program.resources.length + this.program.dataSources.length - resources,
          providers: this.program.providers.length - providers,
        });
    } else {
      // A dataclass-style constructor: arguments become the fields.
      args.positional.forEach((arg, i) => {
        const field = cls.fields[i];
        if (field) instance.attrs.set(field, arg.value);
      });
      for (const [key, arg] of args.keywords) instance.attrs.set(key, arg.value);
    }
    return instance;
  }

  /** Whether a class derives from cdktf's TerraformStack, directly or through the program's own classes. */
  private isTerraformStack(cls: ClassInfo, depth = 0): boolean {
    if (depth > 10) return false;
    return cls.bases.some(
      (base) =>
        (base.t === 'ext' && base.path === 'cdktf.TerraformStack') ||
        (base.t === 'class' && this.isTerraformStack(base.cls, depth + 1)),
    );
  }

  classAttribute(cls: ClassInfo, name: string, seen = new Set<ClassInfo>()): PyVal | undefined {
    if (seen.has(cls)) return undefined;
    seen.add(cls);
    const own = cls.attrs.get(name);
    if (own) return own;
    for (const base of cls.bases)
      if (base.t === 'class') {
        const found = this.classAttribute(base.cls, name, seen);
        if (found) return found;
      }
    return undefined;
  }

  // ------------------------------------------------------------------ expressions

  expr(node: SyntaxNode, ctx: Ctx): PyVal {
    this.steps++;
    const span = this.span(ctx, node);
    switch (node.type) {
      case 'identifier':
        return this.name(node.text, span, ctx);
      case 'string':
        return val(this.stringLiteral(node, ctx));
      case 'concatenated_string':
        return val(
          template(
            node.namedChildren.filter((c) => c.type === 'string').map((c) => this.stringLiteral(c, ctx)),
            span,
          ),
        );
      case 'integer':
      case 'float': {
        const n = Number(node.text.replace(/_/g, ''));
        return val(Number.isFinite(n) ? literal(n, span) : unknownValue(span, node.text));
      }
      case 'true':
        return val(literal(true, span));
      case 'false':
        return val(literal(false, span));
      case 'none':
        return val(literal(null, span));
      case 'parenthesized_expression': {
        const inner = node.namedChildren.find((c) => c.type !== 'comment');
        return inner ? this.expr(inner, ctx) : val(unknownValue(span));
      }
      case 'dictionary':
        return this.dictionary(node, ctx);
      case 'list':
      case 'tuple':
      case 'set':
      case 'expression_list': {
        const items: PyVal[] = [];
        for (const child of node.namedChildren) {
          if (child.type === 'comment') continue;
          if (child.type === 'list_splat') {
            const inner = child.namedChildren[0] ? this.expr(child.namedChildren[0], ctx) : undefined;
            const spread = inner ? this.iterate(inner) : undefined;
            if (spread) items.push(...spread);
            continue;
          }
          items.push(this.expr(child, ctx));
        }
        return { t: 'list', items, span };
      }
      case 'attribute': {
        const object = node.childForFieldName('object');
        const attribute = node.childForFieldName('attribute')?.text;
        if (!object || !attribute) return val(unknownValue(span, node.text));
        return this.attribute(this.expr(object, ctx), attribute, node, ctx);
      }
      case 'subscript': {
        const object = node.childForFieldName('value');
        const index = node.childForFieldName('subscript');
        if (!object || !index) return val(unknownValue(span, node.text));
        return this.subscript(this.expr(object, ctx), index, node, ctx);
      }
      case 'call':
        return this.call(node, ctx);
      case 'binary_operator': {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        const operator = node.childForFieldName('operator')?.text ?? '';
        if (!left || !right) return val(unknownValue(span, node.text));
        return this.binary(operator, this.expr(left, ctx), this.expr(right, ctx), node, ctx);
      }
      case 'boolean_operator': {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        const operator = node.childForFieldName('operator')?.text ?? 'or';
        if (!left || !right) return val(unknownValue(span, node.text));
        const l = this.expr(left, ctx);
        const known = truthiness(l);
        if (operator === 'or' && known === true) return l;
        if (operator === 'and' && known === false) return l;
        const r = this.expr(right, ctx);
        if (known !== undefined) return r;
        return val({
          kind: 'call',
          name: operator,
          args: [toValue(l, this.span(ctx, left)), toValue(r, this.span(ctx, right))],
          span,
        });
      }
      case 'conditional_expression': {
        const [whenTrue, condition, whenFalse] = node.namedChildren;
        if (!whenTrue || !condition || !whenFalse) return val(unknownValue(span, node.text));
        const known = truthiness(this.expr(condition, ctx));
        if (known === true) return this.expr(whenTrue, ctx);
        if (known === false) return this.expr(whenFalse, ctx);
        const a = this.expr(whenTrue, ctx);
        const b = this.expr(whenFalse, ctx);
        if (a.t !== 'value' && b.t === 'value' && b.v.kind === 'literal' && b.v.value === null) return a;
        if (a.t === 'value' && b.t === 'value') return val({ kind: 'call', name: 'if', args: [a.v, b.v], span });
        return a.t !== 'value' ? a : b;
      }
      case 'unary_operator': {
        const operand = node.childForFieldName('argument');
        const operator = node.childForFieldName('operator')?.text;
        const value = operand ? this.expr(operand, ctx) : undefined;
        const n = value?.t === 'value' ? numberValue(value.v) : undefined;
        if (n !== undefined && value?.t === 'value' && value.v.kind === 'literal' && typeof value.v.value === 'number')
          return val(literal(operator === '-' ? -n : operator === '~' ? ~n : n, span));
        return val(unknownValue(span, node.text));
      }
      case 'not_operator': {
        const operand = node.childForFieldName('argument');
        const known = operand ? truthiness(this.expr(operand, ctx)) : undefined;
        return val(known === undefined ? unknownValue(span, node.text) : literal(!known, span));
      }
      case 'comparison_operator':
        for (const child of node.namedChildren) this.expr(child, ctx);
        return val(unknownValue(span, node.text));
      case 'lambda':
        return { t: 'lambda', node, scope: ctx.scope, mod: ctx.mod };
      case 'list_comprehension':
      case 'generator_expression':
      case 'set_comprehension':
      case 'dictionary_comprehension':
        return this.comprehension(node, ctx);
      case 'await':
        return node.namedChildren[0] ? this.expr(node.namedChildren[0], ctx) : val(unknownValue(span));
      case 'named_expression': {
        const name = node.childForFieldName('name');
        const value = node.childForFieldName('value');
        const result = value ? this.expr(value, ctx) : val(unknownValue(span));
        if (name) this.assign(name, result, ctx);
        return result;
      }
      case 'assignment':
        return this.assignment(node, ctx) ?? val(unknownValue(span));
      case 'keyword_argument': {
        const value = node.childForFieldName('value');
        return value ? this.expr(value, ctx) : val(unknownValue(span));
      }
      default:
        for (const child of node.namedChildren) if (child.type === 'call') this.expr(child, ctx);
        return val(unknownValue(span, node.text));
    }
  }

  private name(name: string, span: Span, ctx: Ctx): PyVal {
    const found = ctx.scope.lookup(name);
    if (found) return found;
    if (name === '__file__')
      return val({ kind: 'reference', target: { kind: 'path', path: ['file'] }, text: name, span });
    if (BUILTINS.has(name)) return { t: 'ext', path: name, text: name };
    return val({ kind: 'reference', target: { kind: 'other', name, path: [] }, text: name, span });
  }

  stringLiteral(node: SyntaxNode, ctx: Ctx): Value {
    const span = this.span(ctx, node);
    const start = node.namedChildren.find((c) => c.type === 'string_start')?.text ?? '"';
    const prefix = start.replace(/["']/g, '').toLowerCase();
    const raw = prefix.includes('r');
    const fString = prefix.includes('f');
    const parts: Value[] = [];
    let verbatim = true;
    let contentStart = -1;
    let contentEnd = -1;
    for (const child of node.namedChildren) {
      if (child.type === 'string_content') {
        const text = decodeEscapes(child.text, raw, fString);
        if (text !== child.text) verbatim = false;
        if (contentStart < 0) contentStart = child.startIndex;
        contentEnd = child.endIndex;
        parts.push(literal(text, this.span(ctx, child)));
      } else if (child.type === 'interpolation') {
        verbatim = false;
        const expression = child.childForFieldName('expression') ?? child.namedChildren[0];
        if (expression) parts.push(toValue(this.expr(expression, ctx), this.span(ctx, expression)));
      }
    }
    const value = parts.length === 0 ? literal('', span) : template(parts, span, fString ? 'template' : undefined);
    if (value.kind === 'literal') {
      value.span = span;
      if (contentStart >= 0)
        this.literalOrigins.set(value, { file: ctx.mod.file, start: contentStart, end: contentEnd, verbatim });
    }
    return value;
  }

  private dictionary(node: SyntaxNode, ctx: Ctx): PyVal {
    const entries: Extract<PyVal, { t: 'dict' }>['entries'] = [];
    for (const child of node.namedChildren) {
      if (child.type === 'pair') {
        const keyNode = child.childForFieldName('key');
        const valueNode = child.childForFieldName('value');
        if (!keyNode || !valueNode) continue;
        const key = this.expr(keyNode, ctx);
        const keyText = key.t === 'value' ? stringValue(key.v) : undefined;
        const value = this.expr(valueNode, ctx);
        entries.push({ key: keyText ?? `[${keyNode.text}]`, keySpan: this.span(ctx, keyNode), value });
      } else if (child.type === 'dictionary_splat') {
        const inner = child.namedChildren[0] ? this.expr(child.namedChildren[0], ctx) : undefined;
        for (const entry of inner ? dictEntries(inner) : []) {
          const existing = entries.findIndex((e) => e.key === entry.key);
          if (existing >= 0) entries.splice(existing, 1);
          entries.push({ ...entry });
        }
      }
    }
    return { t: 'dict', entries, span: this.span(ctx, node) };
  }

  private comprehension(node: SyntaxNode, ctx: Ctx): PyVal {
    const span = this.span(ctx, node);
    const body = node.childForFieldName('body');
    const clauses = node.namedChildren.filter((c) => c.type === 'for_in_clause');
    if (!body || clauses.length !== 1) {
      for (const clause of clauses) {
        const right = clause.childForFieldName('right');
        if (right) this.expr(right, ctx);
      }
      return val(unknownValue(span, node.text));
    }
    const clause = clauses[0];
    const left = clause.childForFieldName('left');
    const right = clause.childForFieldName('right');
    const scope = new Scope(ctx.scope);
    const inner: Ctx = { mod: ctx.mod, scope, frame: ctx.frame };
    const iterable = right ? this.expr(right, ctx) : undefined;
    const items = iterable ? this.iterate(iterable) : undefined;
    const produce = (): PyVal => {
      if (body.type === 'pair') {
        const k = body.childForFieldName('key');
        const v = body.childForFieldName('value');
        return {
          t: 'list',
          items: [k ? this.expr(k, inner) : val(unknownValue(span)), v ? this.expr(v, inner) : val(unknownValue(span))],
          span,
        };
      }
      return this.expr(body, inner);
    };
    const hasFilter = node.namedChildren.some((c) => c.type === 'if_clause');
    if (left && items && items.length <= MAX_LOOP_ITEMS && !hasFilter) {
      const results = items.map((item) => {
        this.assign(left, item, inner);
        return produce();
      });
      if (node.type === 'dictionary_comprehension')
        return {
          t: 'dict',
          entries: results.map((pair) => {
            const [k, v] = pair.t === 'list' ? pair.items : [];
            const key = k?.t === 'value' ? stringValue(k.v) : undefined;
            return { key: key ?? '?', keySpan: span, value: v ?? val(unknownValue(span)) };
          }),
          span,
        };
      return { t: 'list', items: results, span };
    }
    if (left) this.assign(left, val(unknownValue(this.span(ctx, left), left.text)), inner);
    produce();
    return val(unknownValue(span, node.text));
  }

  /** Items of a value that Python would iterate over, when they are known. */
  iterate(value: PyVal): PyVal[] | undefined {
    if (value.t === 'list') return value.items;
    if (value.t === 'dict') return value.entries.map((e) => val(literal(e.key, e.keySpan)));
    if (value.t === 'value') {
      if (value.v.kind === 'list') return value.v.items.map(val);
      if (value.v.kind === 'object') return value.v.entries.map((e) => val(literal(e.key, e.keySpan)));
    }
    return undefined;
  }

  attribute(object: PyVal, name: string, node: SyntaxNode, ctx: Ctx): PyVal {
    const span = this.span(ctx, node);
    const text = node.text;
    switch (object.t) {
      case 'module':
        return (
          this.moduleAttribute(object.mod, name) ??
          val({
            kind: 'reference',
            target: { kind: 'other', name: `${object.mod.name}.${name}`, path: [] },
            text,
            span,
          })
        );
      case 'ext':
        return externalAttribute(this, object, name, node, ctx);
      case 'resource':
        // `_name` is the plain logical name the resource was created with, not an Output.
        if (name === RESOURCE_NAME_ATTRIBUTE) return val({ kind: 'literal', value: object.res.name, span });
        return val(resourceReference(object.res, [name], text, span));
      case 'instance': {
        const own = object.attrs.get(name);
        if (own) return own;
        const fromClass = object.cls ? this.classAttribute(object.cls, name) : undefined;
        if (fromClass?.t === 'function') {
          if (fromClass.fn.decorators.includes('property'))
            return this.callFunction(fromClass.fn, { positional: [], keywords: new Map() }, object, node, ctx);
          return { t: 'function', fn: fromClass.fn, self: object };
        }
        if (fromClass) return fromClass;
        return val({ kind: 'reference', target: { kind: 'other', name: object.text, path: [name] }, text, span });
      }
      case 'class': {
        const found = this.classAttribute(object.cls, name);
        return found ?? val(unknownValue(span, text));
      }
      case 'value': {
        const v = object.v;
        if (v.kind === 'reference' && v.output && v.target.path.length === 0 && name === RESOURCE_NAME_ATTRIBUTE)
          return val(unknownValue(span, text));
        if (v.kind === 'reference' && !METHODS_ON_VALUES.has(name))
          return val({ ...v, target: { ...v.target, path: [...v.target.path, name] } as typeof v.target, text, span });
        if (v.kind === 'object' && !METHODS_ON_VALUES.has(name)) {
          const entry = v.entries.find((e) => e.key === name);
          if (entry) return val(entry.value);
        }
        return { t: 'bound', recv: object, name, text, span };
      }
      case 'dict': {
        if (!METHODS_ON_VALUES.has(name)) {
          const entry = object.entries.find((e) => e.key === name);
          if (entry) return entry.value;
        }
        return { t: 'bound', recv: object, name, text, span };
      }
      default:
        return { t: 'bound', recv: object, name, text, span };
    }
  }

  private subscript(object: PyVal, index: SyntaxNode, node: SyntaxNode, ctx: Ctx): PyVal {
    const span = this.span(ctx, node);
    if (index.type === 'slice') return val(unknownValue(span, node.text));
    const key = this.expr(index, ctx);
    const keyValue = key.t === 'value' ? key.v : undefined;
    const keyText = keyValue ? stringValue(keyValue) : undefined;
    const keyNumber = keyValue?.kind === 'literal' && typeof keyValue.value === 'number' ? keyValue.value : undefined;
    if (object.t === 'ext') return externalAttribute(this, object, keyText ?? '[]', node, ctx, true);
    if (object.t === 'dict' && keyText !== undefined) {
      const entry = object.entries.find((e) => e.key === keyText);
      if (entry) return entry.value;
    }
    if (object.t === 'list' && keyNumber !== undefined) {
      const item = object.items.at(keyNumber);
      if (item) return item;
    }
    if (object.t === 'value') {
      const v = object.v;
      if (v.kind === 'object' && keyText !== undefined) {
        const entry = v.entries.find((e) => e.key === keyText);
        if (entry) return val(entry.value);
      }
      if (v.kind === 'list' && keyNumber !== undefined) {
        const item = v.items.at(keyNumber);
        if (item) return val(item);
      }
      if (v.kind === 'reference') {
        const step = keyText ?? (keyNumber !== undefined ? String(keyNumber) : '*');
        return val({
          ...v,
          target: { ...v.target, path: [...v.target.path, step] } as typeof v.target,
          text: node.text,
          span,
        });
      }
    }
    if (object.t === 'resource') return val(resourceReference(object.res, [keyText ?? '*'], node.text, span));
    return val(unknownValue(span, node.text));
  }

  binary(operator: string, l: PyVal, r: PyVal, node: SyntaxNode, ctx: Ctx): PyVal {
    const span = this.span(ctx, node);
    const lv = l.t === 'value' ? l.v : undefined;
    const rv = r.t === 'value' ? r.v : undefined;
    const ln = lv?.kind === 'literal' && typeof lv.value === 'number' ? lv.value : undefined;
    const rn = rv?.kind === 'literal' && typeof rv.value === 'number' ? rv.value : undefined;
    if (ln !== undefined && rn !== undefined) {
      const result =
        operator === '+'
          ? ln + rn
          : operator === '-'
            ? ln - rn
            : operator === '*'
              ? ln * rn
              : operator === '/'
                ? ln / rn
                : operator === '//'
                  ? Math.floor(ln / rn)
                  : operator === '%'
                    ? ln % rn
                    : operator === '**'
                      ? ln ** rn
                      : undefined;
      if (result !== undefined && Number.isFinite(result)) return val(literal(result, span));
      return val(unknownValue(span, node.text));
    }
    const stringish = (v: Value | undefined) =>
      !!v && ((v.kind === 'literal' && typeof v.value === 'string') || v.kind === 'template');
    if (operator === '+') {
      if (l.t === 'list' && r.t === 'list') return { t: 'list', items: [...l.items, ...r.items], span };
      const lvalue = toValue(l, span);
      const rvalue = toValue(r, span);
      const outputish = (v: Value) => v.kind === 'reference' && v.output;
      if (stringish(lv) || stringish(rv) || outputish(lvalue) || outputish(rvalue))
        return val(template([lvalue, rvalue], span, 'concatenation'));
      return val(unknownValue(span, node.text));
    }
    if (operator === '%' && lv?.kind === 'literal' && typeof lv.value === 'string') {
      const pieces = splitPercentFormat(lv.value);
      if (!pieces) return val(unknownValue(span, node.text));
      const positional = r.t === 'list' ? r.items : [r];
      const parts: Value[] = pieces.map((piece) => {
        if ('text' in piece) return literal(piece.text, lv.span);
        if ('key' in piece) {
          const entry = r.t === 'dict' ? r.entries.find((e) => e.key === piece.key)?.value : undefined;
          return entry ? toValue(entry, span) : unknownValue(span);
        }
        const arg = positional[piece.positional];
        return arg ? toValue(arg, r.t === 'list' ? r.span : span) : unknownValue(span);
      });
      return val(template(parts, span, 'format'));
    }
    if (operator === '*' && lv && rn !== undefined && stringish(lv) && lv.kind === 'literal')
      return val(literal(String(lv.value).repeat(Math.max(0, Math.min(rn, 1000))), span));
    if (operator === '/' && (isPathValue(lv) || isPathValue(rv)))
      return val({ kind: 'call', name: 'os.path.join', args: [toValue(l, span), toValue(r, span)], span });
    if (operator === '|' && l.t === 'dict' && r.t === 'dict')
      return { t: 'dict', entries: [...l.entries, ...r.entries], span };
    return val(unknownValue(span, node.text));
  }

  private call(node: SyntaxNode, ctx: Ctx): PyVal {
    const span = this.span(ctx, node);
    const functionNode = node.childForFieldName('function');
    const argumentsNode = node.childForFieldName('arguments');
    if (!functionNode) return val(unknownValue(span, node.text));
    if (functionNode.type === 'attribute' && functionNode.childForFieldName('attribute')?.text === 'register_outputs')
      (this.runningUncalled
        ? (this.program.unreachedRegisteredOutputs ??= [])
        : (this.program.registeredOutputs ??= [])
      ).push(span);
    // `task_definition.add_container(...)` on an AWS CDK construct: the construct is kept to record the call.
    const objectNode = functionNode.type === 'attribute' ? functionNode.childForFieldName('object') : null;
    const method = functionNode.type === 'attribute' ? functionNode.childForFieldName('attribute') : null;
    const object = objectNode && method ? this.expr(objectNode, ctx) : undefined;
    const callee = object ? this.attribute(object, method!.text, functionNode, ctx) : this.expr(functionNode, ctx);
    const args = this.arguments(argumentsNode, ctx);
    if (object?.t === 'resource' && object.res.construct && !isLoopVariable(objectNode!))
      recordCdkMethodCall(this, object.res, method!.text, args, this.span(ctx, method!), span);
    return this.invoke(callee, args, node, ctx);
  }

  arguments(argumentsNode: SyntaxNode | null, ctx: Ctx): CallArgs {
    const args: CallArgs = { positional: [], keywords: new Map() };
    if (!argumentsNode) return args;
    if (argumentsNode.type === 'generator_expression') {
      args.positional.push({ value: this.expr(argumentsNode, ctx), span: this.span(ctx, argumentsNode) });
      return args;
    }
    for (const child of argumentsNode.namedChildren) {
      if (child.type === 'comment') continue;
      if (child.type === 'keyword_argument') {
        const name = child.childForFieldName('name');
        const value = child.childForFieldName('value');
        if (!name || !value) continue;
        args.keywords.set(name.text, {
          value: this.expr(value, ctx),
          span: this.span(ctx, value),
          keySpan: this.span(ctx, name),
          comment: trailingComment(child),
        });
      } else if (child.type === 'list_splat') {
        const inner = child.namedChildren[0] ? this.expr(child.namedChildren[0], ctx) : undefined;
        const items = inner ? this.iterate(inner) : undefined;
        for (const item of items ?? []) args.positional.push({ value: item, span: this.span(ctx, child) });
        if (!items) args.splat = true;
      } else if (child.type === 'dictionary_splat') {
        const inner = child.namedChildren[0] ? this.expr(child.namedChildren[0], ctx) : undefined;
        const entries = inner ? dictEntries(inner) : [];
        for (const entry of entries)
          args.keywords.set(entry.key, { value: entry.value, span: entry.keySpan, keySpan: entry.keySpan });
        if (!inner || (inner.t !== 'dict' && !(inner.t === 'value' && inner.v.kind === 'object'))) args.splat = true;
        // Passing on the `**kwargs` of a call whose arguments are unknown passes on that unknown.
        if (inner?.t === 'dict' && inner.open) args.splat = true;
      } else args.positional.push({ value: this.expr(child, ctx), span: this.span(ctx, child) });
    }
    return args;
  }

  invoke(callee: PyVal, args: CallArgs, node: SyntaxNode, ctx: Ctx): PyVal {
    const span = this.span(ctx, node);
    switch (callee.t) {
      case 'function':
        return this.callFunction(callee.fn, args, callee.self, node, ctx);
      case 'lambda':
        return this.callLambda(callee, args, node, ctx);
      case 'class':
        return this.instantiate(callee.cls, args, node, ctx);
      case 'ext':
        return callExternal(this, callee, args, node, ctx);
      case 'bound':
        return callMethod(this, callee, args, node, ctx);
      case 'config':
      default:
        return val(unknownValue(span, node.text));
    }
  }

  /**
   * Runs every function and method no evaluated code called, with unknown arguments, so their resources are seen.
   * Callers run first: a component class that an uncalled `TapStack` instantiates is then read once, through
   * that call (with the names it passes), rather than once on its own and again through the caller.
   */
  runUncalled(): void {
    this.runningUncalled = true;
    const calledNames = new Set(
      this.functions.filter((fn) => fn.calls === 0).flatMap((fn) => namesCalledIn(fn.node, fn.name)),
    );
    const isCalled = (fn: FunctionInfo) => calledNames.has(fn.cls && fn.name === '__init__' ? fn.cls.name : fn.name);
    const order = [...this.functions.filter((fn) => !isCalled(fn)), ...this.functions.filter(isCalled)];
    let defined = this.functions.length;
    for (let i = 0; i < order.length && !this.exhausted; i++) {
      // Functions defined while the previous one ran (nested definitions) run after the rest.
      order.push(...this.functions.slice(defined));
      defined = this.functions.length;
      const fn = order[i];
      if (fn.calls > 0 || !fn.mod.usesPulumi) continue;
      const ctx: Ctx = { mod: fn.mod, scope: fn.closure };
      let self: PyVal | undefined;
      if (fn.cls && !fn.decorators.includes('staticmethod'))
        self = fn.cls.instances[0] ?? {
          t: 'instance',
          cls: fn.cls,
          attrs: new Map(),
          text: 'self',
          span: this.span(ctx, fn.node),
        };
      // `splat`: the arguments are unknown, so a parameter may be given though it has a default.
      this.callFunction(fn, { positional: [], keywords: new Map(), splat: true }, self, fn.node, ctx);
    }
  }
}

const BUILTINS = new Set([
  'str',
  'int',
  'float',
  'bool',
  'len',
  'range',
  'enumerate',
  'zip',
  'list',
  'dict',
  'tuple',
  'set',
  'sorted',
  'print',
  'isinstance',
  'super',
  'min',
  'max',
  'sum',
  'any',
  'all',
  'open',
  'getattr',
  'hasattr',
  'repr',
  'format',
  'map',
  'filter',
  'reversed',
  'abs',
  'round',
  'type',
  'Exception',
  'ValueError',
]);

/** Names that are methods when looked up on a value (not attributes of what it stands for). */
const METHODS_ON_VALUES = new Set([
  'apply',
  'format',
  'get',
  'items',
  'keys',
  'values',
  'copy',
  'update',
  'append',
  'extend',
  'join',
  'lower',
  'upper',
  'strip',
  'lstrip',
  'rstrip',
  'replace',
  'split',
  'startswith',
  'endswith',
  'title',
  'capitalize',
  'setdefault',
  'pop',
]);

export function truthiness(value: PyVal): boolean | undefined {
  if (value.t === 'list') return value.items.length > 0;
  if (value.t === 'dict') return value.entries.length > 0;
  if (value.t !== 'value') return value.t === 'resource' || value.t === 'instance' ? true : undefined;
  const v = value.v;
  if (v.kind === 'call' && v.folded) return truthiness(val(v.folded));
  if (v.kind === 'literal') return v.value === null ? false : Boolean(v.value);
  if (v.kind === 'object') return v.entries.length > 0;
  if (v.kind === 'list') return v.items.length > 0;
  return undefined;
}

export function dictEntries(value: PyVal): Extract<PyVal, { t: 'dict' }>['entries'] {
  if (value.t === 'dict') return value.entries;
  if (value.t === 'value' && value.v.kind === 'object')
    return value.v.entries.map((e) => ({ key: e.key, keySpan: e.keySpan, value: val(e.value) }));
  return [];
}

function isPathValue(value: Value | undefined): boolean {
  return (
    !!value &&
    ((value.kind === 'call' && (value.name.startsWith('os.path.') || value.name.startsWith('pathlib.'))) ||
      (value.kind === 'reference' && value.target.kind === 'path'))
  );
}

/** Path of a file relative to the program root, posix style. */
export function relativePath(root: string, path: string): string {
  const rel = path.startsWith(root) ? path.slice(root.length) : path;
  return rel.split('\\').join('/').replace(/^\/+/, '');
}

/** Module constants worth recording as program locals: literals, templates, data, config and environment reads. */
function isConstantOrInput(value: Value): boolean {
  switch (value.kind) {
    case 'literal':
    case 'template':
    case 'object':
    case 'list':
      return true;
    case 'reference':
      return value.target.kind === 'config' || value.target.kind === 'env';
    case 'call':
      return value.name === 'or' && value.args.some(isConstantOrInput);
    default:
      return false;
  }
}

/** A comment at the end of the line an argument ends on (`threshold=5,  # 5% error rate`). */
function trailingComment(node: SyntaxNode): string | undefined {
  for (let next = node.nextSibling; next; next = next.nextSibling) {
    if (next.startPosition.row !== node.endPosition.row) return undefined;
    if (next.type === 'comment') return next.text.replace(/^#\s*/, '');
    if (next.isNamed) return undefined;
  }
  return undefined;
}

/**
 * Whether `from pulumi_aws import <name>` names something the package has: a
 * module, the provider and its args, a top-level function (`get_region`), or a
 * name not written like a module (a class or constant).
 */
function knownAwsExport(name: string): boolean {
  if (!/^[a-z][a-z0-9_]*$/.test(name)) return true;
  if (name.startsWith('get_') || name.startsWith('_')) return true;
  return isPulumiModule(name) || ['config', 'types', 'provider', 'outputs', 'inputs'].includes(name);
}

/**
 * Whether an expression starts with the variable of an enclosing `for`: the
 * loop binds it to each item in turn, and a condition in the body may keep
 * some items from the call (`if name != "dax": table.auto_scale_read_capacity()`).
 */
function isLoopVariable(node: SyntaxNode): boolean {
  let root: SyntaxNode | null = node;
  while (root && root.type === 'attribute') root = root.childForFieldName('object');
  if (root?.type !== 'identifier') return false;
  for (let up = node.parent; up; up = up.parent) {
    if (up.type !== 'for_statement') continue;
    const left = up.childForFieldName('left');
    if (left && (left.text === root.text || left.descendantsOfType('identifier').some((n) => n.text === root.text)))
      return true;
  }
  return false;
}

/** Names a function's body calls (`SecretsStack(...)`, `self.build(...)`), its own name aside. */
function namesCalledIn(node: SyntaxNode, own: string): string[] {
  const names: string[] = [];
  for (const call of node.descendantsOfType('call')) {
    const callee = call.childForFieldName('function');
    const name = callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : callee?.text;
    if (name && name !== own) names.push(name);
  }
  return names;
}
