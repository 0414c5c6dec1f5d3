/**
 * lambda/env-without-kms: environment variables without a customer-managed key.
 */
import { resourcesOfType } from '../../model/query.js';
import { arg, asObject } from '../../model/values.js';
import { attribute, newRef, refOf } from '../../idiom/code.js';
import { idiomOf } from '../../idiom/index.js';
import { defineRule } from '../rule.js';
import { holdsConnectionString, holdsSecret } from '../secret-names.js';

export default defineRule({
  meta: {
    id: 'lambda/env-without-kms',
    title: 'Lambda environment variables without a customer-managed KMS key',
    severity: 'low',
    requirementDriven: { topics: ['setting:lambda-env-encryption'], severity: 'medium' },
    frameworks: 'all',
    description:
      'A Lambda function whose environment variables hold a secret (a password, token, API key or connection string, by name) and no customer-managed KMS key (`kmsKeyArn`); any environment variables when the request asks for a KMS key.',
    rationale:
      'Without a customer-managed key the variables are encrypted with an AWS-owned key: their decryption cannot be audited in CloudTrail, restricted by key policy or rotated on your schedule.',
    docs: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars-encryption.html',
    fixable: 'suggest',
  },
  check(program, context) {
    for (const fn of resourcesOfType(program, 'aws_lambda_function')) {
      if (arg(fn, 'kms_key_arn')) continue;
      const variables = asObject(arg(fn, 'environment.variables'));
      if (!variables || variables.entries.length === 0) continue;
      const sensitive =
        variables.entries.find((e) => holdsSecret(e.key)) ??
        variables.entries.find((e) => holdsConnectionString(e.key));
      const environment = fn.args.entries.find((e) => e.key === 'environment');
      const idiom = idiomOf(fn.framework);
      // The program's own key when it has one, else the key the suggestion proposes.
      const existing = resourcesOfType(program, 'aws_kms_key')[0];
      const key = existing ? refOf(existing) : newRef('aws_kms_key', `${fn.name.replace(/\W+/g, '_')}_env`);
      const kmsKeyArn = idiom?.argumentName('kms_key_arn', fn.type) ?? 'kms_key_arn';
      context.report({
        // Variables that hold no secret need no key of their own, unless the request asks for one.
        onlyWhenRequested: !sensitive,
        // Lambda encrypts environment variables with its AWS-managed key already: a request for that is met.
        asRequested: context.requirements?.some(
          (r) => r.kind === 'setting' && r.setting === 'lambda-env-encryption' && r.key === 'aws-managed',
        ),
        message:
          `Lambda function "${fn.name}" sets environment variables (${variables.entries
            .map((e) => e.key)
            .slice(0, 4)
            .join(', ')}) without ${kmsKeyArn}: ` +
          `they are encrypted only with an AWS-owned key. ${existing ? 'Use' : 'Create'} a customer-managed ${idiom?.typeName('aws_kms_key') ?? 'KMS key'} and set ${kmsKeyArn} to its ARN.`,
        span: sensitive?.keySpan ?? environment?.keySpan ?? fn.headerSpan,
        resource: fn,
        suggestion: idiom && {
          before: `${idiom.comment(`no ${kmsKeyArn}`)}`,
          after: idiom.argument('kms_key_arn', attribute(key, 'arn'), fn.type),
        },
      });
    }
  },
});
