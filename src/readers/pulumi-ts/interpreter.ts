/**
 * A small abstract interpreter for Pulumi TypeScript/JavaScript programs: it
 * walks statements and expressions, keeps what each name stands for, and
 * records every `new aws.<module>.<Resource>(name, args, opts)` it meets,
 * with arguments folded as far as they are statically certain.
 *
 * Functions are evaluated at each call with their arguments bound (helpers
 * that build resources), classes once (components), and whatever is never
 * called is evaluated once at the end with unknown parameters.
 */
import { exceedsNodeBound, tooLarge, withinBounds } from '../../model/limits.js';
import { posix } from 'node:path';
import { snakeCase } from '../../model/names.js';
import type { SourceFile, Span } from '../../model/source.js';
import type {
  CallValue,
  ListValue,
  ObjectEntry,
  ObjectValue,
  Program,
  ReferenceValue,
  Resource,
  ResourceOptions,
  TemplateValue,
  Value,
  Variable,
} from '../../model/types.js';
import { asObject, constantValue, field, numberValue, referencesIn, stringValue } from '../../model/values.js';
import { CDK_POLICY_STATEMENT, CDK_SERVICE_PRINCIPAL } from '../../model/cdk-policy.js';
import { resourceShape } from '../../schema/aws-provider.js';
import { pulumiEnumConstant, pulumiResource } from '../../schema/pulumi-aws.js';
import { cdkMethodOptions } from '../../schema/cdk-api.js';
import { cdktfType } from '../../schema/cdktf.js';
import {
  cdkConstruct,
  cdkPath,
  cdkProperties,
  cdkPseudoParameter,
  qualifiedName,
  type CdkConstruct,
} from '../cdk/constructs.js';
import { frameworkOfImports } from '../frameworks.js';
import type { ReadInput } from '../reader.js';
import { unusedVariables } from './unused.js';
import {
  containsThrow,
  dottedName,
  identifiersIn,
  parseTypeScript,
  propertyName,
  unwrap,
  type AstNode,
} from './ast.js';
import { canonicalObject, canonicalResourceArgs } from './canonical.js';
import { codePathCandidates, inlineHandlerFile, languageOf } from './handlers.js';
import {
  isSym,
  isValue,
  Scope,
  type ClassSym,
  type FunctionSym,
  type Item,
  type ModuleContext,
  type Sym,
} from './symbols.js';

/** What a function body being executed has produced. */
interface Frame {
  returned?: Item;
  topLevel: boolean;
}

const MAX_DEPTH = 12;
const MAX_CALLS_PER_FUNCTION = 25;
const THIS = '#this';

export class Interpreter {
  readonly program: Program;
  private readonly modules = new Map<string, ModuleContext>();
  /** How many `if` branches with a test not known statically the statement being read is in. */
  private undecidedBranches = 0;
  private readonly imported = new Set<ModuleContext>();
  private readonly functions: FunctionSym[] = [];
  private readonly classes: ClassSym[] = [];
  /** What running each class's body created: resources and data sources, and providers (nested stacks need it). */
  private readonly built = new Map<ClassSym, { resources: number; providers: number }>();
  private readonly superClasses = new Map<ClassSym, Item | undefined>();
  private readonly variableIndex = new Map<string, Variable>();
  private readonly validated = new Set<string>();
  private readonly dataNames = new Map<string, number>();
  private depth = 0;
  /** Every module specifier imported, for telling Pulumi, CDK and CDKTF programs apart. */
  private readonly importedPackages = new Set<string>();
  /** The statement whose direct value is the `new` expression being read (for the resource's span). */
  private statementOf = new WeakMap<AstNode, AstNode>();
  /** Key of the object property being read: names inline asset files (`'index.js': new StringAsset(...)`). */
  private propertyKey: string | undefined;

  constructor(
    private readonly input: ReadInput,
    program: Program,
  ) {
    this.program = program;
  }

  /** Set while `run` reads the classes and functions that nothing of the program called. */
  private runningUncalled = false;

  run(): void {
    for (const file of this.input.files) this.moduleFor(file);
    for (const module of [...this.modules.values()]) this.readModule(module);
    // Components and helpers nobody calls still declare resources: read them once.
    this.runningUncalled = true;
    for (let round = 0; round < 3; round++) {
      let progressed = false;
      for (const cls of [...this.classes])
        if (!cls.evaluated) {
          this.evaluateClass(cls);
          progressed = true;
        }
      for (const fn of [...this.functions])
        if (fn.calls === 0) {
          this.invoke(fn, []);
          progressed = true;
        }
      if (!progressed) break;
    }
    for (const module of this.modules.values())
      if (!this.imported.has(module)) for (const output of module.exportedValues) this.program.outputs.push(output);
    // The imports say which framework the program is written for; its resources carry it.
    const framework = frameworkOfImports('ts', this.importedPackages);
    if (framework !== this.program.framework) {
      this.program.framework = framework;
      for (const resource of [...this.program.resources, ...this.program.dataSources]) resource.framework = framework;
    }
  }

  // ------------------------------------------------------------ modules

  private moduleFor(source: SourceFile): ModuleContext {
    let module = this.modules.get(source.path);
    if (!module) {
      module = { source, exports: new Map(), state: 'new', exportedValues: [], commentsByLine: new Map() };
      this.modules.set(source.path, module);
      if (!this.program.files.includes(source)) this.program.files.push(source);
    }
    return module;
  }

  private readModule(module: ModuleContext): void {
    if (module.state !== 'new') return;
    module.state = 'reading';
    const { source } = module;
    const parsed = parseTypeScript(source.path, source.text);
    // A syntax error in a file of the program (one that names Pulumi, the AWS CDK or CDKTF) stops its compiler.
    if (parsed.errors.length && (parsed.refused || IAC_PACKAGES.some((name) => source.text.includes(name)))) {
      const first = parsed.errors[0];
      this.program.diagnostics.push({
        message: `cannot parse ${posix.basename(source.path)}: ${first.message}`,
        span: source.span(first.start, first.end),
      });
    }
    for (const comment of parsed.comments) {
      module.commentsByLine.set(source.lineIndexAt(comment.start), { start: comment.start, value: comment.value });
      this.program.comments.push({ text: comment.value, span: source.span(comment.start, comment.end) });
    }
    if (!parsed.errors.length)
      for (const unused of unusedVariables(parsed.program, parsed.lintDirectives, (o) => source.lineIndexAt(o)))
        (this.program.unusedVariables ??= []).push({
          name: unused.name,
          span: source.span(unused.start, unused.end),
          binding: unused.binding && source.span(unused.binding.start, unused.binding.end),
          initializer: unused.initializer,
        });
    const scope = new Scope();
    this.execBlock(parsed.program.body ?? [], module, scope, { topLevel: true });
    module.state = 'done';
  }

  private resolveModule(specifier: string, from: ModuleContext): ModuleContext | undefined {
    const base = posix.join(posix.dirname(from.source.path), specifier);
    const stem = base.replace(/\.(js|mjs|cjs)$/, '');
    const candidates = [base, `${stem}.ts`, `${stem}.js`, `${stem}.mjs`, `${base}/index.ts`, `${base}/index.js`];
    for (const candidate of candidates) {
      const known = this.modules.get(candidate);
      if (known) return known;
    }
    for (const candidate of candidates) {
      if (!/\.(m|c)?[jt]s$/.test(candidate)) continue;
      const source = this.input.readFile(candidate);
      if (source) return this.moduleFor(source);
    }
    return undefined;
  }

  private importModule(specifier: string, from: ModuleContext): Sym | undefined {
    this.importedPackages.add(specifier);
    if (specifier === '@pulumi/aws') return { sym: 'aws', path: [] };
    if (specifier.startsWith('@pulumi/aws/')) return { sym: 'aws', path: [specifier.slice('@pulumi/aws/'.length)] };
    if (specifier === '@pulumi/pulumi') return { sym: 'pulumi', path: [] };
    if (specifier.startsWith('@pulumi/pulumi/'))
      return { sym: 'pulumi', path: [specifier.slice('@pulumi/pulumi/'.length)] };
    if (specifier.startsWith('.')) {
      const module = this.resolveModule(specifier, from);
      if (!module) return undefined;
      this.imported.add(module);
      this.readModule(module);
      return { sym: 'module', module };
    }
    return { sym: 'package', name: specifier.replace(/^node:/, ''), path: [] };
  }

  private memberOfImport(target: Sym | undefined, name: string): Item | undefined {
    if (!target) return undefined;
    if (target.sym === 'module') return { sym: 'import', module: target.module, name };
    if (target.sym === 'aws' || target.sym === 'pulumi') return { ...target, path: [...target.path, name] };
    if (target.sym === 'package') return { ...target, path: [...target.path, name] };
    return undefined;
  }

  private importDeclaration(node: AstNode, module: ModuleContext, scope: Scope): void {
    const specifier = node.source?.value;
    if (typeof specifier !== 'string' || node.importKind === 'type') return;
    const target = this.importModule(specifier, module);
    for (const spec of node.specifiers ?? []) {
      const local = spec.local?.name as string;
      if (spec.type === 'ImportNamespaceSpecifier') scope.define(local, target ?? this.unknown(spec, module));
      else if (spec.type === 'ImportDefaultSpecifier')
        scope.define(
          local,
          target?.sym === 'module'
            ? { sym: 'import', module: target.module, name: 'default' }
            : (target ?? this.unknown(spec, module)),
        );
      else {
        const imported = propertyName(spec.imported, false) ?? local;
        const cdk = target?.sym === 'package' ? cdkPath(target.name, [imported]) : undefined;
        if (cdk)
          (this.program.cdkReferences ??= []).push({ path: cdk, span: this.span(spec.imported ?? spec, module) });
        scope.define(local, this.memberOfImport(target, imported) ?? this.unknown(spec, module));
      }
    }
  }

