/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  transform: {
    // tsconfig's isolatedModules makes ts-jest transpile each file alone: `npm test` type-checks once, with tsc.
    "^.+\\.tsx?$": "ts-jest",
  },
  // On a busy 2-core machine a test that spawns the command or renders the pane can take more than
  // jest's default 5 s; no test measures time.
  testTimeout: 60_000,
};
