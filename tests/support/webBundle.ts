import { execFile } from "child_process";
import path from "path";
import { promisify } from "util";

/**
 * `webpack --config-name web --mode production --env outputPath=…` in the repository at `root`, as the
 * manifest test does. (The root is passed in: the bundled benchmark runs from build/, not from here.)
 */
export async function buildWebBundle(root: string, outputPath: string): Promise<void> {
  const cli = path.join(root, "node_modules", "webpack-cli", "bin", "cli.js");
  const args = [
    cli,
    "--config-name",
    "web",
    "--mode",
    "production",
    "--env",
    `outputPath=${outputPath}`,
  ];
  try {
    await promisify(execFile)(process.execPath, args, { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`The web build failed:\n${stdout ?? ""}\n${stderr ?? ""}`);
  }
}
