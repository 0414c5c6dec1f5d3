/**
 * Requirements from a request text, deterministically and offline: the
 * Markdown is read into sentences (`sentences.ts`), then each sentence is
 * matched against the phrasing requests use for each kind of requirement.
 * A sentence that makes its subject optional, conditional or an example
 * ("encryption is optional", "if Multi-AZ is required", "e.g.") asks for
 * nothing; a forbidding word ("no", "never", "avoid", "instead of") turns a
 * construct into a forbidden one. Only the text is read, never code.
 */
import { sentencesOf, type Sentence } from './sentences.js';
import { SERVICES } from './services.js';
import type {
  EncryptionScope,
  ForbiddenConstruct,
  Requirement,
  RequirementBody,
  RequirementSet,
  RuntimeWanted,
} from './types.js';

/** Sections and lead items whose content is not asked for. */
const OPTIONAL_CONTEXT =
  /\boptional\b|if time permits|nice[- ]to[- ]have|\bbonus\b|\bstretch\b|\bexamples?\b|\bwrong\b/i;

/** Words that make a sentence's subject optional, conditional or hypothetical. */
const NOT_ASKED =
  /^(note|tip|hint)\b|\b(optional(ly)?|if (you|time|needed|required|necessary|possible|applicable|creating|using|the task)|not (required|needed|necessary|mandatory)|no need|unless|may\b|might\b|could\b|can be|consider|prefer(ably)?|where applicable|if\b)/i;