  /** Follows lazy imports to what the other module exports. */
  private resolveItem(item: Item | undefined): Item | undefined {
    let current = item;
    for (let i = 0; i < 10 && isSym(current) && current.sym === 'import'; i++) {
      const { module, name } = current;
      this.readModule(module);
      current = module.exports.get(name);
    }
    return current;
  }

  // ------------------------------------------------------------ statements

  private hoist(statements: AstNode[], module: ModuleContext, scope: Scope): void {
    for (const raw of statements) {
      const statement =
        (raw.type === 'ExportNamedDeclaration' || raw.type === 'ExportDefaultDeclaration') && raw.declaration
          ? raw.declaration
          : raw;
      if (statement.type === 'FunctionDeclaration' && statement.id) {
        const fn: FunctionSym = { sym: 'function', node: statement, scope, module, calls: 0 };
        this.functions.push(fn);
        scope.define(statement.id.name, fn);
      } else if (statement.type === 'ClassDeclaration' && statement.id) {
        scope.define(statement.id.name, this.classSym(statement, module, scope));
      }
    }
  }

  private classSym(node: AstNode, module: ModuleContext, scope: Scope): ClassSym {
    const name = (node.id?.name as string | undefined) ?? 'class';
    const cls: ClassSym = {
      sym: 'class',
      node,
      scope,
      module,
      evaluated: false,
      instance: { sym: 'instance', name, fields: new Map(), methods: new Map() },
    };
    this.classes.push(cls);
    return cls;
  }

  private execBlock(statements: AstNode[], module: ModuleContext, scope: Scope, frame: Frame): boolean {
    this.hoist(statements, module, scope);
    for (const statement of statements) {
      let terminated = false;
      try {
        terminated = this.exec(statement, module, scope, frame);
      } catch (error) {
        // A construct the reader does not model must not stop the reading of the rest.
        if (process.env.PREFLIGHT_DEBUG) console.error(`pulumi-ts reader: ${(error as Error).stack}`);
        // But a statement nested too deeply to evaluate is said, never silently dropped.
        if (isStackOverflow(error))
          this.program.diagnostics.push({
            message: 'statement nested too deeply to read; it was skipped',
            span: module.source.span(statement.start, statement.end),
          });
      }
      if (terminated) return true;
    }
    return false;
  }

  private exec(node: AstNode, module: ModuleContext, scope: Scope, frame: Frame): boolean {
    switch (node.type) {
      case 'VariableDeclaration':
        this.declare(node, module, scope, frame, false);
        return false;
      case 'ExpressionStatement': {
        const expression = unwrap(node.expression);
        if (expression.type === 'NewExpression') this.statementOf.set(expression, node);
        if (
          expression.type === 'AssignmentExpression' &&
          unwrap(expression.right).type === 'NewExpression' &&
          expression.left.type === 'MemberExpression'
        )
          this.statementOf.set(unwrap(expression.right), node);
        this.checkValidationCall(expression, module, scope);
        this.expr(node.expression, module, scope);
        return false;
      }
      case 'ReturnStatement':
        if (frame.returned === undefined)
          frame.returned = node.argument ? this.expr(node.argument, module, scope) : this.literal(null, node, module);
        return true;
      case 'ThrowStatement':
        return true;
      case 'IfStatement': {
        this.checkValidation(node, module, scope);
        const test = this.value(node.test, module, scope);
        // Both branches are read; what they create exists only when the test holds, unless the test is a constant.
        const decided = test.kind === 'literal' || (test.kind === 'call' && test.folded?.kind === 'literal');
        if (!decided) this.undecidedBranches++;
        try {
          this.exec(node.consequent, module, new Scope(scope), frame);
          if (node.alternate) this.exec(node.alternate, module, new Scope(scope), frame);
        } finally {
          if (!decided) this.undecidedBranches--;
        }
        return false;
      }
      case 'BlockStatement':
        return this.execBlock(node.body, module, new Scope(scope), frame);
      case 'ForStatement': {
        const inner = new Scope(scope);
        if (node.init) {
          if (node.init.type === 'VariableDeclaration') this.declare(node.init, module, inner, frame, false);
          else this.expr(node.init, module, inner);
        }
        this.exec(node.body, module, inner, frame);
        return false;
      }
      case 'ForOfStatement':
      case 'ForInStatement': {
        const inner = new Scope(scope);
        this.expr(node.right, module, scope);
        if (node.left.type === 'VariableDeclaration')
          for (const declarator of node.left.declarations) this.bindPattern(declarator.id, undefined, inner, module);
        this.exec(node.body, module, inner, frame);
        return false;
      }
      case 'WhileStatement':
      case 'DoWhileStatement':
        this.exec(node.body, module, new Scope(scope), frame);
        return false;
      case 'TryStatement':
        this.exec(node.block, module, new Scope(scope), frame);
        if (node.handler) {
          const inner = new Scope(scope);
          if (node.handler.param) this.bindPattern(node.handler.param, undefined, inner, module);
          this.exec(node.handler.body, module, inner, frame);
        }
        if (node.finalizer) this.exec(node.finalizer, module, new Scope(scope), frame);
        return false;
      case 'SwitchStatement':
        this.expr(node.discriminant, module, scope);
        for (const c of node.cases) this.execBlock(c.consequent, module, new Scope(scope), frame);
        return false;
      case 'LabeledStatement':
        return this.exec(node.body, module, scope, frame);
      case 'ImportDeclaration':
        this.importDeclaration(node, module, scope);
        return false;
      case 'TSImportEqualsDeclaration': {
        const specifier = node.moduleReference?.expression?.value;
        if (typeof specifier === 'string')
          scope.define(node.id.name, this.importModule(specifier, module) ?? this.unknown(node, module));
        return false;
      }
      case 'ExportNamedDeclaration':
        this.exportNamed(node, module, scope, frame);
        return false;
      case 'ExportDefaultDeclaration': {
        const declaration = node.declaration;
        if ((declaration.type === 'FunctionDeclaration' || declaration.type === 'ClassDeclaration') && declaration.id)
          module.exports.set('default', scope.lookup(declaration.id.name)?.item ?? this.unknown(node, module));
        else module.exports.set('default', this.expr(declaration, module, scope));
        return false;
      }
      case 'ExportAllDeclaration': {
        const target =
          typeof node.source?.value === 'string' ? this.importModule(node.source.value, module) : undefined;
        if (target?.sym === 'module') {
          for (const [k, v] of target.module.exports) module.exports.set(k, v);
          // `export * from` in the entry point makes the other module's values stack outputs too.
          module.exportedValues.push(...target.module.exportedValues);
        }
        return false;
      }
      default:
        return false;
    }
  }

  private declare(node: AstNode, module: ModuleContext, scope: Scope, frame: Frame, exported: boolean): void {
    for (const declarator of node.declarations) {
      const id = declarator.id;
      const init = declarator.init ? unwrap(declarator.init) : undefined;
      const hint = id.type === 'Identifier' ? (id.name as string) : undefined;
      if (init?.type === 'NewExpression' && node.declarations.length === 1) this.statementOf.set(init, node);
      const initNew = init?.type === 'AwaitExpression' ? unwrap(init.argument) : init;
      const item = declarator.init ? this.expr(declarator.init, module, scope, hint) : undefined;
      if (initNew && initNew !== init && initNew.type === 'NewExpression') this.statementOf.set(initNew, node);
      this.bindPattern(id, item, scope, module, declarator.init);
      if (exported && hint) {
        const bound = scope.lookup(hint)?.item;
        if (bound) module.exports.set(hint, bound);
        if (frame.topLevel && bound && !(isSym(bound) && (bound.sym === 'function' || bound.sym === 'class')))
          module.exportedValues.push({
            name: hint,
            value: this.toValue(bound, declarator.init ?? id, module),
            span: this.span(declarator, module),
          });
      }
    }
  }

  private exportNamed(node: AstNode, module: ModuleContext, scope: Scope, frame: Frame): void {
    const declaration = node.declaration;
    if (declaration) {
      if (declaration.type === 'VariableDeclaration') this.declare(declaration, module, scope, frame, true);
      else if (declaration.id?.name) {
        const item = scope.lookup(declaration.id.name)?.item;
        if (item) module.exports.set(declaration.id.name, item);
      }
      return;
    }
    const target = typeof node.source?.value === 'string' ? this.importModule(node.source.value, module) : undefined;
    for (const spec of node.specifiers ?? []) {
      const local = propertyName(spec.local, false);
      const exported = propertyName(spec.exported, false);
      if (!local || !exported) continue;
      const item = node.source ? this.memberOfImport(target, local) : scope.lookup(local)?.item;
      if (item) module.exports.set(exported, item);
    }
  }

  private bindPattern(
    pattern: AstNode,
    item: Item | undefined,
    scope: Scope,
    module: ModuleContext,
    init?: AstNode,
  ): void {
    const p = pattern.type === 'TSParameterProperty' ? pattern.parameter : pattern;
    switch (p.type) {
      case 'Identifier':
        scope.define(
          p.name,
          item ?? this.reference({ kind: 'other', name: p.name, path: [] }, p, module),
          init,
          module,
        );
        return;
      case 'AssignmentPattern': {
        const missing = item === undefined || (isValue(item) && item.kind === 'literal' && item.value === null);
        this.bindPattern(
          p.left,
          missing ? this.expr(p.right, module, scope) : item,
          scope,
          module,
          missing ? p.right : init,
        );
        return;
      }
      case 'ObjectPattern':
        for (const property of p.properties) {
          if (property.type === 'RestElement') {
            this.bindPattern(property.argument, undefined, scope, module);
            continue;
          }
          const key = propertyName(property.key, property.computed);
          const sub =
            item !== undefined && key !== undefined ? this.member(item, key, property.key, module) : undefined;
          this.bindPattern(property.value, sub, scope, module);
        }
        return;
      case 'ArrayPattern':
        p.elements.forEach((element: AstNode | null, index: number) => {
          if (!element) return;
          if (element.type === 'RestElement') this.bindPattern(element.argument, undefined, scope, module);
          else
            this.bindPattern(
              element,
              item !== undefined ? this.member(item, String(index), element, module) : undefined,
              scope,
              module,
            );
        });
        return;
      case 'RestElement':
        this.bindPattern(p.argument, undefined, scope, module);
        return;
      default:
        return;
    }
  }

