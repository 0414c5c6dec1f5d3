/**
 * lambda/alias-to-latest: an alias pointing at `$LATEST`.
 */
import { isConditional, referencedResource, referrersOf, resourcesOfType } from '../../model/query.js';
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
      'A Lambda alias whose function version is `$LATEST` (critical when a CodeDeploy deployment group, a pipeline or provisioned concurrency refers to it, high when an input decides whether those are created, medium otherwise).',
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
      const provisioned = referrersOf(program, alias).filter(
        (r) =>
          r.type === 'aws_lambda_provisioned_concurrency_config' &&
          referencedResource(program, arg(r, 'qualifier')) === alias,
      );
      // CodeDeploy "uses" the alias when a deployment group or pipeline refers to it; a mere
      // CodeDeploy application elsewhere in the program proves nothing (the alias deploys fine).
      const codeDeploy = referrersOf(program, alias).filter(
        (r) => r.type.startsWith('aws_codedeploy_') || r.type === 'aws_codepipeline',
      );
      const users = [...provisioned, ...codeDeploy];
      // A user an input may leave out (`if (prod)`, `count`) makes the deployment fail only where it is created.
      const everywhere = users.some((r) => !isConditional(program, r));
      const user = provisioned.length ? 'provisioned concurrency' : codeDeploy.length ? 'CodeDeploy' : undefined;
      const idiom = idiomOf(alias.framework);
      context.report({
        message:
          `Alias "${alias.name}" points at ${latest.how}` +
          `${user ? `; ${user} needs a published version behind the alias and the deployment will fail${everywhere ? '' : ` wherever the inputs create the ${user} configuration`}` : ': every change goes live at once with no version to roll back to'}. ` +
          `Publish versions (publish: true) and set the alias to the function's version.`,
        span: version.span,
        resource: alias,
        severity: !user ? 'medium' : everywhere ? 'critical' : 'high',
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
