/**
 * cloudwatch/log-group-missing: a Lambda function whose `/aws/lambda/<name>`
 * log group is not managed by the program (retention never set).
 */
import { referencedResource, resourcesOfType } from '../../model/query.js';
import type { Framework, Program, Resource, Value } from '../../model/types.js';
import { arg, referencesIn } from '../../model/values.js';
import { attribute, interpolation, literal, newRef, refOf } from '../../idiom/code.js';
import { idiomOf } from '../../idiom/index.js';
import {
  commentedStart,
  fixOf,
  insertArgument,
  insertLines,
  isPlainName,
  linePrefix,
  optionsSource,
  scalarSource,
  sourceText,
} from '../../fix/edits.js';
import { defineRule, type Fix, type Suggestion } from '../rule.js';

const PREFIX = '/aws/lambda/';

export default defineRule({
  meta: {
    id: 'cloudwatch/log-group-missing',
    title: 'Lambda function without a managed log group',
    severity: 'low',
    frameworks: 'all',
    description: 'A Lambda function with no explicitly managed `/aws/lambda/<function name>` log group in the program.',
    rationale:
      'Lambda creates its log group on first invocation with infinite retention: logs are kept (and billed) forever, the group survives the stack, and a later attempt to manage it fails because it already exists.',
    docs: 'https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs.html',
    fixable: 'auto',
  },
  check(program, context) {
    const logGroups = resourcesOfType(program, 'aws_cloudwatch_log_group');
    // A log group whose name cannot be read at all may be any function's: do not guess.
    if (logGroups.some((g) => !nameKey(arg(g, 'name')))) return;
    for (const fn of resourcesOfType(program, 'aws_lambda_function')) {
      if (hasLogGroup(program, fn, logGroups)) continue;
      const fnName = arg(fn, 'function_name');
      const written = fnName ? renderName(fnName) : undefined;
      context.report({
        message:
          `Lambda function "${fn.name}" has no managed log group: Lambda will create ` +
          `${written ? `"${PREFIX}${written}"` : 'its log group'} itself with logs kept forever. ` +
          `Declare an aws_cloudwatch_log_group named "${PREFIX}<function name>" with a retention period.`,
        span: fn.headerSpan,
        resource: fn,
        fix: logGroupFix(program, fn),
        suggestion: logGroupSuggestion(fn),
      });
    }
  },
});

function hasLogGroup(program: Program, fn: Resource, logGroups: Resource[]): boolean {
  const loggingGroup = referencedResource(program, arg(fn, 'logging_config.log_group'));
  if (loggingGroup && loggingGroup.type === 'aws_cloudwatch_log_group') return true;
  const fnName = arg(fn, 'function_name');
  const expected = fnName ? nameKey(fnName) : undefined;
  return logGroups.some((group) => {
    const name = arg(group, 'name');
    if (referencesIn(name).some((ref) => referencedResource(program, ref) === fn)) return true;
    return expected !== undefined && nameKey(name) === `${PREFIX}${expected}`;
  });
}

/** A comparable key for a name: literal text, with each unknown part by what it refers to. */
function nameKey(value: Value | undefined): string | undefined {
  if (!value) return undefined;
  switch (value.kind) {
    case 'literal':
      return value.value === null ? undefined : String(value.value);
    case 'template': {
      let out = '';
      for (const part of value.parts) {
        const key = nameKey(part);
        if (key === undefined) return undefined;
        out += key;
      }
      return out;
    }
    case 'reference':
      return `\u0000${value.target.kind}:${'name' in value.target ? value.target.name : ''}:${value.target.path.join('.')}\u0000`;
    case 'call':
      if (value.folded) return nameKey(value.folded);
      return `\u0000${value.name}(${value.args.map((a) => nameKey(a) ?? '?').join(',')})\u0000`;
    default:
      return undefined;
  }
}

/** The name as a reader would write it: known text, `${...}` for the rest. */
function renderName(value: Value): string {
  if (value.kind === 'literal') return String(value.value);
  if (value.kind === 'template') return value.parts.map(renderName).join('');
  if (value.kind === 'call' && value.folded) return renderName(value.folded);
  return '${…}';
}

/** A log group named after the function, declared in the program's language. */
function logGroupSuggestion(fn: Resource): Suggestion | undefined {
  const idiom = idiomOf(fn.framework);
  if (!idiom) return undefined;
  const label = fn.name.replace(/\W+/g, '_');
  // Terraform exposes the name as `function_name`, Pulumi as `name`.
  const fnName = attribute(refOf(fn), fn.framework === 'terraform' ? 'function_name' : 'name');
  return {
    before: idiom.comment(`no log group for ${fn.name}`),
    after: idiom.declaration({
      of: newRef('aws_cloudwatch_log_group', fn.framework === 'terraform' ? label : `${label}_logs`),
      name: isPlainName(fn.name) ? `${fn.name}-logs` : `${label}-logs`,
      args: [
        ['name', interpolation(PREFIX, fnName)],
        ['retention_in_days', literal(RETENTION_DAYS)],
      ],
    }),
  };
}

/** Days the added log group keeps logs: two weeks, a common default for operational logs. */
const RETENTION_DAYS = 14;

