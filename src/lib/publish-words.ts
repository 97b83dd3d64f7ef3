// Reader-facing words of the publishers' tools (the AMP code in the Embed dialog), in the three
// languages of the map, to be folded into the interface's message catalogue.
import type { Lang } from './types.ts';

export const PUBLISH_WORDS = {
  en: {
    ampHeading: 'For AMP pages',
    ampIntro:
      'On an AMP page, paste this instead. The map asks AMP for the height that suits its width; where AMP cannot resize it at once, the button inside shows the whole map. The page also needs AMP’s amp-iframe extension in its head.',
    ampCodeLabel: 'AMP embed code',
    ampOverflow: 'Show the whole map',
    ampCopy: 'Copy AMP code',
    copied: 'Copied.',
    copyBlocked: 'Copying is blocked here: select the code and copy it.',
  },
  vi: {
    ampHeading: 'Cho trang AMP',
    ampIntro:
      'Trên trang AMP, hãy dán đoạn mã này. Bản đồ tự yêu cầu AMP cho chiều cao phù hợp với chiều rộng của nó; nếu AMP chưa thể đổi kích thước ngay, nút bên trong khung sẽ hiện toàn bộ bản đồ. Phần head của trang cũng cần có thành phần mở rộng amp-iframe của AMP.',
    ampCodeLabel: 'Mã nhúng AMP',
    ampOverflow: 'Xem toàn bộ bản đồ',
    ampCopy: 'Sao chép mã AMP',
    copied: 'Đã sao chép.',
    copyBlocked: 'Không thể sao chép ở đây: hãy chọn đoạn mã rồi sao chép.',
  },
  zh: {
    ampHeading: '用于 AMP 页面',
    ampIntro:
      '在 AMP 页面中，请改为粘贴以下代码。地图会按其宽度向 AMP 请求合适的高度；若 AMP 无法立即调整大小，可点击框内按钮显示完整地图。页面的 head 中还需加入 AMP 的 amp-iframe 扩展。',
    ampCodeLabel: 'AMP 嵌入代码',
    ampOverflow: '显示完整地图',
    ampCopy: '复制 AMP 代码',
    copied: '已复制。',
    copyBlocked: '此处无法复制：请选中代码后手动复制。',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type PublishWords = (typeof PUBLISH_WORDS)[Lang];
