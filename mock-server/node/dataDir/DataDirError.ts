/**
 * A data directory the server cannot use as it is: names the file, says what is wrong and what to
 * do. The CLI prints it and exits 1 without touching the directory.
 */
export class DataDirError extends Error {
  readonly file: string;

  constructor(file: string, problem: string, advice: string) {
    super(`${file}: ${problem}\n${advice}`);
    this.name = 'DataDirError';
    this.file = file;
  }
}
