/**
 * What calls into Pulumi, the AWS provider and the standard library mean in
 * the model: resources and data sources, resource options, providers,
 * exports, config and environment reads, Outputs (`apply`, `Output.all`,
 * `Output.concat`), assets and archives, `json.dumps`, string formatting.
 */
import { posix } from 'node:path';
import type { Span } from '../../model/source.js';
import { joinSpans } from '../../model/source.js';
import type { ObjectEntry, ObjectValue, Provider, Resource, ResourceOptions, Value } from '../../model/types.js';
import { constantValue, stringValue, numberValue } from '../../model/values.js';
import { CDK_POLICY_STATEMENT, CDK_SERVICE_PRINCIPAL } from '../../model/cdk-policy.js';
import { canonicalArgumentName, nestedShape, resourceShape, withOwnName } from '../../model/names.js';
import type { BlockShape } from '../../schema/aws-provider.js';
import { isKnownType } from '../../schema/aws-provider.js';
import { cdktfType } from '../../schema/cdktf.js';
import {
  cdkConstruct,
  cdkPath,
  cdkProperties,
  cdkPseudoParameter,
  qualifiedName,
  type CdkConstruct,
} from '../cdk/constructs.js';
import { pulumiEnumConstant, pulumiResource } from '../../schema/pulumi-aws.js';
import {
  cdkCfnType,
  cdkClass,
  cdkInstanceMembers,
  cdkMethodOptions,
  cdkStructProps,
  pythonMemberName,
} from '../../schema/cdk-api.js';
import type { Ctx, Evaluator } from './evaluate.js';
import { dictEntries, truthiness } from './evaluate.js';
import type { SyntaxNode } from './parse.js';
import {
  inputOrDefault,
  literal,
  template,
  toValue,
  unknownValue,
  unwrapOutputs,
  val,
  type PyVal,
} from './pyvalues.js';
import { splitBraceFormat } from './strings.js';
import { sourceText } from '../../fix/edits.js';

export interface CallArg {
  value: PyVal;
  span: Span;
  keySpan?: Span;
  /** A comment at the end of the argument's line. */
  comment?: string;
}

export interface CallArgs {
  positional: CallArg[];
  keywords: Map<string, CallArg>;
  /** Some arguments came from a `*x`/`**x` that could not be expanded. */
  splat?: boolean;
}

const AWS = 'pulumi_aws';

function unknownCall(ev: Evaluator, node: SyntaxNode, ctx: Ctx): PyVal {
  return val(unknownValue(ev.span(ctx, node), node.text));
}

function argValue(arg: CallArg | undefined, fallback: Span): Value | undefined {
  return arg ? toValue(arg.value, arg.span) : undefined;
  void fallback;
}

function allArgs(args: CallArgs): Value[] {
  return [
    ...args.positional.map((a) => toValue(a.value, a.span)),
    ...[...args.keywords.values()].map((a) => toValue(a.value, a.span)),
  ];
}

/** A call's keyword arguments as the entries of an object value (a struct's or a statement's props). */
function keywordEntries(args: CallArgs): ObjectEntry[] {
  return [...args.keywords].map(([key, a]) => ({ key, keySpan: a.keySpan ?? a.span, value: toValue(a.value, a.span) }));
}

/** `pulumi.x.y` written through any alias: the dotted path of what a name stands for. */
export function externalAttribute(
  ev: Evaluator,
  object: Extract<PyVal, { t: 'ext' }>,
  name: string,
  node: SyntaxNode,
  ctx: Ctx,
  subscript = false,
): PyVal {
  const span = ev.span(ctx, node);
  if (object.path === 'os.environ' && subscript) return envRead(ev, name, undefined, span, node.text, ctx);
  if (subscript) return val(unknownValue(span, node.text));
  const path = `${object.path}.${name}`;
  // `aws.lambda_.Runtime.PYTHON3D9`: an enum constant of the provider package is its value.
  const parts = path.split('.');
  if (parts[0] === CDK) {
    const cdk = cdkPath(CDK, parts.slice(1))!;
    (ev.program.cdkReferences ??= []).push({ path: cdk, span: nameSpan(ev, ctx, node) });
    const pseudo = cdkPseudoParameter(cdk);
    if (pseudo)
      return val({ kind: 'reference', target: { kind: 'other', name: pseudo, path: [] }, text: node.text, span });
  }
  if (parts.length === 4 && parts[0] === AWS) {
    const constant = pulumiEnumConstant(parts[1], parts[2], parts[3]);
    if (constant !== undefined) return val({ kind: 'literal', value: constant, span });
  }
  return { t: 'ext', path, text: node.text };
}

function envRead(ev: Evaluator, name: string, fallback: Value | undefined, span: Span, text: string, ctx: Ctx): PyVal {
  if (!ev.program.variables.some((v) => v.source === 'env' && v.name === name)) {
    const variable = { name, source: 'env' as const, default: fallback, span };
    ev.program.variables.push(variable);
    ev.factModules.set(variable, ctx.mod);
  }
  const ref: Value = { kind: 'reference', target: { kind: 'env', name, path: [] }, text, span };
  return val(fallback ? { kind: 'call', name: 'or', args: [ref, fallback], span } : ref);
}

function configRead(
  ev: Evaluator,
  config: Extract<PyVal, { t: 'config' }>,
  method: string,
  args: CallArgs,
  span: Span,
  text: string,
): PyVal {
  const key = stringValue(argValue(args.positional[0] ?? args.keywords.get('key'), span));
  if (key === undefined) return val(unknownValue(span, text));
  const name = config.namespace ? `${config.namespace}:${key}` : key;
  const fallbackArg = args.positional[1] ?? args.keywords.get('default');
  const fallback = fallbackArg ? toValue(fallbackArg.value, fallbackArg.span) : undefined;
  if (!ev.program.variables.some((v) => v.source === 'config' && v.name === name))
    ev.program.variables.push({ name, source: 'config', default: fallback, span });
  const ref: Value = {
    kind: 'reference',
    target: { kind: 'config', name, path: [] },
    text,
    output: method.includes('secret'),
    span,
  };
  return val(fallback ? { kind: 'call', name: 'or', args: [ref, fallback], span } : ref);
}

