import ts from 'typescript';

/** Syntax errors TypeScript's parser finds in `code` read as an ES module (.mjs, top-level await allowed), or undefined. */
export function checkJavaScript(code: string): string | undefined {
  const { diagnostics = [] } = ts.transpileModule(code, {
    fileName: 'snippet.mjs',
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, allowJs: true },
  });
  if (diagnostics.length === 0) return undefined;
  return diagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')).join('\n');
}