  // ------------------------------------------------------------ validation

  /** `if (!/^[a-z0-9-]+$/.test(suffix)) throw ...`: the inputs read in the test are validated. */
  private checkValidation(node: AstNode, module: ModuleContext, scope: Scope): void {
    if (!containsThrow(node.consequent)) return;
    this.markValidated(node.test, module, scope);
  }

  /** `validateSuffix(suffix)`, `assert(...)`: a call whose name says it checks its arguments. */
  private checkValidationCall(expression: AstNode, module: ModuleContext, scope: Scope): void {
    if (expression.type !== 'CallExpression') return;
    const callee = unwrap(expression.callee);
    const name =
      callee.type === 'Identifier'
        ? (callee.name as string)
        : callee.type === 'MemberExpression'
          ? propertyName(callee.property, callee.computed)
          : undefined;
    if (!name || !/valid|assert|check|verify/i.test(name)) return;
    for (const argument of expression.arguments) this.markValidated(argument, module, scope);
  }

  private markValidated(node: AstNode, module: ModuleContext, scope: Scope): void {
    const values: Value[] = [];
    for (const name of identifiersIn(node)) {
      const item = this.resolveItem(scope.lookup(name)?.item);
      if (isValue(item)) values.push(item);
    }
    values.push(this.value(node, module, scope));
    for (const value of values)
      for (const ref of referencesIn(value)) {
        const target = ref.target;
        if (target.kind !== 'env' && target.kind !== 'config' && target.kind !== 'var') continue;
        const source = target.kind === 'var' ? 'variable' : target.kind;
        const key = `${source}:${target.name}`;
        this.validated.add(key);
        const variable = this.variableIndex.get(key);
        if (variable) variable.validated = true;
      }
  }

  private addVariable(name: string, source: Variable['source'], span: Span): void {
    const key = `${source}:${name}`;
    if (this.variableIndex.has(key)) return;
    const variable: Variable = { name, source, span };
    if (this.validated.has(key)) variable.validated = true;
    this.variableIndex.set(key, variable);
    this.program.variables.push(variable);
  }

  // ------------------------------------------------------------ expressions

  private expr(node: AstNode, module: ModuleContext, scope: Scope, hint?: string): Item {
    const n = unwrap(node);
    switch (n.type) {
      case 'Literal':
        if (n.regex || typeof n.value === 'bigint') return this.unknown(n, module);
        return this.literal(n.value as string | number | boolean | null, n, module);
      case 'TemplateLiteral':
        return this.template(n, module, scope);
      case 'TaggedTemplateExpression': {
        const tag = this.expr(n.tag, module, scope);
        const template = this.template(n.quasi, module, scope);
        if (isSym(tag) && tag.sym === 'pulumi' && tag.path.join('.') === 'interpolate')
          return this.call('pulumi.interpolate', [template], n, module);
        return this.call(dottedName(n.tag) ?? 'tag', [template], n, module);
      }
      case 'Identifier':
        return this.identifier(n, module, scope);
      case 'ThisExpression':
        return scope.lookup(THIS)?.item ?? this.reference({ kind: 'self', path: [] }, n, module);
      case 'MemberExpression': {
        const object = this.expr(n.object, module, scope);
        let key = propertyName(n.property, n.computed);
        if (key === undefined && n.computed) {
          const computed = this.value(n.property, module, scope);
          key = stringValue(computed);
        }
        if (key === undefined) return this.unknown(n, module);
        return this.member(object, key, n, module);
      }
      case 'ObjectExpression':
        return this.object(n, module, scope);
      case 'ArrayExpression':
        return this.array(n, module, scope);
      case 'BinaryExpression':
        return this.binary(n, module, scope);
      case 'LogicalExpression':
        return this.logical(n, module, scope);
      case 'ConditionalExpression': {
        const test = this.value(n.test, module, scope);
        const known = constantValue(test);
        if (known !== undefined && !(isValue(test) && test.kind === 'call'))
          return this.expr(known ? n.consequent : n.alternate, module, scope, hint);
        const a = this.value(n.consequent, module, scope);
        const b = this.value(n.alternate, module, scope);
        return this.call('?:', [test, a, b], n, module);
      }
      case 'UnaryExpression': {
        const argument = this.value(n.argument, module, scope);
        const number = argument.kind === 'literal' && typeof argument.value === 'number' ? argument.value : undefined;
        if (n.operator === '-' && number !== undefined) return this.literal(-number, n, module);
        if (n.operator === '+' && number !== undefined) return this.literal(number, n, module);
        if (n.operator === '!' && argument.kind === 'literal') return this.literal(!argument.value, n, module);
        return this.call(n.operator, [argument], n, module);
      }
      case 'AwaitExpression':
      case 'YieldExpression':
        return n.argument ? this.expr(n.argument, module, scope, hint) : this.unknown(n, module);
      case 'SequenceExpression': {
        let last: Item = this.unknown(n, module);
        for (const e of n.expressions) last = this.expr(e, module, scope);
        return last;
      }
      case 'AssignmentExpression':
        return this.assignment(n, module, scope);
      case 'CallExpression':
        return this.callExpression(n, module, scope, hint);
      case 'NewExpression':
        return this.newExpression(n, module, scope, hint);
      case 'ArrowFunctionExpression':
      case 'FunctionExpression': {
        const self = scope.lookup(THIS)?.item;
        const fn: FunctionSym = { sym: 'function', node: n, scope, module, calls: 0, self };
        this.functions.push(fn);
        return fn;
      }
      case 'ClassExpression':
        return this.classSym(n, module, scope);
      default:
        return this.unknown(n, module);
    }
  }

  /** The model value of an expression (symbols become references or unknowns). */
  private value(node: AstNode, module: ModuleContext, scope: Scope): Value {
    return this.toValue(this.expr(node, module, scope), node, module);
  }

  private identifier(n: AstNode, module: ModuleContext, scope: Scope): Item {
    const name = n.name as string;
    const binding = scope.lookup(name);
    if (binding) {
      const item = this.resolveItem(binding.item) ?? this.unknown(n, module);
      // A name standing for a value: the value, placed where it is used; its parts keep their own positions.
      if (isValue(item)) return { ...item, span: this.span(n, module) } as Value;
      return item;
    }
    if (name === 'undefined') return this.literal(null, n, module);
    if (name === 'process' || name === 'JSON' || name === 'Object' || name === 'Math')
      return { sym: 'package', name, path: [] };
    return this.reference({ kind: 'other', name, path: [] }, n, module);
  }

  private member(object: Item, key: string, n: AstNode, module: ModuleContext): Item {
    const item = this.resolveItem(object);
    if (item === undefined) return this.unknown(n, module);
    if (isSym(item)) {
      switch (item.sym) {
        case 'aws':
          if (item.path.length === 1 && item.path[0] === 'config')
            return this.reference({ kind: 'config', name: `aws:${key}`, path: [] }, n, module);
          return { sym: 'aws', path: [...item.path, key] };
        case 'pulumi':
          return { sym: 'pulumi', path: [...item.path, key] };
        case 'package': {
          if (item.name === 'process' && item.path.length === 0 && key === 'env') return { sym: 'env' };
          const path = [...item.path, key];
          const cdk = cdkPath(item.name, path);
          if (cdk) {
            const property = n.property ?? n;
            (this.program.cdkReferences ??= []).push({ path: cdk, span: this.span(property, module) });
            const pseudo = cdkPseudoParameter(cdk);
            if (pseudo) return this.reference({ kind: 'other', name: pseudo, path: [] }, n, module);
          }
          return { ...item, path };
        }
        case 'env': {
          const span = this.span(n, module);
          this.addVariable(key, 'env', span);
          return this.reference({ kind: 'env', name: key, path: [] }, n, module);
        }
        case 'inputs': {
          this.addVariable(key, 'variable', this.span(n, module));
          return this.reference({ kind: 'var', name: key, path: [] }, n, module);
        }
        case 'resource': {
          const r = item.resource;
          const attribute = r.framework === 'cdktf-ts' ? snakeCase(key) : key;
          const target =
            r.mode === 'data'
              ? { kind: 'data' as const, type: r.type, name: r.name, path: [attribute] }
              : { kind: 'resource' as const, type: r.type, name: r.name, path: [attribute] };
          const ref = this.reference(target, n, module);
          if (r.mode === 'resource') ref.output = true;
          return ref;
        }
        case 'module':
          return this.resolveItem({ sym: 'import', module: item.module, name: key }) ?? this.unknown(n, module);
        case 'instance': {
          const found = item.fields.get(key) ?? item.methods.get(key);
          if (found) return isValue(found) ? ({ ...found, span: this.span(n, module) } as Value) : found;
          const ref = this.reference({ kind: 'other', name: `${item.name}.${key}`, path: [] }, n, module);
          ref.output = true;
          return ref;
        }
        case 'all':
          return this.member(item.value, key, n, module);
        default:
          return this.unknown(n, module);
      }
    }
    switch (item.kind) {
      case 'reference':
        return {
          ...item,
          target: { ...item.target, path: [...item.target.path, key] } as ReferenceValue['target'],
          text: this.text(n, module),
          span: this.span(n, module),
        };
      case 'object': {
        const found = field(item, key);
        return found ?? this.unknown(n, module);
      }
      case 'list': {
        if (key === 'length') return this.literal(item.items.length, n, module);
        const index = Number(key);
        return Number.isInteger(index) && item.items[index] ? item.items[index] : this.unknown(n, module);
      }
      case 'literal':
        if (key === 'length' && typeof item.value === 'string') return this.literal(item.value.length, n, module);
        return this.unknown(n, module);
      case 'call':
        if (item.folded) return this.member(item.folded, key, n, module);
        return this.unknown(n, module);
      default:
        return this.unknown(n, module);
    }
  }

