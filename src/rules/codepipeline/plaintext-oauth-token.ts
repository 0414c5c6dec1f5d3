/**
 * codepipeline/plaintext-oauth-token: a GitHub source action with an OAuth
 * token instead of a CodeStar connection.
 */
import { resourcesOfType } from '../../model/query.js';
import { asObject, describeValue, referencesIn } from '../../model/values.js';
import { defineRule } from '../rule.js';
import { pipelineActions } from './actions.js';
import { literal, map } from '../../idiom/code.js';
import { idiomOf } from '../../idiom/index.js';

export default defineRule({
  meta: {
    id: 'codepipeline/plaintext-oauth-token',
    title: 'GitHub source action with a plain OAuth token',
    severity: 'medium',
    frameworks: 'all',
    description:
      'A CodePipeline GitHub source action configured with `OAuthToken` from a literal, an environment variable or plain config instead of a CodeStar connection.',
    rationale:
      'The token is stored in the pipeline definition and state in clear text, visible to anyone who can read either; GitHub version 1 actions are also deprecated in favour of CodeStar connections.',
    docs: 'https://docs.aws.amazon.com/codepipeline/latest/userguide/update-github-action-connections.html',
    fixable: 'suggest',
  },
  check(program, context) {
    for (const pipeline of resourcesOfType(program, 'aws_codepipeline'))
      for (const action of pipelineActions(pipeline)) {
        const configuration = asObject(
          (asObject(action.action)?.entries ?? []).find((e) => e.key === 'configuration')?.value,
        );
        const token = configuration?.entries.find((e) => e.key.toLowerCase() === 'oauthtoken');
        if (!token) continue;
        // A token read from a secret store (a data source, a secret resource) is not plain.
        const fromSecret = referencesIn(token.value).some(
          (r) => r.target.kind === 'data' || (r.target.kind === 'resource' && r.target.type.includes('secret')),
        );
        if (fromSecret) continue;
        const idiom = idiomOf(pipeline.framework);
        context.report({
          message:
            `Pipeline "${pipeline.name}" action "${action.name ?? action.provider ?? 'source'}" passes OAuthToken ${describeValue(token.value)} in clear text. ` +
            `Create an aws.codestarconnections.Connection and use a CodeStarSourceConnection action with ConnectionArn and FullRepositoryId.`,
          span: token.keySpan,
          resource: pipeline,
          suggestion: idiom && {
            before: idiom.comment('provider GitHub with OAuthToken in its configuration'),
            after: [
              idiom.mapEntry('provider', literal('CodeStarSourceConnection')),
              idiom.mapEntry(
                'configuration',
                map(
                  ['ConnectionArn', { kind: 'input', name: 'connection_arn' }],
                  ['FullRepositoryId', literal('owner/repo')],
                  ['BranchName', literal('main')],
                ),
              ),
            ].join('\n'),
          },
        });
      }
  },
});
