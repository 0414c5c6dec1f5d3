/**
 * Pulumi TypeScript/JavaScript reader: parses the program's files with oxc
 * and interprets them into the program model (see interpreter.ts).
 */
import { emptyProgram, type Program } from '../../model/types.js';
import type { ReadInput } from '../reader.js';
import { pulumiMainOf } from '../pulumi-project.js';
import { settleInlineHandlerLanguages } from '../cdk/handlers.js';
import { Interpreter } from './interpreter.js';

export function readPulumiTypeScriptProgram(input: ReadInput): Program {
  const program = emptyProgram('pulumi-ts', input.root);
  program.files = [...input.files];
  program.pulumiMain = pulumiMainOf(input);
  new Interpreter(input, program).run();
  settleInlineHandlerLanguages(program);
  return program;
}
