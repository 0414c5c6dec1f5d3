/**
 * What a CloudFormation template declares beyond resources: parameters,
 * mappings, conditions, outputs, resource attributes, and every intrinsic
 * reference with its place, so rules can check that each names something.
 */
import type { Framework } from './types.js';
import type { Span } from './source.js';
import type { ObjectValue, Value } from './types.js';

export interface TemplateParameter {
  name: string;
  /** `String`, `Number`, `AWS::EC2::VPC::Id`, `AWS::SSM::Parameter::Value<...>`… */
  type?: string;
  default?: Value;
  allowedValues?: Value;
  allowedPattern?: Value;
  /** `NoEcho: true`. */
  noEcho: boolean;
  /** The parameter's name (logical id). */
  span: Span;
  body: ObjectValue;
}

export interface TemplateCondition {
  name: string;
  value: Value;
  span: Span;
}

export interface TemplateMapping {
  name: string;
  value: Value;
  span: Span;
}

/** One resource's attributes besides `Type` and `Properties`. */
export interface TemplateResourceAttributes {
  condition?: { name: string; span: Span };
  dependsOn: { name: string; span: Span }[];
  deletionPolicy?: { value?: string; span: Span };
  updateReplacePolicy?: { value?: string; span: Span };
  /** The whole resource entry, as written (for keys other than the known ones). */
  body: ObjectValue;
}

/**
 * A name an intrinsic function refers to: `Ref` (a parameter, resource or
 * pseudo parameter), `GetAtt` (resource and attribute), a `Sub` variable, a
 * `Condition` (in `Fn::If`, `Condition` functions), `FindInMap` (map name).
 */
export interface TemplateReference {
  kind: 'Ref' | 'GetAtt' | 'Sub' | 'Condition' | 'FindInMap';
  /** The logical name referred to. */
  name: string;
  /** For GetAtt (and `${A.B}` in Sub): the attribute. */
  attribute?: string;
  span: Span;
  /** Names defined locally by a `Fn::Sub` variable map are not references to the template. */
  local?: boolean;
}

export interface Template {
  /** Every key at the top of the template, with its span. */
  sections: Map<string, Span>;
  parameters: TemplateParameter[];
  mappings: TemplateMapping[];
  conditions: TemplateCondition[];
  /** By logical id. */
  attributes: Map<string, TemplateResourceAttributes>;
  references: TemplateReference[];
  /** `Transform` values (`AWS::Serverless-2016-10-31`, macros): the template is expanded before deploy. */
  transforms: string[];
  /** True when some `Fn::Transform` macro rewrites a part of the template: unknown content may appear. */
  hasMacros: boolean;
  /**
   * True for a code block of a Markdown answer without `AWSTemplateFormatVersion`:
   * answers often split one template over several blocks (parameters in one,
   * resources in the next), so names may be defined in a block this one does not see.
   */
  fragment: boolean;
  /** How the template is written: JSON (its suggestions and fixes are JSON too) or YAML. */
  syntax: 'yaml' | 'json';
  /**
   * Single-key objects whose key is an intrinsic function's name without its `Fn::` prefix
   * (`{"If": [...]}`): CloudFormation reads them as plain objects, not as the function.
   * `name` is the key as written, `span` the key's.
   */
  unprefixedIntrinsics?: { name: string; span: Span; value: Span }[];
}

export function emptyTemplate(): Template {
  return {
    sections: new Map(),
    parameters: [],
    mappings: [],
    conditions: [],
    attributes: new Map(),
    references: [],
    transforms: [],
    hasMacros: false,
    fragment: false,
    syntax: 'yaml',
  };
}

/** Pseudo parameters every template may `Ref` (documented in the CloudFormation user guide, "Pseudo parameters reference"). */
export const PSEUDO_PARAMETERS: ReadonlySet<string> = new Set([
  'AWS::AccountId',
  'AWS::NotificationARNs',
  'AWS::NoValue',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackId',
  'AWS::StackName',
  'AWS::URLSuffix',
]);

/**
 * Whether a framework's resources carry CloudFormation types and property
 * names: templates, and AWS CDK programs (their constructs are read as the
 * resources they synthesize).
 */
export function usesCloudFormationVocabulary(framework: Framework): boolean {
  return framework === 'cloudformation' || framework === 'cdk-ts' || framework === 'cdk-py';
}

/**
 * Whether a string holds a dynamic reference (`{{resolve:secretsmanager:...}}`, `{{resolve:ssm:...}}`), which
 * CloudFormation replaces with the value it reads before the service sees the string: its text is not the value.
 */
export function holdsDynamicReference(text: string): boolean {
  return text.includes('{{resolve:');
}
