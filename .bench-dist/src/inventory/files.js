import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
export const NODE_FILE_SYSTEM = {
    stat: (path) => statSync(path),
    readdir: (path) => readdirSync(path, { withFileTypes: true }),
    readFile: (path) => readFileSync(path),
};
/** The display name of standard input. */
export const STDIN = '<stdin>';
const MANIFEST_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);
/**
 * Expands files and directories (recursively, `.yaml`/`.yml`/`.json`, sorted for determinism)
 * into inputs. A file named explicitly is read whatever its extension, as kubectl does.
 *
 * Every real directory is walked once, identified by device and inode, so symbolic links that loop
 * (`loop/self -> ../loop`, `me -> .`) end the walk instead of hanging it; a symbolic link named on
 * the command line is followed like any path. A path that cannot be read (a permission, a broken
 * link) is one diagnostic naming it, and the walk goes on: nothing here throws on user input.
 */
export function readInputs(paths, readStdin, options = {}) {
    const fs = options.fs ?? NODE_FILE_SYSTEM;
    const inputs = [];
    const diagnostics = [];
    /** `dev:ino` of each directory walked and each file read. */
    const seen = new Set();
    const unreadable = (file, what, e) => {
        diagnostics.push({ severity: 'error', code: 'unreadable-file', file, message: `cannot read ${what}: ${errnoMessage(e)}` });
    };
    const visitDirectory = (path) => {
        let entries;
        try {
            entries = fs.readdir(path);
        }
        catch (e) {
            unreadable(path, 'directory', e);
            return;
        }
        for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
            if (entry.name.startsWith('.') || entry.name === 'node_modules')
                continue;
            if (entry.isDirectory() || entry.isSymbolicLink() || isManifestName(entry.name))
                visit(join(path, entry.name), false);
        }
    };
    const readFile = (path) => {
        try {
            inputs.push({ file: path, content: fs.readFile(path) });
        }
        catch (e) {
            unreadable(path, 'file', e);
        }
    };
    /** Returns false when the path was already read (through another path or a link). */
    const visit = (path, explicit) => {
        let stat;
        try {
            stat = fs.stat(path);
        }
        catch (e) {
            // a dangling link inside a directory matters only where a manifest would have been
            if (explicit || isManifestName(path))
                unreadable(path, explicit ? 'path' : 'file (a broken symbolic link?)', e);
            return true;
        }
        const isDirectory = stat.isDirectory();
        // inside a tree, only regular files: a named pipe would block the read forever
        if (!isDirectory && !explicit && (!stat.isFile() || !isManifestName(path)))
            return true;
        const id = `${stat.dev}:${stat.ino}`;
        if (seen.has(id))
            return false; // a symbolic link back into the tree, or a path given twice
        seen.add(id);
        if (isDirectory)
            visitDirectory(path);
        else
            readFile(path);
        return true;
    };
    for (const p of paths) {
        const before = inputs.length + diagnostics.length;
        let fresh = true;
        if (p === '-')
            inputs.push({ file: STDIN, content: readStdin() });
        else
            fresh = visit(p, true);
        if (fresh && inputs.length + diagnostics.length === before) {
            diagnostics.push({ severity: 'error', code: 'no-input', file: p, message: 'no .yaml, .yml or .json files in this directory' });
        }
    }
    return { inputs, diagnostics };
}
function isManifestName(path) {
    return MANIFEST_EXTENSIONS.has(extname(path).toLowerCase());
}
function errnoMessage(e) {
    const err = e;
    if (err.code === 'ENOENT')
        return 'no such file or directory';
    if (err.code === 'EACCES' || err.code === 'EPERM')
        return 'permission denied';
    if (err.code === 'ELOOP')
        return 'too many levels of symbolic links';
    return err.message ?? String(e);
}
//# sourceMappingURL=files.js.map