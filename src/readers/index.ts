/**
 * The reader of each framework.
 */
import type { Framework } from '../model/types.js';
import type { Reader } from './reader.js';
import { readCloudFormationProgram } from './cloudformation/read-template.js';
import { readPulumiPythonProgram } from './pulumi-py/read-program.js';
import { readPulumiTypeScriptProgram } from './pulumi-ts/read-program.js';
import { readTerraformModule } from './terraform/read-module.js';

export const READERS: Record<Framework, Reader> = {
  terraform: readTerraformModule,
  'pulumi-ts': readPulumiTypeScriptProgram,
  'pulumi-py': readPulumiPythonProgram,
  cloudformation: readCloudFormationProgram,
  // CDK and CDKTF programs are TypeScript or Python programs: the same readers tell them apart by their imports.
  'cdk-ts': readPulumiTypeScriptProgram,
  'cdktf-ts': readPulumiTypeScriptProgram,
  'cdk-py': readPulumiPythonProgram,
  'cdktf-py': readPulumiPythonProgram,
};
