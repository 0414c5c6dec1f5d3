/**
 * Facts about Lambda handler code that rules ask for: where a handler
 * invokes its own function, where it sleeps to retry, what it imports. Python is parsed
 * with tree-sitter, JavaScript with oxc-parser; rules never parse code.
 */
import { parseTypeScript } from '../pulumi-ts/ast.js';
import type { Span } from '../../model/source.js';
import type { HandlerFile } from '../../model/types.js';
import {
  javascriptClientRegions,
  javascriptReadsCloudFrontEvent,
  pythonClientRegions,
  pythonReadsCloudFrontEvent,
  type ClientRegion,
} from './client-regions.js';
import { javascriptImports, pythonImports, type HandlerImport } from './imports.js';
import { parsePythonFile, type SyntaxNode } from '../pulumi-py/parse.js';
import { propertyName, type JsNode } from './js-node.js';

export interface SelfInvocation {
  /** The invoke call. */
  span: Span;
  /** How the code names its own function, as written (`context.function_name`). */
  via: string;
  /** The same function also sleeps (a blocking retry delay). */
  sleeps: boolean;
}

export interface HandlerFacts {
  selfInvocations: SelfInvocation[];
  /** Sleeps inside an exception handler or a retry loop. */
  retrySleeps: Span[];
  /** Offsets [start, end) of the comments in the file. */
  comments: [number, number][];
  /**
   * Names of the functions and methods the code calls (`put_item`, `send`, `client`), other
   * than logging, JSON and clock helpers: empty for a handler that only logs and returns a
   * canned response.
   */
  workCalls: string[];
  /** Some function of the file reads a field of its first parameter (the event): it answers the request it gets. */
  readsEvent: boolean;
  /** The modules the code imports (imports.ts). */
  imports: HandlerImport[];
  /** SDK clients the code pins to a constant region (client-regions.ts). */
  clientRegions: ClientRegion[];
  /** The code reads a CloudFront event: a Lambda@Edge function (client-regions.ts). */
  readsCloudFrontEvent: boolean;
}

/** Calls that do no work of their own: logging, (de)serialising, reading the clock or a mapping. */
const TRIVIAL_CALLS = new Set([
  'log',
  'info',
  'debug',
  'warn',
  'warning',
  'error',
  'exception',
  'print',
  'getLogger',
  'setLevel',
  'stringify',
  'parse',
  'dumps',
  'loads',
  'toISOString',
  'isoformat',
  'now',
  'utcnow',
  'Date',
  'get',
  'str',
  'len',
  'int',
  'float',
  'dict',
  'list',
  'String',
  'Number',
  'keys',
  'items',
  'values',
  'format',
  'toString',
  'getenv',
]);
const NO_FACTS: HandlerFacts = {
  selfInvocations: [],
  retrySleeps: [],
  comments: [],
  workCalls: [],
  readsEvent: false,
  imports: [],
  clientRegions: [],
  readsCloudFrontEvent: false,
};

const cache = new WeakMap<HandlerFile, HandlerFacts>();

export function handlerFacts(handler: HandlerFile): HandlerFacts {
  let facts = cache.get(handler);
  if (!facts) {
    try {
      facts =
        handler.language === 'python'
          ? pythonFacts(handler)
          : handler.language === 'javascript'
            ? javascriptFacts(handler)
            : NO_FACTS;
    } catch {
      facts = NO_FACTS;
    }
    cache.set(handler, facts);
  }
  return facts;
}

const SELF_ENV = 'AWS_LAMBDA_FUNCTION_NAME';
const SELF_ATTRIBUTES = new Set(['function_name', 'invoked_function_arn', 'functionName', 'invokedFunctionArn']);
const INVOKE_METHODS = new Set(['invoke', 'invoke_async', 'invokeAsync']);

// ---------------------------------------------------------------- Python

