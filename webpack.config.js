/* eslint-disable no-undef */
const path = require("path");

/**
 * The command line and the scripts, bundled for Node: one file each, so that starting `phuluc`
 * does not resolve hundreds of modules. What a command loads with `import()` is a chunk of its own
 * (build/phuluc-new.js holds the workbook writer that only `phuluc new` needs), loaded when the
 * command runs: `phuluc check` starts without it.
 */
const node = {
  name: "node",
  target: "node20",
  mode: "production",
  entry: {
    phuluc: "./src/cli/phuluc.ts",
    "make-sample": "./scripts/makeSample.ts",
    bench: "./scripts/bench.ts",
    "make-corpus": "./scripts/makeCorpus.ts",
    "make-icons": "./scripts/makeIcons.ts",
  },
  output: {
    path: path.resolve(__dirname, "build"),
    filename: "[name].js",
    chunkFilename: "[name].js",
    clean: { keep: /^screenshots\// },
  },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: "ts-loader",
        exclude: /node_modules/,
        // ES modules, so that webpack sees import() and splits there (CommonJS would make it a require).
        options: { transpileOnly: true, compilerOptions: { module: "es2020" } },
      },
    ],
  },
  // Scripts find the repository from where the bundle lies.
  node: { __dirname: false },
  optimization: { minimize: false },
  performance: { hints: false },
  stats: "errors-warnings",
};

/** Where the add-in is served from while developing; manifest.xml names the same origin. */
const DEV_SERVER_PORT = 3000;

/**
 * The add-in: the task pane, the ribbon commands' function file and the custom functions, built
 * into dist/ under the names manifest.xml points at (https://localhost:3000/<name>).
 *
 * office.js is never bundled: every page loads it from Microsoft's CDN with a <script> tag (the
 * custom functions page loads custom-functions-runtime.js instead), so `Office`, `Excel` and
 * `CustomFunctions` are globals that the bundles only refer to.
 *
 * `outputPath` (webpack --env outputPath=…) builds somewhere else than dist/; the manifest test
 * builds into a temporary folder that way.
 */
async function web(env, argv) {
  // Required here, not at the top, so that `webpack --config-name node` does not load them.
  const HtmlWebpackPlugin = require("html-webpack-plugin");
  const CopyWebpackPlugin = require("copy-webpack-plugin");
  const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

  const production = (argv.mode || "production") === "production";
  const outputPath = env.outputPath ? path.resolve(env.outputPath) : path.resolve(__dirname, "dist");
  const page = (name, template) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template,
      chunks: [name],
      // The bundle runs after office.js, which the template loads first in <head>.
      inject: "body",
      scriptLoading: "blocking",
    });

  return {
    name: "web",
    // Our code is compiled down to ES2017, so that the function file and the custom functions also
    // run in the older webviews some Office builds still use (EdgeHTML stops at ES2017).
    target: ["web", "es2017"],
    mode: production ? "production" : "development",
    // Plain source maps in development too: eval() has no place in Excel's custom functions runtime.
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      functions: "./src/functions/functions.ts",
    },
    output: { path: outputPath, filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          loader: "ts-loader",
          exclude: /node_modules/,
          options: {
            transpileOnly: true,
            // ES modules let webpack drop what the pane does not use of Fluent UI.
            compilerOptions: { module: "es2020", target: "es2017" },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: "./src/functions/functions.ts", output: "functions.json" }),
      page("taskpane", "./src/taskpane/taskpane.html"),
      page("commands", "./src/commands/commands.html"),
      page("functions", "./src/functions/functions.html"),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    // functions.js is loaded on its own by Excel's custom functions runtime: no shared chunks.
    optimization: { splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
    stats: "errors-warnings",
    devServer: {
      port: DEV_SERVER_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      // No live-reload client in the bundles: Excel runs functions.js in a JavaScript-only runtime
      // with no page and no WebSocket, where the client would stop the functions registering.
      // The server still rebuilds on every change; reload the pane to see it.
      client: false,
      hot: false,
      liveReload: false,
      webSocketServer: false,
      // The certificates are made (and their root CA installed) only when serving, never on a build.
      server: env.WEBPACK_SERVE
        ? { type: "https", options: await require("office-addin-dev-certs").getHttpsServerOptions() }
        : undefined,
    },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const names = argv.configName;
  // `webpack --config-name node` (prepare, build:cli, bench) skips the add-in and its plugins.
  if (Array.isArray(names) && !names.includes("web")) return [node];
  return [node, await web(env, argv)];
};