/** Standard modules whose calls give another value on every run of the program. */
const NONDETERMINISTIC_MODULES = new Set(['random', 'uuid', 'secrets', 'time', 'datetime']);

const ASSETS = new Set(['FileArchive', 'AssetArchive', 'FileAsset', 'StringAsset', 'RemoteArchive', 'RemoteAsset']);

export function callExternal(
  ev: Evaluator,
  callee: Extract<PyVal, { t: 'ext' }>,
  args: CallArgs,
  node: SyntaxNode,
  ctx: Ctx,
): PyVal {
  const span = ev.span(ctx, node);
  const path = callee.path;
  const parts = path.split('.');
  if (parts[0] === AWS) return callAws(ev, parts.slice(1), args, node, ctx);
  if (parts[0] === CDKTF_AWS) return callCdktf(ev, parts.slice(1), args, node, ctx);
  if (parts[0] === CDK) {
    const api = qualifiedName(cdkPath(CDK, parts.slice(1))!);
    const construct = cdkConstruct(api);
    if (construct) return createCdkResource(ev, construct, api, args, node, ctx);
    // The function's inline code, read as its handler (handlers.ts).
    if (api === 'aws_lambda.Code.from_inline') return val({ kind: 'call', name: api, args: allArgs(args), span });
    // An IAM statement, or a document holding some: its keywords are its props (model/cdk-policy.ts reads them).
    if (api === CDK_POLICY_STATEMENT || api === 'aws_iam.PolicyDocument') {
      return val({ kind: 'call', name: api, args: [{ kind: 'object', entries: keywordEntries(args), span }], span });
    }
    if (api === CDK_SERVICE_PRINCIPAL) return val({ kind: 'call', name: api, args: allArgs(args), span });
    // A duration (`Duration.days(30)`) is the call TypeScript's reader keeps too, so rules can read its amount.
    if (api.startsWith('Duration.')) return val({ kind: 'call', name: api, args: allArgs(args), span });
    // A struct (`apigateway.StageOptions(stage_name="prod")`) is its keywords, as TypeScript's object literal is.
    if (!cdkClass(api) && cdkStructProps(api) && !args.positional.length && !args.splat)
      return val({ kind: 'object', entries: keywordEntries(args), span });
    // So is an L1 property type (`lambda_.CfnFunction.EnvironmentProperty(variables=...)`), which TypeScript writes
    // as an object literal; the construct's props are renamed to the specification's names all the same.
    if (isL1PropertyType(api) && !args.positional.length && !args.splat)
      return val({ kind: 'object', entries: keywordEntries(args), span });
  }
  if (path === 'cdktf.Fn.jsonencode') return jsonDumps(args, span);
  // A value that differs on every run (`random.choices(...)`, `uuid.uuid4()`, `datetime.now()`): kept as the call it is.
  if (NONDETERMINISTIC_MODULES.has(parts[0])) return val({ kind: 'call', name: path, args: allArgs(args), span });
  if (parts[0] === 'cdktf' && parts.length === 2 && parts[1].endsWith('Backend')) {
    ev.program.backends.push({
      type: parts[1].replace(/Backend$/, '').toLowerCase(),
      config: canonicalObject(keywordEntries(args), undefined, span),
      span,
    });
    return unknownCall(ev, node, ctx);
  }
  if (parts[0] === 'pulumi') {
    const rest = parts.slice(1).filter((p) => p !== 'asset' && p !== 'output' && p !== 'resource');
    const last = rest.at(-1) ?? '';
    if (ASSETS.has(last)) {
      const asset: Value = { kind: 'call', name: `pulumi.${last}`, args: allArgs(args), span };
      ev.valueModules.set(asset, ctx.mod);
      return val(asset);
    }
    switch (rest.join('.')) {
      case 'ResourceOptions':
        return { t: 'options', entries: new Map([...args.keywords].map(([k, a]) => [k, a.value])) };
      case 'ResourceOptions.merge': {
        const entries = new Map<string, PyVal>();
        for (const a of [...args.positional, ...args.keywords.values()])
          if (a.value.t === 'options') for (const [k, v] of a.value.entries) entries.set(k, v);
        return { t: 'options', entries };
      }
      case 'Config':
        return {
          t: 'config',
          namespace: stringValue(argValue(args.positional[0] ?? args.keywords.get('name'), span)),
        };
      case 'export': {
        const name = stringValue(argValue(args.positional[0] ?? args.keywords.get('name'), span));
        const value = args.positional[1] ?? args.keywords.get('value');
        if (name !== undefined && value)
          ev.program.outputs.push({ name, value: toValue(value.value, value.span), span });
        return val(literal(null, span));
      }
      case 'Output.concat':
        return val({ kind: 'call', name: 'pulumi.Output.concat', args: allArgs(args), span });
      case 'Output.all':
        return val({
          kind: 'call',
          name: 'pulumi.Output.all',
          args: [
            args.keywords.size > 0
              ? {
                  kind: 'object',
                  entries: keywordEntries(args),
                  span,
                }
              : { kind: 'list', items: args.positional.map((a) => toValue(a.value, a.span)), span },
          ],
          span,
        });
      case 'Output.format': {
        const format = args.positional[0];
        const formatted = format
          ? formatString(format.value, args.positional.slice(1), args.keywords, span)
          : undefined;
        return val({ kind: 'call', name: 'pulumi.Output.format', args: [formatted ?? unknownValue(span)], span });
      }
      case 'Output.from_input':
      case 'Output.secret':
      case 'Output.unsecret':
        return args.positional[0]?.value ?? unknownCall(ev, node, ctx);
      case 'Output.json_dumps':
        return jsonDumps(args, span);
      case 'get_stack':
      case 'get_project':
      case 'get_organization':
        return val({ kind: 'call', name: `pulumi.${rest.join('.')}`, args: [], span });
      default:
        return unknownCall(ev, node, ctx);
    }
  }
  switch (path) {
    case 'json.dumps':
      return jsonDumps(args, span);
    case 'os.getenv':
    case 'os.environ.get': {
      const name = stringValue(argValue(args.positional[0], span));
      if (name === undefined) return unknownCall(ev, node, ctx);
      return envRead(
        ev,
        name,
        argValue(args.positional[1] ?? args.keywords.get('default'), span),
        span,
        node.text,
        ctx,
      );
    }
    case 'os.path.join':
    case 'os.path.dirname':
    case 'os.path.abspath':
    case 'os.path.realpath':
    case 'os.path.normpath':
    case 'os.getcwd':
    case 'pathlib.Path':
    case 'Path': {
      const values = allArgs(args);
      const strings = values.map(stringValue);
      const name = path === 'Path' ? 'pathlib.Path' : path;
      let folded: Value | undefined;
      if (path === 'os.path.join' && strings.every((s) => s !== undefined))
        folded = literal(posix.join(...(strings as string[])), span);
      return val({ kind: 'call', name, args: values, span, folded });
    }
    case 'str': {
      const inner = args.positional[0];
      if (!inner) return val(literal('', span));
      const value = toValue(inner.value, inner.span);
      const constant = constantValue(value);
      if (typeof constant === 'string' || typeof constant === 'number' || typeof constant === 'boolean')
        return val(literal(typeof constant === 'boolean' ? (constant ? 'True' : 'False') : String(constant), span));
      return val({ kind: 'call', name: 'str', args: [value], span });
    }
    case 'int':
    case 'float': {
      const n = numberValue(argValue(args.positional[0], span));
      return val(n !== undefined ? literal(path === 'int' ? Math.trunc(n) : n, span) : unknownValue(span, node.text));
    }
    case 'list':
    case 'tuple':
    case 'sorted':
      return args.positional[0]?.value ?? { t: 'list', items: [], span };
    case 'dict': {
      const entries = [
        ...(args.positional[0] ? dictEntries(args.positional[0].value) : []),
        ...[...args.keywords].map(([key, a]) => ({ key, keySpan: a.keySpan ?? a.span, value: a.value })),
      ];
      return { t: 'dict', entries, span };
    }
    case 'range': {
      const numbers = args.positional.map((a) => numberValue(toValue(a.value, a.span)));
      if (numbers.some((n) => n === undefined) || numbers.length === 0) return unknownCall(ev, node, ctx);
      const [start, stop] = numbers.length === 1 ? [0, numbers[0]!] : [numbers[0]!, numbers[1]!];
      if (stop - start > 64) return unknownCall(ev, node, ctx);
      const items: PyVal[] = [];
      for (let i = start; i < stop; i++) items.push(val(literal(i, span)));
      return { t: 'list', items, span };
    }
    case 'enumerate': {
      const items = args.positional[0] ? ev.iterate(args.positional[0].value) : undefined;
      if (!items) return unknownCall(ev, node, ctx);
      return {
        t: 'list',
        items: items.map((item, i) => ({ t: 'list', items: [val(literal(i, span)), item], span })),
        span,
      };
    }
    case 'zip': {
      const lists = args.positional.map((a) => ev.iterate(a.value));
      if (lists.some((l) => !l) || lists.length === 0) return unknownCall(ev, node, ctx);
      const length = Math.min(...lists.map((l) => l!.length));
      const items: PyVal[] = [];
      for (let i = 0; i < length; i++) items.push({ t: 'list', items: lists.map((l) => l![i]), span });
      return { t: 'list', items, span };
    }
    case 'super':
      return ctx.scope.lookup('self') ?? unknownCall(ev, node, ctx);
    default:
      return unknownCall(ev, node, ctx);
  }
}

