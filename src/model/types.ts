/**
 * The program model: one structure for every language preflight reads.
 * Readers build it; rules only read it. See docs/architecture.md.
 */
import type { PulumiAwsPin } from './pulumi-aws-pin.js';
import type { Template } from './cloudformation.js';
import type { SourceFile, Span } from './source.js';
import type { Suppression } from './suppressions.js';

export type Framework =
  | 'terraform'
  | 'pulumi-ts'
  | 'pulumi-py'
  | 'cloudformation'
  /** AWS CDK (aws-cdk-lib) in TypeScript or Python: resources carry CloudFormation types and property names. */
  | 'cdk-ts'
  | 'cdk-py'
  /** CDK for Terraform with `@cdktf/provider-aws`: resources carry Terraform types and argument names. */
  | 'cdktf-ts'
  | 'cdktf-py';

// ---------------------------------------------------------------- values

/** What a reference points at. `path` is the attribute path after the target (e.g. `['arn']`). */
export type ReferenceTarget =
  | { kind: 'resource'; type: string; name: string; path: string[] }
  | { kind: 'data'; type: string; name: string; path: string[] }
  | { kind: 'var'; name: string; path: string[] }
  | { kind: 'local'; name: string; path: string[] }
  | { kind: 'module'; name: string; path: string[] }
  | { kind: 'each' | 'count' | 'self' | 'path' | 'terraform'; path: string[] }
  /** A Pulumi config read (`config.require('x')`, `config.get('x')`). */
  | { kind: 'config'; name: string; path: string[] }
  /** An environment variable read (`process.env.X`, `os.environ['X']`). */
  | { kind: 'env'; name: string; path: string[] }
  /** Anything else a name refers to that the reader could not resolve (imports, function parameters…). */
  | { kind: 'other'; name: string; path: string[] };

interface ValueBase {
  span: Span;
}

export interface LiteralValue extends ValueBase {
  kind: 'literal';
  value: string | number | boolean | null;
}

export interface ObjectEntry {
  key: string;
  keySpan: Span;
  /** The key as the program wrote it, when the reader renamed it to its canonical name (Pulumi `listeners` → `listener`). */
  written?: string;
  value: Value;
  /** A comment written at the end of the entry's line (e.g. `threshold: 5, // 5% error rate`): the author's intent. */
  comment?: string;
}

/** A map or an object (HCL object, TF block body, JS object literal, Python dict/kwargs). */
export interface ObjectValue extends ValueBase {
  kind: 'object';
  entries: ObjectEntry[];
  /** True for a Terraform nested block body (`rule { ... }`) rather than an `= { ... }` expression. */
  block?: boolean;
  /** True when the object spreads in entries the reader could not read (`{ ...options, x: 1 }`): it may hold more. */
  open?: boolean;
}

export interface ListValue extends ValueBase {
  kind: 'list';
  items: Value[];
}

/** A string with interpolations: literal parts are `LiteralValue` strings. */
export interface TemplateValue extends ValueBase {
  kind: 'template';
  parts: Value[];
  /** How the string is built: a template literal / f-string / HCL string, or `+` concatenation, `%`/`format`. */
  form?: 'template' | 'concatenation' | 'format';
}

export interface ReferenceValue extends ValueBase {
  kind: 'reference';
  target: ReferenceTarget;
  /** The text as written, e.g. `aws_iam_role.lambda.arn` or `role.arn`. */
  text: string;
  /** True when the reader knows this reference yields a Pulumi Output (e.g. a resource attribute). */
  output?: boolean;
}

/** A function call (`jsonencode(...)`, `JSON.stringify(...)`, `json.dumps(...)`, `file(...)`, ...). */
export interface CallValue extends ValueBase {
  kind: 'call';
  name: string;
  args: Value[];
  /** The call's result when it could be computed (e.g. `jsonencode` of constants, `x || 'dev'`). */
  folded?: Value;
}

/** A value the reader cannot know statically. */
export interface UnknownValue extends ValueBase {
  kind: 'unknown';
  /** Source text, for messages. */
  text?: string;
}

export type Value = LiteralValue | ObjectValue | ListValue | TemplateValue | ReferenceValue | CallValue | UnknownValue;

// ---------------------------------------------------------------- resources

