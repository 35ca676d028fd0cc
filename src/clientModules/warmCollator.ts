import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

/**
 * Builds the default collator in a task of its own. Docusaurus calls localeCompare while a page hydrates (the navbar's
 * mobile menu memoizes its props sorted by name), and the first call builds the collator: about 12 ms, 46 ms at a
 * phone's speed, inside what was the longest task after hydration. Built right after the main bundle's task instead,
 * it costs the same once, in a task too short to block input.
 */
if (ExecutionEnvironment.canUseDOM) setTimeout(() => 'a'.localeCompare('b'), 0);
