// Shared set-up for unit and component tests. Component tests opt into a DOM per file with
// `// @vitest-environment happy-dom`.
export {};
