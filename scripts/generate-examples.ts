/**
 * Regenerates the example ciphertexts, data keys and plaintexts in docs/ from the recipe table
 * in scripts/examples/exampleRecipes.ts. `--check` writes nothing and exits 1 when a page is stale.
 *
 *   npm run docs:examples            rewrite stale values
 *   npm run docs:examples -- --check verify only (CI)
 */
import path from 'node:path';
import { generateExamples } from './examples/generateExamples';

async function main(argv: readonly string[]): Promise<number> {
  const check = argv.includes('--check');
  const docsDir = path.resolve(process.cwd(), 'docs');
  const { drift, written } = await generateExamples(docsDir, { write: !check });
  for (const { recipe, target } of drift) {
    console.log(`${check ? 'stale' : 'updated'}: ${target.page} › ${target.section} › ${target.path} (recipe ${recipe})`);
  }
  if (check) {
    console.log(drift.length === 0 ? 'Docs examples are up to date.' : `${drift.length} example value(s) are stale: run npm run docs:examples.`);
    return drift.length === 0 ? 0 : 1;
  }
  console.log(written.length === 0 ? 'Docs examples were already up to date.' : `Rewrote ${written.join(', ')}.`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
