// Container image references, parsed as the kubelet parses them: with `ParseNormalizedNamed`
// from github.com/distribution/reference (the kubelet's `applyDefaultImageTag` and the API
// server's `imagePullPolicy` defaulting both call it).
//
// The grammar, from reference.go:
//
//   reference        := name [ ":" tag ] [ "@" digest ]
//   name             := [domain '/'] remote-name
//   domain           := host [':' port-number]
//   host             := domain-name | IPv4address | \[ IPv6address \]
//   domain-name      := domain-component ['.' domain-component]*
//   domain-component := /([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])/
//   port-number      := /[0-9]+/
//   path-component   := alpha-numeric [separator alpha-numeric]*
//   path             := path-component ['/' path-component]*
//   alpha-numeric    := /[a-z0-9]+/
//   separator        := /[_.]|__|[-]*/      (regexp.go, which is what runs: [-]+)
//   tag              := /[\w][\w.-]{0,127}/
//   digest           := digest-algorithm ":" digest-hex
//   digest-hex       := /[0-9a-fA-F]{32,}/
//
// The regular expressions below are regexp.go's, piece for piece. JavaScript and Go's regexp
// both pick submatches leftmost-first (as a backtracking engine would), so the captures agree.
// The digest is then validated as go-digest does (digest.go, algorithm.go), and the domain
// chosen as splitDockerDomain does (normalize.go).
// regexp.go, constants of the same names.
const alphanumeric = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const domainNameComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const optionalPort = '(?::[0-9]+)?';
const tag = '[\\w][\\w.-]{0,127}';
const digestPat = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9A-Fa-f]{32,}';
const ipv6address = '\\[(?:[a-fA-F0-9:]+)\\]';
const domainName = `${domainNameComponent}(?:\\.${domainNameComponent})*`;
const host = `(?:${domainName}|${ipv6address})`;
const domainAndPort = host + optionalPort;
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
const remoteName = `${pathComponent}(?:/${pathComponent})*`;
const namePat = `(?:${domainAndPort}/)?${remoteName}`;
/** referenceRegexp: groups 1 name, 2 tag, 3 digest. */
const REFERENCE = new RegExp(`^(${namePat})(?::(${tag}))?(?:@(${digestPat}))?$`);
/** anchoredNameRegexp: groups 1 domain, 2 path. */
const ANCHORED_NAME = new RegExp(`^(?:(${domainAndPort})/)?(${remoteName})$`);
/** anchoredIdentifierRegexp: a bare image ID, which is not a name. */
const ANCHORED_IDENTIFIER = /^[a-f0-9]{64}$/;
/** reference.go RepositoryNameTotalLengthMax: applies to the path, without the domain. */
export const REPOSITORY_NAME_MAX_LENGTH = 255;
// normalize.go
const DEFAULT_DOMAIN = 'docker.io';
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
const OFFICIAL_REPO_PREFIX = 'library/';
const LOCALHOST = 'localhost';
/**
 * Digest algorithms the kubelet can verify (go-digest's registered algorithms; Kubernetes imports
 * crypto/sha256 and crypto/sha512), with the exact hex length each requires. Lower-case hex only.
 */
