/**
 * AWS SDK clients a Lambda handler pins to a region written as a constant:
 * `boto3.client('dynamodb', region_name='us-east-2')`, `new
 * DynamoDBClient({ region: 'us-east-1' })`, `AWS.config.update({ region:
 * 'eu-west-1' })`. Read from the trees the handler analysis (analyze.ts)
 * parses, as one of its facts.
 */
import type { SourceFile, Span } from '../../model/source.js';
import type { SyntaxNode as PyNode } from '../pulumi-py/parse.js';
import { findJsNode, propertyName, type JsNode } from './js-node.js';

export interface ClientRegion {
  /** The region written as a constant; absent when the code reads it from an environment variable. */
  region?: string;
  /** The environment variable the region is read from (`os.environ['REGION']`, `process.env.REGION`). */
  variable?: string;
  /** The service the client is for, as the SDK names it (`dynamodb`, `s3`); none for a default every client takes (`AWS.config.update`). */
  service?: string;
  /** The call that creates or configures the client. */
  span: Span;
  /** The call as written. */
  text: string;
  /** The same call without its region (the SDK then takes the region the function runs in). */
  withoutRegion: string;
}

/** A Python string literal without interpolation, as its value. */
function pythonString(node: PyNode | null | undefined): string | undefined {
  if (node?.type !== 'string' || node.descendantsOfType('interpolation').length) return undefined;
  return node
    .descendantsOfType('string_content')
    .map((c) => c.text)
    .join('');
}

/**
 * The code reads a CloudFront event (`event['Records'][0]['cf']`): a Lambda@Edge
 * function, which runs in the region nearest the viewer, so the region Lambda
 * gives it is not where its data lives.
 */
export function pythonReadsCloudFrontEvent(root: PyNode): boolean {
  return (
    root.descendantsOfType('subscript').some((s) => pythonString(s.childForFieldName('subscript')) === 'cf') ||
    root.descendantsOfType('attribute').some((a) => a.childForFieldName('attribute')?.text === 'cf')
  );
}

/** `os.environ['REGION']`, `os.environ.get('REGION', ...)`, `os.getenv('REGION')`: the variable read. */
function pythonEnvironmentRead(node: PyNode | null | undefined): string | undefined {
  if (node?.type === 'subscript' && /(^|\.)environ$/.test(node.childForFieldName('value')?.text ?? ''))
    return pythonString(node.childForFieldName('subscript'));
  if (node?.type === 'call' && /(^|\.)(environ\.get|getenv)$/.test(node.childForFieldName('function')?.text ?? ''))
    return pythonString(node.childForFieldName('arguments')?.namedChildren[0]);
  if (node?.type === 'boolean_operator') return pythonEnvironmentRead(node.childForFieldName('left'));
  return undefined;
}

export function pythonClientRegions(file: SourceFile, root: PyNode): ClientRegion[] {
  const found: ClientRegion[] = [];
  for (const call of root.descendantsOfType('call')) {
    const args = call.childForFieldName('arguments');
    if (!args) continue;
    const keyword = (name: string) =>
      args.namedChildren.find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === name);
    const pin = keyword('region_name');
    const value = pin?.childForFieldName('value');
    const region = pythonString(value);
    const variable = region === undefined ? pythonEnvironmentRead(value) : undefined;
    if (!pin || (region === undefined && variable === undefined)) continue;
    const service =
      pythonString(args.namedChildren[0]) ?? pythonString(keyword('service_name')?.childForFieldName('value'));
    // A session's region (`boto3.Session(region_name=...)`) or a client of a service the code computes.
    if (service === undefined) continue;
    // Drop the keyword and the comma before it (or after it, when it comes first).
    const rest = args.namedChildren.filter((a) => a !== pin).map((a) => a.text);
    const fn = call.childForFieldName('function')?.text ?? '';
    found.push({
      region,
      variable,
      service,
      span: file.span(call.startIndex, call.endIndex),
      text: call.text,
      withoutRegion: `${fn}(${rest.join(', ')})`,
    });
  }
  return found;
}

