/**
 * config/unvalidated-environment-suffix: an environment suffix read from
 * the environment or config and used in names without validation.
 */
import type { Value } from '../../model/types.js';
import { referencesIn } from '../../model/values.js';
import { defineRule } from '../rule.js';

const SUFFIX_INPUT = /env(ironment)?[_-]?suffix|^suffix$|^stage$|^env(ironment)?$|^ENVIRONMENT$|^STAGE$/i;

function isNameArgument(key: string): boolean {
  return (
    key === 'name' || key.endsWith('_name') || key === 'bucket' || key.endsWith('_prefix') || key === 'name_prefix'
  );
}

export default defineRule({
  meta: {
    id: 'config/unvalidated-environment-suffix',
    title: 'Environment suffix used in names without validation',
    severity: 'low',
    frameworks: ['pulumi-ts', 'pulumi-py'],
    description:
      'An environment suffix read from an environment variable, config or component input and used in resource names without validation.',
    rationale:
      'Names have per-service character sets and lengths (S3: lowercase, 63 characters; IAM roles: 64): an uppercase or long suffix fails the deployment half-way with a service error instead of a clear message up front.',
    docs: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html',
    fixable: 'suggest',
  },
  check(program, context) {
    for (const variable of program.variables) {
      if (variable.validated || !SUFFIX_INPUT.test(variable.name)) continue;
      const kind = variable.source === 'variable' ? 'var' : variable.source;
      const uses = (value: Value | undefined) =>
        referencesIn(value).some(
          (r) => r.target.kind === kind && 'name' in r.target && r.target.name === variable.name,
        );
      const named = program.resources.filter((r) => r.args.entries.some((e) => isNameArgument(e.key) && uses(e.value)));
      if (named.length === 0) continue;
      context.report({
        message:
          `${variable.source === 'env' ? 'Environment variable' : variable.source === 'config' ? 'Config value' : 'Input'} "${variable.name}" is used in the names of ` +
          `${named
            .slice(0, 3)
            .map((r) => `"${r.name}"`)
            .join(', ')}${named.length > 3 ? ` and ${named.length - 3} more` : ''} without validation. ` +
          `Check it once (e.g. /^[a-z0-9-]{1,20}$/) and fail with a clear message.`,
        span: variable.span,
        suggestion: {
          before: `const environmentSuffix = ...;`,
          after:
            program.framework === 'pulumi-py'
              ? "if not re.fullmatch(r'[a-z0-9-]{1,20}', environment_suffix):\n    raise ValueError(f'invalid environment suffix {environment_suffix!r}')"
              : "if (!/^[a-z0-9-]{1,20}$/.test(environmentSuffix)) {\n  throw new Error(`Invalid environmentSuffix '${environmentSuffix}'`);\n}",
        },
      });
    }
  },
});
