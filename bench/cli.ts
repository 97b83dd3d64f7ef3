// The bench's command line: npm run bench [-- --check] [-- --rounds N] [-- --smoke] [-- --reuse-build]

export type ScalingCase = { kind: 'points' | 'lines'; n: number };

export interface BenchOptions {
  /** One round, three clicks, 1,000 synthetic points and no verdicts: npm test's check that the bench still runs. */
  smoke: boolean;
  /** Exit non-zero when a budget is missed. */
  check: boolean;
  /** Measure the app already in dist/ (npm test has just built it) instead of building it again. */
  reuseBuild: boolean;
  /** Rounds of each pair of pages (--rounds N, 7 by default). */
  rounds: number;
  /** Pairs of article pages (with and without the embed). The article's LCP is about 200 ms here, and
   * one load's varies by ±50 ms on this shared machine: three times the rounds, so the median is
   * steady enough to judge a 5% budget (each pair costs about 5 s). */
  articleRounds: number;
  /** The light embed: pairs of article reads (the embed left alone, and given intent at once). */
  lightEmbedRounds: number;
  /** Story mode: rounds of stepping through every chapter (with flights, with reduced motion) and one scroll through the story. */
  storyRounds: number;
  /** Chapter changes stepped per story round: all of them, or two in a smoke run (enough to show the
   * probe still runs; the browser tests step through every chapter, with and without reduced motion). */
  storyChanges: number;
  /** Clicks on the app's features per page load. */
  clicks: number;
  /** Clicks per page load when a synthetic layer is added. */
  scalingClicks: number;
  /** Page loads per synthetic layer. */
  scalingRounds: number;
  scalingCases: ScalingCase[];
}

export function parseArgs(args: string[]): BenchOptions {
  const smoke = args.includes('--smoke');
  const rounds = smoke ? 1 : Number(args[args.indexOf('--rounds') + 1]) || 7;
  return {
    smoke,
    check: args.includes('--check'),
    reuseBuild: args.includes('--reuse-build'),
    rounds,
    articleRounds: smoke ? 1 : 3 * rounds,
    storyRounds: smoke ? 1 : 3,
    lightEmbedRounds: smoke ? 1 : 3,
    storyChanges: smoke ? 2 : Infinity,
    clicks: smoke ? 3 : 25,
    scalingClicks: smoke ? 3 : 20,
    scalingRounds: smoke ? 1 : 3,
    scalingCases: smoke
      ? [{ kind: 'points', n: 1000 }]
      : [
          { kind: 'points', n: 1000 },
          { kind: 'points', n: 10000 },
          { kind: 'points', n: 100000 },
          { kind: 'lines', n: 1000 },
          { kind: 'lines', n: 10000 },
        ],
  };
}
