import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A CSS module maps a class its stylesheet does not define to undefined, which React drops but a template string
 * writes as class="undefined" (ParamsTable's rows are an HTML string). Every class the site's code asks a module
 * for must be one its stylesheet defines.
 */
const srcDir = path.resolve(__dirname, '../../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The class names a stylesheet defines: every `.name` outside comments. */
function definedClasses(cssFile: string): Set<string> {
  const css = readFileSync(cssFile, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  return new Set([...css.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((match) => match[1]));
}

/** Each use of `<name>.<member>` or `<name>['member']` in the code, the import itself left out. */
function usedMembers(code: string, name: string): Set<string> {
  const uses = [...code.matchAll(new RegExp(`\\b${name}\\.([_a-zA-Z]\\w*)`, 'g')), ...code.matchAll(new RegExp(`\\b${name}\\['([\\w-]+)'\\]`, 'g'))];
  return new Set(uses.map((match) => match[1]));
}

interface ModuleUse {
  readonly file: string;
  readonly stylesheet: string;
  readonly used: ReadonlySet<string>;
}

function moduleUses(): ModuleUse[] {
  return sourceFiles(srcDir).flatMap((file) => {
    const code = readFileSync(file, 'utf8');
    return [...code.matchAll(/^import\s+(\w+)\s+from\s+'(\.[^']+\.module\.css)';$/gm)].map((match) => {
      const [statement, name, specifier] = match;
      return { file, stylesheet: path.resolve(path.dirname(file), specifier), used: usedMembers(code.replace(statement, ''), name) };
    });
  });
}

describe('CSS module classes', () => {
  const uses = moduleUses();

  it('finds the modules the components import', () => {
    expect(uses.length).toBeGreaterThan(20);
  });

  it('asks each module only for classes its stylesheet defines', () => {
    const missing = uses.flatMap(({ file, stylesheet, used }) => {
      const defined = definedClasses(stylesheet);
      return [...used].filter((member) => !defined.has(member)).map((member) => `${path.relative(srcDir, file)}: .${member} is not in ${path.basename(stylesheet)}`);
    });
    expect(missing).toEqual([]);
  });

  it("checks the classes ParamsTable's rows ask for, which reach them as an object", () => {
    const rowsCode = readFileSync(path.join(srcDir, 'components/ParamsTable/rowsHtml.ts'), 'utf8');
    const defined = definedClasses(path.join(srcDir, 'components/ParamsTable/styles.module.css'));
    const asked = usedMembers(rowsCode, 'classes');
    expect(asked.size).toBeGreaterThan(10);
    expect([...asked].filter((member) => !defined.has(member))).toEqual([]);
  });
});
