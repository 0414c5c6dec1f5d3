/**
 * account/regional-singleton: a resource an account holds once per region,
 * created unconditionally.
 */
import { isConditional } from '../../model/query.js';
import { describeResource } from '../describe.js';
import { onePerRegion } from '../naming/name-scope.js';
import { CODE_FRAMEWORKS, defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'account/regional-singleton',
    title: 'Creates what an account holds once per region',
    severity: 'high',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation', 'cdk-ts', 'cdk-py'],
    description:
      'The program always creates a resource of which an account holds one per region (the AWS Config recorder and delivery channel, a GuardDuty detector, Security Hub, Macie, a Detective graph), with no input to leave it out.',
    rationale:
      'Many accounts already have one, from another stack, AWS Control Tower or an organization-wide setup, and a second deployment of the program always does: creation then fails (MaxNumberOfConfigurationRecordersExceeded, "a detector already exists", "already subscribed to Security Hub"). High: it fails wherever the account already has one.',
    docs: 'https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html',
    fixable: 'none',
  },
  check(program, context) {
    for (const resource of program.resources) {
      const why = onePerRegion(resource.type);
      if (!why) continue;
      // `count`/`for_each`, a template Condition or an `if` on an input: an input already decides whether it is created.
      if (isConditional(program, resource)) continue;
      context.report({
        message: `${describeResource(resource)} exists once per region and account (${why}): deploying where the account already has one (another stack, AWS Control Tower, a second deployment of this program) fails. Create it once, in a stack of its own, or let an input leave it out where the account has one.`,
        span: resource.headerSpan,
        resource,
      });
    }
  },
});
