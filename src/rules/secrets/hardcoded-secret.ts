/**
 * secrets/hardcoded-secret: literal passwords, tokens and keys in arguments.
 */
import type { Value } from '../../model/types.js';
import type { Resource } from '../../model/types.js';
import { arg, stringValue } from '../../model/values.js';
import { SECRET_ADVICE } from '../../fix/cloudformation.js';
import { CODE_FRAMEWORKS, defineRule } from '../rule.js';
import { describesSecrets, holdsSecret } from '../secret-names.js';

export default defineRule({
  meta: {
    id: 'secrets/hardcoded-secret',
    title: 'Hard-coded secret',
    severity: 'high',
    requirementDriven: { topics: ['forbidden:hardcoded-secret'], severity: 'high' },
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation'],
    description:
      'A literal password, token or API key in resource arguments or Lambda environment variables (high); a placeholder (`placeholder-secret`, `REPLACE_WITH_ACTUAL_TOKEN`, `CHANGE_ME`) is medium: nothing real leaks, but what checks it fails until it is set.',
    rationale:
      'The value is committed with the code and stored in clear text in the state and the resource configuration (a Lambda environment is readable by anyone with lambda:GetFunctionConfiguration); placeholders ship to production as working credentials or broken logins.',
    docs: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html',
    fixable: 'none',
  },
  check(program, context) {
    for (const resource of program.resources) {
      // Resources whose purpose is to hold a secret: their value argument is one, whatever its name.
      const held = secretHeldBy(resource);
      const heldText = stringValue(held);
      if (held && heldText && (held.kind === 'literal' || held.kind === 'template') && heldText.length >= 4)
        context.report({
          message:
            `"${resource.name}" stores a hard-coded ${placeholder(heldText) ? 'placeholder ' : ''}secret ("${heldText.length > 24 ? `${heldText.slice(0, 21)}...` : heldText}") in the code and the state${placeholder(heldText) ? PLACEHOLDER_EFFECT : ''}. ` +
            (resource.framework === 'cloudformation'
              ? SECRET_ADVICE
              : `Pass it in as a sensitive variable or secret config value, or generate it (random_password, secret rotation).`),
          span: held.span,
          resource,
          severity: placeholder(heldText) ? 'medium' : undefined,
        });
      const visit = (value: Value, key: string | undefined) => {
        if (value.kind === 'object') {
          if (key && describesSecrets(key)) return;
          for (const entry of value.entries) visit(entry.value, entry.key);
          return;
        }
        if (value.kind === 'list') {
          for (const item of value.items) visit(item, key);
          return;
        }
        if (!key || !holdsSecret(key)) return;
        if (value.kind !== 'literal' && value.kind !== 'template') return;
        const text = stringValue(value);
        if (
          !text ||
          text.length < 4 ||
          /^(true|false)$/i.test(text) ||
          text.startsWith('arn:') ||
          text.startsWith('{{resolve:')
        )
          return;
        context.report({
          message:
            `"${key}" of "${resource.name}" is a hard-coded ${placeholder(text) ? 'placeholder ' : ''}secret ("${text.length > 24 ? `${text.slice(0, 21)}...` : text}")${placeholder(text) ? PLACEHOLDER_EFFECT : ''}. ` +
            (resource.framework === 'cloudformation'
              ? SECRET_ADVICE
              : `Store it in AWS Secrets Manager or as a Pulumi secret (config.requireSecret) / sensitive variable and reference it instead.`),
          span: value.span,
          resource,
          severity: placeholder(text) ? 'medium' : undefined,
        });
      };
      visit(resource.args, undefined);
    }
  },
});

/**
 * A value that says it is a stand-in (`placeholder-secret`, `REPLACE_WITH_ACTUAL_TOKEN`, `CHANGE_ME`,
 * `<your-token>`): nothing real leaks, but the feature fails until it is set (medium, not high).
 */
const PLACEHOLDER =
  /(?:^|[^a-z])placeholder|\bREPLACE[_-]?(?:ME\b|WITH[_-])|\bCHANGE[_-]?ME\b|<your[^<>]{0,40}>|\byour[_-][a-z0-9_-]*[_-]here\b/i;

const PLACEHOLDER_EFFECT = ': no real secret leaks, but whatever checks it fails until a real value is set';

function placeholder(text: string): boolean {
  return PLACEHOLDER.test(text);
}

/** The value of a SecureString parameter or of a secret version, when the resource is one. */
function secretHeldBy(resource: Resource): Value | undefined {
  if (resource.type === 'aws_ssm_parameter' && stringValue(arg(resource, 'type')) === 'SecureString')
    return arg(resource, 'value');
  if (resource.type === 'aws_secretsmanager_secret_version') return arg(resource, 'secret_string');
  if (resource.type === 'AWS::SecretsManager::Secret') return arg(resource, 'SecretString');
  return undefined;
}