function pythonFacts(handler: HandlerFile): HandlerFacts {
  const file = handler.file;
  const root = parsePythonFile(file);
  const span = (n: SyntaxNode) => file.span(n.startIndex, n.endIndex);
  const selfNames = new Set<string>();
  const isSelfName = (n: SyntaxNode | null): boolean => {
    if (!n) return false;
    if (n.type === 'identifier') return selfNames.has(n.text);
    if (n.type === 'attribute') return SELF_ATTRIBUTES.has(n.childForFieldName('attribute')?.text ?? '');
    if (n.type === 'subscript' || n.type === 'call')
      return n.descendantsOfType('string_content').some((s) => s.text === SELF_ENV);
    if (n.type === 'boolean_operator') return isSelfName(n.childForFieldName('left'));
    return false;
  };
  for (const assignment of root.descendantsOfType('assignment')) {
    const left = assignment.childForFieldName('left');
    if (left?.type === 'identifier' && isSelfName(assignment.childForFieldName('right'))) selfNames.add(left.text);
  }
  const selfInvocations: SelfInvocation[] = [];
  const retrySleeps: Span[] = [];
  for (const call of root.descendantsOfType('call')) {
    const fn = call.childForFieldName('function');
    const method = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : fn?.text;
    if (method && INVOKE_METHODS.has(method)) {
      const target = call
        .childForFieldName('arguments')
        ?.namedChildren.find(
          (a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === 'FunctionName',
        )
        ?.childForFieldName('value');
      if (target && isSelfName(target)) {
        const scope = enclosing(call, ['function_definition']) ?? root;
        const sleeps = scope.descendantsOfType('call').some((c) => isSleep(c.childForFieldName('function')?.text));
        selfInvocations.push({ span: span(call), via: target.text, sleeps });
      }
    }
    if (isSleep(fn?.text) && inRetry(call)) retrySleeps.push(span(call));
  }
  const comments = root.descendantsOfType('comment').map((c): [number, number] => [c.startIndex, c.endIndex]);
  const workCalls = root
    .descendantsOfType('call')
    .map((c) => {
      const fn = c.childForFieldName('function');
      return fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : fn?.text;
    })
    .filter((name): name is string => !!name && !TRIVIAL_CALLS.has(name));
  return {
    selfInvocations,
    retrySleeps,
    comments,
    workCalls,
    readsEvent: readsEventPython(root),
    imports: pythonImports(file, root),
    clientRegions: pythonClientRegions(file, root),
    readsCloudFrontEvent: pythonReadsCloudFrontEvent(root),
  };
}

/** `event["path"]`, `event.get("path")`, `event.body` in a function whose first parameter is `event`. */
function readsEventPython(root: SyntaxNode): boolean {
  return root.descendantsOfType('function_definition').some((fn) => {
    const first = fn.childForFieldName('parameters')?.namedChildren[0];
    const name = first?.type === 'identifier' ? first.text : undefined;
    if (!name) return false;
    const body = fn.childForFieldName('body');
    const reads = (n: SyntaxNode) => n.childForFieldName(n.type === 'subscript' ? 'value' : 'object')?.text === name;
    return !!body && [...body.descendantsOfType('subscript'), ...body.descendantsOfType('attribute')].some(reads);
  });
}

function isSleep(text: string | undefined): boolean {
  return text === 'time.sleep' || text === 'sleep' || text === 'asyncio.sleep';
}

function enclosing(node: SyntaxNode, types: string[]): SyntaxNode | undefined {
  for (let n = node.parent; n; n = n.parent) if (types.includes(n.type)) return n;
  return undefined;
}

/** Inside an exception handler, or inside a loop that catches exceptions. */
function inRetry(node: SyntaxNode): boolean {
  for (let n = node.parent; n && n.type !== 'function_definition'; n = n.parent) {
    if (n.type === 'except_clause') return true;
    if ((n.type === 'for_statement' || n.type === 'while_statement') && n.descendantsOfType('try_statement').length)
      return true;
  }
  return false;
}

// ---------------------------------------------------------------- JavaScript

function javascriptFacts(handler: HandlerFile): HandlerFacts {
  const file = handler.file;
  const { program, comments } = parseTypeScript(file.path.endsWith('.ts') ? 'handler.ts' : 'handler.js', file.text);
  const selfInvocations: SelfInvocation[] = [];
  const workCalls: string[] = [];
  const retrySleeps: Span[] = [];
  const visit = (node: unknown, functions: JsNode[], retry: boolean): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, functions, retry);
      return;
    }
    const n = node as JsNode;
    if (typeof n.type !== 'string') return;
    let innerFunctions = functions;
    let innerRetry = retry;
    if (n.type.includes('Function')) {
      innerFunctions = [...functions, n];
      innerRetry = false;
    }
    if (n.type === 'CatchClause') innerRetry = true;
    if ((n.type === 'CallExpression' || n.type === 'NewExpression') && Array.isArray(n.arguments)) {
      const callee = calleeName(n.callee as JsNode);
      if (callee && !TRIVIAL_CALLS.has(callee)) workCalls.push(callee);
      if (callee && (INVOKE_METHODS.has(callee) || callee === 'InvokeCommand' || callee === 'InvokeAsyncCommand')) {
        const options = (n.arguments as JsNode[])[0];
        const props = options?.type === 'ObjectExpression' ? (options.properties as JsNode[]) : [];
        const target = props.find((p) => p.type === 'Property' && propertyName(p.key as JsNode) === 'FunctionName');
        if (target && isSelfNameJs(target.value as JsNode)) {
          const fn = functions.at(-1);
          selfInvocations.push({
            span: file.span(n.start, n.end),
            via: file.text.slice((target.value as JsNode).start, (target.value as JsNode).end),
            sleeps: containsSleep(fn ?? program),
          });
        }
      }
      if (callee && SLEEPS_JS.has(callee) && retry) retrySleeps.push(file.span(n.start, n.end));
    }
    for (const [key, value] of Object.entries(n))
      if (key !== 'type' && typeof value === 'object') visit(value, innerFunctions, innerRetry);
  };
  visit(program, [], false);
  return {
    selfInvocations,
    retrySleeps,
    comments: comments.map((c): [number, number] => [c.start, c.end]),
    workCalls,
    readsEvent: readsEventJs(program),
    imports: javascriptImports(file, program),
    clientRegions: javascriptClientRegions(file, program),
    readsCloudFrontEvent: javascriptReadsCloudFrontEvent(program),
  };
}

