declare module 'mark.js/dist/mark.es6.js' {
  interface MarkInstance {
    mark(keywords: string | readonly string[], options?: Record<string, unknown>): MarkInstance;
    unmark(options?: Record<string, unknown>): MarkInstance;
    [method: string]: unknown;
  }
  const Mark: new (context: unknown) => MarkInstance;
  export default Mark;
}
