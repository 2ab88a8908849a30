import { TitleBlock } from "../../src/domain/titleBlock";

/** The title block of samples/thuong-lo-2020.xlsx, as readTitleBlock reads it above the "TT" header. */
export const SAMPLE_TITLE_BLOCK: TitleBlock = {
  title:
    "NHIỆM VỤ CỤ THỂ TRIỂN KHAI CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2020 VÀ DỰ TRÙ KINH PHÍ ĐỂ THỰC HIỆN CÁC NHIỆM VỤ",
  year: "2020",
  reference: {
    planNumber: "01",
    day: "06",
    month: "01",
    year: "2020",
    issuer: "UBND xã Thượng Lộ",
  },
};
