export const DEFAULT_CONFIG = {
    sensitivity: { key: 'rampart.dev/sensitivity', value: 'high' },
    pss: { level: 'restricted' },
};
//# sourceMappingURL=config.js.map