/**
 * cdk/rotation-without-function: an AWS CDK secret's `addRotationSchedule`
 * that names neither the function that rotates the secret nor a hosted
 * rotation.
 */
import { cdkProp } from '../../model/cdk-query.js';
import { describeResource } from '../describe.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'cdk/rotation-without-function',
    title: 'Secret rotation schedule without a rotation function',
    severity: 'critical',
    frameworks: ['cdk-ts', 'cdk-py'],
    description:
      "A secret's `addRotationSchedule` (`add_rotation_schedule`) whose options, written at the call, give neither `rotationLambda` nor `hostedRotation`: a schedule alone (`automaticallyAfter`) does not say how to rotate.",
    rationale:
      'The RotationSchedule construct refuses it while the app is synthesized ("ValidationError: One of `rotationLambda` or `hostedRotation` must be specified."), so nothing deploys. `secretsmanager.HostedRotation.mysqlSingleUser()` (and the other hosted rotations) or a function of the program rotates the secret; a database secret can use the database construct\'s `addRotationSingleUser()` instead.',
    docs: 'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_secretsmanager.RotationScheduleOptions.html',
    fixable: 'none',
  },
  check(program, context) {
    for (const call of program.cdkMethodCalls ?? []) {
      if (call.method !== 'addRotationSchedule' && call.method !== 'add_rotation_schedule') continue;
      const options = call.options;
      // Options from elsewhere, or spread in from what the reader could not read, may name either.
      if (call.resource.type !== 'AWS::SecretsManager::Secret' || !options || !call.literal || options.open) continue;
      if (cdkProp(options, 'rotationLambda') || cdkProp(options, 'hostedRotation')) continue;
      context.report({
        message: `${describeResource(call.resource)} gets a rotation schedule that names neither rotationLambda nor hostedRotation: synthesis fails ("One of \`rotationLambda\` or \`hostedRotation\` must be specified"). Give the schedule a hosted rotation (secretsmanager.HostedRotation.<engine>SingleUser()) or the function that rotates the secret.`,
        span: call.span,
        resource: call.resource,
      });
    }
  },
});
