/**
 * cfn/sub-without-variables: an `Fn::Sub` (`!Sub`) whose string has no
 * `${...}` variable, so it substitutes nothing (cfn-lint W1020).
 */
import type { Resource, Value } from '../../model/types.js';
import { walkValue } from '../../model/values.js';
import { describeResource } from '../describe.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'cfn/sub-without-variables',
    title: 'Fn::Sub with no variable to substitute',
    severity: 'low',
    frameworks: ['cloudformation'],
    description: 'An `Fn::Sub` (`!Sub`) whose string holds no `${...}` variable: the plain string does the same.',
    rationale:
      'Sub exists to put parameters, pseudo parameters and attributes into a string. Without a variable it only hides that the value is a constant (often the sign of a variable left out, such as a missing `${EnvironmentSuffix}`), and cfn-lint warns on it (W1020).',
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-sub.html',
    fixable: 'none',
  },
  check(program, context) {
    const visit = (value: Value, where: string, resource?: Resource) =>
      walkValue(value, (node) => {
        if (node.kind !== 'template' || node.form !== 'template') return;
        const text = constantText(node.parts);
        // `${!Literal}` writes `${Literal}`: only Sub can, so a constant that holds `${` needs it.
        if (text === undefined || text.includes('${')) return;
        context.report({
          message: `${where} uses Fn::Sub on ${excerpt(text)}, which holds no \${...} variable, so it substitutes nothing. Write the string itself, or add the variable it was meant to hold.`,
          span: node.span,
          resource,
        });
        return false;
      });
    for (const resource of program.resources) visit(resource.args, describeResource(resource), resource);
    for (const output of program.outputs) visit(output.value, `Output ${output.name}`);
  },
});

/** The text of parts that are all literal strings, else undefined. */
function constantText(parts: readonly Value[]): string | undefined {
  let text = '';
  for (const part of parts) {
    if (part.kind !== 'literal' || typeof part.value !== 'string') return undefined;
    text += part.value;
  }
  return text;
}

/** A string as a message quotes it: its first line, cut short (user data scripts run to pages). */
function excerpt(text: string): string {
  const line = text.split('\n')[0];
  const short = line.length > 60 ? `${line.slice(0, 60)}…` : line;
  return JSON.stringify(short === text ? text : `${short}${short.endsWith('…') ? '' : '…'}`);
}
