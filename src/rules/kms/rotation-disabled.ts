import { insertArgument, fixOf, replaceSpan, scalarSource } from '../../fix/edits.js';
import { resourcesOfType } from '../../model/query.js';
import { arg, boolValue, stringValue } from '../../model/values.js';
import { argumentName, describeResource } from '../describe.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'kms/rotation-disabled',
    title: 'KMS key without automatic rotation',
    severity: 'medium',
    frameworks: 'all',
    description: 'A customer-managed symmetric KMS key does not enable automatic key rotation.',
    rationale:
      'Without rotation the same key material protects data indefinitely; most compliance baselines (CIS, PCI) require yearly rotation, which AWS does for free when enabled.',
    docs: 'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
    fixable: 'auto',
  },
  check(program, context) {
    for (const key of resourcesOfType(program, 'aws_kms_key')) {
      const spec = stringValue(arg(key, 'customer_master_key_spec')) ?? stringValue(arg(key, 'key_spec'));
      const usage = stringValue(arg(key, 'key_usage'));
      // Rotation only exists for symmetric encryption keys; unknown spec/usage is not flagged.
      if (arg(key, 'customer_master_key_spec') && spec !== 'SYMMETRIC_DEFAULT') continue;
      if (arg(key, 'key_usage') && usage !== 'ENCRYPT_DECRYPT') continue;
      const rotation = arg(key, 'enable_key_rotation');
      const enabled = boolValue(rotation);
      if (enabled === true || (rotation && enabled === undefined)) continue;
      const name = argumentName(key, 'enable_key_rotation');
      const on = scalarSource(key.framework, { kind: 'bool', value: true });
      context.report({
        message: `${describeResource(key)} does not rotate its key material: set ${name} to ${on}.`,
        span: rotation?.span ?? key.headerSpan,
        resource: key,
        fix: fixOf(`Enable automatic rotation on ${key.name}`, [
          rotation ? replaceSpan(rotation.span, on) : insertArgument(key, 'enable_key_rotation', on),
        ]),
        suggestion: { before: rotation ? `${name} = false` : `(no ${name})`, after: `${name} = ${on}` },
      });
    }
  },
});
