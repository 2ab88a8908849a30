import { unitKey } from "./unitKey";

/** Units a commune's plan usually names: where the officer's drop-down list starts; they edit it on the sheet. */
export const DEFAULT_UNITS = [
  "Văn phòng – Thống kê",
  "Tư pháp – Hộ tịch",
  "Tài chính – Kế toán",
  "Địa chính – Xây dựng",
  "Văn hóa – Xã hội",
  "Bộ phận Tiếp nhận và trả kết quả",
  "Công an xã",
  "Quân sự xã",
  "Lãnh đạo UBND xã",
  "Các ban, ngành có liên quan",
];

/** The defaults' keys: "Văn phòng, Thống kê" is one of them written with a comma. */
export const DEFAULT_KEYS: ReadonlySet<string> = new Set(
  DEFAULT_UNITS.map((unit) => unitKey(unit).key)
);
