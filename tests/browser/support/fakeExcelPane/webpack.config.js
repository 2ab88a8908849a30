/* eslint-disable no-undef */
const path = require("path");

const ROOT = path.resolve(__dirname, "..", "..", "..", "..");

/**
 * The pane over fake Excel actions (./index.tsx) built as the add-in's web bundle is (the repository's
 * webpack.config.js: its loaders, targets and taskpane.html), into --env outputPath as taskpane.html.
 * A development build: quicker, and React's warnings reach the console, where the tests see them.
 */
module.exports = async (env = {}, argv = {}) => {
  const HtmlWebpackPlugin = require("html-webpack-plugin");
  const addin = require(path.join(ROOT, "webpack.config.js"));
  const configs = await addin(env, { ...argv, mode: "development", configName: ["web"] });
  const web = configs.find((config) => config.name === "web");
  return {
    ...web,
    name: "fake-excel-pane",
    context: ROOT,
    mode: "development",
    devtool: false,
    entry: { taskpane: path.join(__dirname, "index.tsx") },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: path.join(ROOT, "src", "taskpane", "taskpane.html"),
        chunks: ["taskpane"],
        inject: "body",
        scriptLoading: "blocking",
      }),
    ],
    devServer: undefined,
  };
};