  private template(n: AstNode, module: ModuleContext, scope: Scope): TemplateValue {
    const parts: Value[] = [];
    n.quasis.forEach((quasi: AstNode, index: number) => {
      const cooked = (quasi.value.cooked ?? quasi.value.raw) as string;
      if (cooked) parts.push(this.literal(cooked, quasi, module));
      const expression = n.expressions[index];
      if (expression) parts.push(this.value(expression, module, scope));
    });
    return { kind: 'template', parts, form: 'template', span: this.span(n, module) };
  }

  private object(n: AstNode, module: ModuleContext, scope: Scope): ObjectValue {
    // A later key replaces an earlier one and goes last; a map, not a search per key (400k keys).
    const byKey = new Map<string, ObjectEntry>();
    const set = (entry: ObjectEntry) => {
      byKey.delete(entry.key);
      byKey.set(entry.key, entry);
    };
    let open = false;
    for (const property of n.properties) {
      if (property.type === 'SpreadElement') {
        const spread = asObject(this.value(property.argument, module, scope));
        if (spread) for (const entry of spread.entries) set(entry);
        if (!spread || spread.open) open = true;
        continue;
      }
      if (property.kind !== 'init' || property.method) continue;
      let key = propertyName(property.key, property.computed);
      if (key === undefined && property.computed) key = stringValue(this.value(property.key, module, scope));
      if (key === undefined) continue;
      const saved = this.propertyKey;
      this.propertyKey = key;
      const value = this.value(property.value, module, scope);
      this.propertyKey = saved;
      const entry: ObjectEntry = { key, keySpan: this.span(property.key, module), value };
      const comment = this.commentAfter(property, module);
      if (comment) entry.comment = comment;
      set(entry);
    }
    const object: ObjectValue = { kind: 'object', entries: [...byKey.values()], span: this.span(n, module) };
    if (open) object.open = true;
    return object;
  }

  private commentAfter(node: AstNode, module: ModuleContext): string | undefined {
    const line = module.source.lineIndexAt(node.end);
    const comment = module.commentsByLine.get(line);
    return comment && comment.start >= node.end ? comment.value : undefined;
  }

  private array(n: AstNode, module: ModuleContext, scope: Scope): ListValue {
    const out: Value[] = [];
    for (const element of n.elements) {
      if (!element) continue;
      if (element.type === 'SpreadElement') {
        const spread = this.value(element.argument, module, scope);
        if (spread.kind === 'list') out.push(...spread.items);
        else out.push(spread);
        continue;
      }
      out.push(this.value(element, module, scope));
    }
    return { kind: 'list', items: out, span: this.span(n, module) };
  }

  private binary(n: AstNode, module: ModuleContext, scope: Scope): Value {
    const left = this.value(n.left, module, scope);
    const right = this.value(n.right, module, scope);
    if (n.operator === '+') {
      const stringy = (v: Value) => (v.kind === 'literal' && typeof v.value === 'string') || v.kind === 'template';
      if (
        left.kind === 'literal' &&
        right.kind === 'literal' &&
        typeof left.value === 'number' &&
        typeof right.value === 'number'
      )
        return this.literal(left.value + right.value, n, module);
      if (stringy(left) || stringy(right)) {
        const parts: Value[] = [];
        for (const side of [left, right])
          if (side.kind === 'template' && side.form === 'concatenation') parts.push(...side.parts);
          else parts.push(side);
        if (!withinBounds(parts) || exceedsNodeBound(parts)) return tooLarge(this.span(n, module));
        return { kind: 'template', parts, form: 'concatenation', span: this.span(n, module) };
      }
    }
    const a = numberValue(left);
    const b = numberValue(right);
    if (a !== undefined && b !== undefined && left.kind === 'literal' && right.kind === 'literal') {
      const folded = n.operator === '*' ? a * b : n.operator === '-' ? a - b : n.operator === '/' ? a / b : undefined;
      if (folded !== undefined) return this.literal(folded, n, module);
    }
    if (exceedsNodeBound([left, right])) return tooLarge(this.span(n, module));
    return this.call(n.operator as string, [left, right], n, module);
  }

  private logical(n: AstNode, module: ModuleContext, scope: Scope): Value {
    const left = this.value(n.left, module, scope);
    const right = this.value(n.right, module, scope);
    const call = this.call(n.operator as string, [left, right], n, module);
    // Folded only when the left side is certain; `process.env.X || 'dev'` stays unknown.
    const known = left.kind === 'literal' || left.kind === 'object' || left.kind === 'list';
    if (known) {
      const truthy = left.kind !== 'literal' || !!left.value;
      const present = left.kind !== 'literal' || left.value !== null;
      if (n.operator === '||') call.folded = truthy ? left : right;
      else if (n.operator === '??') call.folded = present ? left : right;
      else if (n.operator === '&&') call.folded = truthy ? right : left;
    } else if (left.kind === 'template' && stringValue(left) !== undefined) {
      call.folded = stringValue(left) ? left : right;
    }
    return call;
  }

  private assignment(n: AstNode, module: ModuleContext, scope: Scope): Item {
    const left = unwrap(n.left);
    const hint = left.type === 'MemberExpression' ? propertyName(left.property, left.computed) : left.name;
    const item = this.expr(n.right, module, scope, hint);
    if (n.operator !== '=') return item;
    if (left.type === 'Identifier') scope.assign(left.name, item);
    else if (left.type === 'MemberExpression') {
      const key = propertyName(left.property, left.computed);
      const target = unwrap(left.object);
      if (key !== undefined && target.type === 'ThisExpression') {
        const self = scope.lookup(THIS)?.item;
        if (isSym(self) && self.sym === 'instance') self.fields.set(key, item);
      } else if (key !== undefined && dottedName(target) === 'exports') module.exports.set(key, item);
      else if (key !== undefined && target.type === 'Identifier') {
        const owner = this.resolveItem(this.expr(target, module, scope));
        if (isSym(owner) && owner.sym === 'resource') (owner.resource.assignedProperties ??= []).push(key);
      } else if (key === 'exports' && dottedName(target) === 'module' && isValue(item) && item.kind === 'object')
        for (const entry of item.entries) module.exports.set(entry.key, entry.value);
    } else this.bindPattern(left, item, scope, module);
    return item;
  }

  // ------------------------------------------------------------ calls

  private callExpression(n: AstNode, module: ModuleContext, scope: Scope, hint?: string): Item {
    const callee = unwrap(n.callee);
    const args: AstNode[] = n.arguments;
    if (callee.type === 'Identifier' && callee.name === 'require' && !scope.lookup('require')) {
      const specifier = args[0] && unwrap(args[0]).type === 'Literal' ? unwrap(args[0]).value : undefined;
      if (typeof specifier === 'string') return this.importModule(specifier, module) ?? this.unknown(n, module);
    }
    if (callee.type === 'MemberExpression') {
      const key = propertyName(callee.property, callee.computed);
      if (key === 'registerOutputs')
        (this.runningUncalled
          ? (this.program.unreachedRegisteredOutputs ??= [])
          : (this.program.registeredOutputs ??= [])
        ).push(module.source.span(n.start, n.end));
      const object = this.resolveItem(this.expr(callee.object, module, scope));
      if (key !== undefined && object !== undefined) {
        const result = this.methodCall(object, key, n, module, scope, hint);
        if (result) return result;
      }
    } else {
      const fn = this.resolveItem(this.expr(callee, module, scope));
      if (isSym(fn) && fn.sym === 'function')
        return this.invoke(
          fn,
          args.map((a) => this.expr(a, module, scope)),
        );
      if (isSym(fn) && (fn.sym === 'aws' || fn.sym === 'pulumi'))
        return (
          this.methodCall({ ...fn, path: fn.path.slice(0, -1) }, fn.path.at(-1) ?? '', n, module, scope, hint) ??
          this.unknown(n, module)
        );
      if (callee.type === 'Identifier' && ['String', 'Number', 'Boolean'].includes(callee.name) && args[0]) {
        const item = this.expr(args[0], module, scope);
        // `String(5)` is the string '5': a converted constant has the kind it is converted to.
        if (isValue(item) && item.kind === 'literal' && item.value !== null) {
          const converted =
            callee.name === 'String'
              ? String(item.value)
              : callee.name === 'Number'
                ? Number(item.value)
                : !!item.value;
          if (!Number.isNaN(converted)) return this.literal(converted, n, module);
        }
        return item;
      }
    }
    return this.genericCall(dottedName(callee) ?? this.text(callee, module), [], args, n, module, scope);
  }

  /** A call of something unknown: its arguments are read (callbacks run once), the result stays a call. */
  private genericCall(
    name: string,
    leading: Value[],
    args: AstNode[],
    n: AstNode,
    module: ModuleContext,
    scope: Scope,
  ): Value {
    const values: Value[] = [...leading];
    for (const a of args) {
      const item = this.expr(a, module, scope);
      if (isSym(item) && item.sym === 'function') this.invoke(item, []);
      else values.push(this.toValue(item, a, module));
    }
    return this.call(name, values, n, module);
  }

