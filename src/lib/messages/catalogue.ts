// The shape of the interface's message catalogue (en.ts, vi.ts, zh.ts), and how a language's words
// are fetched: English is in the first view's code; Vietnamese and Chinese are small chunks fetched
// when a reader chooses them, so English readers pay nothing for them.
import type { Kind, Precision, Status } from '../types.ts';

export type Sentence<A extends unknown[] = []> = (...args: A) => string;

export interface Messages {
  /** The BCP 47 locale numbers and dates are formatted in. */
  locale: string;
  /** How a day is written ("11 December 2023", "11/12/2023", "2023年12月11日"). */
  dayFormat: Intl.DateTimeFormatOptions;
  /** The pages' titles and standfirsts (the English ones are written in index.html and story.html). */
  pageTitle: string;
  pageDek: string;
  pageHint: string;
  storyTitle: string;
  storyDek: string;
  /** Between the standfirst's two sentences (none in Chinese). */
  /** Before the one-line credit's names ("Sources: ICARO Media Group …"). */
  creditLabel: string;
  mapDetails: string;
  map: string;
  sources: string;
  embed: string;
  language: string;
  menu: string;
  opensNewTab: string;
  viewLargerMap: string;
  exploreMap: string;
  doneExploring: string;
  backToMap: string;
  liveMapLabel: string;
  mapControls: string;
  zoomIn: string;
  zoomOut: string;
  resetView: string;
  moveMap: string;
  panButtons: string;
  panNorth: string;
  panWest: string;
  panEast: string;
  panSouth: string;
  locator: string;
  credits: string;
  /** MapLibre's own words (the embed's cooperative gestures hint), set when the live map starts. */
  mapLibre: Record<
    'CooperativeGesturesHandler.WindowsHelpText' | 'CooperativeGesturesHandler.MacHelpText' | 'CooperativeGesturesHandler.MobileHelpText',
    string
  >;
  attribution: readonly string[];
  noFeaturesInView: string;
  cycleFeature: Sentence<[name: string, at: number, of: number]>;
  selected: Sentence<[name: string]>;
  described: Sentence<[name: string, kind: string]>;
  noWebGl: string;
  pictureInstead: Sentence<[reason: string]>;
  mapCouldNotStart: Sentence<[reason: string]>;
  mapCouldNotLoad: Sentence<[reason: string]>;
  mapError: Sentence<[reason: string]>;
  laterUiFailed: string;
  layers: string;
  featureCount: Sentence<[n: number]>;
  loading: string;
  layerFailed: Sentence<[error: string]>;
  layerFailedShort: Sentence<[error: string]>;
  downloadGeoJson: string;
  /** A layer's folded description and data download, in the legend. */
  aboutLayer: string;
  downloadGeoJsonFor: Sentence<[title: string]>;
  lineStyles: string;
  symbols: string;
  lineKey: Record<'built' | 'planned' | 'expressway' | 'schematic', string>;
  estimatedKey: string;
  rejected: Sentence<[n: number, listed: string[], more: number]>;
  kinds: Record<Kind, string>;
  precisionWords: Record<Precision, string>;
  precisionShort: Record<Precision, string>;
  precisionTag: Record<Precision, string>;
  closeDetails: string;
  captionLayerOff: string;
  more: string;
  moreAbout: Sentence<[name: string]>;
  featuresOnMap: string;
  embedFrameTitle: string;
  downloadImage: string;
  pngOfView: string;
  pngDouble: string;
  svgForPrint: string;
  /** The image's own words: the selection, the credits' line (names as published), the basemap's credit. */
  imageWorking: string;
  imageSaved: Sentence<[file: string]>;
  imageFailed: string;
  dismissNotice: string;
  moreNotices: Sentence<[n: number]>;
  ignoredParams: Sentence<[list: string, n: number]>;
  ignoredLanguage: Sentence<[value: string]>;
  ignoredLayers: Sentence<[list: string, n: number]>;
  ignoredFeature: Sentence<[value: string]>;
  ignoredChapter: Sentence<[value: string]>;
  /** "a, b and c", or "a, b, c and 9,997 more" when `rest` were left out. */
  listAnd: Sentence<[shown: string[], rest: number]>;
  articlesFailed: Sentence<[error: string]>;
  sourcesFailed: Sentence<[error: string]>;
  chaptersFailed: Sentence<[error: string]>;
  wordsFailed: string;
  loadingStory: string;
  storyChapters: string;
  previousChapter: string;
  nextChapter: string;
  chapterOf: Sentence<[n: number, of: number]>;
  chapterWord: string;
  ofWord: string;
  backToStory: string;
  exploreTheMap: string;
  onTheMap: string;
}

/** The words of the later parts (the feature panel, the list, the dialogs, the image's own words):
 * English comes with those parts' code (later/en.ts), the other languages with their first words. */
export interface LaterMessages {
  philippines: string;
  /** Claimants' names (the data's English names are the keys). */
  countries: Record<string, string>;
  disputed: Sentence<[claimants: string]>;
  what: string;
  status: string;
  position: string;
  schematicSentence: string;
  approximateSentence: string;
  exactSentence: string;
  statusWords: Record<Status, string>;
  statusAsOf: Sentence<[status: string, when: string, after: boolean]>;
  lengthAsDrawn: Sentence<[length: number, published: number | undefined]>;
  lengthSchematic: Sentence<[length: number, published: number | undefined]>;
  areaExact: Sentence<[area: number]>;
  areaApproximate: Sentence<[area: number]>;
  illustrative: string;
  coastDistance: Sentence<[km: number]>;
  whatArticlesSay: string;
  andMore: Sentence<[n: number]>;
  showMoreExcerpts: Sentence<[n: number]>;
  sourcesForData: string;
  showMoreSources: Sentence<[n: number]>;
  layerOff: Sentence<[title: string]>;
  showLayer: string;
  featuresByLayer: string;
  showAllFeatures: Sentence<[n: number, title: string]>;
  noLayerOn: string;
  close: Sentence<[title: string]>;
  reporting: string;
  mapData: string;
  basemapNote: string;
  methodology: string;
  copyNote: string;
  embedTitle: string;
  embedIntro: string;
  embedCode: string;
  copyEmbedCode: string;
  copied: string;
  copyBlocked: string;
  iframeIntro: string;
  ampHeading: string;
  ampIntro: string;
  ampCodeLabel: string;
  /** The amp-iframe's overflow button (AMP shows it when it cannot resize the frame at once). */
  ampOverflow: string;
  ampCopy: string;
  imageSelected: Sentence<[name: string]>;
  imageSources: Sentence<[names: string[]]>;
  imageBasemap: string;
}
