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
const DEV_ORIGIN = `https://localhost:${DEV_SERVER_PORT}`;

/** Said when a release build has no address, or a wrong one: Vietnamese first, then English. */
const HOSTING_HELP = [
  "Cần địa chỉ web (https) nơi đặt các tệp của add-in, ví dụ:",
  "  npm run build -- --env url=https://phuluc.ubnd-xa.gov.vn/addin/",
  "dist/manifest.xml khi đó trỏ mọi địa chỉ về đó. Khi phát triển trên máy mình, dùng npm start hoặc",
  "npm run dev-server (https://localhost:3000), không cần npm run build.",
  "",
  "The web address (https) the add-in's files will be served from is needed, for example:",
  "  npm run build -- --env url=https://phuluc.example.gov.vn/addin/",
  "dist/manifest.xml then points every address there. To develop on this machine, use npm start or",
  "npm run dev-server (https://localhost:3000); they need no npm run build.",
].join("\n");

/**
 * An error in the build's options, which webpack-cli prints (exit code 2) as its message alone, without
 * a stack that would bury it.
 */
function buildError(message) {
  const error = new Error(message);
  error[require("util").inspect.custom] = () => message;
  return error;
}

/**
 * The hosting address given with `--env url=…`, checked: https (Office loads add-ins over nothing
 * else), no query or fragment, and ending with "/" so that file names can follow it.
 */
function hostingUrl(text) {
  let url;
  try {
    url = new URL(String(text));
  } catch {
    throw buildError(`"${text}" không phải địa chỉ web / is not a web address.\n\n${HOSTING_HELP}`);
  }
  if (url.protocol !== "https:" || url.search || url.hash || url.username || url.password)
    throw buildError(
      `"${text}": Office chỉ nạp add-in qua https, địa chỉ không có ?… hay #… / ` +
        `Office loads add-ins over https only, from an address without ?… or #….\n\n${HOSTING_HELP}`
    );
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url;
}

/**
 * manifest.xml for the address the add-in is served from: every https://localhost:3000/… address
 * (icons, pages, the function file, the custom functions' script, page and metadata, SupportUrl) moves
 * under `url`, keeping its path, and the AppDomain becomes the url's origin. Throws when "localhost" is
 * left anywhere in it. Without a url the manifest is the development one, unchanged.
 */
function manifestFor(xml, url) {
  if (url === undefined) return xml;
  const moved = xml.split(`${DEV_ORIGIN}/`).join(url.href).split(DEV_ORIGIN).join(url.origin);
  if (/localhost/i.test(moved))
    throw buildError("manifest.xml still names localhost after moving its addresses.");
  return moved;
}

/**
 * The add-in: the task pane, the ribbon commands' function file, the dialog "Kiểm tra nhanh" opens
 * from it (quickcheck.html, beside commands.html: a dialog must be on the function file's origin) and
 * the custom functions, built into dist/ under the names manifest.xml points at
 * (https://localhost:3000/<name>).
 *
 * A release build names where it will be served from: `npm run build -- --env url=https://…/` writes
 * dist/manifest.xml with every address under that url (manifestFor). Without a url a release build
 * into dist/ stops with HOSTING_HELP: a manifest pointing at localhost installs without complaint and
 * then shows an empty pane on every commune PC, so it must not be what dist/ holds. Development
 * (`npm run dev-server`, `npm start`) serves from memory with the localhost manifest.xml of the
 * repository; a build elsewhere (--env outputPath, the tests') keeps the localhost manifest too.
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
  const url = env.url === undefined ? undefined : hostingUrl(env.url);
  if (production && url === undefined && !env.outputPath && !env.WEBPACK_SERVE)
    throw buildError(`npm run build: thiếu --env url / --env url is missing.\n\n${HOSTING_HELP}`);
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
      quickcheck: "./src/quickcheck/index.tsx",
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
      page("quickcheck", "./src/quickcheck/quickcheck.html"),
      page("functions", "./src/functions/functions.html"),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => manifestFor(content.toString("utf8"), url),
          },
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
// For tests/manifest: the manifest a release build writes, and how an address is checked.
module.exports.manifestFor = manifestFor;
module.exports.hostingUrl = hostingUrl;
