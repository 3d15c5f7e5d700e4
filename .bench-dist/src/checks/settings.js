import picomatch from 'picomatch';
/**
 * The configuration's settings for one check: entries whose key is the check's id or a glob that
 * matches it, merged in file order (a later entry wins). Options come only from the exact id,
 * since a glob cannot know which options each check has.
 */
export function settingsFor(config, checkId) {
    let merged = {};
    for (const [pattern, settings] of Object.entries(config.checks ?? {})) {
        const exact = pattern === checkId;
        if (!exact && !picomatch(pattern, { dot: true })(checkId))
            continue;
        merged = {
            ...merged,
            ...(settings.enabled !== undefined ? { enabled: settings.enabled } : {}),
            ...(settings.severity !== undefined ? { severity: settings.severity } : {}),
            ...(exact && settings.options !== undefined ? { options: settings.options } : {}),
        };
    }
    return merged;
}
//# sourceMappingURL=settings.js.map