import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { evaluateLiteral } from './evaluateLiteral';
import { EXAMPLE_RECIPES } from './exampleRecipes';
import type { ExampleRecipe, ExampleTarget } from './exampleRecipes';
import { extractComponents } from './extractComponents';
import type { MdxComponent } from './extractComponents';
import { produceRecipeValues } from './produceRecipeValues';

/** A documented value that differs from what its recipe produces. */
export interface ExampleDrift {
  readonly recipe: string;
  readonly target: ExampleTarget;
  readonly documented: string;
  readonly generated: string;
}

export interface GenerateResult {
  readonly drift: readonly ExampleDrift[];
  /** Pages rewritten (empty in check mode). */
  readonly written: readonly string[];
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Produces every recipe's values and compares them with the literals at their targets.
 * With `write`, rewrites the pages whose literals differ; without, only reports the drift.
 */
export async function generateExamples(
  docsDir: string,
  { write, recipes = EXAMPLE_RECIPES }: { readonly write: boolean; readonly recipes?: readonly ExampleRecipe[] },
): Promise<GenerateResult> {
  const values = await produceRecipeValues(recipes);
  const drift: ExampleDrift[] = [];
  const edits = new Map<string, Edit[]>();
  const sources = new Map<string, string>();

  for (const recipe of recipes) {
    for (const target of recipe.targets) {
      const generated = values.get(recipe.name)?.[target.value];
      if (generated === undefined) throw new Error(`Recipe ${recipe.name} produces no ${target.value}.`);
      if (!sources.has(target.page)) sources.set(target.page, readFileSync(path.join(docsDir, target.page), 'utf8'));
      const source = sources.get(target.page) ?? '';
      const component = findComponent(source, target);
      checkContext(component, recipe, target);
      const { documented, start, end } = locateValue(source, component, target);
      if (documented === generated) continue;
      drift.push({ recipe: recipe.name, target, documented, generated });
      edits.set(target.page, [...(edits.get(target.page) ?? []), { start, end, text: generated }]);
    }
  }

  const written: string[] = [];
  if (write) {
    for (const [page, pageEdits] of edits) {
      let text = sources.get(page) ?? '';
      for (const edit of [...pageEdits].sort((a, b) => b.start - a.start)) {
        text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
      }
      writeFileSync(path.join(docsDir, page), text);
      written.push(page);
    }
  }
  return { drift, written };
}

function describe(target: ExampleTarget): string {
  return `${target.page} › ${target.section} › ${target.path}`;
}

function findComponent(source: string, target: ExampleTarget): MdxComponent {
  const prop = target.path.split('.')[0];
  const matches = extractComponents(source).filter(
    (component) => component.section.startsWith(target.section) && component.attributes[prop]?.kind === 'expression',
  );
  if (matches.length !== 1) {
    throw new Error(`${describe(target)}: expected one component with ${prop}={…} in that section, found ${matches.length}.`);
  }
  return matches[0];
}

/** Offsets of the string literal at the target's path, found inside its prop's text. */
function locateValue(
  source: string,
  component: MdxComponent,
  target: ExampleTarget,
): { documented: string; start: number; end: number } {
  const [prop, ...rest] = target.path.split('.');
  const attribute = component.attributes[prop];
  let value: unknown = evaluateLiteral(attribute.text);
  for (const key of rest) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  if (typeof value !== 'string') throw new Error(`${describe(target)}: no string literal there.`);
  const literal = JSON.stringify(value);
  const key = JSON.stringify(rest.at(-1));
  const pattern = new RegExp(`${escape(key)}\\s*:\\s*${escape(literal)}`, 'g');
  const hits = [...attribute.text.matchAll(pattern)];
  if (hits.length !== 1) throw new Error(`${describe(target)}: the value must appear once in ${prop}, found ${hits.length}.`);
  const start = attribute.start + hits[0].index + hits[0][0].length - literal.length + 1;
  return { documented: value, start, end: start + value.length };
}

/** A generated response only makes sense next to a request that asks for what the recipe made. */
function checkContext(component: MdxComponent, recipe: ExampleRecipe, target: ExampleTarget): void {
  if (!target.path.startsWith('response.') || component.name !== 'ApiExample') return;
  const request = evaluateLiteral(component.attributes.request?.text ?? '{}') as { body?: Record<string, unknown> };
  const member = recipe.input.operation === 'ReEncrypt' ? 'DestinationEncryptionContext' : 'EncryptionContext';
  const documented = JSON.stringify(request.body?.[member] ?? {});
  if (documented !== JSON.stringify(recipe.input.context)) {
    throw new Error(`${describe(target)}: the request's ${member} ${documented} is not recipe ${recipe.name}'s ${JSON.stringify(recipe.input.context)}.`);
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
