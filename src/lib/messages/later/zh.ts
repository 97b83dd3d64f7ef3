// The later parts' words in Simplified Chinese (see LaterMessages in ../catalogue.ts).
import type { LaterMessages } from '../catalogue.ts';

const count = new Intl.NumberFormat('zh-CN');
const km = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 });
const rough = new Intl.NumberFormat('zh-CN', { maximumSignificantDigits: 2 });

export const zhLater: LaterMessages = {
  philippines: '菲律宾',
  countries: { Brunei: '文莱', China: '中国', Malaysia: '马来西亚', Philippines: '菲律宾', Taiwan: '台湾', Vietnam: '越南' },
  disputed: (claimants) => `有争议。声索方：${claimants}。地名以各种语言显示。`,
  what: '类型',
  status: '状态',
  position: '位置',
  schematicSentence: '示意画法：此线连接线路上提到的地点；未描绘其实际走向，因此所画的线并非其路径',
  approximateSentence: '大致位置：根据估计绘制，并非测量所得',
  exactSentence: '精确位置（依据已公布的位置）',
  statusWords: { built: '已建成', 'part-built': '部分建成', planned: '规划中', proposed: '提议中' },
  statusAsOf: (status, when, after) => `${status}，截至${when}${after ? '（晚于文章发表时间）' : ''}`,
  lengthAsDrawn: (length, published) => `图上长度：${km.format(length)}公里${published ? `（公布的长度为${km.format(published)}公里）` : ''}`,
  lengthSchematic: (length, published) =>
    `示意线的长度（并非线路长度）：${km.format(length)}公里${published ? `（公布的长度为${km.format(published)}公里）` : ''}`,
  areaExact: (area) => `图上面积：约${km.format(area)}平方公里`,
  areaApproximate: (area) => `图上面积：约${rough.format(area)}平方公里（轮廓为大致范围）`,
  illustrative: '轮廓只表示大致位置，因此不给出面积。',
  coastDistance: (d) => `距最近海岸：约${km.format(d)}公里`,
  whatArticlesSay: '文章原文',
  andMore: (n) => `另有${count.format(n)}条。`,
  showMoreExcerpts: (n) => `再显示${count.format(n)}条摘录`,
  sourcesForData: '地图数据来源',
  showMoreSources: (n) => `再显示${count.format(n)}个来源`,
  layerOff: (title) => `它所在的图层“${title}”已关闭，因此不在地图上。`,
  showLayer: '显示该图层',
  featuresByLayer: '按图层列出',
  showAllFeatures: (n, title) => `显示“${title}”的全部${count.format(n)}项`,
  noLayerOn: '没有打开的图层。',
  close: (title) => `关闭${title}`,
  reporting: '报道',
  mapData: '地图数据',
  basemapNote: '底图：Natural Earth（公有领域）。标为大致的位置均为估计；详情面板说明每个位置可能的误差。',
  methodology: '方法：每个来源为地图提供了什么',
  copyNote: '“(copy)”表示指向保存在其他网站上的来源副本的链接。',
  embedTitle: '嵌入此地图',
  embedIntro:
    '把这段代码粘贴到文章中需要显示地图的位置。它保留当前视图（所选地点、图层、语言），预留地图的空间以免页面跳动，并且只在读者滚动到附近时才加载地图。',
  embedCode: '嵌入代码',
  copyEmbedCode: '复制嵌入代码',
  copied: '已复制。',
  copyBlocked: '此处无法复制：请选中代码后手动复制。',
  iframeIntro: '不能粘贴脚本的地方，也可以使用普通的 iframe：地图会填满给定的框架，例如 640 × 480 或 320 × 480 像素：',
  ampHeading: '用于 AMP 页面',
  ampIntro:
    '在 AMP 页面中，请改为粘贴以下代码。地图会按其宽度向 AMP 请求合适的高度；若 AMP 无法立即调整大小，可点击框内按钮显示完整地图。页面的 head 中还需加入 AMP 的 amp-iframe 扩展。',
  ampCodeLabel: 'AMP 嵌入代码',
  ampOverflow: '显示完整地图',
  ampCopy: '复制 AMP 代码',
  imageSelected: (name) => `已选：${name}`,
  imageSources: (names) => `来源：${names.join('；')}。`,
  imageBasemap: '底图：Natural Earth（公有领域）',
};
