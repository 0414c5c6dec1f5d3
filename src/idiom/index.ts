/**
 * The idiom layer: rules say what to change (`./code.ts`), the framework's
 * idiom says it in the program's language. One module per framework; a new
 * framework (CDK) adds its module here.
 */
import type { Framework, Program } from '../model/types.js';
import { cloudFormationJsonIdiom, cloudFormationYamlIdiom } from './cloudformation.js';
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
  cloudformation: cloudFormationYamlIdiom,
};

/**
 * The idiom of a framework, when preflight can write its language. A
 * CloudFormation template is YAML or JSON: pass the program (or its template
 * syntax) so a JSON template gets JSON.
 */
export function idiomOf(framework: Framework, syntax?: 'yaml' | 'json' | Program): Idiom | undefined {
  if (framework === 'cloudformation') {
    const written = typeof syntax === 'object' ? syntax.template?.syntax : syntax;
    return written === 'json' ? cloudFormationJsonIdiom : cloudFormationYamlIdiom;
  }
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