function jsonDumps(args: CallArgs, span: Span): PyVal {
  const inner = args.positional[0];
  const value = inner ? toValue(inner.value, inner.span) : unknownValue(span);
  const constant = constantValue(value);
  return val({
    kind: 'call',
    name: 'json.dumps',
    args: [value],
    span,
    folded: constant !== undefined ? literal(JSON.stringify(constant), span) : undefined,
  });
}

/** A `str.format` call on a format string, as a template. */
function formatString(
  format: PyVal,
  positional: CallArg[],
  keywords: Map<string, CallArg>,
  span: Span,
): Value | undefined {
  const formatValue = format.t === 'value' ? format.v : undefined;
  if (!formatValue || formatValue.kind !== 'literal' || typeof formatValue.value !== 'string') return undefined;
  const pieces = splitBraceFormat(formatValue.value);
  if (!pieces) return undefined;
  return template(
    pieces.map((piece) => {
      if ('text' in piece) return literal(piece.text, formatValue.span);
      const arg = 'key' in piece ? keywords.get(piece.key) : positional[piece.positional];
      return arg ? toValue(arg.value, arg.span) : unknownValue(span);
    }),
    span,
    'format',
  );
}

// ---------------------------------------------------------------- methods on values

export function callMethod(
  ev: Evaluator,
  callee: Extract<PyVal, { t: 'bound' }>,
  args: CallArgs,
  node: SyntaxNode,
  ctx: Ctx,
): PyVal {
  const span = ev.span(ctx, node);
  const recv = callee.recv;
  const name = callee.name;
  if (recv.t === 'config') return configRead(ev, recv, name, args, span, node.text);
  if (name === 'apply') return applyCall(ev, recv, args, node, ctx);
  const recvValue = recv.t === 'value' ? recv.v : undefined;
  const text = recvValue?.kind === 'literal' && typeof recvValue.value === 'string' ? recvValue.value : undefined;
  if (recvValue && name === 'format' && text !== undefined) {
    const formatted = formatString(recv, args.positional, args.keywords, span);
    return val(formatted ?? unknownValue(span, node.text));
  }
  if (name === 'join' && text !== undefined && args.positional[0]) {
    const items = ev.iterate(args.positional[0].value);
    // Items not known one by one (`"".join(random.choices(...))`): the join of that value.
    if (!items && args.positional[0].value.t === 'value')
      return val({
        kind: 'call',
        name: '.join',
        args: [recvValue!, toValue(args.positional[0].value, args.positional[0].span)],
        span,
      });
    if (!items) return unknownCall(ev, node, ctx);
    const parts: Value[] = [];
    items.forEach((item, i) => {
      if (i > 0) parts.push(literal(text, span));
      parts.push(toValue(item, args.positional[0].span));
    });
    return val(template(parts, span, 'concatenation'));
  }
  // The case of a string not known here (`environment_suffix.lower()`): still that input, as TypeScript's toLowerCase.
  if (recvValue && text === undefined && (name === 'lower' || name === 'upper') && args.positional.length === 0)
    if (recvValue.kind === 'reference' || recvValue.kind === 'call' || recvValue.kind === 'template')
      return val({ kind: 'call', name, args: [recvValue], span });
  if (text !== undefined) {
    const a = args.positional.map((p) => stringValue(toValue(p.value, p.span)));
    switch (name) {
      case 'lower':
        return val(literal(text.toLowerCase(), span));
      case 'upper':
        return val(literal(text.toUpperCase(), span));
      case 'strip':
        return val(literal(a[0] === undefined ? text.trim() : trimChars(text, a[0], true, true), span));
      case 'lstrip':
        return val(literal(a[0] === undefined ? text.trimStart() : trimChars(text, a[0], true, false), span));
      case 'rstrip':
        return val(literal(a[0] === undefined ? text.trimEnd() : trimChars(text, a[0], false, true), span));
      case 'replace':
        if (a[0] !== undefined && a[1] !== undefined) return val(literal(text.split(a[0]).join(a[1]), span));
        break;
      case 'title':
        return val(
          literal(
            text.replace(/\b\w/g, (c) => c.toUpperCase()),
            span,
          ),
        );
      case 'capitalize':
        return val(literal(text.charAt(0).toUpperCase() + text.slice(1).toLowerCase(), span));
      case 'startswith':
        if (a[0] !== undefined) return val(literal(text.startsWith(a[0]), span));
        break;
      case 'endswith':
        if (a[0] !== undefined) return val(literal(text.endsWith(a[0]), span));
        break;
      case 'split':
        if (a[0] !== undefined) return { t: 'list', items: text.split(a[0]).map((s) => val(literal(s, span))), span };
        break;
    }
    return unknownCall(ev, node, ctx);
  }
  // Dictionaries and lists the evaluator holds.
  if (recv.t === 'dict' || (recvValue && recvValue.kind === 'object')) {
    const entries = dictEntries(recv);
    switch (name) {
      case 'get': {
        const key = stringValue(argValue(args.positional[0], span));
        const found = entries.find((e) => e.key === key);
        if (found) return found.value;
        const fallback = args.positional[1]?.value ?? val(literal(null, span));
        // `kwargs.get("environment_suffix", "dev")` where the caller is unknown: the key may be given.
        return recv.t === 'dict' && recv.open && key !== undefined ? inputOrDefault(key, fallback, span) : fallback;
      }
      case 'items':
        return {
          t: 'list',
          items: entries.map((e) => ({ t: 'list', items: [val(literal(e.key, e.keySpan)), e.value], span })),
          span,
        };
      case 'keys':
        return { t: 'list', items: entries.map((e) => val(literal(e.key, e.keySpan))), span };
      case 'values':
        return { t: 'list', items: entries.map((e) => e.value), span };
      case 'copy':
        return { t: 'dict', entries: entries.map((e) => ({ ...e })), span };
      case 'update':
        if (recv.t === 'dict') {
          const more = [
            ...(args.positional[0] ? dictEntries(args.positional[0].value) : []),
            ...[...args.keywords].map(([key, a]) => ({ key, keySpan: a.keySpan ?? a.span, value: a.value })),
          ];
          for (const entry of more) {
            const existing = recv.entries.find((e) => e.key === entry.key);
            if (existing) existing.value = entry.value;
            else recv.entries.push({ ...entry });
          }
        }
        return val(literal(null, span));
      case 'setdefault': {
        const key = stringValue(argValue(args.positional[0], span));
        const found = entries.find((e) => e.key === key);
        return found?.value ?? args.positional[1]?.value ?? val(literal(null, span));
      }
    }
  }
  if (recv.t === 'list') {
    switch (name) {
      case 'append':
        if (args.positional[0]) recv.items.push(args.positional[0].value);
        return val(literal(null, span));
      case 'extend': {
        const more = args.positional[0] ? ev.iterate(args.positional[0].value) : undefined;
        if (more) recv.items.push(...more);
        return val(literal(null, span));
      }
      case 'copy':
        return { t: 'list', items: [...recv.items], span };
    }
  }
  if (recvValue?.kind === 'reference' && recvValue.target.kind === 'path' && name === 'parent')
    return val({ kind: 'call', name: 'os.path.dirname', args: [recvValue], span });
  // `suffix.lower()` of an input: the same text in another case, so the input stays visible in names.
  if (recvValue && recvValue.kind === 'reference' && args.positional.length === 0 && CASE_METHODS.has(name))
    return val({ kind: 'call', name, args: [recvValue], span });
  return unknownCall(ev, node, ctx);
}