/** Words that forbid what the sentence names. */
const FORBIDDING =
  /\b(no|not|never|avoid|without|forbid(den|s)?|prohibit(ed|s)?|disallow(ed)?|don'?t|instead of|rather than|eliminate|must not|shall not|cannot)\b/i;

const REGION =
  /\b(?:us|eu|ap|sa|ca|me|af|il|mx)(?:-gov)?-(?:north|south|east|west|central|northeast|northwest|southeast|southwest)-\d\b/g;

export function extractRequirements(text: string, file: string): RequirementSet {
  const requirements: Requirement[] = [];
  const seen = new Set<string>();
  for (const sentence of sentencesOf(text)) {
    const context = [...sentence.headings, ...sentence.parents].join(' \n ');
    const optionalContext = OPTIONAL_CONTEXT.test(context);
    for (const body of requirementsIn(sentence, optionalContext)) {
      // The same requirement stated twice (a summary repeats the list) is kept once, at its first line.
      const key = JSON.stringify(body);
      if (seen.has(key)) continue;
      seen.add(key);
      // A range is a bound every resource keeps ("timeouts between 30-300 seconds").
      const all =
        body.kind === 'setting' &&
        (/\b(all|every|each)\b/i.test(sentence.text) || ('max' in body && body.max !== undefined));
      requirements.push({
        ...body,
        ...(all ? { all } : {}),
        source: { file, line: sentence.line, text: plain(sentence.text) },
      });
    }
  }
  return { file, requirements };
}

/** The sentence without Markdown emphasis markers, for messages. */
function plain(text: string): string {
  return text
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function requirementsIn(sentence: Sentence, optionalContext: boolean): RequirementBody[] {
  const text = sentence.text;
  const lead = sentence.parents.join(' ');
  const found: RequirementBody[] = [];
  const notAsked = optionalContext || NOT_ASKED.test(text);
  const forbids = FORBIDDING.test(text) || /\b(forbidden|do not|don'?t|never|avoid)\b/i.test(lead);

  // Region: an AWS region code in a sentence about where things are deployed.
  const regions = [...new Set(text.match(REGION) ?? [])];
  if (
    regions.length &&
    /\bregions?\b|\bdeploy|\bruns? (in|across)\b|\bboth\b/i.test(text) &&
    !/hard[- ]?cod/i.test(text + lead) &&
    !optionalContext
  ) {
    // "both us-east-1 and us-west-2", "primary ... secondary", "multi-region": every region is asked for, not one of them.
    const each =
      regions.length > 1 &&
      /\bboth\b|\bmulti[- ]region\b|\bprimary\b[^]*\bsecondary\b|\beach of\b|\bacross\b/i.test(text);
    found.push(each ? { kind: 'region', regions, each } : { kind: 'region', regions });
  }

  // Naming: a suffix every name must include.
  const suffix = /`([A-Za-z_$.{}]*suffix[A-Za-z_}]*)`|\b(environment[_ ]?suffix|environmentSuffix)\b/i.exec(text);
  if (suffix && /\bnam(e|es|ed|ing)\b|\binclude|\bunique/i.test(text) && !optionalContext && !/\bif\b/i.test(text)) {
    const variable = (suffix[1] ?? suffix[2]).replace(/^\$\{|\}$/g, '').replace(/^(props|this|self|config)\./, '');
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable)) found.push({ kind: 'naming', variable });
  }

  if (!optionalContext) found.push(...forbiddenIn(text, forbids, notAsked));
  if (!notAsked) {
    if (!ONE_ENVIRONMENT.test(text)) {
      const perEnvironment = valuesPerEnvironment(text);
      found.push(...settingsIn(sentence, forbids).filter((r) => !perEnvironment || !hasNumber(r)));
    }
    const ingress = ingressIn(text);
    if (ingress) found.push(ingress);
    const tags = tagsIn(text);
    if (tags) found.push(tags);
    found.push(...servicesIn(sentence, forbids));
    const fullAccess = forbids ? undefined : fullAccessIn(text);
    if (fullAccess) found.push(fullAccess);
    // A request that writes the empty block itself (`backend "s3" {}`) asks for a partial configuration.
    if (!forbids && REMOTE_STATE.test(text) && !EMPTY_BACKEND_BLOCK.test(text)) found.push({ kind: 'remote-state' });
  }
  return found;
}

/** "remote state in S3", "S3 backend with DynamoDB state locking", "configure the backend for state". */
const REMOTE_STATE =
  /\bremote (terraform )?state\b|\b(s3|remote|terraform) backend\b|\bstate (file )?locking\b|\bbackend (configuration|config)\b|\b(store|keep|manage)s? (the )?(terraform )?state (files? )?(in|on|with) (an? )?(s3|remote|dynamodb)/i;

const EMPTY_BACKEND_BLOCK = /\bbackend\s+"?[\w-]+"?\s*\{\s*\}/i;

/** "DataAdmin role with full administrative access": the role is named by the word before "role". */
const FULL_ACCESS_ROLE =
  /\b([A-Za-z][\w-]{2,})\s+(?:IAM\s+)?role\b[^.;]*?\bfull\s+(?:administrative\s+|admin(?:istrator)?\s+)?(?:access|permissions|control)\b/i;
/** Words before "role" that name no role of their own ("an IAM role", "the execution role"). */
const NOT_A_ROLE_NAME = new Set([
  'the',
  'and',
  'iam',
  'this',
  'that',
  'each',
  'every',
  'one',
  'new',
  'execution',
  'service',
]);

function fullAccessIn(text: string): RequirementBody | undefined {
  const match = FULL_ACCESS_ROLE.exec(text);
  const role = match?.[1];
  if (!role || NOT_A_ROLE_NAME.has(role.toLowerCase())) return undefined;
  return { kind: 'full-access', role };
}

/** Environment names requests give per-environment values for. */
const ENVIRONMENT = String.raw`(?:prod(?:uction)?|staging|dev(?:elopment)?)`;

/**
 * A setting stated for one environment ("Production: db.r5.large Multi-AZ",
 * "Multi-AZ only for production", "Only production RDS instances use Multi-AZ"):
 * the program's value comes from its environment input, so no one value is asked
 * of it. ("Only production-ready code" speaks of quality, not of an environment.)
 */
const ONE_ENVIRONMENT = new RegExp(
  String.raw`^${ENVIRONMENT}\b[^:]{0,20}:|\bonly (?:(?:for|in) )?(?:the )?${ENVIRONMENT}\b(?![- ](?:ready|grade))|\b${ENVIRONMENT} only\b`,
  'i',
);

/** A number tied to an environment: `7 days for dev`, `30s (dev)`, `dev: 512MB`, `prod 3GB`. */
const VALUE_PER_ENVIRONMENT = new RegExp(
  String.raw`\d+\s*[A-Za-z]*\)?\s*(?:for|in)?\s*\(?${ENVIRONMENT}\b|\b${ENVIRONMENT}\w*\s*[:(]?\s*\d`,
  'gi',
);

/** Numbers given per environment ("7 days for dev, 30 days for prod"): no one of them is asked of the program. */
function valuesPerEnvironment(text: string): boolean {
  return (text.match(VALUE_PER_ENVIRONMENT)?.length ?? 0) >= 2;
}

/** A setting whose value is a number (retention days, memory, timeout, concurrency). */
function hasNumber(body: RequirementBody): boolean {
  return body.kind === 'setting' && 'value' in body && typeof body.value === 'number';
}

function forbiddenIn(text: string, forbids: boolean, notAsked: boolean): RequirementBody[] {
  const constructs: ForbiddenConstruct[] = [];
  if (/\binline[- ]polic/i.test(text) && forbids) constructs.push('inline-policy');
  if (/\bleast[- ]privilege/i.test(text) && !/\bnot\b/i.test(text) && !notAsked) constructs.push('broad-permissions');
  if (/\bwildcard|`\*`|"\*"|'\*'|\(\*\)/i.test(text) && forbids && /permission|action|resource|polic|iam/i.test(text)) {
    const action = /\baction/i.test(text);
    const resource = /\bresource/i.test(text);
    if (action || !resource) constructs.push('wildcard-action');
    if (resource || !action) constructs.push('wildcard-resource');
  }
  if (
    /\bpublic\b/i.test(text) &&
    /\b(s3|buckets?)\b/i.test(text) &&
    (/\bblock(ed|ing|s)? (all )?public/i.test(text) || (forbids && !/\bblock/i.test(text)))
  )
    constructs.push('public-bucket');
  if (
    /\b(secrets?|passwords?|credentials?|api keys?|tokens?)\b/i.test(text) &&
    ((/hard[- ]?cod|plain ?text|in (the )?code/i.test(text) && forbids) ||
      (/\bstored? (in|with)\b|\bfrom\b|\bmanag/i.test(text) &&
        /\bSecrets Manager\b|\bParameter Store\b/i.test(text) &&
        !notAsked))
  )
    constructs.push('hardcoded-secret');
  return constructs.map((construct) => ({ kind: 'forbidden', construct }));
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  ten: 10,
  fourteen: 14,
  thirty: 30,
  sixty: 60,
  ninety: 90,
};

/** The first number after (or, failing that, before) a keyword match, with its unit. */
function quantity(text: string, keyword: RegExp, units: string): { value: number; unit: string } | undefined {
  const at = keyword.exec(text);
  if (!at) return undefined;
  const number = `(\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join('|')})`;
  const pattern = new RegExp(`${number}[\\s-]*(${units})\\b`, 'gi');
  const matches = [...text.matchAll(pattern)];
  if (!matches.length) return undefined;
  const after = matches.find((m) => m.index >= at.index) ?? matches[matches.length - 1];
  const raw = after[1].toLowerCase();
  const value = NUMBER_WORDS[raw] ?? Number(raw);
  return Number.isFinite(value) ? { value, unit: after[2].toLowerCase() } : undefined;
}

const RETENTION_DAYS_BY_YEARS: Record<number, number> = {
  1: 365,
  2: 731,
  3: 1096,
  5: 1827,
  6: 2192,
  7: 2557,
  10: 3653,
};

function settingsIn(sentence: Sentence, forbids: boolean): RequirementBody[] {
  const text = sentence.text;
  const context = `${sentence.headings.join(' ')} ${sentence.parents.join(' ')}`;
  const found: RequirementBody[] = [];
  const aboutLambda = /\blambda|\bfunctions?\b/i.test(text) || /\blambda/i.test(context);

  if (/\blogs?\b/i.test(text) && /\bretention|\bretain|\bkept\b|\bkeep\b|\bexpire/i.test(text)) {
    const days = quantity(text, /\bretention|\bretain|\bkept\b|\bkeep\b|\bexpire/i, 'days?|weeks?|months?|years?');
    if (days) {
      const unit = days.unit.replace(/s$/, '');
      const value =
        unit === 'day'
          ? days.value
          : unit === 'week'
            ? days.value * 7
            : unit === 'month'
              ? days.value * 30
              : RETENTION_DAYS_BY_YEARS[days.value];
      if (value) found.push({ kind: 'setting', setting: 'log-retention-days', value });
    }
  }
  if (aboutLambda && /\bmemory\b/i.test(text)) {
    const memory = quantity(text, /\bmemory\b/i, 'MB|MiB|GB|GiB');
    if (memory) {
      const value = /^g/.test(memory.unit) ? memory.value * 1024 : memory.value;
      found.push({ kind: 'setting', setting: 'lambda-memory-mb', value });
    }
  }
  if (aboutLambda && /\btime ?outs?\b|\btimes? out\b/i.test(text) && !/api gateway|visibility|sqs|health/i.test(text)) {
    const units = 'seconds?|secs?|s|minutes?|mins?';
    const range = between(text, units);
    const timeout = quantity(text, /\btime ?outs?\b|\btimes? out\b/i, units);
    const scale = (unit: string) => (/^m/.test(unit) ? 60 : 1);
    if (range) {
      const [least, most] = [range.least * scale(range.unit), range.most * scale(range.unit)];
      if (most <= 900) found.push({ kind: 'setting', setting: 'lambda-timeout-seconds', value: least, max: most });
    } else if (timeout) {
      const value = timeout.value * scale(timeout.unit);
      if (value <= 900) found.push({ kind: 'setting', setting: 'lambda-timeout-seconds', value });
    }
  }
  for (const [setting, keyword] of [
    ['reserved-concurrency', /\breserved concurren/i],
    ['provisioned-concurrency', /\bprovisioned concurren/i],
  ] as const) {
    if (!keyword.test(text)) continue;
    const rest = text.slice(keyword.exec(text)!.index);
    const number = /\b(\d+)\b/.exec(rest);
    if (number && !/\d\s*-\s*\d/.test(rest.slice(0, number.index + 6)))
      found.push({ kind: 'setting', setting, value: Number(number[1]) });
  }
  // Most sentences name none of these settings: one test spares the rest.
  if (SETTING_WORDS.test(`${text} ${sentence.parents.slice(-1).join(' ')}`))
    found.push(...serviceSettingsIn(sentence, forbids, aboutLambda));
  const runtimes = runtimesIn(text);
  if (
    runtimes.length &&
    (/\bruntime/i.test(text) || aboutLambda) &&
    !/\bcli\b|\bsdk\b|typescript \d|pulumi \d|\bcdk\b/i.test(text)
  )
    found.push({ kind: 'setting', setting: 'lambda-runtime', runtimes });
  if (/\bversioning\b/i.test(text) && !forbids) found.push({ kind: 'setting', setting: 'versioning', value: true });
  if (/point[- ]in[- ]time recovery|\bPITR\b/i.test(text) && !forbids)
    found.push({ kind: 'setting', setting: 'point-in-time-recovery', value: true });
  if (/deletion[ _-]?protection/i.test(text)) {
    const off = forbids || /\bfalse\b|\bdisabl(e|ed|es|ing)\b|\bturn(ed|s|ing)? off\b|\boff\b/i.test(text);
    const on = /\btrue\b|\benabl(e|ed|es|ing)\b|\bturn(ed|s|ing)? on\b|\bon\b|\bmust\b|\brequired\b/i.test(text);
    // A title ("**Deletion Protection**") names a topic, on or off: the text under it says which.
    if (!sentence.title || off || on) found.push({ kind: 'setting', setting: 'deletion-protection', value: !off });
  } else if (/\bdestroyable\b|\bcleanly destroyed\b|\bfully destroy/i.test(text) && !forbids) {
    found.push({ kind: 'setting', setting: 'deletion-protection', value: false });
  }
  if (/\bDeletionPolicy\b.{0,40}\bRetain\b|\bRemovalPolicy\.RETAIN\b|\bretain_?on_?delete\b/i.test(text) && !forbids)
    found.push({ kind: 'setting', setting: 'retain-on-delete', value: true });
  if (/\bproduction[- ](?:ready|grade)\b/i.test(text))
    found.push({ kind: 'setting', setting: 'production-grade', value: true });
  if (/\bmulti[- ]AZ\b/i.test(text) && /\bRDS\b|\bdatabase|\bAurora\b|\bDB\b/i.test(text) && !forbids)
    found.push({ kind: 'setting', setting: 'multi-az', value: true });
  if (/\bencrypt/i.test(text) && !forbids) {
    // "the default KMS key" is the service's AWS-managed key (aws/lambda, aws/s3), what it uses when given none.
    const defaultKey = /\bdefault (?:AWS )?KMS key\b/i.test(text);
    const awsManaged = defaultKey || /AWS[- ]managed|SSE-S3|AES-?256|S3[- ]managed/i.test(text);
    // "SSE-S3 or SSE-KMS", "AWS-managed or customer-managed keys": either will do, so AWS-managed keys meet it.
    const either = awsManaged && /\bKMS\b|\bCMKs?\b|customer[- ]managed/i.test(text) && /\bor\b/i.test(text);
    const key = either
      ? 'aws-managed'
      : /customer[- ]managed|\bCMKs?\b/i.test(text)
        ? 'customer-managed'
        : /\bKMS\b/i.test(text) && !defaultKey
          ? 'kms'
          : awsManaged
            ? 'aws-managed'
            : undefined;
    if (/environment variables?/i.test(text)) {
      found.push({ kind: 'setting', setting: 'lambda-env-encryption', key: key ?? 'kms' });
    } else if (key && /\bat rest\b|server[- ]side|\bSSE\b|\bencrypted (with|using)\b/i.test(text)) {
      const scope = ENCRYPTION_SCOPES.filter(([, words]) => words.test(text)).map(([name]) => name);
      found.push({ kind: 'setting', setting: 'encryption-at-rest', key, ...(scope.length ? { scope } : {}) });
    }
  }
  return found;
}

/**
 * The stores an encryption sentence names: "for all RDS instances using KMS" asks nothing of the
 * buckets; a sentence naming none ("encrypt all data at rest with KMS") asks it of every store.
 */
const ENCRYPTION_SCOPES: [EncryptionScope, RegExp][] = [
  ['S3', /\bS3\b|\bbuckets?\b/i],
  ['RDS', /\bRDS\b|\bAurora\b|\bdatabases?\b|\bDB\b/i],
  ['DynamoDB', /\bDynamoDB\b|\btables?\b/i],
  ['EBS', /\bEBS\b|\bvolumes?\b/i],
  ['EFS', /\bEFS\b|\bfile systems?\b/i],
  ['SQS', /\bSQS\b|\bqueues?\b/i],
  ['SNS', /\bSNS\b|\btopics?\b/i],
  ['Kinesis', /\bKinesis\b|\bstreams?\b/i],
  ['Logs', /\bCloudWatch Logs\b|\blog groups?\b|\blogs\b/i],
  ['Secrets', /\bsecrets?\b|\bParameter Store\b|\bcredentials\b/i],
];

/** Words without which a sentence (with its lead item) asks for none of `serviceSettingsIn`'s settings. */
const SETTING_WORDS =
  /session duration|\bMFA\b|rotat|source[- ]?IP|\bIP (address )?(restriction|allow|white)|environment variables?|\benv vars?\b|key polic|\bKMS\b|\bCMKs?\b|\bkeys?\b|CloudTrail|\btrails?\b|GuardDuty|\bWAF\b|web ACL/i;

/** Settings of IAM, KMS, S3, Lambda, CloudTrail, GuardDuty and WAF resources. */
function serviceSettingsIn(sentence: Sentence, forbids: boolean, aboutLambda: boolean): RequirementBody[] {
  const text = sentence.text;
  const found: RequirementBody[] = [];
  if (/\bmax(imum)? session duration\b/i.test(text)) {
    const duration = quantity(text, /\bsession duration\b/i, 'hours?|hrs?|minutes?|mins?|seconds?|secs?');
    if (duration) {
      const unit = duration.unit;
      const value = duration.value * (/^h/.test(unit) ? 3600 : /^m/.test(unit) ? 60 : 1);
      if (value >= 900 && value <= 43200)
        found.push({ kind: 'setting', setting: 'max-session-duration-seconds', value });
    }
  }
  const mfa = /\bMFA[- ]delete\b/i.exec(text);
  if (mfa && !FORBIDDING.test(clauseAt(text, mfa.index)))
    found.push({ kind: 'setting', setting: 'mfa-delete', value: true });
  const rotation = /\b(automatic|annual|key) rotation\b|\brotation\b[^.]*\b(enabled|turned on|on)\b|\brotate\b/i.exec(
    text,
  );
  if (
    rotation &&
    !FORBIDDING.test(clauseAt(text, rotation.index)) &&
    /\bKMS\b|\bCMKs?\b|\bkeys?\b/i.test(`${text} ${sentence.parents.slice(-1).join(' ')}`) &&
    !/\bsecrets?\b|\bpasswords?\b|\bcredentials?\b|\blogs?\b|\baccess keys?\b|\bcertificates?\b|\bparameter store\b/i.test(
      `${text} ${sentence.parents.slice(-1).join(' ')}`,
    )
  )
    found.push({ kind: 'setting', setting: 'key-rotation', value: true });
  if (
    /\bsource[- ]IPs?\b|\baws:SourceIp\b|\bIP (address )?(restrictions?|allow ?lists?|whitelists?)\b/i.test(text) &&
    /\bconditions?\b/i.test(text) &&
    /\bpolic(y|ies)\b/i.test(text) &&
    !forbids
  )
    found.push({ kind: 'setting', setting: 'source-ip-condition', value: true });
  // Settings of a service named by the sentence or by the item that introduces it ("Enable CloudTrail with:").
  const about = `${text} ${sentence.parents.slice(-1).join(' ')}`;
  if (/\bkey polic(y|ies)\b/i.test(text) && /\bKMS\b|\bkeys?\b/i.test(about) && !forbids)
    found.push({ kind: 'setting', setting: 'key-policy', value: true });
  if (/\bCloudTrail\b|\btrails?\b/i.test(about) && !forbids) {
    if (/\bdata events?\b/i.test(text)) found.push({ kind: 'setting', setting: 'trail-data-events', value: true });
    if (/\bCloudWatch Logs?\b/i.test(text) && /\bintegrat|\bdeliver|\bsend|\bstream/i.test(text))
      found.push({ kind: 'setting', setting: 'trail-cloudwatch-logs', value: true });
  }
  if (
    /\bGuardDuty\b/i.test(about) &&
    /\bS3 protection\b|\bS3 (data events|logs) (monitoring|protection)\b/i.test(text) &&
    !forbids
  )
    found.push({ kind: 'setting', setting: 'guardduty-s3-protection', value: true });
  if (
    /\bWAF\b|\bweb ACL\b/i.test(about) &&
    /\bassociat(e|ed|es|ion)\b|\battach(ed)? (it )?to\b/i.test(text) &&
    /\bALB\b|\bload balancers?\b|\bCloudFront\b|\bAPI Gateway\b|\bdistributions?\b/i.test(text) &&
    !forbids
  )
    found.push({ kind: 'setting', setting: 'waf-association', value: true });
  const variables = environmentVariablesIn(text);
  if (variables.length && aboutLambda && !forbids)
    found.push({ kind: 'setting', setting: 'lambda-env-variables', names: variables });
  return found;
}

/** The clause of `text` holding `index`: between parentheses, semicolons and "but". */
function clauseAt(text: string, index: number): string {
  const bounds = /[;()]|\bbut\b/gi;
  let start = 0;
  let end = text.length;
  for (const match of text.matchAll(bounds)) {
    if (match.index < index) start = match.index + match[0].length;
    else {
      end = match.index;
      break;
    }
  }
  return text.slice(start, end);
}

/** A range of quantities: `between 30-300 seconds`, `30 to 300 seconds`. */
const BETWEEN = new Map<string, RegExp>();

function between(text: string, units: string): { least: number; most: number; unit: string } | undefined {
  let pattern = BETWEEN.get(units);
  if (!pattern)
    BETWEEN.set(units, (pattern = new RegExp(`\\b(\\d+)\\s*(?:-|–|to|and)\\s*(\\d+)\\s*(${units})\\b`, 'i')));
  const match = pattern.exec(text);
  if (!match) return undefined;
  const [least, most] = [Number(match[1]), Number(match[2])];
  return least < most ? { least, most, unit: match[3].toLowerCase() } : undefined;
}

/** Reserved names Lambda sets itself, never asked of a program. */
const LAMBDA_RESERVED = /^(AWS_|LAMBDA_|_HANDLER$|_X_AMZN|TZ$|LANG$|PATH$|LD_LIBRARY_PATH$|NODE_PATH$|PYTHONPATH$)/;

/** Environment variable names a sentence says functions set: `TENANT_ID`, `LOG_LEVEL` (upper case with an underscore, or as code). */
function environmentVariablesIn(text: string): string[] {
  if (!/\benvironment variables?\b|\benv vars?\b/i.test(text)) return [];
  if (!/\b(include|includes|including|set|with|must have|pass|provide|contain)\b|:/i.test(text)) return [];
  const names = new Set<string>();
  for (const m of text.matchAll(/`([A-Z][A-Z0-9_]{2,})`|\b([A-Z][A-Z0-9]*_[A-Z0-9_]+)\b/g)) {
    const name = m[1] ?? m[2];
    if (!LAMBDA_RESERVED.test(name)) names.add(name);
  }
  return [...names];
}

/** One port as a request writes it: `HTTPS`, `HTTPS (443)`, `port 443`, `443`. */
const PORT = String.raw`(?:(?:HTTPS|HTTP|SSH|ports?)\s*\(?\s*(?:ports?\s*)?\d+\s*\)?|HTTPS|HTTP|SSH)`;

/** "only" then a list of ports (the first one named by protocol or "port", so "only 2 instances" is no list). */
const ONLY_PORTS = new RegExp(
  String.raw`\bonly\s+(?:allow(?:s|ing)?\s+)?(${PORT}(?:\s*(?:,|and|or|\/)\s*(?:${PORT}|\d+))*)`,
  'i',
);

/** Well-known ports by the protocol names requests use. */
const PORT_NAMES: Record<string, number> = { https: 443, http: 80, ssh: 22 };

/**
 * The only ports a request opens to the internet: "allowing only HTTPS (443)",
 * "only port 443"; "SSH only from the bastion" restricts a source, not the ports.
 */
function ingressIn(text: string): RequirementBody | undefined {
  if (!/\bonly\b/i.test(text) || !/\bsecurity groups?\b|\binbound\b|\bingress\b|\ballow/i.test(text)) return undefined;
  const match = ONLY_PORTS.exec(text);
  if (!match) return undefined;
  const ports = new Set<number>();
  for (const part of match[1].matchAll(/(HTTPS|HTTP|SSH)\s*\(\s*(?:ports?\s*)?(\d+)\s*\)|(HTTPS|HTTP|SSH)|(\d+)/gi)) {
    const port = part[2] ? Number(part[2]) : part[3] ? PORT_NAMES[part[3].toLowerCase()] : Number(part[4]);
    if (port !== undefined && port > 0 && port < 65536) ports.add(port);
  }
  return ports.size ? { kind: 'ingress', ports: [...ports].sort((a, b) => a - b) } : undefined;
}

const RUNTIME_FAMILIES: [RegExp, RuntimeWanted['family']][] = [
  [/^node(\.?js)?$/i, 'nodejs'],
  [/^python$/i, 'python'],
  [/^java$/i, 'java'],
  [/^(\.net|dotnet)$/i, 'dotnet'],
  [/^ruby$/i, 'ruby'],
];

/** Runtimes with a version (`Node.js 18`, `nodejs20.x`, `Python 3.11`, `python3.12`). */
function runtimesIn(text: string): RuntimeWanted[] {
  const runtimes: RuntimeWanted[] = [];
  for (const match of text.matchAll(/\b(node\.?js|node|python|java|\.net|dotnet|ruby)\s?(\d+(?:\.\d+)?)(?:\.x)?/gi)) {
    const family = RUNTIME_FAMILIES.find(([pattern]) => pattern.test(match[1]))?.[1];
    if (!family) continue;
    const version = match[2].split('.').map(Number);
    if (!runtimes.some((r) => r.family === family && r.version?.join('.') === version.join('.')))
      runtimes.push({ family, version });
  }
  return runtimes;
}

function tagsIn(sentence: string): RequirementBody | undefined {
  if (!/\btag(s|ged|ging)?\b/i.test(sentence)) return undefined;
  // An example ("(e.g., prod-web-server suggests Environment: prod)") is no tag to carry.
  const text = sentence.replace(/\((e\.g\.|eg\b|for example|i\.e\.)[^)]*\)/gi, '');
  const tags: { key: string; value?: string }[] = [];
  const add = (key: string, value?: string) => {
    if (!tags.some((t) => t.key === key)) tags.push(value === undefined ? { key } : { key, value });
  };
  // `Key=Value`, `Key: Value`, 'Key: Value'.
  for (const m of text.matchAll(
    /[`'"]?\b([A-Z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*)\s?(=|:)\s?[`'"]?([A-Za-z0-9][\w.@/-]*)/g,
  )) {
    if (/^(tag\w*|example|pattern|note|e\.g)$/i.test(m[1])) continue;
    // A label opening a sentence ("Functionality: Lambda function scans ... for tag compliance") is prose.
    const rest = text.slice(m.index + m[0].length);
    if (
      m.index === 0 &&
      m[2] === ':' &&
      /^\s+(?!tags?\s+(?:to|on|for|across)\b)[^\s,;]+\s+[^\s,;]+\s+[^\s,;]+/i.test(rest)
    )
      continue;
    add(m[1], m[3]);
  }
  // Keys written as code: `CostCenter`.
  for (const m of text.matchAll(/`([A-Z][A-Za-z0-9]+)`/g)) add(m[1]);
  return tags.length ? { kind: 'tags', tags } : undefined;
}

/** A sentence that asks for something to be built: an imperative verb, or a list item naming the thing. */
const BUILDING =
  /^(?:\d+[.)]\s*)?(?:(?:create|set up|deploy|provision|implement|configure|build|add|use|include|define|establish|enable)\b\s*|(?:an?|the)\s+(?:aws\s+|amazon\s+)?|(?:aws|amazon)\s+)/i;

