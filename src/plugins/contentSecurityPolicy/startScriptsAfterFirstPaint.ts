/**
 * One of the bundles Docusaurus writes into every page's <head> as `<script src=… defer>`, or one of the scripts
 * withRouteScripts adds there, marked `data-no-preload`: started with the others, but not fetched before the paint.
 */
const DEFERRED_SCRIPT = /<script src=("?)([^"\s>]+)\1 defer( data-no-preload)?><\/script>/g;

/**
 * The page with its deferred bundles started only after the browser has painted the server-rendered page.
 * A deferred script runs as soon as parsing ends, before the browser's next frame: the text of a long page
 * stayed unpainted until React had evaluated and hydrated everything (on a phone, seconds), though it was all in
 * the HTML. The bundles are still preloaded from <head>, so nothing downloads later; they run in their original
 * order once the document is parsed and its first contentful paint has happened, as the browser reports it
 * (Paint Timing). Two animation frames stood for that report before, and sometimes came first: the bundles then
 * ran before the reported paint, as if they had held it back, and a Lighthouse run simulated the page's first
 * paint after the whole main bundle's download on a slow network (1.5 s became 4.6 s in some runs of the same
 * page). Where Paint Timing is missing, two frames it still is.
 */
export function startScriptsAfterFirstPaint(html: string): string {
  const scripts = [...html.matchAll(DEFERRED_SCRIPT)].map((match) => ({ source: match[2], preload: match[3] === undefined }));
  if (scripts.length === 0) return html;
  const sources = scripts.map((script) => script.source);
  const preloads = scripts
    .filter((script) => script.preload)
    .map((script) => `<link rel=preload as=script href=${script.source}>`)
    .join('');
  const starter =
    '<script>(function(){' +
    `var sources=${JSON.stringify(sources)};` +
    'function start(){sources.forEach(function(source){var script=document.createElement("script");script.src=source;script.async=false;document.head.appendChild(script)})}' +
    'function afterFrames(){requestAnimationFrame(function(){requestAnimationFrame(function(){setTimeout(start,0)})})}' +
    'function afterPaint(){' +
    'var paints=typeof PerformanceObserver==="function"&&PerformanceObserver.supportedEntryTypes||[];' +
    'if(paints.indexOf("paint")<0){afterFrames();return}' +
    // Buffered: a paint reported before this observer existed is delivered to it too.
    'var observer=new PerformanceObserver(function(list){' +
    'if(list.getEntriesByName("first-contentful-paint").length===0)return;' +
    'observer.disconnect();setTimeout(start,0)});' +
    'observer.observe({type:"paint",buffered:true})}' +
    'if(document.readyState==="loading")addEventListener("DOMContentLoaded",afterPaint);else afterPaint()' +
    '})()</script>';
  let replaced = false;
  return html.replace(DEFERRED_SCRIPT, () => {
    if (replaced) return '';
    replaced = true;
    return preloads + starter;
  });
}
