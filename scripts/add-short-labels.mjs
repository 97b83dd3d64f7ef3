// One-off: adds short map labels (label_en/vi/zh) to story features by id. Kept for re-running after merges.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
const L = {
  'kh-station-kunming-north': ['Kunming', 'Côn Minh', '昆明'],
  'kh-station-yuxi': ['Yuxi', 'Ngọc Khê', '玉溪'],
  'kh-station-kaiyuan': ['Kaiyuan', 'Khai Viễn', '开远'],
  'kh-station-mengzi-north': ['Mengzi', 'Mông Tự', '蒙自'],
  'kh-station-hekou': ['Hekou', 'Hà Khẩu', '河口'],
  'kh-station-hekou-north': ['Hekou North', 'Hà Khẩu Bắc', '河口北'],
  'kh-station-lao-cai': ['Lào Cai', 'Lào Cai', '老街'],
  'kh-station-yen-bai': ['Yên Bái', 'Yên Bái', '安沛'],
  'kh-station-viet-tri': ['Việt Trì', 'Việt Trì', '越池'],
  'kh-station-hanoi': ['Hanoi', 'Hà Nội', '河内'],
  'kh-station-hai-phong': ['Haiphong', 'Hải Phòng', '海防'],
  'link-crossing-friendship-pass': ['Friendship Pass', 'Hữu Nghị', '友谊关'],
  'link-crossing-mong-cai-dongxing': ['Móng Cái–Dongxing', 'Móng Cái – Đông Hưng', '东兴—芒街'],
  'link-crossing-lao-cai-hekou': ['border crossing', 'cửa khẩu', '口岸'],
  'ree-dong-pao': ['Dong Pao', 'Đông Pao', '东堡'],
  'ree-nam-xe': ['Nam Xe', 'Nậm Xe', '南些'],
  'ree-yen-phu': ['Yen Phu', 'Yên Phú', '安富'],
  'ree-ben-den': ['Ben Den', 'Bến Đền', '本登'],
  'hainan-undersea-data-centre': ['Undersea data centre', 'Trung tâm dữ liệu dưới biển', '海底数据中心'],
  'scs-paracel-islands': ['Paracel Is.', 'Hoàng Sa', '西沙群岛'],
  'scs-spratly-islands': ['Spratly Is.', 'Trường Sa', '南沙群岛'],
  'scs-china-claimed-line': ['China’s claimed line', 'Đường yêu sách của Trung Quốc', '中国主张的断续线'],
  'scs-cable-landing-vung-tau': ['Vung Tau cable landing', 'Cáp biển Vũng Tàu', '头顿光缆登陆点'],
  'scs-cable-landing-da-nang': ['Da Nang cable landing', 'Cáp biển Đà Nẵng', '岘港光缆登陆点'],
};
const dir = process.argv[2] ?? 'geo';
for (const file of readdirSync(dir).filter((f) => f.endsWith('.geojson'))) {
  const text = readFileSync(`${dir}/${file}`, 'utf8');
  let changed = text;
  for (const [id, [en, vi, zh]] of Object.entries(L)) {
    // Inserts after the feature's name_zh, keeping the file's formatting.
    const re = new RegExp(`("id": "${id}",[\\s\\S]*?"name_zh": "[^"]*")(,?)`);
    changed = changed.replace(re, (m, head, comma) =>
      m.includes('label_en')
        ? m
        : `${head},\n        "label_en": ${JSON.stringify(en)},\n        "label_vi": ${JSON.stringify(vi)},\n        "label_zh": ${JSON.stringify(zh)}${comma}`,
    );
  }
  if (changed !== text) writeFileSync(`${dir}/${file}`, changed);
}
