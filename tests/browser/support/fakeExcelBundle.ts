import { execFile } from "child_process";
import path from "path";
import { promisify } from "util";

/**
 * Builds the task pane over fake Excel actions (./fakeExcelPane) into `outputPath` as taskpane.html:
 * `webpack --config tests/browser/support/fakeExcelPane/webpack.config.js`, as buildWebBundle runs the
 * add-in's build.
 */
export async function buildFakeExcelPane(root: string, outputPath: string): Promise<void> {
  const cli = path.join(root, "node_modules", "webpack-cli", "bin", "cli.js");
  const config = path.join(__dirname, "fakeExcelPane", "webpack.config.js");
  const args = [cli, "--config", config, "--env", `outputPath=${outputPath}`];
  try {
    await promisify(execFile)(process.execPath, args, { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`The fake Excel pane's build failed:\n${stdout ?? ""}\n${stderr ?? ""}`);
  }
}
