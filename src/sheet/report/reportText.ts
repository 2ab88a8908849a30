import { PeriodOfYear, periodWithYear } from "../../domain/report/periods";
import { PROGRESS_LABELS } from "../../domain/tracking/tracking";

const two = (n: number) => String(n).padStart(2, "0");

/** The Vietnamese of the report sheets (Nghị định 30's header block, the tables, the charts). */
export const reportText = {
  /** Short names for the sheet tabs (at most 31 characters with the year and the part). */
  periodShort: {
    q1: "Quý I",
    h1: "6 tháng",
    q3: "Quý III",
    "9m": "9 tháng",
    year: "Năm",
  } as Record<string, string>,
  sheetName: (period: string, year: number) => `BC ${period} ${year}`,
  unitSheetName: (period: string, year: number) => `BC ${period} ${year} - bộ phận`,
  sectionSheetName: (period: string, year: number) => `BC ${period} ${year} - mục`,
  nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  motto: "Độc lập - Tự do - Hạnh phúc",
  issuerPlaceholder: "ỦY BAN NHÂN DÂN …",
  documentNumber: "Số: …/BC-UBND",
  /** Leading zeros for days below 10 and for months 1 and 2 (Nghị định 30). */
  placeAndDate: (place: string | null, day: number, month: number, year: number) =>
    `${place ?? "…"}, ngày ${two(day)} tháng ${month <= 2 ? two(month) : month} năm ${year}`,
  heading: "BÁO CÁO",
  title: (period: PeriodOfYear) =>
    `Kết quả thực hiện Kế hoạch cải cách hành chính ${periodWithYear(period)}`,
  window: (from: string, to: string, asOf: string, outside: number) =>
    `(Số liệu từ ngày ${from} đến ngày ${to}, tình hình tính đến ngày ${asOf}${
      outside > 0 ? `; ${outside} nhiệm vụ khác của kế hoạch không thuộc kỳ này` : ""
    })`,
  summaryHeading: "I. KẾT QUẢ CHUNG",
  periodHeading: "II. CÁC NHIỆM VỤ TRONG KỲ",
  onDemandHeading: "III. CÁC NHIỆM VỤ THỰC HIỆN KHI CÓ YÊU CẦU",
  noTasks: "Không có nhiệm vụ nào.",
  summary: {
    inPeriod: "Số nhiệm vụ trong kỳ",
    done: "Đã hoàn thành",
    inProgress: "Đang thực hiện",
    notStarted: "Chưa thực hiện",
    late: "Hoàn thành trễ hạn (trong số đã hoàn thành)",
    overdue: "Quá hạn chưa hoàn thành",
    doneRate: "Tỷ lệ hoàn thành",
    onDemand: "Nhiệm vụ thực hiện khi có yêu cầu",
    planned: "Kinh phí kế hoạch (đồng)",
    spent: "Kinh phí đã sử dụng (đồng)",
    spentRate: "Tỷ lệ sử dụng kinh phí",
  },
  columns: {
    number: "TT",
    task: "Nhiệm vụ",
    lead: "Bộ phận chủ trì",
    schedule: "Thời gian thực hiện",
    deadline: "Hạn",
    progress: "Tiến độ",
    completed: "Ngày hoàn thành",
    result: "Kết quả",
    planned: "Kinh phí kế hoạch (đồng)",
    spent: "Kinh phí đã sử dụng (đồng)",
    note: "Ghi chú",
    row: "Dòng PL",
    section: "Mục số",
    units: "STT bộ phận",
  },
  overdue: "Quá hạn",
  late: "Hoàn thành trễ hạn",
  /** The Tiến độ list's own labels, which the counts match. */
  progress: PROGRESS_LABELS,
  recipients: "Nơi nhận:",
  recipientLines: ["- …;", "- Lưu: VT."],
  signature: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
  progressChart: "Tiến độ các nhiệm vụ trong kỳ",
  budgetChart: "Kinh phí kế hoạch và đã sử dụng theo mục",
  unitTitle: "KẾT QUẢ THỰC HIỆN THEO BỘ PHẬN CHỦ TRÌ",
  sectionTitle: "KẾT QUẢ THỰC HIỆN THEO MỤC CỦA KẾ HOẠCH",
  partTitle: (period: PeriodOfYear) =>
    `(Kèm theo Báo cáo kết quả thực hiện Kế hoạch cải cách hành chính ${periodWithYear(period)})`,
  unitColumns: [
    "STT",
    "Bộ phận chủ trì",
    "Số nhiệm vụ (trong kỳ và khi có yêu cầu)",
    "Đã hoàn thành",
    "Quá hạn",
    "Tỷ lệ hoàn thành",
    "Kinh phí kế hoạch (đồng)",
    "Kinh phí đã sử dụng (đồng)",
  ],
  unitCounting:
    "Mỗi nhiệm vụ được tính cho từng bộ phận chủ trì ghi ở nhiệm vụ đó (cột “STT bộ phận” ở trang báo cáo của kỳ).",
  unassigned: (count: number) =>
    `${count} nhiệm vụ chưa ghi bộ phận chủ trì, không tính cho bộ phận nào.`,
  sectionColumns: [
    "TT",
    "Mục",
    "Số nhiệm vụ (trong kỳ và khi có yêu cầu)",
    "Đã hoàn thành",
    "Tỷ lệ hoàn thành",
    "Kinh phí kế hoạch (đồng)",
    "Kinh phí đã sử dụng (đồng)",
    "Tỷ lệ sử dụng kinh phí",
  ],
  total: "Tổng cộng",
  plannedSeries: "Kế hoạch",
  spentSeries: "Đã sử dụng",
};
