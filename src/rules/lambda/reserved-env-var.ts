/**
 * lambda/reserved-env-var: a Lambda environment variable whose name the
 * runtime reserves (`AWS_REGION`, `_HANDLER`, ...).
 */
import { resourcesOfType } from '../../model/query.js';
import { arg, asObject } from '../../model/values.js';
import { isReservedLambdaEnvironmentName } from '../../schema/lambda-reserved-environment.js';
import { describeResource } from '../describe.js';
import { CODE_FRAMEWORKS, defineRule } from '../rule.js';

/** Function resource types and where their environment variables are, in Terraform's and templates' vocabularies. */
const FUNCTIONS = [
  { type: 'aws_lambda_function', path: 'environment.variables' },
  { type: 'AWS::Lambda::Function', path: 'Environment.Variables' },
  { type: 'AWS::Serverless::Function', path: 'Environment.Variables' },
];

export default defineRule({
  meta: {
    id: 'lambda/reserved-env-var',
    title: 'Lambda environment variable the runtime reserves',
    severity: 'critical',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation', 'cdk-ts', 'cdk-py'],
    description:
      'A Lambda function (`aws_lambda_function`, or `AWS::Lambda::Function` / `AWS::Serverless::Function` in templates and AWS CDK L1 constructs) sets an environment variable whose name the Lambda runtime reserves (`AWS_REGION`, `AWS_LAMBDA_FUNCTION_NAME`, `_HANDLER`, ...; the list the AWS CDK checks, generated from aws-cdk-lib).',
    rationale:
      'Lambda rejects the function configuration ("Reserved keys used in this request"), so the function is never created or updated. The runtime already sets these variables: the handler reads them as they are.',
    docs: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime',
    fixable: 'suggest',
  },
  check(program, context) {
    for (const { type, path } of FUNCTIONS)
      for (const fn of resourcesOfType(program, type)) {
        const variables = asObject(arg(fn, path));
        for (const entry of variables?.entries ?? []) {
          if (!isReservedLambdaEnvironmentName(entry.key)) continue;
          context.report({
            message: `${describeResource(fn)} sets the environment variable ${entry.key}, which the Lambda runtime reserves: the deployment is rejected ("Reserved keys used in this request"). Remove it; the runtime sets ${entry.key} itself.`,
            span: entry.keySpan,
            resource: fn,
            // JSON has no comment to leave in its place; the message says what to do.
            suggestion:
              program.template?.syntax === 'json'
                ? undefined
                : { before: entry.key, after: readInHandler(fn.framework, entry.key) },
          });
        }
      }
  },
});

/** The handler's own read of the variable the runtime sets, as a comment in the program's language. */
function readInHandler(framework: string, name: string): string {
  if (framework === 'pulumi-ts') return `// (removed) the handler reads process.env.${name}, which Lambda sets`;
  if (framework === 'pulumi-py') return `# (removed) the handler reads os.environ["${name}"], which Lambda sets`;
  return `# (removed) the handler reads ${name} from its environment, which Lambda sets`;
}
