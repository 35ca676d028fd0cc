import { test, expect } from './fixtures';
import { beforeTester, gzipTotal, scriptsOnLoad } from './support/pageScripts';
import { heaviestApiPage } from './support/heaviestApiPage';

/** What an API page may run before its tester's chunk beyond what a plain docs page runs (issue 10). */
const API_PAGE_ALLOWANCE_BYTES = 15 * 1024;
const PLAIN_PAGE = '/docs/intro';

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

// Bytes, not timings: the same build gives the same figures on a loaded machine.
for (const apiPage of ['/docs/api/re-encrypt', heaviestApiPage().path]) {
  test(`${apiPage} runs no more JavaScript before its tester than a plain page plus 15 KiB gzip`, async ({ browser, baseURL }) => {
    const plainContext = await browser.newContext();
    const plain = gzipTotal(await scriptsOnLoad(await plainContext.newPage(), baseURL + PLAIN_PAGE));
    await plainContext.close();

    const apiContext = await browser.newContext();
    const scripts = await scriptsOnLoad(await apiContext.newPage(), baseURL + apiPage, (page) =>
      page.getByRole('button', { name: 'Send', exact: true }).waitFor(),
    );
    await apiContext.close();

    expect(scripts.some((script) => script.isTester), 'the tester chunk was not seen: did its marker text change?').toBe(true);
    const early = beforeTester(scripts);
    expect(early.filter((script) => script.isBackend).map((script) => script.path), 'the backend loads only with the tester').toEqual([]);
    const before = gzipTotal(early);
    console.log(`${apiPage}: ${kib(before)} before the tester, plain page ${kib(plain)}`);
    expect(before, `${apiPage} runs ${kib(before)} before its tester; a plain page ${kib(plain)}`).toBeLessThanOrEqual(
      plain + API_PAGE_ALLOWANCE_BYTES,
    );
  });
}
