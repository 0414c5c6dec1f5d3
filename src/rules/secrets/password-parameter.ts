import type { Resource } from '../../model/types.js';
import { stringValue } from '../../model/values.js';
import { cfnResourceShape } from '../../schema/cloudformation.js';
import { describeResource } from '../describe.js';
import { defineRule } from '../rule.js';

/** The property database types (RDS, DocumentDB, Redshift…) take their master password in, per the specification. */
const PASSWORD_PROPERTY = 'MasterUserPassword';

export default defineRule({
  meta: {
    id: 'secrets/password-parameter',
    title: 'Database password taken from a template parameter',
    severity: 'high',
    frameworks: ['cloudformation'],
    description:
      'A database master password read with `Ref` from a plain template parameter, instead of `ManageMasterUserPassword: true` or a Secrets Manager dynamic reference (`{{resolve:secretsmanager:...}}`). High when the parameter is not `NoEcho` (the password is shown to anyone who can describe the stack), low when it is (a NoEcho parameter is an accepted pattern; a managed password is better hygiene).',
    rationale:
      'The password passes through whoever deploys the stack and lives in their scripts and shell history; without NoEcho it is shown in the console and in DescribeStacks. A password with no default also fails every unattended deploy.',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html',
    fixable: 'none',
  },
  check(program, context) {
    const parameters = new Map((program.template?.parameters ?? []).map((p) => [p.name, p]));
    for (const resource of program.resources) {
      const property = PASSWORD_PROPERTY;
      if (!cfnResourceShape(resource.type)?.p[property]) continue;
      const entry = resource.args.entries.find((e) => e.key === property);
      const value = entry?.value;
      if (value?.kind !== 'reference' || value.target.kind !== 'var') continue;
      const parameter = parameters.get(value.target.name);
      if (!parameter) continue;
      const default_ = stringValue(parameter.default);
      if (default_?.startsWith('{{resolve:')) continue;
      context.report({
        message: `${describeResource(resource)} takes ${property} from the parameter "${parameter.name}"${parameter.noEcho ? '' : ', which is not even NoEcho'}. ${advice(resource)}`,
        span: value.span,
        resource,
        severity: parameter.noEcho ? 'low' : 'high',
        related: [{ message: `parameter ${parameter.name}`, span: parameter.span }],
      });
    }
  },
});

function advice(resource: Resource): string {
  return resource.type.startsWith('AWS::RDS::')
    ? 'Set ManageMasterUserPassword: true (RDS keeps the password in Secrets Manager) or use a {{resolve:secretsmanager:...}} dynamic reference.'
    : 'Use a {{resolve:secretsmanager:...}} dynamic reference to a generated secret.';
}