  private methodCall(
    object: Item,
    key: string,
    n: AstNode,
    module: ModuleContext,
    scope: Scope,
    hint?: string,
  ): Item | undefined {
    const args: AstNode[] = n.arguments;
    if (key === 'apply' || key === 'then') return this.applyCall(object, args[0], n, module, scope);
    if (isSym(object)) {
      switch (object.sym) {
        case 'config':
          return this.configRead(object, key, args, n, module, scope);
        case 'pulumi':
          return this.pulumiCall([...object.path, key], args, n, module, scope);
        case 'aws':
          return this.awsCall([...object.path, key], args, n, module, scope, hint);
        case 'instance': {
          const method = object.methods.get(key);
          if (method)
            return this.invoke(
              method,
              args.map((a) => this.expr(a, module, scope)),
            );
          return undefined;
        }
        case 'module': {
          const fn = this.resolveItem({ sym: 'import', module: object.module, name: key });
          if (isSym(fn) && fn.sym === 'function')
            return this.invoke(
              fn,
              args.map((a) => this.expr(a, module, scope)),
            );
          return undefined;
        }
        case 'package': {
          // `RotationSchedule.hostedRotation(...)`: the method named by a call is read from aws-cdk-lib too.
          const cdk = cdkPath(object.name, [...object.path, key]);
          if (cdk)
            (this.program.cdkReferences ??= []).push({
              path: cdk,
              span: this.span(unwrap(n.callee).property ?? n, module),
            });
          if (cdk?.join('.') === 'aws_lambda.Code.fromInline') this.cdkInlineCode(args, module, scope);
          return this.packageCall(object, key, args, n, module, scope);
        }
        case 'all':
          return undefined;
        case 'resource':
          if (object.resource.construct) return this.cdkMethodCall(object.resource, key, n, module, scope);
          return undefined;
        default:
          return undefined;
      }
    }
    return this.valueMethod(object, key, args, n, module, scope);
  }

  /**
   * `taskDefinition.addContainer('App', {...})` on an AWS CDK construct: the
   * call is recorded with the options it passes (cdk/unknown-api,
   * schema/unknown-property judge them); its result stays a call.
   */
  private cdkMethodCall(resource: Resource, key: string, n: AstNode, module: ModuleContext, scope: Scope): Item {
    const args: AstNode[] = n.arguments;
    const values = this.argumentValues(args, module, scope);
    const options = cdkMethodOptions(resource.construct!.api, key);
    const optionsNode = options && args[options.index] ? unwrap(args[options.index]) : undefined;
    const optionsValue = options ? values[options.index] : undefined;
    (this.program.cdkMethodCalls ??= []).push({
      resource,
      method: key,
      span: this.span(unwrap(n.callee).property ?? n, module),
      options: optionsValue?.kind === 'object' ? optionsValue : undefined,
      literal: optionsNode?.type === 'ObjectExpression',
      args: values,
    });
    return this.call(`.${key}`, [this.toValue({ sym: 'resource', resource }, n, module), ...values], n, module);
  }

  private packageCall(
    object: Extract<Sym, { sym: 'package' }>,
    key: string,
    args: AstNode[],
    n: AstNode,
    module: ModuleContext,
    scope: Scope,
  ): Item | undefined {
    const written = [object.name, ...object.path, key].join('.');
    // CDKTF's `Fn.jsonencode` is Terraform's `jsonencode`: JSON text of its argument.
    const name = written === 'cdktf.Fn.jsonencode' ? 'JSON.stringify' : written;
    if (name === 'JSON.stringify' || name === 'JSON.parse') {
      const argument = args[0] ? this.value(args[0], module, scope) : this.unknown(n, module);
      const call = this.call(name, [argument], n, module);
      const constant = constantValue(argument);
      if (name === 'JSON.stringify' && constant !== undefined)
        call.folded = this.literal(JSON.stringify(constant), n, module);
      return call;
    }
    if (name === 'Object.assign') {
      const byKey = new Map<string, ObjectEntry>();
      for (const a of args) {
        const o = asObject(this.value(a, module, scope));
        if (!o) continue;
        for (const entry of o.entries) {
          byKey.delete(entry.key);
          byKey.set(entry.key, entry);
        }
      }
      return { kind: 'object', entries: [...byKey.values()], span: this.span(n, module) };
    }
    if (object.name === 'path' && (key === 'join' || key === 'resolve')) {
      const values = this.argumentValues(args, module, scope);
      const call = this.call(`path.${key}`, values, n, module);
      const texts = values.map((v) => stringValue(v));
      if (texts.every((t) => t !== undefined))
        call.folded = this.literal(posix.join(...(texts as string[])), n, module);
      return call;
    }
    return undefined;
  }

  private valueMethod(
    object: Item,
    key: string,
    args: AstNode[],
    n: AstNode,
    module: ModuleContext,
    scope: Scope,
  ): Item {
    const self = this.toValue(object, n, module);
    const text = stringValue(self);
    if (text !== undefined && args.length === 0) {
      if (key === 'toLowerCase') return this.literal(text.toLowerCase(), n, module);
      if (key === 'toUpperCase') return this.literal(text.toUpperCase(), n, module);
      if (key === 'trim') return this.literal(text.trim(), n, module);
      if (key === 'toString') return self;
    }
    if (key === 'join' && self.kind === 'list') {
      const separator = args[0] ? stringValue(this.value(args[0], module, scope)) : ',';
      const parts = self.items.map((i) => stringValue(i));
      if (separator !== undefined && parts.every((p) => p !== undefined))
        return this.literal(parts.join(separator), n, module);
    }
    if (['map', 'forEach', 'flatMap', 'filter', 'reduce', 'some', 'every', 'find'].includes(key)) {
      const callback = args[0] ? this.expr(args[0], module, scope) : undefined;
      if (isSym(callback) && callback.sym === 'function') {
        const first = self.kind === 'list' ? self.items[0] : undefined;
        const result = this.invoke(callback, first ? [first] : []);
        if (key === 'map' && self.kind === 'list' && isValue(result) && self.items.length === 1)
          return { kind: 'list', items: [result], span: this.span(n, module) };
        return this.unknown(n, module);
      }
    }
    return this.genericCall(`.${key}`, [self], args, n, module, scope);
  }

  /** `x.apply(cb)`, `pulumi.all([...]).apply(cb)`, `promise.then(cb)`: the callback runs on plain values. */
  private applyCall(
    object: Item,
    callbackNode: AstNode | undefined,
    n: AstNode,
    module: ModuleContext,
    scope: Scope,
  ): Item {
    const callback = callbackNode ? this.expr(callbackNode, module, scope) : undefined;
    const input = isSym(object) && object.sym === 'all' ? object.value : object;
    if (!isSym(callback) || callback.sym !== 'function') return this.unknown(n, module);
    const argument: Item = isValue(input) ? plain(input) : input;
    const result = this.invoke(callback, [argument]);
    const inputValue = this.toValue(input, n, module);
    if (isSym(result) && (result.sym === 'resource' || result.sym === 'instance')) return result;
    const resultValue = this.toValue(result, n, module);
    const call = this.call('apply', [inputValue, resultValue], n, module);
    call.folded = resultValue;
    return call;
  }

  private configRead(
    config: Extract<Sym, { sym: 'config' }>,
    key: string,
    args: AstNode[],
    n: AstNode,
    module: ModuleContext,
    scope: Scope,
  ): Item | undefined {
    if (!/^(get|require)/.test(key)) return undefined;
    const name = args[0] ? stringValue(this.value(args[0], module, scope)) : undefined;
    if (name === undefined) return this.unknown(n, module);
    const full = config.namespace ? `${config.namespace}:${name}` : name;
    this.addVariable(full, 'config', this.span(n, module));
    const ref = this.reference({ kind: 'config', name: full, path: [] }, n, module);
    if (key.endsWith('Secret')) ref.output = true;
    return ref;
  }

  private pulumiCall(
    path: string[],
    args: AstNode[],
    n: AstNode,
    module: ModuleContext,
    scope: Scope,
  ): Item | undefined {
    const name = path.join('.');
    switch (name) {
      case 'all': {
        const value =
          args.length === 1 ? this.value(args[0], module, scope) : this.array({ ...n, elements: args }, module, scope);
        return { sym: 'all', value };
      }
      case 'output':
      case 'secret':
      case 'unsecret':
      case 'Output.create':
        return args[0] ? this.expr(args[0], module, scope) : this.unknown(n, module);
      case 'interpolate':
      case 'concat':
      case 'Output.concat': {
        const parts = args.map((a) => this.value(a, module, scope));
        const template: TemplateValue = { kind: 'template', parts, form: 'concatenation', span: this.span(n, module) };
        return this.call(`pulumi.${name.replace('Output.', '')}`, [template], n, module);
      }
      case 'jsonStringify':
        return this.call('pulumi.jsonStringify', args[0] ? [this.value(args[0], module, scope)] : [], n, module);
      case 'getStack':
      case 'getProject':
      case 'getOrganization':
        return this.reference({ kind: 'other', name: `pulumi.${name}()`, path: [] }, n, module);
      default:
        return this.genericCall(`pulumi.${name}`, [], args, n, module, scope);
    }
  }

