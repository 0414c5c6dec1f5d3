/**
 * cloudwatch/log-group-missing: a Lambda function whose `/aws/lambda/<name>`
 * log group is not managed by the program (retention never set).
 */
import { referencedResource, resourcesOfType } from '../../model/query.js';
import type { Program, Resource, Value } from '../../model/types.js';
import { arg, referencesIn } from '../../model/values.js';
import { defineRule, type Fix } from '../rule.js';

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
        fix: logGroupFix(fn),
        suggestion: {
          before: `// no log group for ${fn.name}`,
          after:
            fn.framework === 'terraform'
              ? terraformLogGroup(fn)
              : `new aws.cloudwatch.LogGroup('${fn.name}-logs', { name: pulumi.interpolate\`${PREFIX}\${${fn.variable ?? 'fn'}.name}\`, retentionInDays: 14 })`,
        },
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

function terraformLogGroup(fn: Resource): string {
  return (
    `resource "aws_cloudwatch_log_group" "${fn.name}" {\n` +
    `  name              = "${PREFIX}\${aws_lambda_function.${fn.name}.function_name}"\n` +
    `  retention_in_days = 14\n}`
  );
}

function logGroupFix(fn: Resource): Fix | undefined {
  const indent = ' '.repeat(Math.max(0, fn.span.column - 1));
  if (fn.framework === 'terraform')
    return {
      description: `Add a log group for ${fn.name}`,
      edits: [{ file: fn.span.file, start: fn.span.end, end: fn.span.end, text: `\n\n${terraformLogGroup(fn)}` }],
    };
  if (fn.framework !== 'pulumi-ts' || !fn.variable) return undefined;
  const aws = fn.sourceType.endsWith('.lambda.Function') ? fn.sourceType.slice(0, -'.lambda.Function'.length) : 'aws';
  const logicalName = fn.name.includes('${') ? `\`${fn.name}-logs\`` : `'${fn.name}-logs'`;
  const parent = fn.options.parent ? ', { parent: this }' : '';
  const text =
    `\n\n${indent}const ${fn.variable}LogGroup = new ${aws}.cloudwatch.LogGroup(${logicalName}, {\n` +
    `${indent}  name: pulumi.interpolate\`${PREFIX}\${${fn.variable}.name}\`,\n` +
    `${indent}  retentionInDays: 14,\n` +
    `${indent}}${parent});`;
  return {
    description: `Add a log group with retention for ${fn.name}`,
    edits: [{ file: fn.span.file, start: fn.span.end, end: fn.span.end, text }],
  };
}
