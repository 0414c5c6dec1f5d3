import { resourcesOfType } from '../../model/query.js';
import type { Program, Value } from '../../model/types.js';
import { arg, stringValue, walkValue } from '../../model/values.js';
import { describeResource } from '../describe.js';
import { defineRule } from '../rule.js';

const DYNAMIC_REFERENCE = '{{resolve:secretsmanager:';

export default defineRule({
  meta: {
    id: 'secrets/unmanaged-secret-reference',
    title: 'Secret read but never created',
    severity: 'medium',
    frameworks: 'all',
    description:
      'The program reads a Secrets Manager secret (data source, lookup or `{{resolve:secretsmanager:...}}` dynamic reference) that it never creates and that no input variable supplies.',
    rationale:
      'A secret that exists only by convention makes a fresh deployment fail, or succeed and then fail at run time, until someone creates it by hand.',
    docs: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/cfn-example_reference-secret.html',
    fixable: 'none',
  },
  check(program, context) {
    const created = createdSecretNames(program);
    for (const data of [
      ...resourcesOfType(program, 'aws_secretsmanager_secret', 'data'),
      ...resourcesOfType(program, 'aws_secretsmanager_secret_version', 'data'),
    ]) {
      const nameArg = arg(data, 'name') ?? arg(data, 'secret_id') ?? arg(data, 'arn');
      const name = stringValue(nameArg);
      if (!nameArg || name === undefined || created.has(name)) continue;
      context.report({
        message: `${describeResource(data)} reads secret "${name}", which this program never creates and no variable supplies; a fresh deployment fails until it exists. Create it in the program (aws_secretsmanager_secret) or pass its name as an input.`,
        span: nameArg.span,
        resource: data,
      });
    }
    for (const resource of program.resources)
      walkValue(resource.args, (node: Value) => {
        const text = node.kind === 'literal' && typeof node.value === 'string' ? node.value : undefined;
        const at = text?.indexOf(DYNAMIC_REFERENCE) ?? -1;
        if (!text || at < 0) return;
        const rest = text.slice(at + DYNAMIC_REFERENCE.length);
        const name = rest.slice(
          0,
          Math.min(...[rest.indexOf(':'), rest.indexOf('}}')].filter((i) => i >= 0), rest.length),
        );
        if (!name || created.has(name)) return;
        context.report({
          message: `${describeResource(resource)} resolves secret "${name}" ({{resolve:secretsmanager:${name}}}), which this program never creates; the value cannot be resolved until the secret exists. Create the secret in the program or reference one it manages.`,
          span: node.span,
          resource,
        });
      });
  },
});

/** Names (and ARN-less identifiers) of secrets the program creates. */
function createdSecretNames(program: Program): Set<string> {
  const names = new Set<string>();
  for (const secret of resourcesOfType(program, 'aws_secretsmanager_secret')) {
    const name = stringValue(arg(secret, 'name')) ?? stringValue(arg(secret, 'name_prefix'));
    if (name) names.add(name);
  }
  return names;
}