  /** `aws.getRegion()`, `aws.iam.getPolicyDocument({...})`: a data source read. */
  private awsCall(
    path: string[],
    args: AstNode[],
    n: AstNode,
    module: ModuleContext,
    scope: Scope,
    hint?: string,
  ): Item | undefined {
    const fn = path.at(-1) ?? '';
    if (!/^get[A-Z]/.test(fn) || path.length > 2) return undefined;
    const base = snakeCase(fn.slice(3).replace(/Output$/, ''));
    const prefix = path.length === 2 ? [`aws_${path[0]}_${base}`] : [];
    const candidates = [...prefix, `aws_${base}`];
    const type = candidates.find((c) => resourceShape(c, 'data')) ?? candidates[0];
    const argsValue = args[0] ? this.value(args[0], module, scope) : undefined;
    const object: ObjectValue =
      argsValue?.kind === 'object'
        ? canonicalObject(argsValue, resourceShape(type, 'data'))
        : { kind: 'object', entries: [], span: this.span(n, module) };
    const count = (this.dataNames.get(type) ?? 0) + 1;
    this.dataNames.set(type, count);
    const resource: Resource = {
      mode: 'data',
      type,
      sourceType: `aws.${path.join('.')}`,
      name: hint ?? (count > 1 ? `${base}_${count}` : base),
      variable: hint,
      framework: 'pulumi-ts',
      args: object,
      options: { dependsOn: [] },
      span: this.span(n, module),
      headerSpan: this.span(n.callee, module),
    };
    this.program.dataSources.push(resource);
    return { sym: 'resource', resource };
  }

  private invoke(fn: FunctionSym, args: Item[]): Item {
    const unknown: Value = { kind: 'unknown', span: this.span(fn.node, fn.module), text: 'function result' };
    if (this.depth >= MAX_DEPTH || fn.calls >= MAX_CALLS_PER_FUNCTION) return unknown;
    fn.calls++;
    this.depth++;
    try {
      const scope = new Scope(fn.scope);
      if (fn.self) scope.define(THIS, fn.self);
      (fn.node.params as AstNode[]).forEach((param, index) => this.bindPattern(param, args[index], scope, fn.module));
      const body = fn.node.body;
      if (!body) return unknown;
      if (body.type !== 'BlockStatement') return this.expr(body, fn.module, scope);
      const frame: Frame = { topLevel: false };
      this.execBlock(body.body, fn.module, scope, frame);
      return frame.returned ?? unknown;
    } finally {
      this.depth--;
    }
  }

  // ------------------------------------------------------------ new

  private newExpression(n: AstNode, module: ModuleContext, scope: Scope, hint?: string): Item {
    const callee = this.resolveItem(this.expr(n.callee, module, scope));
    const args: AstNode[] = n.arguments;
    if (isSym(callee)) {
      if (callee.sym === 'aws') {
        if (callee.path.length === 1 && callee.path[0] === 'Provider') return this.provider(n, module, scope, hint);
        const path = callee.path.length === 2 ? callee.path : callee.path.flatMap((p) => p.split('/')).slice(-2);
        if (path.length === 2) return this.resource(path[0], path[1], n, module, scope, hint);
      }
      if (callee.sym === 'pulumi') {
        const name = callee.path.join('.');
        if (name === 'Config')
          return { sym: 'config', namespace: args[0] ? stringValue(this.value(args[0], module, scope)) : undefined };
        const asset = callee.path.at(-1) ?? '';
        if (/(Asset|Archive)$/.test(asset)) return this.asset(asset, args, n, module, scope);
      }
      if (callee.sym === 'package' && isCdktfProvider(callee.name)) {
        const className = callee.path.at(-1) ?? '';
        if (className === 'AwsProvider') return this.provider(n, module, scope, hint, 1);
        const modulePath = cdktfModuleOf(callee.name, callee.path);
        const found = cdktfType(modulePath, className);
        if (found) return this.cdktfResource(found.mode, found.type, n, module, scope, hint);
      }
      if (callee.sym === 'package') {
        const cdk = cdkPath(callee.name, callee.path);
        const construct = cdk ? cdkConstruct(qualifiedName(cdk)) : undefined;
        if (construct) return this.cdkResource(construct, qualifiedName(cdk!), n, module, scope, hint);
        // An IAM statement or service principal, under its API name whatever the import alias (model/cdk-policy.ts).
        const api = cdk && qualifiedName(cdk);
        if (api === CDK_POLICY_STATEMENT || api === CDK_SERVICE_PRINCIPAL)
          return this.genericCall(api, [], args, n, module, scope);
      }
      if (
        callee.sym === 'package' &&
        callee.name === 'cdktf' &&
        callee.path.length === 1 &&
        /Backend$/.test(callee.path[0])
      )
        return this.cdktfBackend(callee.path[0], n, module, scope);
      if (callee.sym === 'class') {
        const passed = args.map((a) => this.expr(a, module, scope));
        const parent = this.terraformStackOf(this.resolveItem(passed[0]));
        this.evaluateClass(callee, passed);
        const built = this.built.get(callee);
        if (parent && built && this.isTerraformStack(callee))
          (this.program.nestedStacks ??= []).push({
            child: callee.instance.name,
            parent: parent.instance.name,
            span: this.span(callee.node.superClass ?? n, callee.module),
            createdAt: this.span(n, module),
            ...built,
          });
        return callee.instance;
      }
    }
    return this.genericCall(`new ${dottedName(n.callee) ?? 'object'}`, [], args, n, module, scope);
  }

  /** The class a construct's scope is an instance of, when that class is a CDKTF stack (`this` in a stack). */
  private terraformStackOf(scope: Item | undefined): ClassSym | undefined {
    if (!isSym(scope) || scope.sym !== 'instance') return undefined;
    const cls = this.classes.find((c) => c.instance === scope);
    return cls && this.isTerraformStack(cls) ? cls : undefined;
  }

  /** Whether a class extends cdktf's TerraformStack, directly or through the program's own classes. */
  private isTerraformStack(cls: ClassSym, depth = 0): boolean {
    const base = this.superClassOf(cls);
    if (!isSym(base) || depth > 10) return false;
    if (base.sym === 'class') return this.isTerraformStack(base, depth + 1);
    return base.sym === 'package' && base.name === 'cdktf' && base.path.join('.') === 'TerraformStack';
  }

  /** A class's base, evaluated once: reading it may record what the program reads of a package. */
  private superClassOf(cls: ClassSym): Item | undefined {
    if (!this.superClasses.has(cls))
      this.superClasses.set(
        cls,
        cls.node.superClass ? this.resolveItem(this.expr(cls.node.superClass, cls.module, cls.scope)) : undefined,
      );
    return this.superClasses.get(cls);
  }

  private resourceCount(): number {
    return this.program.resources.length + this.program.dataSources.length;
  }

  /** Runs a class's body once; `passed` are the arguments of the `new` that runs it, when one does. */
  private evaluateClass(cls: ClassSym, passed?: Item[]): void {
    if (cls.evaluated) return;
    cls.evaluated = true;
    const resources = this.resourceCount();
    const providers = this.program.providers.length;
    this.evaluateClassBody(cls, passed);
    this.built.set(cls, {
      resources: this.resourceCount() - resources,
      providers: this.program.providers.length - providers,
    });
  }

  private evaluateClassBody(cls: ClassSym, passed?: Item[]): void {
    const scope = new Scope(cls.scope);
    scope.define(THIS, cls.instance);
    const members: AstNode[] = cls.node.body?.body ?? [];
    for (const member of members) {
      const key = propertyName(member.key, member.computed);
      if (member.type === 'MethodDefinition' && member.kind !== 'constructor' && key) {
        const fn: FunctionSym = {
          sym: 'function',
          node: member.value,
          scope,
          module: cls.module,
          calls: 0,
          self: cls.instance,
        };
        this.functions.push(fn);
        cls.instance.methods.set(key, fn);
      }
    }
    for (const member of members)
      if (member.type === 'PropertyDefinition' && member.value && !member.static) {
        const key = propertyName(member.key, member.computed);
        if (key) cls.instance.fields.set(key, this.expr(member.value, cls.module, scope));
      }
    const constructor = members.find((m) => m.type === 'MethodDefinition' && m.kind === 'constructor');
    if (!constructor) return;
    const inner = new Scope(scope);
    const params: AstNode[] = constructor.value.params;
    const component = !!cls.node.superClass;
    // A component's second parameter is its inputs: `args.x` is a variable of the component;
    // a CDK or CDKTF construct's inputs come third (`scope, id, props`).
    const superClass = this.superClassOf(cls);
    const inputsIndex =
      isSym(superClass) && superClass.sym === 'package' && isConstructPackage(superClass.name) ? 2 : 1;
    params.forEach((param, index) => {
      // A CDK or CDKTF construct given another construct's resource (`new LogsModule(this, 'logs', key.arn)`)
      // reads that resource through the parameter: the KMS key of its log groups, the role of its functions. Given
      // a constant (`new DnsModule(this, 'dns', 'Z1234567890ABC')`), it reads the constant of the `new` that runs it.
      const resource =
        inputsIndex === 2 && index >= 2 ? constructArgument(this.resolveItem(passed?.[index])) : undefined;
      const item: Item | undefined = resource ?? (component && index === inputsIndex ? { sym: 'inputs' } : undefined);
      this.bindPattern(param, item, inner, cls.module);
    });
    const body = constructor.value.body;
    if (body) this.execBlock(body.body, cls.module, inner, { topLevel: false });
  }