const SLEEPS_JS = new Set(['setTimeout', 'sleep', 'delay']);

/** `event.body`, `event['path']` inside a function whose first parameter is `event`. */
function readsEventJs(root: unknown): boolean {
  let found = false;
  const visit = (node: unknown, events: Set<string>): void => {
    if (found || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, events);
      return;
    }
    const n = node as JsNode;
    if (typeof n.type !== 'string') return;
    let inner = events;
    if (n.type.includes('Function') && Array.isArray(n.params)) {
      const first = (n.params as JsNode[])[0];
      const param = (first?.type === 'FormalParameter' ? (first.pattern as JsNode) : first) as JsNode | undefined;
      if (param?.type === 'Identifier' || param?.type === 'BindingIdentifier')
        inner = new Set([...events, param.name as string]);
    }
    if (
      (n.type === 'MemberExpression' || n.type === 'StaticMemberExpression' || n.type === 'ComputedMemberExpression') &&
      (n.object as JsNode | undefined)?.type === 'Identifier' &&
      inner.has((n.object as JsNode).name as string)
    ) {
      found = true;
      return;
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'type' && typeof value === 'object') visit(value, inner);
  };
  visit(root, new Set());
  return found;
}

/** `invoke` of `lambda.invoke(...)`, `InvokeCommand` of `new InvokeCommand(...)`. */
function calleeName(callee: JsNode | undefined): string | undefined {
  if (!callee) return undefined;
  if (callee.type === 'Identifier') return callee.name as string;
  if (callee.type === 'MemberExpression' || callee.type === 'StaticMemberExpression')
    return propertyName(callee.property as JsNode);
  return undefined;
}

/** `context.functionName`, `context.invokedFunctionArn`, `process.env.AWS_LAMBDA_FUNCTION_NAME`. */
function isSelfNameJs(node: JsNode | undefined): boolean {
  if (!node) return false;
  if (
    node.type === 'MemberExpression' ||
    node.type === 'StaticMemberExpression' ||
    node.type === 'ComputedMemberExpression'
  ) {
    const name = propertyName(node.property as JsNode);
    return name === SELF_ENV || (!!name && SELF_ATTRIBUTES.has(name));
  }
  if (node.type === 'LogicalExpression') return isSelfNameJs(node.left as JsNode);
  return false;
}

function containsSleep(node: unknown): boolean {
  if (!node || typeof node !== 'object') return false;
  if (Array.isArray(node)) return node.some(containsSleep);
  const n = node as JsNode;
  if (n.type === 'CallExpression') {
    const callee = calleeName(n.callee as JsNode);
    if (callee && SLEEPS_JS.has(callee)) return true;
  }
  return Object.entries(n).some(([key, value]) => key !== 'type' && typeof value === 'object' && containsSleep(value));
}