/** String methods that change only the case or surrounding blanks of their receiver. */
const CASE_METHODS = new Set(['lower', 'upper', 'strip', 'lstrip', 'rstrip', 'casefold']);

function trimChars(text: string, chars: string, start: boolean, end: boolean): string {
  let a = 0;
  let b = text.length;
  while (start && a < b && chars.includes(text[a])) a++;
  while (end && b > a && chars.includes(text[b - 1])) b--;
  return text.slice(a, b);
}

/** `x.apply(fn)` and `Output.all(...).apply(fn)`: the function runs on the plain value; its result stays readable. */
function applyCall(ev: Evaluator, recv: PyVal, args: CallArgs, node: SyntaxNode, ctx: Ctx): PyVal {
  const span = ev.span(ctx, node);
  const fn = args.positional[0]?.value ?? args.keywords.get('func')?.value;
  const receiver = toValue(recv, span);
  const input =
    receiver.kind === 'call' && receiver.name === 'pulumi.Output.all' && receiver.args[0]
      ? unwrapOutputs(receiver.args[0])
      : unwrapOutputs(receiver);
  let result: PyVal | undefined;
  const applyArgs: CallArgs = {
    positional: [
      {
        value: input.kind === 'list' ? { t: 'list', items: input.items.map(val), span: input.span } : val(input),
        span,
      },
    ],
    keywords: new Map(),
  };
  if (fn?.t === 'lambda') result = ev.callLambda(fn, applyArgs, node, ctx);
  else if (fn?.t === 'function') result = ev.callFunction(fn.fn, applyArgs, fn.self, node, ctx);
  const resultValue = result ? toValue(result, span) : unknownValue(span, node.text);
  return val({ kind: 'call', name: 'apply', args: [receiver, resultValue], span, folded: resultValue });
}