  private resource(
    moduleName: string,
    className: string,
    n: AstNode,
    module: ModuleContext,
    scope: Scope,
    hint?: string,
  ): Item {
    const info = pulumiResource(moduleName, className);
    const args: AstNode[] = n.arguments;
    if (!info) {
      if (/^[A-Z]/.test(className))
        (this.program.unknownResourceTypes ??= []).push({
          sourceType: `aws.${moduleName}.${className}`,
          span: this.span(n, module),
        });
      for (const a of args) this.expr(a, module, scope);
      return this.unknown(n, module);
    }
    const type = info.terraform ?? info.token;
    const nameValue = args[0] ? this.value(args[0], module, scope) : undefined;
    const name =
      (nameValue && stringValue(nameValue)) ?? (args[0] ? this.nameText(args[0], module, nameValue) : className);
    const handlersBefore = this.program.handlers.length;
    const argsNode = args[1] ? unwrap(args[1]) : undefined;
    const argsValue = argsNode ? this.value(argsNode, module, scope) : undefined;
    const argsObject: ObjectValue =
      argsValue?.kind === 'object'
        ? canonicalResourceArgs(argsValue, type, resourceShape(type))
        : { kind: 'object', entries: [], span: this.span(argsNode ?? n, module) };
    const options = args[2] ? this.options(args[2], module, scope) : { dependsOn: [] };
    const callee = unwrap(n.callee);
    const calleeText = this.text(callee, module);
    const statement = this.statementOf.get(n);
    const resource: Resource = {
      mode: 'resource',
      type,
      sourceType:
        /^[\w$.]+$/.test(calleeText) && calleeText.includes('.') ? calleeText : `aws.${moduleName}.${className}`,
      name,
      variable: hint,
      framework: 'pulumi-ts',
      args: argsObject,
      options,
      span: this.span(statement ?? n, module),
      headerSpan: module.source.span(callee.start, args[0]?.end ?? callee.end),
      typeSpan: this.span(callee, module),
    };
    if (argsNode?.type === 'ObjectExpression') {
      const after = module.source.span(argsNode.start + 1, argsNode.start + 1);
      const first = argsNode.properties[0];
      const indent = first
        ? ' '.repeat(Math.max(0, this.span(first, module).column - 1))
        : ' '.repeat(Math.max(0, this.span(argsNode, module).column + 1));
      resource.insertion = { file: after.file, offset: after.start, indent };
      // `{ name: 'x' }` on one line: the new argument goes in front of the first, on that line.
      if (first && this.span(first, module).line === after.line)
        resource.insertion = { ...resource.insertion, inline: true, suffix: ',' };
    }
    return this.addResource(resource, handlersBefore);
  }

  /**
   * `new S3Bucket(this, 'logs', { bucket: 'x', forceDestroy: true })`: a CDKTF
   * construct is the Terraform resource (or data source) of its class; its id
   * is the logical name, its props the arguments (camelCase, not pluralised),
   * and the Terraform meta-arguments among them (`dependsOn`, `provider`,
   * `count`, `forEach`, `lifecycle`) its options.
   */
  private cdktfResource(
    mode: 'resource' | 'data',
    type: string,
    n: AstNode,
    module: ModuleContext,
    scope: Scope,
    hint?: string,
  ): Item {
    const call = this.constructCall(n, module, scope, type);
    const options: ResourceOptions = { dependsOn: [] };
    const props = call.props;
    const kept = props.entries.filter((entry) => {
      switch (entry.key) {
        case 'dependsOn':
          options.dependsOn = entry.value.kind === 'list' ? entry.value.items : [entry.value];
          return false;
        case 'provider':
          options.provider = entry.value;
          return false;
        case 'count':
          options.count = entry.value;
          return false;
        case 'forEach':
          options.forEach = entry.value;
          return false;
        case 'lifecycle': {
          const protect = field(asObject(entry.value), 'preventDestroy');
          if (protect) options.protect = protect;
          return false;
        }
        case 'connection':
        case 'provisioners':
          return false;
        default:
          return true;
      }
    });
    const shape = resourceShape(type, mode);
    return this.addResource(
      {
        mode,
        type,
        name: call.name,
        variable: hint,
        framework: 'cdktf-ts',
        args: canonicalObject({ ...props, entries: kept }, shape),
        options,
        ...call.spans,
      },
      call.handlersBefore,
    );
  }

  /**
   * `new s3.Bucket(this, 'Logs', { bucketName: 'x' })`: an AWS CDK construct as
   * the CloudFormation resource it synthesizes (readers/cdk/constructs.ts); its
   * construct id is the logical name.
   */
  private cdkResource(
    construct: CdkConstruct,
    api: string,
    n: AstNode,
    module: ModuleContext,
    scope: Scope,
    hint?: string,
  ): Item {
    const { name, props, propsNode, handlersBefore, spans } = this.constructCall(n, module, scope, construct.type);
    return this.addResource(
      {
        mode: 'resource',
        type: construct.type,
        name,
        variable: hint,
        framework: 'cdk-ts',
        args: cdkProperties(construct, props),
        construct: { api, props, literal: propsNode?.type === 'ObjectExpression' },
        options: { dependsOn: [] },
        ...spans,
      },
      handlersBefore,
    );
  }

  /**
   * The arguments of a construct call, `new X(scope, 'id', props)`, as CDK and
   * CDKTF write them: the id is the logical name (`fallbackName` when absent),
   * the props an object (empty when not one). `handlersBefore` marks the Lambda
   * handlers the props define, which belong to the resource.
   */
  private constructCall(n: AstNode, module: ModuleContext, scope: Scope, fallbackName: string) {
    const args: AstNode[] = n.arguments;
    if (args[0]) this.expr(args[0], module, scope);
    const nameValue = args[1] ? this.value(args[1], module, scope) : undefined;
    const name =
      (nameValue && stringValue(nameValue)) ?? (args[1] ? this.nameText(args[1], module, nameValue) : fallbackName);
    const handlersBefore = this.program.handlers.length;
    const propsNode = args[2] ? unwrap(args[2]) : undefined;
    const propsValue = propsNode ? this.value(propsNode, module, scope) : undefined;
    const props: ObjectValue =
      propsValue?.kind === 'object'
        ? propsValue
        : { kind: 'object', entries: [], span: this.span(propsNode ?? n, module) };
    const callee = unwrap(n.callee);
    const spans = {
      sourceType: this.text(callee, module),
      span: this.span(this.statementOf.get(n) ?? n, module),
      headerSpan: module.source.span(callee.start, args[1]?.end ?? callee.end),
      typeSpan: this.span(callee, module),
    };
    return { name, props, propsNode, handlersBefore, spans };
  }

  /** Records a resource read from a call: the handlers defined since `handlersBefore` are its. */
  private addResource(resource: Resource, handlersBefore: number): Item {
    if (this.undecidedBranches > 0) resource.conditional = true;
    for (const handler of this.program.handlers.slice(handlersBefore)) handler.resource ??= resource;
    (resource.mode === 'data' ? this.program.dataSources : this.program.resources).push(resource);
    return { sym: 'resource', resource };
  }

  /** `new S3Backend(this, { bucket, key, region })`: the stack's Terraform backend. */
  private cdktfBackend(className: string, n: AstNode, module: ModuleContext, scope: Scope): Item {
    const args: AstNode[] = n.arguments;
    if (args[0]) this.expr(args[0], module, scope);
    const config = args[1] ? asObject(this.value(args[1], module, scope)) : undefined;
    this.program.backends.push({
      type: snakeCase(className.replace(/Backend$/, '')),
      config: config ? canonicalObject(config, undefined) : { kind: 'object', entries: [], span: this.span(n, module) },
      span: this.span(n, module),
    });
    return this.unknown(n, module);
  }

  private options(node: AstNode, module: ModuleContext, scope: Scope): ResourceOptions {
    const value = this.value(node, module, scope);
    const options: ResourceOptions = { dependsOn: [], span: this.span(node, module) };
    const object = asObject(value);
    if (!object) return options;
    const dependsOn = field(object, 'dependsOn');
    if (dependsOn) options.dependsOn = dependsOn.kind === 'list' ? dependsOn.items : [dependsOn];
    options.parent = field(object, 'parent');
    options.provider = field(object, 'provider') ?? field(object, 'providers');
    options.protect = field(object, 'protect');
    options.retainOnDelete = field(object, 'retainOnDelete');
    return options;
  }

  private provider(n: AstNode, module: ModuleContext, scope: Scope, hint?: string, nameIndex = 0): Item {
    const args: AstNode[] = n.arguments;
    const nameValue = args[nameIndex] ? this.value(args[nameIndex], module, scope) : undefined;
    const settings = args[nameIndex + 1] ? asObject(this.value(args[nameIndex + 1], module, scope)) : undefined;
    const provider = {
      name: 'aws',
      alias:
        nameIndex > 0
          ? settings && stringValue(field(settings, 'alias') ?? { kind: 'unknown', span: this.span(n, module) })
          : ((nameValue && stringValue(nameValue)) ??
            (args[0] ? this.nameText(args[0], module, nameValue) : undefined)),
      region: field(settings, 'region'),
      explicit: true,
      variable: hint,
      span: this.span(n, module),
    };
    this.program.providers.push(provider);
    return { sym: 'provider', provider, text: hint ?? 'provider' };
  }

  /** The values of a call's arguments; callbacks run once, as in any call of something unknown. */
  private argumentValues(args: AstNode[], module: ModuleContext, scope: Scope): Value[] {
    return args.map((a) => {
      const item = this.expr(a, module, scope);
      if (isSym(item) && item.sym === 'function') {
        this.invoke(item, []);
        return this.unknown(a, module);
      }
      return this.toValue(item, a, module);
    });
  }

