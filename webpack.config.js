/* eslint-disable no-undef */
const path = require("path");

/**
 * The command line and the scripts, bundled for Node: one file each, so that starting `phuluc`
 * does not resolve hundreds of modules.
 */
const node = {
  name: "node",
  target: "node20",
  mode: "production",
  entry: {
    phuluc: "./src/cli/phuluc.ts",
    "make-sample": "./scripts/makeSample.ts",
    bench: "./scripts/bench.ts",
    "make-icons": "./scripts/makeIcons.ts",
  },
  output: { path: path.resolve(__dirname, "build"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [{ test: /\.ts$/, loader: "ts-loader", exclude: /node_modules/, options: { transpileOnly: true } }],
  },
  // Scripts find the repository from where the bundle lies.
  node: { __dirname: false },
  optimization: { minimize: false },
  performance: { hints: false },
  stats: "errors-warnings",
};

module.exports = [node];
