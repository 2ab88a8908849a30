/** What every front end says beside a report whose appendix has no tracking columns. */
export const UNTRACKED_NOTICE =
  "Phụ lục chưa có cột theo dõi (Tiến độ, Ngày hoàn thành, Kinh phí đã sử dụng, Kết quả): chưa nhiệm vụ nào được ghi là đã làm, nên mọi nhiệm vụ trong kỳ được tính là chưa thực hiện.";
