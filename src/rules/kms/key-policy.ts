/**
 * KMS key policies among a program's policy documents, the statements
 * that open a key to every principal (what kms/key-policy-open-to-everyone
 * reports, and what iam/wildcard-action leaves to it), and whether a key's
 * policy lets a service principal in (what a service that encrypts with the
 * key needs).
 */
import { referencedResource, resourcesOfType } from '../../model/query.js';
import type { PolicyDocument, PolicyStatement, PolicyString, Program, Resource } from '../../model/types.js';
import { arg } from '../../model/values.js';

/** Resources whose policy document is a key policy, and the argument that holds it. */
const KEY_POLICIES: Record<string, string> = {
  aws_kms_key: 'policy',
  aws_kms_key_policy: 'policy',
  'AWS::KMS::Key': 'KeyPolicy',
};

export function isKeyPolicy(document: PolicyDocument): boolean {
  const owner = document.owner;
  return !!owner && KEY_POLICIES[owner.resource.type] === owner.argument;
}

/** An Allow statement for every principal (`"*"`, `{"AWS": "*"}`) with no condition. */
export function opensToEveryone(statement: PolicyStatement): boolean {
  if (statement.effect !== 'Allow' || statement.conditions.keys.length > 0 || statement.conditions.partial)
    return false;
  return statement.principals.some(
    (principal) =>
      (principal.type === '*' || principal.type === 'AWS') && principal.identifiers.some((id) => id.value === '*'),
  );
}

/**
 * The documents that make up a key's policy: its own `policy` (`KeyPolicy`), one it
 * references, or a separate `aws_kms_key_policy` (Pulumi `aws.kms.KeyPolicy`);
 * `'default'` when it has none (the default key policy trusts the account only);
 * undefined when a policy is set but cannot be read.
 */
export function keyPolicyDocuments(program: Program, key: Resource): PolicyDocument[] | 'default' | undefined {
  const policyArg = arg(key, key.type === 'AWS::KMS::Key' ? 'KeyPolicy' : 'policy');
  const policyResources = resourcesOfType(program, 'aws_kms_key_policy').filter(
    (policy) => referencedResource(program, arg(policy, 'key_id')) === key,
  );
  if (!policyArg && policyResources.length === 0) return 'default';
  const documents = program.policies.filter(
    (d: PolicyDocument) =>
      d.owner?.resource === key ||
      (d.owner && policyResources.includes(d.owner.resource)) ||
      (policyArg && referencedResource(program, policyArg) === d.owner?.resource),
  );
  return documents.length ? documents : undefined;
}

/**
 * Whether the documents allow a service principal in: true when an Allow statement names
 * a service `admits` accepts, `*` or `{"AWS": "*"}` (everyone, services included); false
 * when every principal is known and none does; undefined when some cannot be read. The
 * first service principal `admitsOnly` accepts is returned instead of true when no other lets it in.
 */
export function keyPolicyAdmitsService(
  documents: PolicyDocument[],
  admits: (service: string) => boolean,
  admitsOnly?: (service: string) => boolean,
): boolean | PolicyString | undefined {
  let unknown = false;
  let only: PolicyString | undefined;
  for (const document of documents)
    for (const statement of document.statements) {
      if (statement.effect !== 'Allow') continue;
      for (const principal of statement.principals) {
        // `"AWS": "*"` is everyone, as `"*"` is (the IAM policy reference), services included.
        if (principal.type === 'AWS' && principal.identifiers.some((id) => id.value === '*')) return true;
        // Only a service (or everyone) principal lets a service in; account or role principals do not.
        if (principal.type === '?') unknown = true;
        if (principal.type !== 'Service' && principal.type !== '*') continue;
        for (const id of principal.identifiers) {
          if (id.value === undefined) unknown = true;
          else if (admitsOnly?.(id.value)) only ??= id;
          else if (id.value === '*' || admits(id.value)) return true;
        }
      }
      if (statement.partial && statement.principals.length === 0) unknown = true;
    }
  return unknown ? undefined : (only ?? false);
}
