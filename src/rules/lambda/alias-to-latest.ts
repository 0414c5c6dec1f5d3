/**
 * lambda/alias-to-latest: an alias pointing at `$LATEST`.
 */
import { referencedResource, referrersOf, resourcesOfType } from '../../model/query.js';
import { arg } from '../../model/values.js';
import { defineRule } from '../rule.js';
import { latestVersion } from './latest-version.js';
import { attribute, literal, newRef, refOf } from '../../idiom/code.js';
import { idiomOf } from '../../idiom/index.js';

export default defineRule({
  meta: {
    id: 'lambda/alias-to-latest',
    title: 'Lambda alias pointing at $LATEST',
    severity: 'critical',
    frameworks: 'all',
    description:
      'A Lambda alias whose function version is `$LATEST` (critical when a CodeDeploy deployment group, a pipeline or provisioned concurrency refers to it, medium otherwise).',
    rationale:
      'CodeDeploy shifts traffic between published versions of an alias and provisioned concurrency needs a published version: an alias on $LATEST makes deployments fail and gives no rollback target.',
    docs: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html',
    fixable: 'suggest',
  },
  check(program, context) {
    for (const alias of resourcesOfType(program, 'aws_lambda_alias')) {
      const version = arg(alias, 'function_version');
      const latest = latestVersion(program, version);
      if (!latest || !version) continue;
      const provisioned = referrersOf(program, alias).some(
        (r) =>
          r.type === 'aws_lambda_provisioned_concurrency_config' &&
          referencedResource(program, arg(r, 'qualifier')) === alias,
      );
      // CodeDeploy "uses" the alias when a deployment group or pipeline refers to it; a mere
      // CodeDeploy application elsewhere in the program proves nothing (the alias deploys fine).
      const codeDeploy = referrersOf(program, alias).some(
        (r) => r.type.startsWith('aws_codedeploy_') || r.type === 'aws_codepipeline',
      );
      const critical = codeDeploy || provisioned;
      const user = provisioned ? 'provisioned concurrency' : codeDeploy ? 'CodeDeploy' : undefined;
      const idiom = idiomOf(alias.framework);
      context.report({
        message:
          `Alias "${alias.name}" points at ${latest.how}` +
          `${user ? `; ${user} needs a published version behind the alias and the deployment will fail` : ': every change goes live at once with no version to roll back to'}. ` +
          `Publish versions (publish: true) and set the alias to the function's version.`,
        span: version.span,
        resource: alias,
        severity: critical ? 'critical' : 'medium',
        suggestion: idiom && {
          before: idiom.argument('function_version', literal('$LATEST'), alias.type),
          after:
            `${idiom.comment(`and publish versions: ${idiom.argument('publish', literal(true), 'aws_lambda_function').replace(/,$/, '')}`)}\n` +
            idiom.argument(
              'function_version',
              attribute(latest.fn ? refOf(latest.fn) : newRef('aws_lambda_function', 'fn'), 'version'),
              alias.type,
            ),
        },
      });
    }
  },
});