/** Things of a service that are not the service itself: a sentence about them does not ask for it. */
const AUXILIARY =
  /^\s*(?:subnet groups?|security groups?|SGs?|parameter groups?|option groups?|(?:execution |IAM |service )?roles?|polic(?:y|ies)|permissions?|access(?! logs?)|VPC endpoints?|credentials?|passwords?)\b/i;

/** The service a building sentence names first, within a few words of its verb. */
function servicesIn(sentence: Sentence, forbids: boolean): RequirementBody[] {
  const text = sentence.text;
  if (forbids || /\bexisting\b|\bmanually\b|\balready\b|\bcurrent(ly)?\b/i.test(text)) return [];
  // Terraform state ("DynamoDB state locking", "S3 backend") is configured in the backend, not declared as resources.
  if (/\bstate[- ]lock|\bbackend\b|\bremote state\b|\bstate files?\b/i.test(text)) return [];
  const verb = BUILDING.exec(text);
  let window: string;
  if (verb) {
    // The thing built is named before the first linking word ("IAM role with ... for DynamoDB" builds a role).
    const object = text.slice(verb[0].length, verb[0].length + 45);
    window = object.slice(0, object.search(/\s(for|with|to|on|in|that|which|from|using|via)\s|$/i));
  } else if (
    sentence.item &&
    !/\b(must|should|shall|if|when|unless|avoid)\b/i.test(text) &&
    // Items under "IAM roles for:" name what the roles are for, not what to build.
    !/\b(iam|roles?|polic(y|ies)|permissions?|access)\b/i.test(sentence.parents.join(' '))
  ) {
    // A list item that is the name of a service ("- VPC Flow Logs forwarded to the logging account").
    window = text.replace(/^(aws|amazon)\s+/i, '').slice(0, 30);
    if (!SERVICES.some((s) => s.words.exec(window)?.index === 0)) return [];
  } else return [];
  let first: { at: number; service: (typeof SERVICES)[number] } | undefined;
  for (const service of SERVICES) {
    const at = window.search(service.words);
    if (at >= 0 && (!first || at < first.at)) first = { at, service };
  }
  if (!first) return [];
  // The service as a modifier of another thing ("RDS subnet group is separate", "Lambda execution role") asks for that thing.
  const named = first.service.words.exec(window.slice(first.at));
  if (named && AUXILIARY.test(window.slice(first.at + named.index + named[0].length))) return [];
  // A choice ("Use EC2 or ECS for compute"): the service named after an alternative the
  // catalog does not know (EC2) cannot be required; alternatives it knows are any one of them.
  if (/\bor\b/i.test(window)) {
    if (/\bor\b/i.test(window.slice(0, first.at))) return [];
    const alternatives = SERVICES.filter((s) => s.words.test(window));
    const union = (list: string[][]) => [...new Set(list.flat())];
    if (alternatives.length > 1 && /\bor\b/i.test(window.slice(first.at)))
      return [
        {
          kind: 'service',
          service: alternatives.map((s) => s.service).join(' or '),
          types: union(alternatives.map((s) => s.types)),
          cfnTypes: union(alternatives.map((s) => s.cfnTypes)),
        },
      ];
  }
  // What outputs list ("- Lambda name and ARN") names values to export, not things to build.
  if (/\boutputs?\b|\bexports?\b/i.test([...sentence.headings.slice(-1), ...sentence.parents].join(' '))) return [];
  const { service, types, cfnTypes } = first.service;
  return [{ kind: 'service', service, types, cfnTypes }];
}
