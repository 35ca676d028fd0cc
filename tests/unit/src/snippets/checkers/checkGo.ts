import { runTool } from './runTool';

/**
 * Problems in a Go program: gofmt -e's syntax errors, a file gofmt would reformat, and imports the
 * program never uses (a compile error in Go that the parser alone does not report). Undefined when clean.
 */
export async function checkGo(gofmt: string, code: string): Promise<string | undefined> {
  const parsed = await runTool(gofmt, ['-e'], code);
  if (parsed.code !== 0) return parsed.stderr.trim();
  if (parsed.stdout !== `${code}\n` && parsed.stdout !== code) return 'gofmt would reformat this program';
  const imports = [...code.matchAll(/^\t"([^"]+)"$/gm)].map((match) => match[1]);
  const unused = imports.filter((path) => !code.includes(`${path.split('/').pop() ?? path}.`));
  return unused.length > 0 ? `imported and not used: ${unused.join(', ')}` : undefined;
}
