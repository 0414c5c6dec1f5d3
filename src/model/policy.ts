/**
 * IAM policy documents, read from whatever form the program writes them in:
 * an object (`jsonencode({...})`, `JSON.stringify({...})`, `json.dumps({...})`,
 * a Pulumi policy object), JSON text (heredoc or string), or an
 * `aws_iam_policy_document` data source.
 */
import { referencedResources } from './query.js';
import type { Span } from './source.js';
import type { ObjectValue, PolicyDocument, PolicyStatement, PolicyString, Program, Resource, Value } from './types.js';
import { UNKNOWN_PART, arg, field, items, stringShape, stringValue, walkValue } from './values.js';

const JSON_ENCODERS = new Set(['jsonencode', 'JSON.stringify', 'json.dumps', 'pulumi.jsonStringify']);

/** Reads every policy document of a program into `program.policies`. */
export function collectPolicyDocuments(program: Program): void {
  for (const resource of program.resources) collectFromResource(program, resource);
  for (const data of program.dataSources)
    if (data.type === 'aws_iam_policy_document') {
      const doc = documentFromPolicyDataSource(data);
      if (doc) program.policies.push(doc);
    }
}

function collectFromResource(program: Program, resource: Resource): void {
  const visitEntries = (object: ObjectValue, prefix: string) => {
    for (const entry of object.entries) {
      const path = prefix ? `${prefix}.${entry.key}` : entry.key;
      visitValue(entry.value, path);
    }
  };
  const visitValue = (value: Value, path: string) => {
    const doc = documentFromValue(value);
    if (doc) {
      doc.owner = { resource, argument: path };
      program.policies.push(doc);
      return;
    }
    if (value.kind === 'object') visitEntries(value, path);
    else if (value.kind === 'list') for (const item of value.items) visitValue(item, path);
    else if (value.kind === 'call') for (const a of value.args) visitValue(a, path);
  };
  visitEntries(resource.args, '');
}

/** The policy documents a holder has in `argument`, directly or through a policy-document data source. */
export function documentsHeldBy(program: Program, holder: Resource, argument: string): PolicyDocument[] {
  const sources = [holder, ...referencedResources(program, arg(holder, argument)).filter((r) => r.mode === 'data')];
  return program.policies.filter(
    (d) =>
      d.owner && sources.includes(d.owner.resource) && (d.owner.resource !== holder || d.owner.argument === argument),
  );
}

/** A policy document held by a value, or undefined when the value is not one. */
export function documentFromValue(value: Value): PolicyDocument | undefined {
  if (value.kind === 'call') {
    if (JSON_ENCODERS.has(value.name) && value.args[0]) return documentFromValue(value.args[0]);
    if (value.folded) return documentFromValue(value.folded);
    return undefined;
  }
  if (value.kind === 'object') {
    const statement = field(value, 'Statement');
    if (!statement) return undefined;
    return { statements: items(statement).map(statementFromJsonObject), span: value.span };
  }
  if (value.kind === 'literal' || value.kind === 'template') return documentFromText(value);
  return undefined;
}

function strings(value: Value | undefined): { list: PolicyString[]; partial: boolean } {
  const list: PolicyString[] = [];
  let partial = false;
  if (!value) return { list, partial };
  const add = (node: Value) => {
    const text = stringValue(node);
    if (text === undefined) {
      partial = true;
      const deployer =
        node.kind === 'reference' &&
        node.target.kind === 'data' &&
        node.target.type === 'aws_caller_identity' &&
        node.target.path.join('.') === 'arn';
      list.push({ value: text, shape: stringShape(node), ...(deployer ? { deployer } : {}), span: node.span });
    } else list.push({ value: text, span: node.span });
  };
  if (value.kind === 'list') for (const item of value.items) add(item);
  else if (value.kind === 'call' && value.folded?.kind === 'list') for (const item of value.folded.items) add(item);
  else add(value);
  return { list, partial };
}

function effectOf(value: Value | undefined, fallback: 'Allow' | 'unknown'): PolicyStatement['effect'] {
  if (!value) return fallback;
  const text = stringValue(value);
  if (text === 'Allow' || text === 'Deny') return text;
  return 'unknown';
}

function statementFromJsonObject(value: Value): PolicyStatement {
  const action = strings(field(value, 'Action'));
  const notAction = strings(field(value, 'NotAction'));
  const resource = strings(field(value, 'Resource'));
  const notResource = strings(field(value, 'NotResource'));
  const principals: PolicyStatement['principals'] = [];
  const principal = field(value, 'Principal');
  if (principal?.kind === 'object')
    for (const entry of principal.entries) principals.push({ type: entry.key, identifiers: strings(entry.value).list });
  else if (principal) principals.push({ type: '*', identifiers: strings(principal).list });
  const conditions = conditionsOf(field(value, 'Condition'));
  return {
    sid: stringValue(field(value, 'Sid')),
    effect: effectOf(field(value, 'Effect'), 'unknown'),
    conditions,
    actions: action.list,
    notActions: notAction.list,
    resources: resource.list,
    notResources: notResource.list,
    principals,
    partial: value.kind !== 'object' || action.partial || resource.partial || notAction.partial || notResource.partial,
    span: value.span,
  };
}

