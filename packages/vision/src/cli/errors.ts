// Errors caused by the user's input: printed as one line without a stack.
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}
