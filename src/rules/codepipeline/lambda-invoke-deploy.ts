/**
 * codepipeline/lambda-invoke-deploy: a deploy stage implemented as a Lambda
 * Invoke while the program has CodeDeploy.
 */
import { resourcesOfType } from '../../model/query.js';
import { field } from '../../model/values.js';
import { defineRule } from '../rule.js';
import { pipelineActions } from './actions.js';

export default defineRule({
  meta: {
    id: 'codepipeline/lambda-invoke-deploy',
    title: 'Deploy stage implemented as a Lambda Invoke',
    severity: 'medium',
    frameworks: 'all',
    description:
      'A pipeline deploy stage whose action is a Lambda Invoke while a CodeDeploy application or deployment group exists in the program.',
    rationale:
      'Invoking a function does not deploy it: the new code never reaches the alias CodeDeploy shifts, so the stage "succeeds" without a deployment and skips the blue/green rollback it was meant to use.',
    docs: 'https://docs.aws.amazon.com/codepipeline/latest/userguide/action-reference-CodeDeploy.html',
    fixable: 'none',
  },
  check(program, context) {
    const codeDeploy = [
      ...resourcesOfType(program, 'aws_codedeploy_deployment_group'),
      ...resourcesOfType(program, 'aws_codedeploy_app'),
    ];
    if (codeDeploy.length === 0) return;
    for (const pipeline of resourcesOfType(program, 'aws_codepipeline'))
      for (const action of pipelineActions(pipeline)) {
        if (action.category !== 'Invoke' || action.provider !== 'Lambda') continue;
        if (!/deploy/i.test(`${action.stage ?? ''} ${action.name ?? ''}`)) continue;
        const [first] = codeDeploy;
        const kind = first.type === 'aws_codedeploy_app' ? 'CodeDeploy application' : 'deployment group';
        context.report({
          message:
            `Stage "${action.stage}" of pipeline "${pipeline.name}" deploys with a Lambda Invoke action ("${action.name}") although ${kind} "${first.name}" exists: ` +
            `use a Deploy action with provider CodeDeploy (ApplicationName, DeploymentGroupName) so the release goes through a deployment group.`,
          span: field(action.action, 'category')?.span ?? pipeline.headerSpan,
          resource: pipeline,
        });
      }
  },
});
