/**
 * config/placeholder-value: a value left as a placeholder (`REPLACE_ME`,
 * `<your-bucket>`, the documentation account 123456789012, an ARN ending in
 * `placeholder`, or marked "replace with your ..." by its own comment).
 */
import { snakeCase } from '../../model/names.js';
import type { ObjectEntry, ObjectValue, Resource, Value } from '../../model/types.js';
import { stringShape, walkValue } from '../../model/values.js';
import { argumentName, describeResource } from '../describe.js';
import { CODE_FRAMEWORKS, defineRule } from '../rule.js';

/**
 * The account IDs the AWS documentation uses in its examples (IAM User Guide,
 * "AWS account identifiers" and policy examples); no package lists them.
 */
const EXAMPLE_ACCOUNTS = ['123456789012', '111122223333', '444455556666', '777788889999'];

/** Words that mark a value as a stand-in to be replaced. */
const MARKER =
  /\b(?:REPLACE[_-]?ME|CHANGE[_-]?ME|TO[_-]?BE[_-]?REPLACED)\b|<your[^<>]{0,40}>|\byour[_-][a-z0-9_-]*[_-]here\b/i;

/** An ARN whose name part is the word placeholder (`arn:aws:acm:...:certificate/placeholder`). */
const PLACEHOLDER_ARN = /^arn:aws[a-z-]*:.*[:/]placeholder[\w-]*$/i;

/**
 * A resource ID built on the counting sequence, as the AWS documentation's stand-ins are
 * (`vpc-1234567890abcdef0`, `i-1234567890abcdef0`; a hosted zone `Z1234567890ABC`). AMI IDs
 * are ec2/hardcoded-ami-id's.
 */
const SEQUENCE_ID = /^(?:Z[0-9]*1234567890[A-Z0-9]*|(?!ami-)[a-z]{1,12}-0?1234567890abcdef0?)$/;

/** An end-of-line comment saying the value must be replaced. */
const REPLACE_COMMENT =
  /\b(?:replace|change|update)\b.{0,20}\b(?:with|to)\s+(?:your|the|a real|actual)\b|\bplaceholder\b/i;

/** Arguments whose text is code, documentation or labels, not configuration (snake case: `ZipFile` is `zip_file`). */
const PROSE = new Set(['description', 'zip_file', 'code', 'inline_code', 'source_code', 'tags', 'tags_all', 'comment']);

function prose(key: string): boolean {
  return PROSE.has(snakeCase(key));
}

/** Secret and parameter stores, whose value is often replaced outside the program. */
const STORES = new Set([
  'aws_secretsmanager_secret_version',
  'aws_ssm_parameter',
  'AWS::SecretsManager::Secret',
  'AWS::SSM::Parameter',
]);

/** Arguments whose ARN or account AWS resolves when it creates or uses the resource. */
function resolvesAccount(written: string): boolean {
  const key = snakeCase(written);
  return key === 'arn' || key.endsWith('_arn') || key === 'principal' || key === 'source_account';
}

export default defineRule({
  meta: {
    id: 'config/placeholder-value',
    title: 'Placeholder value used as configuration',
    severity: 'medium',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation', 'cdk-ts', 'cdk-py'],
    description:
      'A resource argument (an AWS CDK construct prop) holding a placeholder: `REPLACE_ME`, `CHANGE_ME`, `<your-...>`, `your-...-here`, an ARN named `placeholder` (also one built with interpolations), an ID made of the counting sequence as the AWS documentation writes its stand-ins (`vpc-1234567890abcdef0`, a hosted zone `Z1234567890ABC`) (medium; low as the value of a secret or SSM parameter, which is often replaced outside the program); an account ID from the AWS documentation (123456789012, 111122223333, ...) in an ARN or principal AWS resolves (high; medium when only one branch of a condition known at deploy time holds it); a constant its own comment says to replace (low).',
    rationale:
      'The placeholder reaches AWS as it is: a principal or ARN in an account nobody owns is rejected ("Invalid principal in policy") or points at nothing, so the feature it configures never works; a placeholder password or endpoint is a value nobody chose.',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html',
    fixable: 'suggest',
    // A placeholder password or key is a hard-coded secret, which that rule says with the better fix.
    yieldsTo: ['secrets/hardcoded-secret'],
  },
  check(program, context) {
    for (const resource of program.resources) {
      for (const entry of argumentsOf(resource).entries) {
        if (prose(entry.key)) continue;
        const found = placeholderIn(entry);
        if (!found) continue;
        // A secret or parameter created with a stand-in value is often set outside the program afterwards.
        const severity = STORES.has(resource.type) && found.severity === 'medium' ? 'low' : found.severity;
        context.report({
          message: `${describeResource(resource)} sets ${argumentName(resource, entry.key)} to a placeholder (${found.why}): AWS receives it as it is. Use the real value, or an input the deployment must give.`,
          span: found.value.span,
          resource,
          severity,
          suggestion: { before: found.text, after: inputFor(resource, entry.key) },
        });
      }
    }
    for (const policy of program.policies)
      for (const statement of policy.statements)
        for (const principal of statement.principals)
          for (const identifier of principal.identifiers) {
            const account = identifier.value && exampleAccount(identifier.value);
            if (!account) continue;
            context.report({
              message: `The policy names the principal ${identifier.value}, in ${account}, the example account of the AWS documentation: the policy is rejected ("Invalid principal in policy") or grants nobody. Use the real account, or an input the deployment must give.`,
              span: identifier.span,
              resource: policy.owner?.resource,
              severity: 'high',
            });
          }
  },
});