  private asset(kind: string, args: AstNode[], n: AstNode, module: ModuleContext, scope: Scope): Item {
    const key = this.propertyKey;
    const handlersBefore = this.program.handlers.length;
    const values = this.argumentValues(args, module, scope);
    if (kind === 'StringAsset' && args[0]) {
      const literal = this.literalNode(args[0], module, scope);
      if (literal) {
        const name = key && /\.\w+$/.test(key) ? key : 'index.js';
        const file = inlineHandlerFile(literal.module.source, literal.node, name);
        this.program.handlers.push({ file, language: languageOf(name), inline: true });
      }
    }
    // Inline code beside files or folders in one archive is not the whole package.
    const entries = kind === 'AssetArchive' && values[0]?.kind === 'object' ? values[0].entries : [];
    if (entries.some((e) => e.value.kind !== 'call' || e.value.name !== 'pulumi.asset.StringAsset'))
      for (const handler of this.program.handlers.slice(handlersBefore)) handler.inline = false;
    if ((kind === 'FileArchive' || kind === 'FileAsset') && values[0]) {
      const path = stringValue(values[0]) ?? this.relativePathOf(values[0]);
      if (path !== undefined) this.readHandler(path, module, kind === 'FileAsset');
    }
    return this.call(`pulumi.asset.${kind}`, values, n, module);
  }

  /**
   * `lambda.Code.fromInline(`...`)`: the function's whole code, as a handler whose
   * language the function's runtime decides (`readers/cdk/handlers.ts`).
   */
  private cdkInlineCode(args: AstNode[], module: ModuleContext, scope: Scope): void {
    const literal = args[0] && this.literalNode(args[0], module, scope);
    if (literal)
      this.program.handlers.push({
        file: inlineHandlerFile(literal.module.source, literal.node, 'index'),
        language: 'unknown',
        inline: true,
      });
  }

  /** `path.join(__dirname, '../lambda')`: the path after `__dirname`, relative to the file. */
  private relativePathOf(value: Value): string | undefined {
    if (value.kind !== 'call' || !value.name.startsWith('path.')) return undefined;
    const [first, ...rest] = value.args;
    if (first?.kind !== 'reference' || first.target.kind !== 'other' || first.target.name !== '__dirname')
      return undefined;
    const texts = rest.map((v) => stringValue(v));
    if (texts.some((t) => t === undefined)) return undefined;
    return `@file/${posix.join(...(texts as string[]))}`;
  }

  private readHandler(path: string, module: ModuleContext, single: boolean): void {
    const root = this.input.root.replace(/#$/, '');
    const fileDir = posix.dirname(module.source.path);
    const relativeDir = module.source.path.startsWith(root) ? posix.relative(this.input.root, fileDir) : undefined;
    const candidates = path.startsWith('@file/')
      ? codePathCandidates(posix.join(fileDir, path.slice('@file/'.length)), undefined)
      : codePathCandidates(path, relativeDir);
    for (const candidate of single ? candidates.slice(0, 1) : candidates) {
      if (!/\.(py|m?js|ts)$/.test(candidate)) continue;
      const file = this.input.readFile(candidate);
      if (!file) continue;
      if (this.program.handlers.some((h) => h.file.path === file.path)) return;
      this.program.handlers.push({ file, language: languageOf(candidate) });
      return;
    }
  }

  /** The string or template literal a code argument names, through constants. */
  private literalNode(
    node: AstNode,
    module: ModuleContext,
    scope: Scope,
  ): { node: AstNode; module: ModuleContext } | undefined {
    let current = unwrap(node);
    let currentModule = module;
    for (let i = 0; i < 5; i++) {
      if ((current.type === 'Literal' && typeof current.value === 'string') || current.type === 'TemplateLiteral')
        return { node: current, module: currentModule };
      if (current.type !== 'Identifier') return undefined;
      const binding = scope.lookup(current.name);
      if (!binding?.init) return undefined;
      current = unwrap(binding.init);
      currentModule = binding.module ?? currentModule;
    }
    return undefined;
  }

  // ------------------------------------------------------------ values

  private toValue(item: Item | undefined, node: AstNode, module: ModuleContext): Value {
    const resolved = this.resolveItem(item);
    if (resolved === undefined) return this.unknown(node, module);
    if (isValue(resolved)) return resolved;
    switch (resolved.sym) {
      case 'resource': {
        const r = resolved.resource;
        const ref = this.reference(
          r.mode === 'data'
            ? { kind: 'data', type: r.type, name: r.name, path: [] }
            : { kind: 'resource', type: r.type, name: r.name, path: [] },
          node,
          module,
        );
        if (r.mode === 'resource') ref.output = true;
        return ref;
      }
      case 'provider':
        return this.reference({ kind: 'other', name: resolved.text, path: [] }, node, module);
      case 'instance':
        return this.reference({ kind: 'other', name: resolved.name, path: [] }, node, module);
      case 'all':
        return resolved.value;
      case 'aws': {
        const [mod, enumName, member] = resolved.path;
        const constant = resolved.path.length === 3 ? pulumiEnumConstant(mod, enumName, member) : undefined;
        if (constant !== undefined) return this.literal(constant, node, module);
        return { kind: 'unknown', span: this.span(node, module), text: `aws.${resolved.path.join('.')}` };
      }
      default:
        return this.unknown(node, module);
    }
  }

  private span(node: AstNode, module: ModuleContext): Span {
    return module.source.span(node.start, node.end);
  }

  private text(node: AstNode, module: ModuleContext): string {
    return module.source.text.slice(node.start, node.end);
  }

  /**
   * A resource name that is not constant, as written (`lambda-role-${environmentSuffix}`);
   * when what is written calls functions (`${config.require('env')}`), the known parts
   * with the rest named by what they read (`${env}`).
   */
  private nameText(node: AstNode, module: ModuleContext, value?: Value): string {
    const n = unwrap(node);
    const text = this.text(n, module);
    const written = n.type === 'TemplateLiteral' ? text.slice(1, -1) : text;
    return written.includes('(') && value ? displayName(value) : written;
  }

  private literal(value: string | number | boolean | null, node: AstNode, module: ModuleContext): Value {
    return { kind: 'literal', value, span: this.span(node, module) };
  }

  private unknown(node: AstNode, module: ModuleContext): Value {
    const text = this.text(node, module);
    return {
      kind: 'unknown',
      span: this.span(node, module),
      text: text.length > 120 ? `${text.slice(0, 117)}...` : text,
    };
  }

  private reference(target: ReferenceValue['target'], node: AstNode, module: ModuleContext): ReferenceValue {
    return { kind: 'reference', target, text: this.text(node, module), span: this.span(node, module) };
  }

  private call(name: string, args: Value[], node: AstNode, module: ModuleContext): CallValue {
    return { kind: 'call', name, args, span: this.span(node, module) };
  }
}

/** The value as an `apply` callback sees it: Outputs become plain values. */
function plain(value: Value): Value {
  switch (value.kind) {
    case 'reference':
      return value.output ? { ...value, output: false } : value;
    case 'list':
      return { ...value, items: value.items.map(plain) };
    case 'object':
      return { ...value, entries: value.entries.map((e) => ({ ...e, value: plain(e.value) })) };
    case 'template':
      return { ...value, parts: value.parts.map(plain) };
    default:
      return value;
  }
}

/** V8's "Maximum call stack size exceeded", raised by the evaluation's own recursion. */
function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/** Known text as it is; a config or environment read by its key, a reference as written, `x || 'dev'` by `x`; `${…}` for the rest. */
function displayName(value: Value): string {
  const known = stringValue(value);
  if (known !== undefined) return known;
  if (value.kind === 'template') return value.parts.map(displayName).join('');
  if (value.kind === 'call' && value.folded) return displayName(value.folded);
  if (
    value.kind === 'call' &&
    value.args[0] &&
    ['||', '??', 'toLowerCase', 'toUpperCase', 'String'].includes(value.name)
  )
    return displayName(value.args[0]);
  if (value.kind === 'reference')
    return value.target.kind === 'config' || value.target.kind === 'env'
      ? `\${${value.target.name}}`
      : value.text.includes('(')
        ? '${…}'
        : `\${${value.text}}`;
  if (value.kind === 'unknown' && value.text && /^[\w.]+$/.test(value.text)) return `\${${value.text}}`;
  return '${…}';
}

/** `@cdktf/provider-aws` and its modules (`@cdktf/provider-aws/lib/s3-bucket`). */
function isCdktfProvider(specifier: string): boolean {
  return specifier === '@cdktf/provider-aws' || specifier.startsWith('@cdktf/provider-aws/');
}

/** The provider module a class comes from: `lib/s3-bucket` in the import, or `s3Bucket` in a namespace path. */
function cdktfModuleOf(specifier: string, path: string[]): string | undefined {
  const fromSpecifier = /^@cdktf\/provider-aws\/lib\/([^/]+)/.exec(specifier)?.[1];
  if (fromSpecifier) return fromSpecifier;
  return path.length >= 2 ? path[path.length - 2] : undefined;
}

/** Packages whose constructs take `(scope, id, props)`: their subclasses' third parameter is their inputs. */
function isConstructPackage(specifier: string): boolean {
  return (
    specifier === 'constructs' ||
    specifier === 'cdktf' ||
    specifier === 'aws-cdk-lib' ||
    specifier.startsWith('aws-cdk-lib/') ||
    specifier.startsWith('@aws-cdk/')
  );
}

/** What a construct's parameter reads of the argument given it: a resource (or a reference to one), or a constant. */
function constructArgument(item: Item | undefined): Item | undefined {
  if (isSym(item) && item.sym === 'resource') return item;
  if (isValue(item) && item.kind === 'reference' && (item.target.kind === 'resource' || item.target.kind === 'data'))
    return item;
  if (isValue(item) && item.kind === 'literal' && item.value !== null) return item;
  return undefined;
}

/** Package names whose mention makes a file part of the IaC program rather than, say, a Lambda handler. */
const IAC_PACKAGES = ['@pulumi/', 'aws-cdk-lib', '@aws-cdk/', 'cdktf'];