/**
 * Adds the log group before the function can create it. Terraform: a log group
 * named from the function's own name expression (so it does not depend on the
 * function) and `depends_on` on it. Pulumi: a log group declared before the
 * function, named `/aws/lambda/<name>` when the function's name is written,
 * and the function's `loggingConfig` pointing at it, which makes it a dependency.
 */
function logGroupFix(program: Program, fn: Resource): Fix | undefined {
  const nameEntry = fn.args.entries.find((e) => e.key === 'function_name');
  const nameSource = nameEntry ? sourceText(program, nameEntry.value.span) : undefined;
  const taken = new Set(resourcesOfType(program, 'aws_cloudwatch_log_group').map((g) => g.name));
  if (fn.framework === 'terraform') {
    if (!nameSource || fn.options.dependsOn.length > 0) return undefined;
    const name = taken.has(fn.name) ? `${fn.name}_logs` : fn.name;
    const repeat = ['count', 'for_each'].flatMap((key) => {
      const value = key === 'count' ? fn.options.count : fn.options.forEach;
      const text = value ? sourceText(program, value.span) : undefined;
      return text === undefined ? [] : [`  ${key} = ${text}\n\n`];
    });
    if ((fn.options.count || fn.options.forEach) && repeat.length === 0) return undefined;
    const group =
      `resource "aws_cloudwatch_log_group" "${name}" {\n${repeat.join('')}` +
      `  name              = ${logGroupName('terraform', nameEntry!.value, nameSource)}\n  retention_in_days = ${RETENTION_DAYS}\n}`;
    return fixOf(`Add a log group with retention for ${fn.name}, created before it`, [
      insertArgument(fn, 'depends_on', `[aws_cloudwatch_log_group.${name}]`),
      { file: fn.span.file, start: fn.span.end, end: fn.span.end, text: `\n\n${group}` },
    ]);
  }
  if (!fn.variable || arg(fn, 'logging_config')) return undefined;
  const suffix = fn.framework === 'pulumi-py' ? '.lambda_.Function' : '.lambda.Function';
  const prefix = linePrefix(program, fn.span);
  if (!prefix || !fn.sourceType.endsWith(suffix)) return undefined;
  const indent = /^\s*/.exec(prefix.text)![0];
  const aws = fn.sourceType.slice(0, -suffix.length);
  const lineStart = commentedStart(program, prefix.start, fn.span, fn.framework === 'pulumi-ts' ? '//' : '#');
  const at = { file: fn.span.file, start: lineStart + indent.length, end: lineStart + indent.length };
  const options = optionsSource(program, fn);
  if (!isPlainName(fn.name) || (fn.options.span && options === undefined)) return undefined;
  let declaration: string;
  let config: string;
  if (fn.framework === 'pulumi-ts') {
    const variable = `${fn.variable}LogGroup`;
    const logical = `'${fn.name}-logs'`;
    const name =
      nameSource === undefined ? '' : `${indent}  name: ${logGroupName('pulumi-ts', nameEntry!.value, nameSource)},\n`;
    declaration =
      `const ${variable} = new ${aws}.cloudwatch.LogGroup(${logical}, {\n${name}` +
      `${indent}  retentionInDays: ${RETENTION_DAYS},\n${indent}}${options ? `, ${options}` : ''});\n\n${indent}`;
    config = `loggingConfig: {\n  logFormat: 'Text',\n  logGroup: ${variable}.name,\n},`;
  } else {
    const variable = `${fn.variable}_log_group`;
    const name =
      nameSource === undefined ? '' : `${indent}    name=${logGroupName('pulumi-py', nameEntry!.value, nameSource)},\n`;
    declaration =
      `${variable} = ${aws}.cloudwatch.LogGroup(\n${indent}    "${fn.name}-logs",\n${name}` +
      `${indent}    retention_in_days=${RETENTION_DAYS},\n` +
      (options ? `${indent}    opts=${options},\n` : '') +
      `${indent})\n\n${indent}`;
    config = `logging_config=${aws}.lambda_.FunctionLoggingConfigArgs(\n    log_format="Text",\n    log_group=${variable}.name,\n),`;
  }
  return fixOf(`Add a log group with retention for ${fn.name}, created before it`, [
    { ...at, text: declaration },
    insertLines(fn, config),
  ]);
}

/**
 * `/aws/lambda/<function name>` written from the function's name expression:
 * a literal gives a literal, a template the same template with the prefix in
 * front, anything else is interpolated.
 */
function logGroupName(framework: Framework, value: Value, source: string): string {
  if (value.kind === 'literal' && typeof value.value === 'string')
    return scalarSource(framework, { kind: 'string', value: `${PREFIX}${value.value}` });
  const opening = framework === 'terraform' ? '"' : framework === 'pulumi-ts' ? '`' : source.slice(0, 2);
  const written = value.kind === 'template' && (value.form ?? 'template') === 'template';
  if (written && ['"', '`', 'f"', "f'"].includes(opening) && source.startsWith(opening))
    return `${opening}${PREFIX}${source.slice(opening.length)}`;
  if (framework === 'terraform') return `"${PREFIX}\${${source}}"`;
  if (framework === 'pulumi-ts') return `pulumi.interpolate\`${PREFIX}\${${source}}\``;
  return `pulumi.Output.concat("${PREFIX}", ${source})`;
}
