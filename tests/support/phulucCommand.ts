import { spawnSync } from "child_process";
import { existsSync } from "fs";
import path from "path";

export const ROOT = path.join(__dirname, "..", "..");
export const SAMPLE_XLSX = path.join(ROOT, "samples", "thuong-lo-2020.xlsx");
const COMMAND = path.join(ROOT, "build", "phuluc.js");

/** Fails early and clearly when the bundled command line has not been built. */
export function requireBuiltCommand(): void {
  if (!existsSync(COMMAND)) throw new Error("build the command line first: npm run build:cli");
}

/** Runs the built command line, as `npm run phuluc --` does. */
export function phuluc(...args: string[]) {
  const run = spawnSync(process.execPath, [COMMAND, ...args], { encoding: "utf8", cwd: ROOT });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A correct appendix as CSV: Roman sections with Arabic numbers restarting, amounts with "đ". */
export const CORRECT_TABLE_CSV = [
  "STT,Nội dung,Cơ quan chủ trì,Cơ quan phối hợp,Sản phẩm,Thời hạn,Kinh phí (đồng)",
  'I,CÔNG TÁC CHỈ ĐẠO,,,,,"1.500.000"',
  '1,Ban hành kế hoạch CCHC,Văn phòng,Các ban ngành,Kế hoạch,Quý I/2025,"500.000"',
  '2,Kiểm tra CCHC,Văn phòng,Các ban ngành,Báo cáo,Quý III/2025,"1.000.000"',
  'II,CẢI CÁCH TTHC,,,,,"300.000 đ"',
  '1,Niêm yết TTHC,Bộ phận một cửa,,Sổ theo dõi,Thường xuyên,"300.000 đ"',
  ',Tổng cộng,,,,,"1.800.000"',
].join("\n");
