/**
 * Pulumi Python reader: not written yet (issue 4); reads no resources.
 */
import { emptyProgram, type Program } from '../../model/types.js';
import type { ReadInput } from '../reader.js';

export function readPulumiPythonProgram(input: ReadInput): Program {
  const program = emptyProgram('pulumi-py', input.root);
  program.files = input.files;
  return program;
}
