import { readKmsReference } from '../../../../../scripts/kmsReference';
import type { ReferenceMember } from '../../../../../scripts/kmsReference';
import type { JsonObject, JsonValue } from '../../../../../src/json/JsonValue';
import { kebabCase } from '../../../../../src/snippets/kebabCase';
import { runTool } from './runTool';

const operations = readKmsReference().operations;
/** Options every `aws` command takes that the snippets use. */
const globalOptions = new Set(['--endpoint-url', '--region']);

// Stands in for the CLI: prints the words bash hands it, NUL-separated, reading fileb:// files (the process
// substitutions) while they are still open, so the check sees the exact bytes the CLI would send.
const recordArguments = `aws() {
  local word
  for word in "$@"; do
    if [[ $word == fileb://* ]]; then printf 'fileb-base64:%s\\0' "$(base64 -w0 < "\${word#fileb://}")"; else printf '%s\\0' "$word"; fi
  done
}
`;

function parseShorthandMap(text: string): JsonValue {
  return Object.fromEntries(text.split(',').map((pair) => pair.split('=', 2) as [string, string]));
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Whether the words after `--option` say `value` of `member` as the CLI reads it. */
function saysValue(words: readonly string[], value: JsonValue, member: ReferenceMember): boolean {
  if (member.type === 'blob' && typeof value === 'string') return words.length === 1 && words[0] === `fileb-base64:${value}`;
  if (typeof value === 'string' || typeof value === 'number') return words.length === 1 && words[0] === String(value);
  const scalarList = member.type === 'list' && Array.isArray(value) && value.length > 0 && value.every((item) => typeof item !== 'object');
  if (scalarList) return sameJson(words, value.map(String));
  if (words.length !== 1) return false;
  try {
    const read = member.type === 'map' && !words[0].startsWith('{') ? parseShorthandMap(words[0]) : (JSON.parse(words[0]) as unknown);
    return sameJson(read, value);
  } catch {
    return false;
  }
}

/**
 * Problems in an AWS CLI snippet, or undefined: bash -n must accept it; `aws kms <command>` and every
 * `--option` must exist in the model (reference/kms-ops.json); and when `body` is given, the words bash
 * passes the CLI must carry every member's value unchanged (quoting that splits or mangles one fails).
 */
export async function checkAwsCli(code: string, body?: JsonObject): Promise<string | undefined> {
  const syntax = await runTool('bash', ['-n'], code);
  if (syntax.code !== 0) return `bash -n: ${syntax.stderr.trim()}`;
  const run = await runTool('bash', ['-c', `${recordArguments}${code}`], '');
  if (run.code !== 0) return `bash: ${run.stderr.trim()}`;
  const words = run.stdout.split('\0').slice(0, -1);
  if (words[0] !== 'kms') return `not an aws kms command: aws ${words.slice(0, 2).join(' ')}`;
  const operation = operations.find((candidate) => kebabCase(candidate.name) === words[1]);
  if (!operation) return `the model has no command aws kms ${words[1]}`;
  const options = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const word of words.slice(2)) {
    if (word.startsWith('--')) {
      // --option=value, how a value that starts with "-" must be given.
      const [name, ...attached] = word.split('=');
      if (options.has(name)) return `${name} given twice`;
      current = attached.length > 0 ? [attached.join('=')] : [];
      options.set(name, current);
    } else if (current === undefined) {
      return `a stray word before any option: ${word}`;
    } else {
      current.push(word);
    }
  }
  const byOption = new Map(operation.input.map((member) => [`--${kebabCase(member.name)}`, member]));
  for (const [option, values] of options) {
    if (globalOptions.has(option)) continue;
    const negated = option.startsWith('--no-') ? byOption.get(`--${option.slice('--no-'.length)}`) : undefined;
    const member = byOption.get(option) ?? negated;
    if (!member) return `aws kms ${words[1]} has no option ${option}`;
    if (member.type === 'boolean' && values.length > 0) return `${option} is a flag but is given ${values.join(' ')}`;
    if (member.type !== 'boolean' && (negated || values.length === 0)) return `${option} needs a value`;
  }
  for (const [name, value] of Object.entries(body ?? {})) {
    const member = operation.input.find((candidate) => candidate.name === name);
    if (!member || value === null) continue;
    const option = `--${kebabCase(name)}`;
    if (member.type === 'boolean') {
      if (!options.has(value === true ? option : `--no-${kebabCase(name)}`)) return `${name}: ${String(value)} is not said`;
      continue;
    }
    const words = options.get(option);
    if (!words) return `${name} is missing (${option})`;
    if (!saysValue(words, value, member)) return `${name}: the CLI would read ${JSON.stringify(words)}, not ${JSON.stringify(value)}`;
  }
  return undefined;
}
