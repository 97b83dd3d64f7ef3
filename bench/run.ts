// npm run bench [-- --check] [-- --rounds N] [-- --smoke] [-- --reuse-build]
// Builds the app and a bare-MapLibre baseline with the same data and view, serves both, and measures
// them alternately in headless Chromium, a fresh context per round. Prints medians, spreads and
// app/baseline ratios, writes bench/results.json, and with --check fails when a budget is missed.
import { allMet, judge } from './budgets.ts';
import { clickTargets } from './click-targets.ts';
import { parseArgs } from './cli.ts';
import { readStoryCollections, syntheticTemplate } from './layers.ts';
import { measureArticle } from './measure/article.ts';
import { measureFirstIdleAndClicks } from './measure/first-idle-and-clicks.ts';
import { measureFirstPaint } from './measure/first-paint.ts';
import { measureLightEmbed } from './measure/light-embed.ts';
import { appMapSize } from './measure/map-size.ts';
import { measureScaling } from './measure/scaling.ts';
import { measureSizes } from './measure/sizes.ts';
import { measureStory } from './measure/story.ts';
import { launchBrowser, skipSettlePause, VIEWPORT } from './pages.ts';
import { printResults, printVerdicts, writeResults } from './report.ts';
import { collectResults } from './results.ts';
import { startServer } from './server.ts';
import { buildSite } from './site.ts';

const options = parseArgs(process.argv.slice(2));
if (options.smoke) skipSettlePause();
buildSite(options.reuseBuild);
const server = await startServer();
const browser = await launchBrowser();
try {
  const collections = readStoryCollections();
  const size = await appMapSize(browser);
  console.log(`bench: maps are ${size.width}×${size.height} px (the app's map at ${VIEWPORT.width}×${VIEWPORT.height})`);
  const targets = clickTargets(collections, size.width, size.height).slice(0, options.clicks);
  const main = await measureFirstIdleAndClicks(browser, size, targets, options.rounds);
  console.log(`bench: ${new Date().toISOString()} first paint vs Leaflet…`);
  const firstPaint = await measureFirstPaint(browser, size, options.rounds);
  const sizes = measureSizes(main.appFiles, main.baselineFiles);
  const scaling = await measureScaling(
    browser,
    options.scalingCases,
    options.scalingRounds,
    targets.slice(0, options.scalingClicks),
    syntheticTemplate(collections),
  );
  const article = await measureArticle(browser, options.articleRounds);
  console.log(`bench: ${new Date().toISOString()} the light embed…`);
  const lightEmbed = await measureLightEmbed(browser, options.lightEmbedRounds);
  console.log(`bench: ${new Date().toISOString()} story mode…`);
  const story = await measureStory(browser, options.storyRounds, options.storyChanges);

  const results = collectResults({
    browserVersion: browser.version(),
    rounds: options.rounds,
    size,
    main,
    firstPaint,
    sizes,
    scaling,
    article,
    lightEmbed,
    story,
  });
  const verdicts = judge(results);
  printResults(results);
  if (options.smoke) console.log('bench: smoke run: one round is not a measurement, so the budgets are not judged');
  else printVerdicts(verdicts);
  if (!options.smoke) writeResults(results, verdicts);
  if (options.check && !allMet(verdicts)) process.exitCode = 1;
} finally {
  await browser.close();
  server.stop();
}
