/**
 * lambda/alias-to-latest: an alias pointing at `$LATEST`.
 */
import { referencedResource, referrersOf, resourcesOfType } from '../../model/query.js';
import { arg, stringValue } from '../../model/values.js';
import { defineRule } from '../rule.js';
import { latestVersion } from './latest-version.js';

export default defineRule({
  meta: {
    id: 'lambda/alias-to-latest',
    title: 'Lambda alias pointing at $LATEST',
    severity: 'critical',
    frameworks: 'all',
    description:
      'A Lambda alias whose function version is `$LATEST` (critical when CodeDeploy or provisioned concurrency uses it, medium otherwise).',
    rationale:
      'CodeDeploy shifts traffic between published versions of an alias and provisioned concurrency needs a published version: an alias on $LATEST makes deployments fail and gives no rollback target.',
    docs: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html',
    fixable: 'suggest',
  },
  check(program, context) {
    const codeDeployForLambda =
      resourcesOfType(program, 'aws_codedeploy_deployment_group').some((group) =>
        (stringValue(arg(group, 'deployment_config_name')) ?? '').startsWith('CodeDeployDefault.Lambda'),
      ) ||
      [...program.resources].some(
        (r) => r.type.startsWith('aws_code') && stringValue(arg(r, 'compute_platform')) === 'Lambda',
      );
    for (const alias of resourcesOfType(program, 'aws_lambda_alias')) {
      const version = arg(alias, 'function_version');
      const latest = latestVersion(program, version);
      if (!latest || !version) continue;
      const provisioned = referrersOf(program, alias).some(
        (r) =>
          r.type === 'aws_lambda_provisioned_concurrency_config' &&
          referencedResource(program, arg(r, 'qualifier')) === alias,
      );
      const critical = codeDeployForLambda || provisioned;
      const user = provisioned ? 'provisioned concurrency' : codeDeployForLambda ? 'CodeDeploy' : undefined;
      const fn = stringValue(arg(alias, 'function_name')) ?? latest.fn?.variable ?? 'the function';
      context.report({
        message:
          `Alias "${alias.name}" points at ${latest.how}` +
          `${user ? `; ${user} needs a published version behind the alias and the deployment will fail` : ': every change goes live at once with no version to roll back to'}. ` +
          `Publish versions (publish: true) and set the alias to the function's version.`,
        span: version.span,
        resource: alias,
        severity: critical ? 'critical' : 'medium',
        suggestion:
          alias.framework === 'terraform'
            ? {
                before: 'function_version = "$LATEST"',
                after: 'function_version = aws_lambda_function.fn.version  # with publish = true',
              }
            : {
                before: "functionVersion: '$LATEST'",
                after: `functionVersion: ${typeof fn === 'string' && /^[\w$]+$/.test(fn) ? fn : 'fn'}.version, // function with publish: true`,
              },
      });
    }
  },
});