export interface ResourceOptions {
  dependsOn: Value[];
  provider?: Value;
  parent?: Value;
  /** Pulumi `protect`, Terraform `lifecycle { prevent_destroy }`: the resource cannot be destroyed. */
  protect?: Value;
  /** Pulumi `retainOnDelete`: destroying the stack leaves the cloud resource behind. */
  retainOnDelete?: Value;
  count?: Value;
  forEach?: Value;
  /** The options object as written (Pulumi `{ parent: this, ... }`), for fixes that add an option. */
  span?: Span;
}

export interface Resource {
  /**
   * AWS CDK: the construct class in the API index (`aws_s3.Bucket`), its props as
   * written (before `args` took the CloudFormation names), and whether they are
   * an object written at the call (TypeScript checks only those for excess props).
   */
  construct?: { api: string; props: ObjectValue; literal: boolean };
  /** `resource` (managed) or `data` (a data source read). */
  mode: 'resource' | 'data';
  /**
   * Canonical type: the Terraform type name (`aws_lambda_function`); for a
   * CloudFormation template, the CloudFormation type (`AWS::Lambda::Function`),
   * whose arguments keep their CloudFormation names (docs/architecture.md).
   */
  type: string;
  /** Type as written in the source (`aws.lambda.Function`, `aws_lambda_function`). */
  sourceType: string;
  /** Logical name: the Terraform block label or the Pulumi resource name. */
  name: string;
  /** Variable the resource is bound to in Pulumi code, when there is one. */
  variable?: string;
  framework: Framework;
  /** Arguments with canonical (Terraform snake_case) names. */
  args: ObjectValue;
  options: ResourceOptions;
  /** The whole declaration. */
  span: Span;
  /** Where a finding about the resource as a whole points: its type and name. */
  headerSpan: Span;
  /** The type as written (the Terraform type label's text, the Pulumi class name), for fixes that rename it. */
  typeSpan?: Span;
  /**
   * Where a new argument can be inserted (just inside the opening brace of the
   * arguments), with the indentation of the arguments; absent when unknown.
   */
  insertion?: {
    file: string;
    offset: number;
    indent: string;
    /** Text the new argument must follow (Python: the comma a last argument lacks). */
    prefix?: string;
    /** The arguments are on one line: a new one goes on it too. */
    inline?: boolean;
    /**
     * Text the new argument must precede (TypeScript: the comma before the
     * first argument it goes in front of; Terraform: the line break before
     * the `}` of an empty one-line block).
     */
    suffix?: string;
    /** The insertion replaces the text from `offset` to here (the blank inside `{ }`). */
    end?: number;
  };
  /**
   * Created only on a branch of an `if` whose test the reader could not decide (an input known
   * at deploy time): the program may leave it out. (`count`, `for_each` and a template Condition
   * are in `options` and the template.)
   */
  conditional?: boolean;
  /**
   * Pulumi: properties the program itself sets on the resource object
   * (`vpc.private_subnet_ids = [...]`), which later reads of them find.
   */
  assignedProperties?: string[];
}

// ---------------------------------------------------------------- program-level facts

export interface Variable {
  name: string;
  /** `variable` block, Pulumi config read or environment variable read. */
  source: 'variable' | 'config' | 'env';
  default?: Value;
  /**
   * Terraform: the value an auto-loaded variable file (`terraform.tfvars`, `*.auto.tfvars`) assigns, which every
   * plan without `-var` takes instead of the default, and that file's name.
   */
  assigned?: { value: Value; file: string };
  /** True when the declaration has a validation (TF `validation` block, checks in code). */
  validated?: boolean;
  span: Span;
  /** A module-level name the read is assigned to (Pulumi Python), which reads the input anywhere in that file. */
  binding?: { name: string; file: string };
}

/** A CDK for Terraform stack created with another stack as its scope. */
export interface NestedStack {
  /** The class of the nested stack and of the stack it is created in, as the program names them. */
  child: string;
  parent: string;
  /** Where its class names its base (`extends TerraformStack`), which the fix changes. */
  span: Span;
  /** The `new` (or call) that creates it inside the other stack. */
  createdAt: Span;
  /** Resources and data sources, and providers, its construction creates (its subtree, as far as read). */
  resources: number;
  providers: number;
}

export interface Output {
  name: string;
  value: Value;
  span: Span;
}

