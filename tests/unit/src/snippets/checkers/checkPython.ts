import { runTool } from './runTool';

// One interpreter for many snippets: Python's start-up costs more than parsing a snippet.
const parseEach = `
import ast, json, sys
problems = []
for index, code in enumerate(json.load(sys.stdin)):
    try:
        ast.parse(code, "<snippet %d>" % index)
        problems.append(None)
    except SyntaxError as error:
        problems.append("SyntaxError: %s (line %s)" % (error.msg, error.lineno))
json.dump(problems, sys.stdout)
`;

/** For each snippet, what Python's own parser (ast.parse) finds wrong with it, or undefined when it parses. */
export async function checkPythonAll(codes: readonly string[]): Promise<(string | undefined)[]> {
  const result = await runTool('python3', ['-c', parseEach], JSON.stringify(codes));
  if (result.code !== 0) throw new Error(`python3 failed: ${result.stderr}`);
  return (JSON.parse(result.stdout) as (string | null)[]).map((problem) => problem ?? undefined);
}

/** What Python's own parser finds wrong with `code`, or undefined when it parses. */
export async function checkPython(code: string): Promise<string | undefined> {
  const [problem] = await checkPythonAll([code]);
  return problem;
}
