import { emptyProgram, type Program } from '../../model/types.js';
import type { ReadInput } from '../reader.js';

export function readTerraformModule(input: ReadInput): Program {
  const program = emptyProgram('terraform', input.root);
  program.files = input.files;
  return program;
}
