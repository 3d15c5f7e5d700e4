export {};
//# sourceMappingURL=coverage.js.map