#!/usr/bin/env node
// The `must` command. Each subcommand lives in src/cli/commands/<name>.ts and exports
// `register(program)`. User errors print one line (the stack with --debug).
import { Command } from 'commander';
import { CliError } from './errors';
import * as commands from './commands';

interface CommandModule {
  register(program: Command): void;
}

export function buildProgram(): Command {
  const program = new Command('must')
    .description('MuST: multi-task self-training for computer vision')
    .option('--debug', 'show stack traces of errors')
    .showHelpAfterError()
    // Set before the subcommands are added, which inherit it: --help and usage errors then
    // return from main() instead of calling process.exit (tests run the CLI in-process).
    .exitOverride();
  for (const c of Object.values(commands) as CommandModule[]) c.register(program);
  return program;
}

export async function main(argv: string[] = process.argv): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (e) {
    const err = e as Error & { code?: string; exitCode?: number };
    if (err.code?.startsWith('commander.')) return err.exitCode ?? 1;
    const debug = argv.includes('--debug');
    if (debug) console.error(err.stack);
    else console.error(`must: ${err instanceof CliError ? err.message : err.message.split('\n')[0]}`);
    return err instanceof CliError ? 2 : 1;
  }
}

if (require.main === module) {
  // `must ... | head` closes the pipe early: stop quietly instead of throwing EPIPE.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  main().then((code) => { process.exitCode = code; });
}
