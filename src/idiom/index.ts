/**
 * The idiom layer: rules say what to change (`./code.ts`), the framework's
 * idiom says it in the program's language. One module per framework; a new
 * framework (CloudFormation YAML/JSON, CDK) adds its module here.
 */
import type { Framework } from '../model/types.js';
import type { Idiom } from './idiom.js';
import { pulumiPythonIdiom } from './pulumi-py.js';
import { pulumiTypeScriptIdiom } from './pulumi-ts.js';
import { terraformIdiom } from './terraform.js';

export type { Idiom } from './idiom.js';

/** Frameworks with an idiom. Partial on purpose: a framework without one gets no written suggestion rather than another language's. */
const IDIOMS: Partial<Record<Framework, Idiom>> = {
  terraform: terraformIdiom,
  'pulumi-ts': pulumiTypeScriptIdiom,
  'pulumi-py': pulumiPythonIdiom,
  // cloudformation: the CloudFormation idiom (YAML with intrinsics) goes here.
};

/** The idiom of a framework, when preflight can write its language. */
export function idiomOf(framework: Framework): Idiom | undefined {
  return IDIOMS[framework];
}

/**
 * Whether findings on a framework carry fixes and written suggestions: the
 * frameworks with an idiom, and CloudFormation templates (whose fixes live in
 * src/fix/cloudformation.ts). CDK and CDKTF have none yet.
 */
export function writesFixes(framework: Framework): boolean {
  return idiomOf(framework) !== undefined || framework === 'cloudformation';
}
