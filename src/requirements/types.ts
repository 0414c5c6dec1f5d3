/**
 * Typed requirements read from a request text (a task's PROMPT.md). Plain
 * data, so they cross worker threads and print as JSON. Extraction
 * (`extract.ts`) never looks at code; checks (`src/rules/requirements/`)
 * never look at text.
 */

/** Where a requirement was read: the request file, its 1-based line and the sentence. */
export interface RequirementSource {
  file: string;
  line: number;
  /** The sentence as written (Markdown emphasis removed), for messages. */
  text: string;
}

/** Constructs a request can forbid; each is judged by existing rules (`FORBIDDEN_CONSTRUCT_RULES`). */
export type ForbiddenConstruct =
  | 'inline-policy'
  | 'wildcard-action'
  | 'wildcard-resource'
  | 'broad-permissions'
  | 'public-bucket'
  | 'hardcoded-secret';

/**
 * Settings that describe the request rather than ask for one thing: rules read
 * them as context (a production-grade system wants deletion protection), and
 * the checklist of the request's requirements leaves them out.
 */
export const CONTEXT_SETTINGS: ReadonlySet<SettingName> = new Set<SettingName>(['production-grade']);

/** Settings a request can mandate, checked by `requirements/setting`. */
export type SettingName =
  | 'log-retention-days'
  | 'lambda-memory-mb'
  | 'lambda-timeout-seconds'
  | 'reserved-concurrency'
  | 'provisioned-concurrency'
  | 'lambda-runtime'
  | 'versioning'
  | 'point-in-time-recovery'
  | 'deletion-protection'
  | 'retain-on-delete'
  | 'production-grade'
  | 'multi-az'
  | 'encryption-at-rest'
  | 'lambda-env-encryption'
  | 'mfa-delete'
  | 'key-rotation'
  | 'max-session-duration-seconds'
  | 'lambda-env-variables'
  | 'source-ip-condition'
  | 'key-policy'
  | 'trail-data-events'
  | 'trail-cloudwatch-logs'
  | 'guardduty-s3-protection'
  | 'waf-association';

/** A Lambda runtime as a request names it: `nodejs` 18, at least 18 when `orLater`. */
export interface RuntimeWanted {
  family: 'nodejs' | 'python' | 'java' | 'dotnet' | 'ruby' | 'go' | 'provided';
  /** Version as numbers (`[3, 11]`), absent when any version of the family will do. */
  version?: number[];
}

/** Kinds of store an encryption-at-rest requirement can name. */
export type EncryptionScope =
  'S3' | 'RDS' | 'DynamoDB' | 'EBS' | 'EFS' | 'SQS' | 'SNS' | 'Kinesis' | 'Logs' | 'Secrets';

export type SettingValue =
  /** `max` when the request gives a range ("timeouts between 30-300 seconds"): `value` is then the least. */
  | {
      setting: 'log-retention-days' | 'lambda-memory-mb' | 'lambda-timeout-seconds' | 'max-session-duration-seconds';
      value: number;
      max?: number;
    }
  | { setting: 'reserved-concurrency' | 'provisioned-concurrency'; value: number }
  | { setting: 'lambda-runtime'; runtimes: RuntimeWanted[] }
  | {
      setting:
        | 'versioning'
        | 'point-in-time-recovery'
        | 'multi-az'
        | 'mfa-delete'
        | 'key-rotation'
        | 'source-ip-condition'
        | 'key-policy'
        | 'trail-data-events'
        | 'trail-cloudwatch-logs'
        | 'guardduty-s3-protection'
        | 'waf-association';
      value: true;
    }
  /** Environment variables every Lambda function of the program sets (`TENANT_ID`). */
  | { setting: 'lambda-env-variables'; names: string[] }
  | { setting: 'deletion-protection'; value: boolean }
  /** Resources kept when the stack is deleted (`DeletionPolicy: Retain`, `RemovalPolicy.RETAIN`). */
  | { setting: 'retain-on-delete'; value: true }
  /** The request is for a production-grade system ("production-ready"): protection against deletion is wanted there. */
  | { setting: 'production-grade'; value: true }
  /**
   * `scope`: the kinds of store the sentence names (`S3`, `RDS`, ...), absent when it names none
   * ("all data at rest"): a key asked for the database is not asked of the buckets.
   */
  | { setting: 'encryption-at-rest'; key: 'kms' | 'customer-managed' | 'aws-managed'; scope?: EncryptionScope[] }
  | { setting: 'lambda-env-encryption'; key: 'kms' | 'customer-managed' | 'aws-managed' };

export type RequirementBody =
  /** Resources go to one of these regions; `each`: the program deploys to every one of them ("both us-east-1 and us-west-2"). */
  | { kind: 'region'; regions: string[]; each?: boolean }
  /** Every resource name contains this variable (`environmentSuffix`). */
  | { kind: 'naming'; variable: string }
  | { kind: 'forbidden'; construct: ForbiddenConstruct }
  | ({ kind: 'setting' } & SettingValue)
  /** Tags every resource carries; `value` absent when only the key is named. */
  | { kind: 'tags'; tags: { key: string; value?: string }[] }
  /** A service the program must use, as resource types (any one of them will do). */
  | { kind: 'service'; service: string; types: string[]; cfnTypes: string[] }
  /** The only ports open to the internet (0.0.0.0/0) in security groups ("allow only HTTPS (443)"). */
  | { kind: 'ingress'; ports: number[] }
  /**
   * A role the request grants full access ("DataAdmin role with full administrative access"),
   * by the name the request gives it: every action on the program's resources is what it asks for.
   */
  | { kind: 'full-access'; role: string }
  /** Terraform state kept in a configured remote backend ("store state in S3 with DynamoDB locking"). */
  | { kind: 'remote-state' };

/**
 * `all`: the request says every resource of the kind (`all S3 buckets must...`);
 * otherwise one resource meeting a setting is enough.
 */
export type Requirement = RequirementBody & { source: RequirementSource; all?: boolean };

export type RequirementKind = Requirement['kind'];

/** The requirements of one request file. */
export interface RequirementSet {
  file: string;
  requirements: Requirement[];
}
