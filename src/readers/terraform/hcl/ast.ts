/**
 * Syntax tree of the HCL native syntax. Every node carries `start` and `end`,
 * UTF-16 offsets into the parsed string (end exclusive), the unit
 * `SourceFile.span` expects. Node kinds follow the HashiCorp specification
 * (hclsyntax/spec.md): bodies of attributes and blocks; expressions of terms,
 * operations and conditionals; templates of literals, interpolations and
 * directives.
 */

export interface Range {
  start: number;
  end: number;
}

export interface ParsedFile {
  body: BodyItem[];
  diagnostics: SyntaxDiagnostic[];
  /** Every comment (line comments with `#` or `//`, and block comments), markers included, in order. */
  comments: Range[];
  /** The content of every heredoc, from its first line to its closing marker, in order. */
  heredocs: Range[];
}

export interface SyntaxDiagnostic extends Range {
  message: string;
}

export type BodyItem = Attribute | Block;

export interface Attribute extends Range {
  type: 'Attribute';
  name: Identifier;
  value: Expression;
}

export interface Block extends Range {
  type: 'Block';
  /** The block type identifier (`resource`, `ingress`, ...). */
  name: Identifier;
  labels: Label[];
  /** Offset of the `{` that opens the body. */
  open: number;
  body: BodyItem[];
}

export interface Identifier extends Range {
  name: string;
}

/** A block label: a quoted string (escapes kept as written) or a bare identifier. */
export interface Label extends Range {
  quoted: boolean;
  /** The text between the quotes, as written, or the identifier. */
  raw: string;
  /** Range of `raw` (inside the quotes for quoted labels). */
  contentStart: number;
  contentEnd: number;
}

export type Expression =
  | LiteralExpr
  | TemplateExpr
  | VariableExpr
  | GetAttrExpr
  | IndexExpr
  | SplatExpr
  | CallExpr
  | TupleExpr
  | ObjectExpr
  | ParenExpr
  | UnaryExpr
  | BinaryExpr
  | ConditionalExpr
  | ForExpr
  | InvalidExpr;

/** A number, `true`, `false` or `null`. */
export interface LiteralExpr extends Range {
  type: 'Literal';
  value: number | boolean | null;
}

/** A quoted template or a heredoc. */
export interface TemplateExpr extends Range {
  type: 'Template';
  parts: TemplatePart[];
  heredoc: Heredoc | null;
}

export interface Heredoc {
  /** `<<-`: the common leading indentation of the lines is removed. */
  indented: boolean;
  marker: Identifier;
  /** First character of the first content line. */
  contentStart: number;
  /** First character of the line of the closing marker. */
  contentEnd: number;
  /** The closing marker (ends the template). */
  close: Identifier;
}

export type TemplatePart = TemplateLiteral | TemplateInterpolation | TemplateIf | TemplateFor;

/** Literal text, escapes kept as written (`\n`, `$${`, ...). */
export interface TemplateLiteral extends Range {
  type: 'TemplateLiteral';
}

/** `${ expr }`, with `~` strip markers on either side. */
export interface TemplateInterpolation extends Range {
  type: 'TemplateInterpolation';
  expression: Expression;
  stripBefore: boolean;
  stripAfter: boolean;
}

/** `%{ if cond }...%{ else }...%{ endif }` */
export interface TemplateIf extends Range {
  type: 'TemplateIf';
  condition: Expression;
  then: TemplatePart[];
  otherwise: TemplatePart[] | null;
}

/** `%{ for k, v in collection }...%{ endfor }` */
export interface TemplateFor extends Range {
  type: 'TemplateFor';
  keyVar: Identifier | null;
  valueVar: Identifier;
  collection: Expression;
  body: TemplatePart[];
}

export interface VariableExpr extends Range {
  type: 'Variable';
  name: string;
}

/** `object.name` */
export interface GetAttrExpr extends Range {
  type: 'GetAttr';
  object: Expression;
  name: Identifier;
}

/** `object[key]`, or the legacy `object.0` (`legacy`, key a number literal). */
export interface IndexExpr extends Range {
  type: 'Index';
  object: Expression;
  key: Expression;
  legacy: boolean;
}

/**
 * `object.*` (attribute-only splat) or `object[*]` (full splat). The
 * traversal after it (`[*].id`) is written as ordinary accessors wrapping
 * this node; it applies to each element.
 */
export interface SplatExpr extends Range {
  type: 'Splat';
  object: Expression;
  full: boolean;
}

/** `name(args)`; `name` may be provider-namespaced (`provider::aws::arn_parse`). */
export interface CallExpr extends Range {
  type: 'Call';
  name: Identifier;
  args: Expression[];
  /** The last argument ends with `...` (expanded into arguments). */
  expandFinal: boolean;
}

export interface TupleExpr extends Range {
  type: 'Tuple';
  items: Expression[];
}

export interface ObjectExpr extends Range {
  type: 'Object';
  items: ObjectItem[];
}

/** `key = value` or `key: value`; a bare identifier key (a `Variable`) is a literal name. */
export interface ObjectItem extends Range {
  key: Expression;
  value: Expression;
}

export interface ParenExpr extends Range {
  type: 'Paren';
  expression: Expression;
}

export interface UnaryExpr extends Range {
  type: 'Unary';
  operator: '!' | '-';
  operand: Expression;
}

export type BinaryOperator = '||' | '&&' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/' | '%';

export interface BinaryExpr extends Range {
  type: 'Binary';
  operator: BinaryOperator;
  left: Expression;
  right: Expression;
}

export interface ConditionalExpr extends Range {
  type: 'Conditional';
  condition: Expression;
  then: Expression;
  otherwise: Expression;
}

/** `[for v in c : value if cond]` or `{for k, v in c : key => value... if cond}`. */
export interface ForExpr extends Range {
  type: 'For';
  /** Object form (`{...}`), with `key`. */
  object: boolean;
  keyVar: Identifier | null;
  valueVar: Identifier;
  collection: Expression;
  key: Expression | null;
  value: Expression;
  /** `...` after the value: group values by key. */
  grouping: boolean;
  condition: Expression | null;
}

/** Where a syntax error was recovered from. */
export interface InvalidExpr extends Range {
  type: 'Invalid';
}
