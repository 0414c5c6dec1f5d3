/**
 * lambda/provisioned-concurrency-on-latest: provisioned concurrency on the
 * unpublished `$LATEST` version.
 */
import { resourcesOfType } from '../../model/query.js';
import { arg } from '../../model/values.js';
import { defineRule } from '../rule.js';
import { latestVersion } from './latest-version.js';

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
      const fn = latest.fn?.variable ?? latest.fn?.name ?? 'fn';
      context.report({
        message:
          `Provisioned concurrency "${config.name}" targets ${latest.how}; Lambda rejects provisioned concurrency on unpublished versions. ` +
          `Publish the function (publish: true) and use its version, or point the qualifier at an alias of a published version.`,
        span: qualifier.span,
        resource: config,
        suggestion:
          config.framework === 'terraform'
            ? {
                before: 'qualifier = aws_lambda_function.fn.version',
                after: 'qualifier = aws_lambda_alias.live.name  # alias of a published version (publish = true)',
              }
            : {
                before: `qualifier: ${fn}.version`,
                after: `qualifier: liveAlias.name, // alias of ${fn} with publish: true`,
              },
      });
    }
  },
});