export interface Provider {
  /** `aws`, `random`, ... */
  name: string;
  alias?: string;
  region?: Value;
  /** True for a provider declared in the program (TF `provider` block, `new aws.Provider`). */
  explicit: boolean;
  /** Variable bound to the provider in Pulumi code. */
  variable?: string;
  span: Span;
}

export interface ModuleCall {
  name: string;
  source?: string;
  /** A local source whose directory holds no Terraform file (set by the reader for modules on disk). */
  sourceMissing?: boolean;
  args: ObjectValue;
  span: Span;
}

export interface Backend {
  type: string;
  config: ObjectValue;
  span: Span;
}

/** A string in a policy statement; `value` is undefined when it cannot be known. */
export interface PolicyString {
  value?: string;
  /** The string with unknown parts marked (`stringShape`), when `value` is not known. */
  shape?: string;
  /** The string is the ARN of the identity that deploys the program (`data.aws_caller_identity.current.arn`). */
  deployer?: boolean;
  span: Span;
}

export interface PolicyStatement {
  sid?: string;
  effect: 'Allow' | 'Deny' | 'unknown';
  actions: PolicyString[];
  notActions: PolicyString[];
  resources: PolicyString[];
  notResources: PolicyString[];
  /** `AWS`, `Service`, `Federated`, `*`; `?` for a principal of unknown type (an AWS CDK principal object). */
  principals: { type: string; identifiers: PolicyString[] }[];
  /** The condition keys the statement tests (`aws:SourceIp`), and whether some could not be read. */
  conditions: { keys: string[]; partial: boolean };
  /** True when some actions/resources could not be read (so rules must not conclude absence). */
  partial: boolean;
  span: Span;
}

export interface PolicyDocument {
  statements: PolicyStatement[];
  /** The resource holding the document and the argument it sits in, e.g. `policy`, `inline_policy.policy`. */
  owner?: { resource: Resource; argument: string };
  span: Span;
}

/** A source file the program ships as Lambda handler code (issue: handler checks). */
export interface HandlerFile {
  file: SourceFile;
  language: 'python' | 'javascript' | 'unknown';
  /** The resource whose code it is, when known. */
  resource?: Resource;
  /**
   * The function's whole package is code written in the program (a template's
   * `ZipFile`, inline archive sources, string assets): nothing installed ships with it.
   */
  inline?: boolean;
}

/** A departure from the language's canonical layout (`terraform fmt`), with the edit that mends it. */
export interface LayoutIssue {
  description: string;
  span: Span;
  edit: { file: string; start: number; end: number; text: string };
}

/**
 * Something the reader could not read: becomes a `parse-error` finding, or,
 * for code in a language preflight does not read (a Java or Go answer), one
 * low `preflight/unsupported-language` notice.
 */
export interface Diagnostic {
  message: string;
  span: Span;
  unsupportedLanguage?: boolean;
  /** The file was not read at all (binary, over the size limit): nothing says the code is wrong. */
  notRead?: boolean;
  /** In a Markdown code block that also held prose (a transcript of drafting, not a file as written): a note. */
  amidProse?: boolean;
  /** In a Markdown code block that quotes part of a file (it elides code, or starts inside an expression): a note. */
  excerpt?: boolean;
}

/** A comment as its parser saw it: the text without the comment markers, trimmed, and where it is. */
export interface Comment {
  text: string;
  span: Span;
}