// ---------------------------------------------------------------- the AWS provider

/** The Python package of aws-cdk-lib. */
const CDK = 'aws_cdk';

/** `aws_lambda.CfnFunction.EnvironmentProperty`: a `…Property` type nested in an L1 class. */
function isL1PropertyType(api: string): boolean {
  const parts = api.split('.');
  return parts.length === 3 && parts[2].endsWith('Property') && cdkCfnType(`${parts[0]}.${parts[1]}`) !== undefined;
}

/** The span of the last name of an attribute (`THIRTY_DAYS` of `logs.RetentionDays.THIRTY_DAYS`). */
function nameSpan(ev: Evaluator, ctx: Ctx, node: SyntaxNode): Span {
  const attribute = node.type === 'attribute' ? node.childForFieldName('attribute') : null;
  return ev.span(ctx, attribute ?? node);
}

/**
 * `task_definition.add_container("App", image=..., memory_reservation_mib=256)`:
 * a method called on an AWS CDK construct, recorded with its options (jsii
 * passes an options struct's props as keywords beside the other parameters).
 */
export function recordCdkMethodCall(
  ev: Evaluator,
  resource: Resource,
  method: string,
  args: CallArgs,
  span: Span,
  callSpan: Span,
): void {
  const api = resource.construct!.api;
  const name = cdkInstanceMembers(api).find((m) => pythonMemberName(m) === method) ?? method;
  const options = cdkMethodOptions(api, name);
  const entries: ObjectEntry[] = [];
  if (options && !args.positional[options.index]) {
    const others = new Set(options.parameters.map(pythonMemberName));
    for (const [keyword, a] of args.keywords)
      if (!others.has(keyword))
        entries.push({ key: keyword, keySpan: a.keySpan ?? a.span, value: toValue(a.value, a.span) });
  }
  (ev.program.cdkMethodCalls ??= []).push({
    resource,
    method,
    span,
    options: options ? { kind: 'object', entries, span: callSpan } : undefined,
    literal: !!options && !args.positional[options.index] && !args.splat,
    args: allArgs(args),
  });
}

/**
 * `s3.Bucket(self, "Logs", bucket_name="x")`: an AWS CDK construct as the
 * CloudFormation resource it synthesizes (readers/cdk/constructs.ts).
 */
function createCdkResource(
  ev: Evaluator,
  construct: CdkConstruct,
  api: string,
  args: CallArgs,
  node: SyntaxNode,
  ctx: Ctx,
): PyVal {
  const span = ev.span(ctx, node);
  const idArg = args.positional[1] ?? args.keywords.get('id') ?? args.keywords.get('construct_id');
  const { name, key: nameKey } = logicalName(ev, { positional: idArg ? [idArg] : [], keywords: new Map() });
  const key = `${ctx.mod.file.path}:${node.startIndex}:${construct.type}:${nameKey}`;
  const existing = ev.declared.get(key);
  if (existing) return existing;
  const entries: ObjectEntry[] = [];
  const props = args.positional[2] ?? args.keywords.get('props');
  if (props)
    for (const e of dictEntries(props.value))
      entries.push({ key: e.key, keySpan: e.keySpan, value: toValue(e.value, e.keySpan) });
  for (const [keyword, a] of args.keywords) {
    if (keyword === 'scope' || keyword === 'id' || keyword === 'construct_id' || keyword === 'props') continue;
    const entry: ObjectEntry = { key: keyword, keySpan: a.keySpan ?? a.span, value: toValue(a.value, a.span) };
    if (a.comment) entry.comment = a.comment;
    entries.push(entry);
  }
  const functionNode = node.childForFieldName('function');
  const resource: Resource = {
    mode: 'resource',
    type: construct.type,
    sourceType: functionNode?.text ?? construct.type,
    name,
    framework: 'cdk-py',
    args: cdkProperties(construct, { kind: 'object', entries, span }),
    // Keyword arguments Python checks whatever they are; a `props=` dict or `**kwargs` it does not.
    construct: { api, props: { kind: 'object', entries, span }, literal: !props && !args.splat },
    options: { dependsOn: [] },
    span,
    headerSpan: functionNode ? joinSpans(ev.span(ctx, functionNode), idArg?.span ?? ev.span(ctx, functionNode)) : span,
  };
  if (functionNode) resource.typeSpan = ev.span(ctx, functionNode);
  const left = node.parent?.type === 'assignment' ? node.parent.childForFieldName('left') : null;
  if (left?.type === 'identifier') resource.variable = left.text;
  if (ev.undecidedBranches > 0) resource.conditional = true;
  ev.program.resources.push(resource);
  const result: PyVal = { t: 'resource', res: resource, text: left?.text ?? name };
  ev.declared.set(key, result);
  return result;
}