/** Placeholder for interpolations inside JSON text (a private-use character, legal in JSON strings). */
const HOLE = '\uE000';

/** Policy document in JSON text (heredoc or string). Positions inside the text are the text's own span. */
/** The condition keys of a statement's condition block (`{operator: {key: value}}`); `partial` when some are not readable. */
export function conditionsOf(condition: Value | undefined): PolicyStatement['conditions'] {
  const conditions = { keys: [] as string[], partial: false };
  if (condition?.kind === 'object')
    for (const operator of condition.entries) {
      if (operator.value.kind === 'object') conditions.keys.push(...operator.value.entries.map((e) => e.key));
      else conditions.partial = true;
    }
  else if (condition) conditions.partial = true;
  return conditions;
}

function documentFromText(value: Value): PolicyDocument | undefined {
  let text = '';
  if (value.kind === 'literal') {
    if (typeof value.value !== 'string') return undefined;
    text = value.value;
  } else if (value.kind === 'template') {
    for (const part of value.parts) {
      const known = part.kind === 'literal' ? stringValue(part) : undefined;
      if (known !== undefined) text += known;
      else {
        // An interpolation standing for a whole JSON value (`"Resource": ${jsonencode(x)}`) becomes a string.
        const before = text.trimEnd().at(-1);
        text += before === ':' || before === '[' || before === ',' ? `"${HOLE}"` : HOLE;
      }
    }
  }
  if (!text.includes('Statement')) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object') return undefined;
  const doc = parsed as Record<string, unknown>;
  const raw = Array.isArray(doc.Statement) ? doc.Statement : doc.Statement ? [doc.Statement] : [];
  return { statements: raw.map((s) => statementFromJson(s, value.span)), span: value.span };
}

function statementFromJson(raw: unknown, span: Span): PolicyStatement {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  let partial = false;
  const list = (v: unknown): PolicyString[] => {
    const arr = v === undefined ? [] : Array.isArray(v) ? v : [v];
    return arr.map((x) => {
      const known = typeof x === 'string' && !x.includes(HOLE) ? x : undefined;
      if (known !== undefined) return { value: known, span };
      partial = true;
      return { value: known, shape: typeof x === 'string' ? x.replaceAll(HOLE, UNKNOWN_PART) : undefined, span };
    });
  };
  const principals: PolicyStatement['principals'] = [];
  if (s.Principal && typeof s.Principal === 'object')
    for (const [type, ids] of Object.entries(s.Principal as Record<string, unknown>))
      principals.push({ type, identifiers: list(ids) });
  else if (s.Principal !== undefined) principals.push({ type: '*', identifiers: list(s.Principal) });
  const effect = s.Effect === 'Allow' || s.Effect === 'Deny' ? s.Effect : 'unknown';
  const conditions = { keys: [] as string[], partial: false };
  if (s.Condition && typeof s.Condition === 'object')
    for (const tests of Object.values(s.Condition as Record<string, unknown>)) {
      if (tests && typeof tests === 'object') conditions.keys.push(...Object.keys(tests));
      else conditions.partial = true;
    }
  else if (s.Condition !== undefined) conditions.partial = true;
  return {
    conditions,
    sid: typeof s.Sid === 'string' ? s.Sid : undefined,
    effect,
    actions: list(s.Action),
    notActions: list(s.NotAction),
    resources: list(s.Resource),
    notResources: list(s.NotResource),
    principals,
    partial,
    span,
  };
}

/** `data "aws_iam_policy_document"` (or Pulumi's `getPolicyDocument`) with `statement` blocks. */
function documentFromPolicyDataSource(data: Resource): PolicyDocument | undefined {
  const statements: PolicyStatement[] = [];
  for (const block of items(field(data.args, 'statement'))) {
    const action = strings(field(block, 'actions'));
    const notAction = strings(field(block, 'not_actions'));
    const resource = strings(field(block, 'resources'));
    const notResource = strings(field(block, 'not_resources'));
    const principals = items(field(block, 'principals')).map((p) => ({
      type: stringValue(field(p, 'type')) ?? '?',
      identifiers: strings(field(p, 'identifiers')).list,
    }));
    const conditions = { keys: [] as string[], partial: false };
    for (const condition of items(field(block, 'condition'))) {
      const variable = stringValue(field(condition, 'variable'));
      if (variable === undefined) conditions.partial = true;
      else conditions.keys.push(variable);
    }
    let dynamic = false;
    walkValue(block, (node) => {
      if (node.kind === 'unknown') dynamic = true;
    });
    statements.push({
      sid: stringValue(field(block, 'sid')),
      effect: effectOf(field(block, 'effect'), 'Allow'),
      conditions,
      actions: action.list,
      notActions: notAction.list,
      resources: resource.list,
      notResources: notResource.list,
      principals,
      partial: dynamic || action.partial || resource.partial,
      span: block.span,
    });
  }
  return { statements, owner: { resource: data, argument: 'statement' }, span: data.span };
}