export interface Program {
  framework: Framework;
  /** Directory (or Markdown document) the program was read from. */
  root: string;
  files: SourceFile[];
  resources: Resource[];
  dataSources: Resource[];
  variables: Variable[];
  locals: Map<string, Value>;
  outputs: Output[];
  providers: Provider[];
  modules: ModuleCall[];
  backends: Backend[];
  /**
   * Terraform: the `required_providers` blocks of the module's `terraform`
   * blocks, with the local names each declares and its body (each name's
   * `{ source, version }`, or a bare version string in Terraform 0.12's form);
   * absent when there is none.
   */
  requiredProviders?: { names: string[]; requirements: ObjectValue; span: Span }[];
  /**
   * AWS CDK: every name the program reads from aws-cdk-lib, as a path in the
   * API index (`['aws_logs', 'RetentionDays', 'THIRTY_DAYS']`), with the span of its last name.
   */
  cdkReferences?: { path: string[]; span: Span }[];
  /** AWS CDK: methods called on the constructs the program creates (`taskDefinition.addContainer(...)`). */
  cdkMethodCalls?: CdkMethodCall[];
  /** CDK for Terraform: stacks the program creates inside another stack (`new DataStack(this, 'data')`). */
  nestedStacks?: NestedStack[];
  /** Pulumi: constructions of `aws.<module>.<Class>` that @pulumi/aws does not have, as written. */
  unknownResourceTypes?: { sourceType: string; span: Span }[];
  /** Pulumi: `self.register_outputs(...)` / `this.registerOutputs(...)` calls of components the program ran. */
  registeredOutputs?: Span[];
  /**
   * Pulumi: the same calls in components no code of the program creates (the reader ran them
   * unasked to see their resources): the entry point that would create them, and export the
   * stack's outputs, is not part of the program (an answer that shows only `lib/`).
   */
  unreachedRegisteredOutputs?: Span[];
  /** Pulumi Python: names imported from pulumi_aws (`from pulumi_aws import logs`) that are none of its modules. */
  unknownModuleImports?: { name: string; span: Span }[];
  /**
   * Pulumi TypeScript: variables a source file declares and never reads (what
   * ESLint's no-unused-vars reports), with the span of the name and, when the
   * declaration is `const|let name = <initializer>;` alone, the span of
   * `const name = ` (removing it keeps the initializer as a statement).
   */
  unusedVariables?: { name: string; span: Span; binding?: Span; initializer: string }[];
  policies: PolicyDocument[];
  handlers: HandlerFile[];
  diagnostics: Diagnostic[];
  /** Comments of the source files the reader parsed (suppression directives live in them). */
  comments: Comment[];
  /** `preflight-ignore` directives among the comments, filled in by the engine (it knows the rule ids). */
  suppressions: Suppression[];
  /** Per source file with layout departures, the departures (files with syntax errors are not judged). */
  layout: { file: SourceFile; issues: LayoutIssue[] }[];
  /**
   * Pulumi: the `main` of the project file beside the program (`bin/tap.ts`), relative to the
   * project; Pulumi runs the program in the directory `main` names or lies in.
   */
  pulumiMain?: string;
  /** Paths of other files beside the program (e.g. `backend.conf`), relative to `root`. */
  siblingFiles: string[];
  /** Pulumi: the pulumi-aws version its dependency file beside it pins (`requirements.txt`, `package.json`). */
  pulumiAwsPin?: PulumiAwsPin;
  /**
   * Modules each source file imports (by `SourceFile.path`), and the offset in the
   * file's text where a new import line may go; lets fixes add an import only when missing.
   */
  imports?: Map<string, { modules: string[]; insertAt: number }>;
  /** A CloudFormation template's parameters, conditions, mappings, resource attributes and intrinsic references. */
  template?: Template;
  /**
   * Resources of what forms one system with this program but is read apart
   * (`readers/cloudformation/related.ts`): a template's nested stacks and the
   * parent nesting it, a Markdown answer's bare resource fragments.
   */
  related?: RelatedTypes;
}

/** Resource types read apart from a program that belong to its system; `complete` false when some part could not be read. */
export interface RelatedTypes {
  types: string[];
  complete: boolean;
  /** The template this one renders in another syntax (`TapStack.json` of `TapStack.yml`): the system is judged there. */
  renderingOf?: string;
}

export function emptyProgram(framework: Framework, root: string): Program {
  return {
    framework,
    root,
    files: [],
    resources: [],
    dataSources: [],
    variables: [],
    locals: new Map(),
    outputs: [],
    providers: [],
    modules: [],
    backends: [],
    policies: [],
    handlers: [],
    diagnostics: [],
    comments: [],
    suppressions: [],
    layout: [],
    siblingFiles: [],
  };
}

/**
 * `taskDefinition.addContainer('App', { memoryReservationMiB: 256 })`: a
 * method called on a construct, with the span of the method's name and the
 * options it is given (TypeScript: the object at the method's options
 * parameter; Python: the keyword arguments), `literal` when they are written
 * at the call, so that every key is the call's.
 */
export interface CdkMethodCall {
  resource: Resource;
  method: string;
  span: Span;
  options?: ObjectValue;
  literal: boolean;
  /** The values of its arguments (a statement given to `addToPolicy`, …). */
  args?: Value[];
}
