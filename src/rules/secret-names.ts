/**
 * Names of arguments and environment variables that hold a credential
 * (`DB_PASSWORD`, `apiKey`, `STRIPE_SECRET`), as opposed to names that point at
 * one or describe it (`SECRET_ARN`, `KMS_KEY_ID`, `TOKEN_TTL`).
 */

/** Names of arguments and variables that hold credentials. */
const SECRET_NAME = /(pass(word|wd)?|secret|token|api_?key|access_?key|private_?key|credentials?|auth)$/i;
/**
 * Names that merely point at a secret, or describe one; and idempotency tokens (EFS `creation_token`,
 * `ClientToken`), which only make a repeated create request return the first result.
 */
const NOT_A_SECRET =
  /(_arn|_id|_name|_length|arn|id|name|type|policy|validity|_ttl|rotation|enabled|version|stage|kms_?key.*|(creation|client|idempotency)_?token)$/i;
/** Blocks that describe tokens rather than hold them: Cognito's `token_validity_units { access_token = "minutes" }`. */
const DESCRIBES_TOKENS = /units$/i;
/** Names of connection strings, which carry the password of a database in them. */
const CONNECTION_STRING = /(database_?url|db_?url|connection_?string|connection_?uri|dsn)$/i;

/** Whether an argument or variable of this name holds a credential. */
export function holdsSecret(name: string): boolean {
  const key = name.replace(/[-\s]/g, '_');
  return SECRET_NAME.test(key) && !NOT_A_SECRET.test(key);
}

/** Whether the entries of a block of this name describe secrets (their units) rather than hold them. */
export function describesSecrets(blockName: string): boolean {
  return DESCRIBES_TOKENS.test(blockName.replace(/[-\s]/g, '_'));
}

/** Whether a variable of this name holds a connection string (which may carry a database password). */
export function holdsConnectionString(name: string): boolean {
  return CONNECTION_STRING.test(name.replace(/[-\s]/g, '_'));
}