export const DIGEST_ALGORITHMS = { sha256: 64, sha384: 96, sha512: 128 };
/** go-digest DigestRegexpAnchored: decides "invalid format" versus "unsupported algorithm". */
const GO_DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
/** ParseNormalizedNamed (normalize.go), then the fields a check needs. */
export function parseImageReference(input) {
    if (input === '')
        return fail('empty', 'repository name must have at least one component', 'the image is an empty string');
    if (ANCHORED_IDENTIFIER.test(input)) {
        return fail('identifier', `invalid repository name (${input}), cannot specify 64-byte hexadecimal strings`, 'an image ID is not a reference; write name@sha256:<hex>');
    }
    const [domain, remainder] = splitDockerDomain(input);
    const colon = remainder.indexOf(':');
    const remote = colon === -1 ? remainder : remainder.slice(0, colon);
    if (remote.toLowerCase() !== remote) {
        return fail('uppercase', `invalid reference format: repository name (${remote}) must be lowercase`);
    }
    return parse(`${domain}/${remainder}`, input);
}
/** Parse (reference.go) of the domain-prefixed text. */
function parse(s, input) {
    const m = REFERENCE.exec(s);
    if (!m) {
        const lower = s.toLowerCase();
        if (lower !== s && REFERENCE.test(lower))
            return fail('uppercase', 'repository name must be lowercase');
        return fail('invalid-format', 'invalid reference format', hintFor(input));
    }
    const [, name, tagValue, digest] = m;
    const nm = ANCHORED_NAME.exec(name);
    const registry = nm?.[1] ?? '';
    const path = nm ? nm[2] : name;
    if (path.length > REPOSITORY_NAME_MAX_LENGTH) {
        return fail('name-too-long', `repository name must not be more than ${REPOSITORY_NAME_MAX_LENGTH} characters`);
    }
    if (digest !== undefined) {
        const problem = validateDigest(digest);
        if (problem)
            return { ok: false, error: problem };
    }
    const fullName = registry === '' ? path : `${registry}/${path}`;
    const familiar = familiarizeName(registry, path);
    const suffix = (tagValue !== undefined ? `:${tagValue}` : '') + (digest !== undefined ? `@${digest}` : '');
    return {
        ok: true,
        reference: {
            input,
            registry,
            path,
            ...(tagValue !== undefined && { tag: tagValue }),
            ...(digest !== undefined && { digest }),
            name: fullName,
            familiarName: familiar,
            normalized: fullName + suffix,
        },
    };
}
/** splitDockerDomain (normalize.go): which first component is a registry. */
function splitDockerDomain(name) {
    const slash = name.indexOf('/');
    // One component ("familiar" name such as `ubuntu:22.04`): never a host, even `localhost`.
    if (slash === -1)
        return [DEFAULT_DOMAIN, OFFICIAL_REPO_PREFIX + name];
    const maybeDomain = name.slice(0, slash);
    const maybeRemote = name.slice(slash + 1);
    let domain;
    let remote;
    if (maybeDomain === LOCALHOST)
        [domain, remote] = [maybeDomain, maybeRemote];
    else if (maybeDomain === LEGACY_DEFAULT_DOMAIN)
        [domain, remote] = [DEFAULT_DOMAIN, maybeRemote];
    // A `.` or `:` makes it a host (`example.com`, `registry:5000`, `[::1]:5000`); so does an
    // upper-case letter, since repository paths must be lower case (`Foo/bar` is host `Foo`).
    else if (/[.:]/.test(maybeDomain) || maybeDomain.toLowerCase() !== maybeDomain)
        [domain, remote] = [maybeDomain, maybeRemote];
    else
        [domain, remote] = [DEFAULT_DOMAIN, name];
    // `docker.io/ubuntu` means `docker.io/library/ubuntu`; only on Docker Hub.
    if (domain === DEFAULT_DOMAIN && !remote.includes('/'))
        remote = OFFICIAL_REPO_PREFIX + remote;
    return [domain, remote];
}
/** familiarizeName (normalize.go): drop `docker.io/` and a one-level `library/`. */
function familiarizeName(registry, path) {
    if (registry !== DEFAULT_DOMAIN)
        return registry === '' ? path : `${registry}/${path}`;
    if (path.startsWith(OFFICIAL_REPO_PREFIX)) {
        const rest = path.slice(OFFICIAL_REPO_PREFIX.length);
        if (!rest.includes('/'))
            return rest;
    }
    return path;
}
/** go-digest Digest.Validate: a registered algorithm and exactly its length of lower-case hex. */
function validateDigest(digest) {
    const colon = digest.indexOf(':');
    const algorithm = digest.slice(0, colon);
    const encoded = digest.slice(colon + 1);
    const length = Object.hasOwn(DIGEST_ALGORITHMS, algorithm) ? DIGEST_ALGORITHMS[algorithm] : undefined;
    if (length === undefined) {
        const known = Object.keys(DIGEST_ALGORITHMS).join(', ');
        if (!GO_DIGEST.test(digest))
            return { code: 'digest-invalid', message: 'invalid checksum digest format', hint: `digest algorithm "${algorithm}" is not one of ${known}` };
        return { code: 'digest-unsupported', message: 'unsupported digest algorithm', hint: `"${algorithm}" is not one of ${known}` };
    }
    if (!new RegExp(`^[a-f0-9]{${length}}$`).test(encoded)) {
        return { code: 'digest-invalid', message: 'invalid checksum digest format', hint: `${algorithm} needs exactly ${length} lower-case hex digits, got ${encoded.length} characters` };
    }
    return undefined;
}
/** Common mistakes behind "invalid reference format", for a message a person can act on. */
function hintFor(input) {
    if (/[{}$]/.test(input))
        return 'the image looks like an unrendered template or variable';
    if (/\s/.test(input))
        return 'the image contains whitespace';
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input))
        return 'an image reference has no URL scheme; drop the "scheme://" prefix';
    const at = input.indexOf('@');
    const nameAndTag = at === -1 ? input : input.slice(0, at);
    const lastSlash = nameAndTag.lastIndexOf('/');
    const colon = nameAndTag.indexOf(':', lastSlash + 1);
    if (colon !== -1) {
        const t = nameAndTag.slice(colon + 1);
        if (t === '')
            return 'the tag after ":" is empty';
        if (t.length > 128)
            return `the tag is ${t.length} characters long; at most 128 are allowed`;
        if (!new RegExp(`^${tag}$`).test(t))
            return 'a tag starts with a letter, digit or "_" and holds only letters, digits, "_", "." and "-"';
    }
    if (at !== -1) {
        const digest = input.slice(at + 1);
        const short = /^([A-Za-z][A-Za-z0-9+._-]*):([0-9A-Fa-f]*)$/.exec(digest);
        const needed = short && Object.hasOwn(DIGEST_ALGORITHMS, short[1]) ? DIGEST_ALGORITHMS[short[1]] : undefined;
        if (short && needed !== undefined)
            return `${short[1]} needs exactly ${needed} lower-case hex digits, got ${short[2].length}`;
        if (!new RegExp(`^${digestPat}$`).test(digest))
            return 'the digest after "@" is not algorithm:hex';
    }
    return undefined;
}
function fail(code, message, hint) {
    return { ok: false, error: { code, message, ...(hint !== undefined && { hint }) } };
}
//# sourceMappingURL=reference.js.map