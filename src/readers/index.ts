/**
 * The reader of each framework.
 */
import { readPulumiAwsPin } from '../model/pulumi-aws-pin.js';
import type { Framework } from '../model/types.js';
import type { Reader } from './reader.js';
import { readCloudFormationProgram } from './cloudformation/read-template.js';
import { readPulumiPythonProgram } from './pulumi-py/read-program.js';
import { readPulumiTypeScriptProgram } from './pulumi-ts/read-program.js';
import { readTerraformModule } from './terraform/read-module.js';

/** A TypeScript or Python reader that also reads the pulumi-aws version a Pulumi program's dependency file pins. */
function withPulumiAwsPin(reader: Reader): Reader {
  return (input) => {
    const program = reader(input);
    const pin = readPulumiAwsPin(program.framework, input.readFile);
    if (pin) program.pulumiAwsPin = pin;
    return program;
  };
}

const readTypeScript = withPulumiAwsPin(readPulumiTypeScriptProgram);
const readPython = withPulumiAwsPin(readPulumiPythonProgram);

export const READERS: Record<Framework, Reader> = {
  terraform: readTerraformModule,
  'pulumi-ts': readTypeScript,
  'pulumi-py': readPython,
  cloudformation: readCloudFormationProgram,
  // CDK and CDKTF programs are TypeScript or Python programs: the same readers tell them apart by their imports.
  'cdk-ts': readTypeScript,
  'cdktf-ts': readTypeScript,
  'cdk-py': readPython,
  'cdktf-py': readPython,
};
