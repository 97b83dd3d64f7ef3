// The reader-facing words of the image export (the "Download image" control, the image's own words
// and what is announced), in the map's three languages. Same keys in each; to be folded into the
// interface's message catalogue. {name}, {list} and {file} are filled in (see fillWords).
export const EXPORT_WORDS = {
  en: {
    download: 'Download image',
    png: 'PNG of this view',
    png2x: 'PNG at double size (2×)',
    svg: 'SVG of the first view, for print',
    selected: 'Selected: {name}',
    sources: 'Sources: {list}.',
    separator: '; ',
    basemap: 'Basemap: Natural Earth (public domain)',
    working: 'Making the image…',
    saved: 'Image saved: {file}',
    failed: 'The image could not be made',
  },
  vi: {
    download: 'Tải ảnh xuống',
    png: 'PNG của khung nhìn này',
    png2x: 'PNG kích thước gấp đôi (2×)',
    svg: 'SVG của khung nhìn đầu tiên, để in',
    selected: 'Đang chọn: {name}',
    sources: 'Nguồn: {list}.',
    separator: '; ',
    basemap: 'Bản đồ nền: Natural Earth (phạm vi công cộng)',
    working: 'Đang tạo ảnh…',
    saved: 'Đã lưu ảnh: {file}',
    failed: 'Không tạo được ảnh',
  },
  zh: {
    download: '下载图片',
    png: '当前视图的 PNG',
    png2x: '双倍尺寸的 PNG（2×）',
    svg: '初始视图的 SVG，供印刷',
    selected: '已选：{name}',
    sources: '来源：{list}。',
    separator: '；',
    basemap: '底图：Natural Earth（公有领域）',
    working: '正在生成图片…',
    saved: '图片已保存：{file}',
    failed: '无法生成图片',
  },
} as const;

export type ExportWords = (typeof EXPORT_WORDS)[keyof typeof EXPORT_WORDS];

/** `words` with each {key} replaced by its value. */
export function fillWords(words: string, values: Record<string, string>): string {
  return words.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
