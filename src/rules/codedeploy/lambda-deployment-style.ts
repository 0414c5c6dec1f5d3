/**
 * codedeploy/lambda-deployment-style: a Lambda deployment group without
 * BLUE_GREEN + WITH_TRAFFIC_CONTROL.
 */
import { referencedResource, resourcesOfType } from '../../model/query.js';
import type { Resource } from '../../model/types.js';
import { arg, stringValue } from '../../model/values.js';
import { fixOf, insertLines } from '../../fix/edits.js';
import { defineRule, type Fix } from '../rule.js';
import { args, literal } from '../../idiom/code.js';
import { idiomOf } from '../../idiom/index.js';

export default defineRule({
  meta: {
    id: 'codedeploy/lambda-deployment-style',
    title: 'Lambda deployment group without blue/green traffic control',
    severity: 'critical',
    frameworks: 'all',
    description:
      'A CodeDeploy deployment group of a Lambda application without `deploymentStyle` { deploymentType: BLUE_GREEN, deploymentOption: WITH_TRAFFIC_CONTROL }.',
    rationale:
      'Lambda deployments can only shift alias traffic: CodeDeploy rejects a Lambda deployment group whose style is the default IN_PLACE / WITHOUT_TRAFFIC_CONTROL, so the group (or its first deployment) fails.',
    docs: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-groups-create-lambda.html',
    fixable: 'auto',
  },
  check(program, context) {
    for (const group of resourcesOfType(program, 'aws_codedeploy_deployment_group')) {
      const app = referencedResource(program, arg(group, 'app_name'));
      const lambda =
        (stringValue(arg(group, 'deployment_config_name')) ?? '').startsWith('CodeDeployDefault.Lambda') ||
        (app !== undefined && stringValue(arg(app, 'compute_platform')) === 'Lambda');
      if (!lambda) continue;
      const style = arg(group, 'deployment_style');
      const typeValue = arg(group, 'deployment_style.deployment_type');
      const optionValue = arg(group, 'deployment_style.deployment_option');
      const type = stringValue(typeValue);
      const option = stringValue(optionValue);
      if (type === 'BLUE_GREEN' && option === 'WITH_TRAFFIC_CONTROL') continue;
      // Set but not statically known: do not guess.
      if ((typeValue && type === undefined) || (optionValue && option === undefined)) continue;
      const idiom = idiomOf(group.framework);
      context.report({
        message:
          `Deployment group "${group.name}" deploys a Lambda application ${style ? `with deployment style ${type ?? 'IN_PLACE'}/${option ?? 'WITHOUT_TRAFFIC_CONTROL'}` : 'without a deploymentStyle'}; ` +
          `Lambda deployments require deploymentType BLUE_GREEN with deploymentOption WITH_TRAFFIC_CONTROL.`,
        span: style?.span ?? group.headerSpan,
        resource: group,
        fix: style ? undefined : addStyle(group),
        suggestion: idiom && {
          before: idiom.comment(`no ${idiom.argumentName('deployment_style', group.type)}`),
          after: idiom.argument(
            'deployment_style',
            args(['deployment_option', literal('WITH_TRAFFIC_CONTROL')], ['deployment_type', literal('BLUE_GREEN')]),
            group.type,
          ),
        },
      });
    }
  },
});

/** The blue/green style in the group's framework, added as a new argument. */
function addStyle(group: Resource): Fix | undefined {
  const module = group.sourceType.endsWith('.codedeploy.DeploymentGroup')
    ? group.sourceType.slice(0, -'.DeploymentGroup'.length)
    : 'aws.codedeploy';
  const text =
    group.framework === 'terraform'
      ? 'deployment_style {\n  deployment_option = "WITH_TRAFFIC_CONTROL"\n  deployment_type   = "BLUE_GREEN"\n}'
      : group.framework === 'pulumi-py'
        ? `deployment_style=${module}.DeploymentGroupDeploymentStyleArgs(\n    deployment_option="WITH_TRAFFIC_CONTROL",\n    deployment_type="BLUE_GREEN",\n),`
        : "deploymentStyle: {\n  deploymentOption: 'WITH_TRAFFIC_CONTROL',\n  deploymentType: 'BLUE_GREEN',\n},";
  return fixOf(`Add a blue/green deployment style to ${group.name}`, [insertLines(group, text)]);
}