function jsString(node: JsNode | undefined): string | undefined {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'TemplateLiteral' && (node.expressions as unknown[]).length === 0) {
    const [quasi] = node.quasis as { value: { cooked: string | null } }[];
    return quasi?.value.cooked ?? undefined;
  }
  return undefined;
}

const MEMBER = new Set(['MemberExpression', 'StaticMemberExpression']);

/**
 * The SDK service a callee creates a client of: `DynamoDBClient` (v3) → dynamodb,
 * `AWS.S3` (v2) → s3, `AWS.DynamoDB.DocumentClient` → dynamodb; `AWS.config.update`
 * configures every client (no service); undefined for anything else.
 */
function sdkCallee(callee: JsNode | undefined): { service?: string } | undefined {
  if (!callee) return undefined;
  if (callee.type === 'Identifier') {
    const name = callee.name as string;
    return name.endsWith('Client') && name.length > 'Client'.length
      ? { service: name.slice(0, -'Client'.length).toLowerCase() }
      : undefined;
  }
  if (!MEMBER.has(callee.type)) return undefined;
  const object = callee.object as JsNode;
  const property = propertyName(callee.property as JsNode);
  if (propertyName(object) === 'AWS') return property === 'config' ? undefined : { service: property?.toLowerCase() };
  if (MEMBER.has(object.type) && propertyName(object.object as JsNode) === 'AWS') {
    const inner = propertyName(object.property as JsNode);
    if (inner === 'config' && property === 'update') return {};
    if (property === 'DocumentClient') return { service: inner?.toLowerCase() };
  }
  return undefined;
}

/** The JavaScript form of pythonReadsCloudFrontEvent (`event.Records[0].cf`). */
export function javascriptReadsCloudFrontEvent(program: unknown): boolean {
  return findJsNode(
    program,
    (n) => (MEMBER.has(n.type) || n.type === 'ComputedMemberExpression') && propertyName(n.property as JsNode) === 'cf',
  );
}

/** `process.env.REGION`, `process.env['REGION']` (also before `||` / `??`): the variable read. */
function javascriptEnvironmentRead(file: SourceFile, node: JsNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'LogicalExpression') return javascriptEnvironmentRead(file, node.left as JsNode);
  if (!MEMBER.has(node.type) && node.type !== 'ComputedMemberExpression') return undefined;
  const object = node.object as JsNode;
  if (file.text.slice(object.start, object.end) !== 'process.env') return undefined;
  return propertyName(node.property as JsNode) ?? jsString((node.expression ?? node.property) as JsNode);
}

export function javascriptClientRegions(file: SourceFile, program: unknown): ClientRegion[] {
  const found: ClientRegion[] = [];
  findJsNode(program, (n) => {
    if ((n.type !== 'NewExpression' && n.type !== 'CallExpression') || !Array.isArray(n.arguments)) return;
    const sdk = sdkCallee(n.callee as JsNode);
    const options = (n.arguments as JsNode[])[0];
    if (!sdk || options?.type !== 'ObjectExpression') return;
    const properties = options.properties as JsNode[];
    const pin = properties.find((p) => p.type === 'Property' && propertyName(p.key as JsNode) === 'region');
    const region = jsString(pin?.value as JsNode | undefined);
    const variable =
      region === undefined ? javascriptEnvironmentRead(file, pin?.value as JsNode | undefined) : undefined;
    if (!pin || (region === undefined && variable === undefined)) return;
    const rest = properties.filter((p) => p !== pin).map((p) => file.text.slice(p.start, p.end));
    const callee = file.text.slice((n.callee as JsNode).start, (n.callee as JsNode).end);
    found.push({
      region,
      variable,
      service: sdk.service,
      span: file.span(n.start, n.end),
      text: file.text.slice(n.start, n.end),
      withoutRegion: `${n.type === 'NewExpression' ? 'new ' : ''}${callee}(${rest.length ? `{ ${rest.join(', ')} }` : ''})`,
    });
  });
  return found;
}
