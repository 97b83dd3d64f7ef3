// The later parts' words in Vietnamese (see LaterMessages in ../catalogue.ts).
import type { LaterMessages } from '../catalogue.ts';

const count = new Intl.NumberFormat('vi');
const km = new Intl.NumberFormat('vi', { maximumFractionDigits: 1 });
const rough = new Intl.NumberFormat('vi', { maximumSignificantDigits: 2 });

export const viLater: LaterMessages = {
  philippines: 'Philippines',
  countries: { Brunei: 'Brunei', China: 'Trung Quốc', Malaysia: 'Malaysia', Philippines: 'Philippines', Taiwan: 'Đài Loan', Vietnam: 'Việt Nam' },
  disputed: (claimants) => `Đang tranh chấp. Các bên yêu sách: ${claimants}. Tên được ghi bằng mọi ngôn ngữ.`,
  what: 'Loại',
  status: 'Tình trạng',
  position: 'Vị trí',
  schematicSentence:
    'Vẽ theo sơ đồ: đường nối các địa điểm được nêu trên tuyến; hướng tuyến thực tế không được vẽ ở đây, nên đường trên bản đồ không phải lộ trình của nó',
  approximateSentence: 'Gần đúng: vẽ theo ước tính, không theo khảo sát',
  exactSentence: 'Chính xác (theo vị trí đã công bố)',
  statusWords: { built: 'Đã xây dựng', 'part-built': 'Đã xây dựng một phần', planned: 'Dự kiến', proposed: 'Đề xuất' },
  statusAsOf: (status, when, after) => `${status}, tính đến ${when}${after ? ' (sau thời điểm các bài báo)' : ''}`,
  lengthAsDrawn: (length, published) =>
    `Chiều dài theo hình vẽ: ${km.format(length)} km${published ? ` (chiều dài đã công bố là ${km.format(published)} km)` : ''}`,
  lengthSchematic: (length, published) =>
    `Chiều dài của hình vẽ sơ đồ (không phải của tuyến): ${km.format(length)} km${published ? ` (chiều dài đã công bố là ${km.format(published)} km)` : ''}`,
  areaExact: (area) => `Diện tích theo hình vẽ: khoảng ${km.format(area)} km²`,
  areaApproximate: (area) => `Diện tích theo hình vẽ: khoảng ${rough.format(area)} km² (đường bao là gần đúng)`,
  illustrative: 'Đường bao chỉ cho biết vị trí đại khái, nên không ghi diện tích.',
  coastDistance: (d) => `Khoảng cách đến bờ biển gần nhất: khoảng ${km.format(d)} km`,
  // The quotes that follow are English: the heading says so.
  whatArticlesSay: 'Trích nguyên văn các bài báo (tiếng Anh)',
  andMore: (n) => `Còn ${count.format(n)} mục nữa.`,
  showMoreExcerpts: (n) => `Xem thêm ${count.format(n)} trích dẫn`,
  sourcesForData: 'Nguồn dữ liệu bản đồ',
  showMoreSources: (n) => `Xem thêm ${count.format(n)} nguồn`,
  layerOff: (title) => `Lớp của nó, ${title}, đang tắt, nên nó không có trên bản đồ.`,
  showLayer: 'Hiện lớp',
  featuresByLayer: 'Đối tượng theo lớp',
  showAllFeatures: (n, title) => `Xem tất cả ${count.format(n)} mục của lớp ${title}`,
  noLayerOn: 'Không có lớp nào đang bật.',
  close: (title) => `Đóng ${title.toLocaleLowerCase('vi')}`,
  reporting: 'Bài báo',
  mapData: 'Dữ liệu bản đồ',
  basemapNote:
    'Bản đồ nền: Natural Earth (phạm vi công cộng). Các vị trí ghi là gần đúng là ước tính; bảng chi tiết cho biết mỗi vị trí có thể sai lệch bao xa.',
  methodology: 'Phương pháp: mỗi nguồn cung cấp gì cho bản đồ',
  copyNote: '“(copy)” đánh dấu đường dẫn đến bản sao của một nguồn được lưu trên trang khác.',
  embedTitle: 'Nhúng bản đồ này',
  embedIntro:
    'Dán đoạn mã này vào bài viết, ở chỗ bản đồ cần xuất hiện. Mã giữ nguyên khung nhìn hiện tại (mục đã chọn, các lớp, ngôn ngữ), giữ sẵn chỗ để trang không bị xê dịch và chỉ tải bản đồ khi người đọc cuộn tới gần.',
  embedCode: 'Mã nhúng',
  copyEmbedCode: 'Sao chép mã nhúng',
  copied: 'Đã sao chép.',
  copyBlocked: 'Không sao chép được ở đây: hãy chọn đoạn mã và sao chép.',
  iframeIntro: 'Nếu không thể dán mã script, có thể dùng một iframe thông thường: bản đồ sẽ lấp đầy khung, ví dụ 640 × 480 hoặc 320 × 480 điểm ảnh:',
  ampHeading: 'Cho trang AMP',
  ampIntro:
    'Trên trang AMP, hãy dán đoạn mã này. Bản đồ tự yêu cầu AMP cho chiều cao phù hợp với chiều rộng của nó; nếu AMP chưa thể đổi kích thước ngay, nút bên trong khung sẽ hiện toàn bộ bản đồ. Phần head của trang cũng cần có thành phần mở rộng amp-iframe của AMP.',
  ampCodeLabel: 'Mã nhúng AMP',
  ampOverflow: 'Xem toàn bộ bản đồ',
  ampCopy: 'Sao chép mã AMP',
  imageSelected: (name) => `Đang chọn: ${name}`,
  imageSources: (names) => `Nguồn: ${names.join('; ')}.`,
  imageBasemap: 'Bản đồ nền: Natural Earth (phạm vi công cộng)',
};
