/**
 * How one framework says a change: the per-language half of the idiom layer.
 * Fragments are written so that they parse where they go: an argument inside
 * the resource's argument list or block, a declaration as a statement.
 */
import type { Framework } from '../model/types.js';
import type { Code, Declaration, ResourceRef } from './code.js';

export interface Idiom {
  framework: Framework;
  /** An argument name as the framework spells it (`kms_key_arn`, `kmsKeyArn`), of a resource of `type` when given. */
  argumentName(canonical: string, type?: string): string;
  /** The resource type as the program writes it (`aws_kms_key`, `aws.kms.Key`). */
  typeName(type: string): string;
  /** A value as an expression. */
  expression(code: Code): string;
  /** `name = value` (HCL), `name: value,` (TypeScript), `name=value,` (Python), in a resource's arguments. */
  argument(canonical: string, value: Code, type?: string): string;
  /** One entry of a map literal, keys as data (`Environment = ...`, `Environment: ...,`, `"Environment": ...,`). */
  mapEntry(key: string, value: Code): string;
  /** What must be declared before `code` can be used: the data blocks of its lookups in HCL, none where a lookup is a call. */
  lookupDeclarations(code: Code): string[];
  /** A whole resource declaration, as a statement or block. */
  declaration(declaration: Declaration): string;
  /** How the program refers to a resource (`aws_kms_key.lambda_env`, `lambdaEnv`). */
  reference(of: ResourceRef): string;
  /** An option that makes a resource wait for others (`depends_on = [...]`, `dependsOn: [...]`, `opts=...`). */
  dependsOn(on: ResourceRef[]): string;
  /** A comment on its own line, with the language's marker. */
  comment(text: string): string;
}