/** The Python package of `@cdktf/provider-aws`. */
const CDKTF_AWS = 'cdktf_cdktf_provider_aws';

/** Terraform meta-arguments among a CDKTF construct's keyword arguments: options, not arguments of the type. */
const CDKTF_META_ARGUMENTS = new Set([
  'depends_on',
  'provider',
  'count',
  'for_each',
  'lifecycle',
  'connection',
  'provisioners',
]);

/**
 * `S3Bucket(self, "logs", bucket="x")` from `cdktf_cdktf_provider_aws.s3_bucket`:
 * the Terraform resource (or data source) of the class, its construct id the
 * logical name, its keyword arguments the type's arguments. Any other class of
 * the package (`S3BucketServerSideEncryptionConfigurationA(rule=...)`) is a
 * struct: a dict of its keywords.
 */
function callCdktf(ev: Evaluator, parts: string[], args: CallArgs, node: SyntaxNode, ctx: Ctx): PyVal {
  const span = ev.span(ctx, node);
  const className = parts.at(-1) ?? '';
  const module = parts.length >= 2 ? parts[parts.length - 2] : undefined;
  if (className === 'AwsProvider') {
    const settings = args.keywords;
    const region = settings.get('region');
    const alias = settings.get('alias');
    const idArg = args.positional[1] ?? args.keywords.get('id_') ?? args.keywords.get('id');
    const provider: Provider = {
      name: 'aws',
      alias: stringValue(
        alias ? toValue(alias.value, alias.span) : idArg ? toValue(idArg.value, idArg.span) : undefined,
      ),
      region: region ? toValue(region.value, region.span) : undefined,
      explicit: true,
      span,
    };
    ev.program.providers.push(provider);
    const left = node.parent?.type === 'assignment' ? node.parent.childForFieldName('left')?.text : undefined;
    return { t: 'provider', provider, name: provider.alias ?? 'aws', text: left ?? 'provider' };
  }
  const found = cdktfType(module, className);
  if (!found) {
    if (!/^[A-Z]/.test(className)) return unknownCall(ev, node, ctx);
    return {
      t: 'dict',
      entries: [...args.keywords].map(([key, a]) => ({ key, keySpan: a.keySpan ?? a.span, value: a.value })),
      span,
    };
  }
  const idArg = args.positional[1] ?? args.keywords.get('id_') ?? args.keywords.get('id');
  const named: CallArgs = { positional: idArg ? [idArg] : [], keywords: new Map() };
  const { name, key: nameKey } = logicalName(ev, named);
  const key = `${ctx.mod.file.path}:${node.startIndex}:${found.type}:${nameKey}`;
  const existing = ev.declared.get(key);
  if (existing) return existing;
  const options: ResourceOptions = { dependsOn: [] };
  const entries: ObjectEntry[] = [];
  for (const [keyword, a] of args.keywords) {
    if (keyword === 'scope' || keyword === 'id_' || keyword === 'id') continue;
    const value = toValue(a.value, a.span);
    if (!CDKTF_META_ARGUMENTS.has(keyword)) {
      const entry: ObjectEntry = { key: keyword, keySpan: a.keySpan ?? a.span, value };
      if (a.comment) entry.comment = a.comment;
      entries.push(entry);
    } else if (keyword === 'depends_on') options.dependsOn = value.kind === 'list' ? value.items : [value];
    else if (keyword === 'provider') options.provider = value;
    else if (keyword === 'count') options.count = value;
    else if (keyword === 'for_each') options.forEach = value;
  }
  const functionNode = node.childForFieldName('function');
  const resource: Resource = {
    mode: found.mode,
    type: found.type,
    sourceType: functionNode?.text ?? className,
    name,
    framework: 'cdktf-py',
    args: canonicalObject(entries, resourceShape(found.type, found.mode), span),
    options,
    span,
    headerSpan: functionNode ? joinSpans(ev.span(ctx, functionNode), idArg?.span ?? ev.span(ctx, functionNode)) : span,
  };
  if (functionNode) resource.typeSpan = ev.span(ctx, functionNode);
  const left = node.parent?.type === 'assignment' ? node.parent.childForFieldName('left') : null;
  if (left?.type === 'identifier') resource.variable = left.text;
  (found.mode === 'data' ? ev.program.dataSources : ev.program.resources).push(resource);
  const result: PyVal = { t: 'resource', res: resource, text: left?.text ?? name };
  ev.declared.set(key, result);
  return result;
}

function callAws(ev: Evaluator, parts: string[], args: CallArgs, node: SyntaxNode, ctx: Ctx): PyVal {
  const span = ev.span(ctx, node);
  const className = parts.at(-1) ?? '';
  const module = parts.length >= 2 ? parts[parts.length - 2] : '';
  if (parts.length === 1 && className === 'Provider') return createProvider(ev, args, node, ctx);
  if (className.endsWith('Args')) {
    return {
      t: 'dict',
      entries: [...args.keywords].map(([key, a]) => ({ key, keySpan: a.keySpan ?? a.span, value: a.value })),
      span,
    };
  }
  if (className.startsWith('get_'))
    return createDataSource(ev, parts.length >= 2 ? module : '', className, args, node, ctx);
  const info = parts.length >= 2 ? pulumiResource(module, className) : undefined;
  if (!info) {
    // A class-like name (`logs.LogGroup`) the package does not have: the program fails when it runs.
    if (parts.length >= 2 && /^[A-Z]/.test(className))
      (ev.program.unknownResourceTypes ??= []).push({ sourceType: `aws.${module}.${className}`, span });
    return unknownCall(ev, node, ctx);
  }
  return createResource(ev, `aws.${module}.${className}`, info.terraform ?? info.token, args, node, ctx);
}

