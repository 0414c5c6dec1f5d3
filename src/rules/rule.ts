/**
 * What a rule is: metadata plus one `check` over a program model. Rules
 * report findings through the context; they never parse text themselves.
 */
import type { Profile } from '../config/config.js';
import type { Span } from '../model/source.js';
import type { Framework, Program, Resource } from '../model/types.js';
import type { Requirement } from '../requirements/types.js';
import type { RequirementTopic } from '../requirements/topics.js';

export type Severity = 'critical' | 'high' | 'medium' | 'low';

export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

/**
 * What each severity means, for every rule and every finding (written into
 * docs/rules/README.md by `npm run docs:rules`). A rule whose failure depends on
 * the account or on the request (a quota, a requirement) takes the lower
 * severity by default and the higher one only when the configuration or the
 * request says the condition holds.
 */
export const SEVERITY_POLICY: Readonly<Record<Severity, string>> = {
  critical: 'the deploy or the first run fails for certain.',
  high: 'it fails under common conditions (a default quota, a usual input), or a serious security exposure.',
  medium: 'a review failure a team would reject: it works, but not as it should.',
  low: 'hygiene: worth fixing, nothing breaks.',
};

export function severityRank(severity: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(severity);
}

export interface RuleMeta {
  /** Catalog id, e.g. `lambda/alias-to-latest`. */
  id: string;
  title: string;
  severity: Severity;
  frameworks: Framework[] | 'all';
  /** What the rule detects. */
  description: string;
  /** Why it matters: what breaks at deploy or run time. */
  rationale: string;
  /** AWS or provider documentation that backs the rule. */
  docs: string;
  fixable: 'auto' | 'suggest' | 'none';
  /** Settings the configuration may give the rule (`rules: { <id>: { <name>: value } }`). */
  options?: Record<string, RuleOption>;
  /**
   * Profiles the rule belongs to: it runs only when the configuration selects one of them
   * (or names the rule with a severity). Rules without profiles always run.
   */
  profiles?: Profile[];
  /** The rule reads what the other rules reported (which suppressions were used), so it runs after them. */
  afterOtherRules?: boolean;
  /**
   * Rules that say what this one says more precisely in some cases (a placeholder password is a
   * hard-coded secret): where one of them reports the same resource on the same line, at a
   * severity no lower, this rule's finding is dropped. One problem, said once.
   */
  yieldsTo?: string[];
  /**
   * A rule whose findings are failures only when the request asks for what it checks
   * (docs/configuration.md, "Requirement-driven rules"): by default its findings have
   * `severity` (low); when a requirement of one of these `topics` is extracted from the
   * request, they are raised to `requirementDriven.severity` and cite the requirement.
   * The configuration can still set the rule's severity, or `off`.
   */
  requirementDriven?: { topics: RequirementTopic[]; severity: Severity };
}

/** One setting of a rule: its type, default and meaning; the configuration is checked against it. */
export type RuleOption =
  | { type: 'number'; default: number; minimum?: number; integer?: boolean; description: string }
  | { type: 'boolean'; default: boolean; description: string }
  | { type: 'string'; default: string; description: string };

export type RuleOptionValue = number | boolean | string;

/** A replacement of [start, end) in a real file by `text`. */
export interface TextEdit {
  file: string;
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  description: string;
  edits: TextEdit[];
}

/** Human before/after correction, as the QA reports write them. */
export interface Suggestion {
  before: string;
  after: string;
}

export interface Report {
  message: string;
  span: Span;
  resource?: Resource;
  /** Overrides the rule's default severity for this finding. */
  severity?: Severity;
  fix?: Fix;
  suggestion?: Suggestion;
  related?: { message: string; span: Span }[];
  /** The requirement the finding violates (requirement rules). */
  requirement?: Requirement;
  /** The code does what the request literally asks here: the finding is not escalated or cited as a violation. */
  asRequested?: boolean;
  /**
   * A requirement-driven rule's case that is a failure only when asked for (the AWS baseline
   * `AWSLambdaBasicExecutionRole`, environment variables that hold no secret): the engine drops it
   * unless the request asks for what the rule checks (and not `asRequested`) or the configuration
   * sets the rule's severity.
   */
  onlyWhenRequested?: boolean;
}

export interface RuleContext {
  /** The day the scan judges dates against (YYYY-MM-DD, UTC): Lambda runtime block dates. */
  date: string;
  /** The rule's options: its declared defaults, overridden by the configuration (already validated). */
  options: Readonly<Record<string, RuleOptionValue>>;
  /** Names of the options the configuration sets itself (not defaults): what the user states as fact. */
  configuredOptions?: ReadonlySet<string>;
  /** The profile the configuration selects, if any. */
  profile?: Profile;
  report(report: Report): void;
  /** The requirements of the request the program is checked against (empty without one). */
  requirements?: readonly Requirement[];
  /** Records that a requirement was checked (a report citing it makes it violated, else it is met). */
  checked?(requirement: Requirement): void;
  /**
   * Resource types of every program read from the same input as this one (a Markdown answer
   * can hold several programs), for requirements met by the answer as a whole.
   */
  programTypes?: ReadonlySet<string>;
  /**
   * Every program read from the same input as this one (itself included): for a judgement of
   * the input as a whole (a service a Markdown answer lacks) reported once rather than per
   * program, and for what one of an answer's Terraform modules says of another.
   */
  inputPrograms?: readonly Program[];
}

export interface Rule {
  meta: RuleMeta;
  check(program: Program, context: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

/** Every framework the tool reads. */
export const FRAMEWORKS: readonly Framework[] = [
  'terraform',
  'pulumi-ts',
  'pulumi-py',
  'cloudformation',
  'cdk-ts',
  'cdk-py',
  'cdktf-ts',
  'cdktf-py',
];

/**
 * The frameworks whose resources carry Terraform canonical types and
 * argument names: what `frameworks: 'all'` means. CDK for Terraform programs
 * are among them (a `@cdktf/provider-aws` class is a Terraform resource type,
 * its props the type's arguments), so every rule written for that vocabulary
 * runs on them. CloudFormation templates and AWS CDK programs keep the
 * CloudFormation vocabulary (`AWS::Lambda::Function`, `ReservedConcurrentExecutions`),
 * so a rule runs on them only when it names them and reads that vocabulary
 * (docs/architecture.md, "CloudFormation").
 */
export const CODE_FRAMEWORKS: readonly Framework[] = ['terraform', 'pulumi-ts', 'pulumi-py', 'cdktf-ts', 'cdktf-py'];

/** The frameworks a rule works on, `all` spelled out. */
export function ruleFrameworks(rule: Rule): readonly Framework[] {
  return rule.meta.frameworks === 'all' ? CODE_FRAMEWORKS : rule.meta.frameworks;
}

export function appliesTo(rule: Rule, framework: Framework): boolean {
  return ruleFrameworks(rule).includes(framework);
}
