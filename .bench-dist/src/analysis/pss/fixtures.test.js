// Kubernetes' own Pod Security fixtures (test/fixtures_*.go, ported in fixtures.ts), run the way
// upstream's TestFixtures/run.go walk them: every level, every policy version from v1.0 to the
// newest, every check that exists at that level and version; the minimal valid pod and the pass
// pods must be allowed, the fail pods rejected with the expected text.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PSS_CONTROLS, effectiveVersion, evaluatePod, forbiddenDetail } from './index.js';
import { FIXTURE_GENERATORS, fixturesFor, minimalValidPod } from './fixtures.js';
const maxMinor = Number(effectiveVersion('latest').slice(3));
function checksFor(level, minor) {
    return PSS_CONTROLS.filter((c) => (level === 'restricted' || c.level === 'baseline') && Number(c.versions[0].slice(3)) <= minor).map((c) => c.id);
}
let generated = 0;
let upstream = 0;
describe('Kubernetes Pod Security fixtures', () => {
    for (const level of ['baseline', 'restricted']) {
        for (let minor = 0; minor <= maxMinor; minor++) {
            const version = `v1.${minor}`;
            it(`${level} ${version}`, () => {
                const base = minimalValidPod(level, minor);
                assert.deepEqual(evaluatePod(base, level, version), [], `${level}/${version}: minimal valid pod`);
                const checks = checksFor(level, minor);
                assert.ok(checks.length > 0);
                for (const check of checks) {
                    const fixtures = fixturesFor(level, minor, check);
                    assert.ok(fixtures, `no fixture generator for ${level}/${version}/${check}`);
                    assert.ok(fixtures.fail.length > 0, `${level}/${version}/${check}: generateFail must return at least one pod`);
                    for (const { name, pod, origin } of fixtures.pass) {
                        generated++;
                        if (!origin)
                            upstream++;
                        const violations = evaluatePod(pod, level, version);
                        assert.deepEqual(violations.map((v) => v.message), [], `${level}/${version}/${check} pass "${name}"`);
                    }
                    for (const { name, pod, origin } of fixtures.fail) {
                        generated++;
                        if (!origin)
                            upstream++;
                        const violations = evaluatePod(pod, level, version);
                        assert.ok(violations.length > 0, `${level}/${version}/${check} fail "${name}" was allowed`);
                        // At restricted, restrictedVolumes replaces hostPathVolumes and reports in its own words.
                        const expected = level === 'restricted' && check === 'hostPathVolumes' ? 'restricted volume types' : fixtures.expectErrorSubstring;
                        const text = forbiddenDetail(violations);
                        assert.ok(text.includes(expected), `${level}/${version}/${check} fail "${name}": "${text}" lacks "${expected}"`);
                    }
                }
            });
        }
        it(`${level} latest is the newest version`, () => {
            for (const check of checksFor(level, maxMinor)) {
                const fixtures = fixturesFor(level, maxMinor, check);
                for (const { pod } of fixtures.pass)
                    assert.deepEqual(evaluatePod(pod, level, 'latest'), evaluatePod(pod, level, `v1.${maxMinor}`));
                for (const { pod } of fixtures.fail)
                    assert.deepEqual(evaluatePod(pod, level, 'latest'), evaluatePod(pod, level, `v1.${maxMinor}`));
            }
        });
    }
    it('covers every check with a generator', () => {
        const withFixtures = new Set(FIXTURE_GENERATORS.map((g) => g.check));
        for (const c of PSS_CONTROLS)
            assert.ok(withFixtures.has(c.id), `no fixtures for ${c.id}`);
    });
    it('counts', () => {
        // Reported by `node --test` as a diagnostic, so the number of ported fixtures is visible.
        console.log(`# pss fixtures: ${generated} pods evaluated (${upstream} from upstream generators, ${generated - upstream} Rampart additions)`);
    });
});
//# sourceMappingURL=fixtures.test.js.map