/**
 * The logical name of a resource call: `name` as the user reads it (the
 * value when it is constant, else the f-string as written at the call, else
 * the known parts with the rest named by what they read), and `key`, the
 * evaluator's own form, which tells apart two evaluations of one call.
 */
function logicalName(ev: Evaluator, args: CallArgs): { name: string; key: string; arg?: CallArg } {
  const arg = args.positional[0] ?? args.keywords.get('resource_name');
  if (!arg) return { name: '(unnamed)', key: '(unnamed)' };
  const value = toValue(arg.value, arg.span);
  const key = renderName(value);
  const known = stringValue(value);
  if (known !== undefined) return { name: known, key, arg };
  // The value's own parts first: a helper called twice keeps its two names apart.
  const shown = displayName(value, (span) => sourceText(ev.program, span));
  if (!shown.includes('{…}')) return { name: shown, key, arg };
  const written = /^[fF][rR]?("|')(.*)\1$/s.exec(sourceText(ev.program, arg.span) ?? '');
  return { name: written && !written[2].includes('(') ? written[2] : shown, key, arg };
}

/** A resource name as far as it is known: unknown parts shown as `{text}`. */
function renderName(value: Value): string {
  const known = stringValue(value);
  if (known !== undefined) return known;
  if (value.kind === 'template') return value.parts.map((p) => stringValue(p) ?? `{${textOf(p)}}`).join('');
  return `{${textOf(value)}}`;
}

/** Known text as it is; a config read by its key, a reference as written, `x or "dev"` by `x`; `{…}` for the rest. */
function displayName(value: Value, source: (span: Span) => string | undefined): string {
  const known = stringValue(value);
  if (known !== undefined) return known;
  if (value.kind === 'template') return value.parts.map((part) => displayName(part, source)).join('');
  if (value.kind === 'call' && value.folded) return displayName(value.folded, source);
  if (value.kind === 'call' && value.args[0] && DISPLAY_THROUGH.has(value.name))
    return displayName(value.args[0], source);
  // Any other call as the user wrote it (`pulumi.get_stack().lower()`), unless it is a raw config read.
  const written = value.kind === 'call' ? source(value.span) : undefined;
  if (written && !written.includes('\n') && written.length <= 60 && !/config\.(require|get)/.test(written))
    return `{${written}}`;
  if (value.kind === 'reference')
    return value.target.kind === 'config' || value.target.kind === 'env'
      ? `{${value.target.name}}`
      : value.text.includes('(')
        ? '{…}'
        : `{${value.text}}`;
  if (value.kind === 'unknown' && value.text && /^[\w.]+$/.test(value.text)) return `{${value.text}}`;
  return '{…}';
}

/** Calls whose result reads as their first argument in a name: `x or "dev"`, `str(x)`, `x.lower()`. */
const DISPLAY_THROUGH = new Set(['or', 'str', 'lower', 'upper', 'strip', 'format']);

function textOf(value: Value): string {
  if (value.kind === 'reference') return value.text;
  if (value.kind === 'unknown') return value.text ?? '?';
  if (value.kind === 'call') return `${value.name}(...)`;
  return '?';
}

/** Arguments of a resource call: keyword arguments and an `args=` object, minus the name and options. */
function resourceArgEntries(args: CallArgs): ObjectEntry[] {
  const out: ObjectEntry[] = [];
  const argsObject = args.positional[1] ?? args.keywords.get('args');
  if (argsObject)
    for (const e of dictEntries(argsObject.value))
      out.push({ key: e.key, keySpan: e.keySpan, value: toValue(e.value, e.keySpan) });
  for (const [key, a] of args.keywords) {
    if (key === 'resource_name' || key === 'opts' || key === 'args' || key === '__props__') continue;
    const entry: ObjectEntry = { key, keySpan: a.keySpan ?? a.span, value: toValue(a.value, a.span) };
    if (a.comment) entry.comment = a.comment;
    out.push(entry);
  }
  return out;
}

/** Canonical (Terraform) names at every level the provider schema describes as a block. */
export function canonicalObject(entries: ObjectEntry[], shape: BlockShape | undefined, span: Span): ObjectValue {
  return {
    kind: 'object',
    span,
    entries: entries.map((entry) => {
      const key = canonicalArgumentName(entry.key, shape);
      const nested = nestedShape(shape, key);
      const value = nested ? canonicalBlock(entry.value, nested) : entry.value;
      const out: ObjectEntry = { key, keySpan: entry.keySpan, value };
      if (key !== entry.key) out.written = entry.key;
      if (entry.comment) out.comment = entry.comment;
      return out;
    }),
  };
}

function canonicalBlock(value: Value, shape: BlockShape): Value {
  if (value.kind === 'object') return canonicalObject(value.entries, shape, value.span);
  if (value.kind === 'list') return { ...value, items: value.items.map((item) => canonicalBlock(item, shape)) };
  return value;
}

function optionsOf(args: CallArgs, span: Span): { options: ResourceOptions; opts?: Extract<PyVal, { t: 'options' }> } {
  const options: ResourceOptions = { dependsOn: [] };
  const arg = args.keywords.get('opts') ?? args.positional[2];
  if (arg) options.span = arg.span;
  if (!arg || arg.value.t !== 'options') return { options };
  const entries = arg.value.entries;
  const value = (key: string) => {
    const v = entries.get(key);
    return v ? toValue(v, arg.span) : undefined;
  };
  const depends = entries.get('depends_on');
  if (depends) {
    const list = depends.t === 'list' ? depends.items : [depends];
    options.dependsOn = list.map((item) => toValue(item, arg.span));
  }
  options.provider = value('provider');
  if (!options.provider) {
    const providers = entries.get('providers');
    if (providers) options.provider = toValue(providers, arg.span);
  }
  options.parent = value('parent');
  options.protect = value('protect');
  options.retainOnDelete = value('retain_on_delete');
  void span;
  return { options, opts: arg.value };
}

function createResource(
  ev: Evaluator,
  sourceType: string,
  type: string,
  args: CallArgs,
  node: SyntaxNode,
  ctx: Ctx,
): PyVal {
  const span = ev.span(ctx, node);
  const { name, key: nameKey, arg } = logicalName(ev, args);
  const key = `${ctx.mod.file.path}:${node.startIndex}:${type}:${nameKey}`;
  const existing = ev.declared.get(key);
  if (existing) return existing;
  const functionNode = node.childForFieldName('function');
  const headerEnd = arg && arg.span.start >= span.start ? arg.span : functionNode ? ev.span(ctx, functionNode) : span;
  const headerStart = functionNode ? ev.span(ctx, functionNode) : span;
  const shape = resourceShape(type);
  const entries = resourceArgEntries(args);
  const resource: Resource = {
    mode: 'resource',
    type,
    sourceType,
    name,
    framework: 'pulumi-py',
    args: withOwnName(canonicalObject(entries, shape, span), type, shape),
    options: optionsOf(args, span).options,
    span,
    headerSpan:
      headerEnd.file === headerStart.file && headerEnd.end >= headerStart.start
        ? joinSpans(headerStart, headerEnd)
        : headerStart,
  };
  if (functionNode) resource.typeSpan = ev.span(ctx, functionNode);
  const left = node.parent?.type === 'assignment' ? node.parent.childForFieldName('left') : null;
  if (left?.type === 'identifier') resource.variable = left.text;
  if (!args.positional[1] && !args.keywords.has('args')) resource.insertion = insertionPoint(ev, node, ctx);
  if (ev.undecidedBranches > 0) resource.conditional = true;
  ev.program.resources.push(resource);
  const result: PyVal = {
    t: 'resource',
    res: resource,
    text: node.parent?.type === 'assignment' ? (node.parent.childForFieldName('left')?.text ?? name) : name,
  };
  ev.declared.set(key, result);
  return result;
}

/**
 * Where a keyword argument can be added to a resource call: after its last
 * argument (and its trailing comma when it has one), indented like that
 * argument; a call on one line gets it on the same line.
 */
function insertionPoint(ev: Evaluator, call: SyntaxNode, ctx: Ctx): Resource['insertion'] {
  const list = call.childForFieldName('arguments');
  if (list?.type !== 'argument_list') return undefined;
  const children = list.children;
  let lastIndex = children.length - 1;
  while (lastIndex >= 0 && (!children[lastIndex].isNamed || children[lastIndex].type === 'comment')) lastIndex--;
  if (lastIndex < 0) return undefined;
  const last = children[lastIndex];
  const comma = children.slice(lastIndex + 1).find((c) => c.type === ',');
  const at = ev.span(ctx, comma ?? last);
  const lineStart = ctx.mod.file.text.lastIndexOf('\n', call.startIndex) + 1;
  const statementIndent = /^[ \t]*/.exec(ctx.mod.file.text.slice(lineStart))![0];
  const multiline = last.startPosition.row > list.startPosition.row;
  const indent = multiline ? ' '.repeat(last.startPosition.column) : `${statementIndent}    `;
  return {
    file: at.file,
    offset: at.end,
    indent,
    ...(comma ? {} : { prefix: ',' }),
    ...(multiline ? {} : { inline: true }),
  };
}

function createProvider(ev: Evaluator, args: CallArgs, node: SyntaxNode, ctx: Ctx): PyVal {
  const span = ev.span(ctx, node);
  const { name, key: nameKey } = logicalName(ev, args);
  const key = `${ctx.mod.file.path}:${node.startIndex}:provider:${nameKey}`;
  const existing = ev.declared.get(key);
  if (existing) return existing;
  const region = args.keywords.get('region');
  const provider: Provider = {
    name: 'aws',
    alias: name,
    region: region ? toValue(region.value, region.span) : undefined,
    explicit: true,
    span,
  };
  ev.program.providers.push(provider);
  const left = node.parent?.type === 'assignment' ? node.parent.childForFieldName('left')?.text : undefined;
  const result: PyVal = { t: 'provider', provider, name, text: left ?? name };
  ev.declared.set(key, result);
  return result;
}

/** `aws.get_caller_identity()`, `aws.iam.get_policy_document(...)`: data sources, typed by the provider schema. */
function createDataSource(
  ev: Evaluator,
  module: string,
  functionName: string,
  args: CallArgs,
  node: SyntaxNode,
  ctx: Ctx,
): PyVal {
  const span = ev.span(ctx, node);
  const base = functionName.replace(/^get_/, '').replace(/_output$/, '');
  const candidates = module ? [`aws_${module}_${base}`, `aws_${base}`] : [`aws_${base}`];
  const type = candidates.find((c) => isKnownType(c, 'data'));
  if (!type) return unknownCall(ev, node, ctx);
  const key = `${ctx.mod.file.path}:${node.startIndex}:data:${type}`;
  const existing = ev.declared.get(key);
  if (existing) return existing;
  const count = ev.program.dataSources.filter((d) => d.type === type).length;
  const entries = [...args.keywords]
    .filter(([k]) => k !== 'opts')
    .map(([k, a]) => ({ key: k, keySpan: a.keySpan ?? a.span, value: toValue(a.value, a.span) }));
  const functionNode = node.childForFieldName('function');
  const data: Resource = {
    mode: 'data',
    type,
    sourceType: `aws.${module ? `${module}.` : ''}${functionName}`,
    name: count === 0 ? base : `${base}_${count + 1}`,
    framework: 'pulumi-py',
    args: canonicalObject(entries, resourceShape(type, 'data'), span),
    options: { dependsOn: [] },
    span,
    headerSpan: functionNode ? ev.span(ctx, functionNode) : span,
  };
  ev.program.dataSources.push(data);
  const result: PyVal = { t: 'resource', res: data, text: node.text.length > 80 ? functionName : node.text };
  ev.declared.set(key, result);
  return result;
}

export { truthiness };
