/**
 * lambda/provisioned-concurrency-on-latest: provisioned concurrency on the
 * unpublished `$LATEST` version.
 */
import { resourcesOfType } from '../../model/query.js';
import { arg } from '../../model/values.js';
import { defineRule } from '../rule.js';
import { latestVersion } from './latest-version.js';
import { attribute, literal, newRef, refOf } from '../../idiom/code.js';
import { idiomOf } from '../../idiom/index.js';

export default defineRule({
  meta: {
    id: 'lambda/provisioned-concurrency-on-latest',
    title: 'Provisioned concurrency on $LATEST',
    severity: 'critical',
    frameworks: 'all',
    description:
      "Provisioned concurrency whose qualifier is `$LATEST` or the function's `version` attribute while the function does not publish versions.",
    rationale:
      'Lambda only accepts provisioned concurrency on a published version or an alias: the deployment fails with "Provisioned Concurrency Configs cannot be applied to unpublished function versions".',
    docs: 'https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html',
    fixable: 'suggest',
  },
  check(program, context) {
    for (const config of resourcesOfType(program, 'aws_lambda_provisioned_concurrency_config')) {
      const qualifier = arg(config, 'qualifier');
      const latest = latestVersion(program, qualifier);
      if (!latest || !qualifier) continue;
      const fnRef = latest.fn ? refOf(latest.fn) : newRef('aws_lambda_function', 'fn');
      const idiom = idiomOf(config.framework);
      context.report({
        message:
          `Provisioned concurrency "${config.name}" targets ${latest.how}; Lambda rejects provisioned concurrency on unpublished versions. ` +
          `Publish the function (publish: true) and use its version, or point the qualifier at an alias of a published version.`,
        span: qualifier.span,
        resource: config,
        suggestion: idiom && {
          before: idiom.argument('qualifier', attribute(fnRef, 'version'), config.type),
          after:
            `${idiom.comment(`an alias of a published version (${idiom.argument('publish', literal(true), 'aws_lambda_function').replace(/,$/, '')})`)}\n` +
            idiom.argument('qualifier', attribute(newRef('aws_lambda_alias', 'live'), 'name'), config.type),
        },
      });
    }
  },
});
