/** Wall-clock time of a production build from a cleared cache, as a reader's first build would take. */
import { execSync } from 'node:child_process';

execSync('npx docusaurus clear', { stdio: 'ignore' });
const started = performance.now();
execSync('npx docusaurus build', { stdio: 'ignore' });
console.log(`site build (cold, Rspack): ${((performance.now() - started) / 1000).toFixed(1)} s`);