interface Placeholder {
  value: Value;
  text: string;
  why: string;
  severity: 'high' | 'medium' | 'low';
}

/** Conditional expressions as the readers write them: `?:` (test, then, else), Python's `if` (then, else). */
const CONDITIONALS: Record<string, number> = { '?:': 1, if: 0 };

function placeholderIn(entry: ObjectEntry): Placeholder | undefined {
  const found = placeholderInValue(entry.value, entry.key);
  return found ?? commented(entry);
}

function placeholderInValue(value: Value, key: string): Placeholder | undefined {
  let found: Placeholder | undefined;
  // Asked once per key, not per string under it (a policy document holds hundreds).
  let accountResolved: boolean | undefined;
  walkValue(value, (node) => {
    if (found) return false;
    const firstBranch = node.kind === 'call' ? CONDITIONALS[node.name] : undefined;
    if (node.kind === 'call' && firstBranch !== undefined) {
      for (const branch of node.args.slice(firstBranch)) {
        const inBranch: Placeholder | undefined = found ? undefined : placeholderInValue(branch, key);
        // A placeholder in one branch of a condition known only at deploy time (a fallback for
        // an output that is missing in tests) reaches AWS only if the program takes that branch:
        // a review failure, not a certain rejection.
        if (inBranch) found = { ...inBranch, severity: inBranch.severity === 'high' ? 'medium' : inBranch.severity };
      }
      return false;
    }
    if (node.kind === 'object') {
      for (const inner of node.entries) if (!found && !prose(inner.key)) found = placeholderIn(inner);
      return false;
    }
    // An ARN built around a placeholder name (`arn:aws:acm:${region}:${account}:certificate/placeholder`).
    if (node.kind === 'template') {
      const shape = stringShape(node);
      if (shape && PLACEHOLDER_ARN.test(shape)) {
        found = { value: node, text: shape, why: 'an ARN named placeholder', severity: 'medium' };
        return false;
      }
      return undefined;
    }
    if (node.kind !== 'literal' || typeof node.value !== 'string') return undefined;
    const reason = placeholderReason(node.value, (accountResolved ??= resolvesAccount(key)));
    if (reason) found = { value: node, text: node.value, ...reason };
    return undefined;
  });
  return found;
}

/** A constant whose end-of-line comment says to replace it. */
function commented(entry: ObjectEntry): Placeholder | undefined {
  if (!entry.comment || !REPLACE_COMMENT.test(entry.comment)) return undefined;
  if (entry.value.kind !== 'literal' || typeof entry.value.value !== 'string') return undefined;
  return {
    value: entry.value,
    text: entry.value.value,
    why: `its comment says "${entry.comment.trim()}"`,
    severity: 'low',
  };
}

function exampleAccount(text: string): string | undefined {
  return EXAMPLE_ACCOUNTS.find((id) => new RegExp(`(?:^|[^0-9])${id}(?:[^0-9]|$)`).test(text));
}

function placeholderReason(text: string, accountResolved: boolean): Pick<Placeholder, 'why' | 'severity'> | undefined {
  const account = accountResolved ? exampleAccount(text) : undefined;
  if (account) return { why: `${account} is the example account of the AWS documentation`, severity: 'high' };
  const marker = MARKER.exec(text);
  if (marker) return { why: `"${marker[0]}"`, severity: 'medium' };
  if (PLACEHOLDER_ARN.test(text)) return { why: 'an ARN named placeholder', severity: 'medium' };
  if (SEQUENCE_ID.test(text)) return { why: 'an ID made of the counting sequence 1234567890', severity: 'medium' };
  return undefined;
}

/** What a resource is given: an AWS CDK construct's props as written (an L2's are not all modelled as properties). */
function argumentsOf(resource: Resource): ObjectValue {
  return resource.construct?.props ?? resource.args;
}

/** The argument read from an input the deployment must give, in the program's language. */
function inputFor(resource: Resource, key: string): string {
  const name = argumentName(resource, key);
  if (resource.framework === 'pulumi-ts') return `${name}: config.require('${name}'),`;
  if (resource.framework === 'pulumi-py') return `${name}=config.require("${name}"),`;
  if (resource.framework === 'cloudformation') return `${name}: !Ref ${name}`;
  return `${name} = var.${key}`;
}
