export const id = 150;
export const ids = [150];
export const modules = {

/***/ 8150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planMigration: () => (/* binding */ planMigration)
});

// EXTERNAL MODULE: ./src/check/analyse.ts + 16 modules
var analyse = __webpack_require__(4274);
// EXTERNAL MODULE: ./src/check/rules/stored-keys.ts
var stored_keys = __webpack_require__(9030);
// EXTERNAL MODULE: ./src/check/stored-keys/find.ts
var find = __webpack_require__(8758);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/check/model.ts
var model = __webpack_require__(4293);
// EXTERNAL MODULE: ./src/check/reading/workflow-file.ts + 2 modules
var workflow_file = __webpack_require__(3449);
;// CONCATENATED MODULE: ./src/migrate/yaml-text.ts
// Editing a workflow's text at the ranges `yaml` reports, so every byte outside an edit stays.

/** The file's node tree with ranges; its keys were checked already when the workflow was read. */
function parseText(text) {
    return (0,dist/* parseDocument */.Tp)(text, { keepSourceTokens: true, uniqueKeys: false });
}
/** The pair with this key in a map node, if the node is a map. */
function pairIn(map, key) {
    if (!(0,dist/* isMap */.jh)(map))
        return undefined;
    return map.items.find((pair) => (0,dist/* isPair */.tO)(pair) && (0,dist/* isScalar */.jn)(pair.key) && String(pair.key.value) === key);
}
function lineStart(text, at) {
    return text.lastIndexOf('\n', at - 1) + 1;
}
/** Where the line holding `at` ends: its `\n` or `\r\n` (or the text's end). */
function lineEnd(text, at) {
    const end = text.indexOf('\n', at);
    if (end < 0)
        return text.length;
    return end > at && text[end - 1] === '\r' ? end - 1 : end;
}
function columnOf(text, at) {
    return at - lineStart(text, at);
}
/** Where a pair's last non-blank text ends: after its value, before trailing blank lines. */
function pairEnd(text, pair) {
    const end = pair.value?.range?.[1] ?? pair.key?.range?.[1] ?? 0;
    let at = end;
    while (at > 0 && /\s/.test(text[at - 1]))
        at--;
    return lineEnd(text, Math.max(at - 1, 0));
}
/** The line where a map's last entry ends. */
function mapEnd(text, map) {
    const last = map.items.at(-1);
    return last ? pairEnd(text, last) : lineEnd(text, map.range?.[0] ?? 0);
}
/** The column a block map's keys start at. */
function keyColumn(text, map) {
    const first = map.items[0]?.key?.range?.[0] ?? map.range?.[0] ?? 0;
    return columnOf(text, first);
}
/** A pair's lines, from its key's line to its value's last line, for removal. */
function pairLines(text, pair) {
    const start = lineStart(text, pair.key?.range?.[0] ?? 0);
    const end = pairEnd(text, pair);
    const newline = text.startsWith('\r\n', end) ? 2 : 1;
    return { start, end: Math.min(end + newline, text.length), text: '' };
}
function sourceOf(text, node) {
    const range = node?.range;
    return range ? text.slice(range[0], range[1]) : '';
}
function isFlow(text, node) {
    const source = sourceOf(text, node).trimStart();
    return source.startsWith('{') || source.startsWith('[');
}
/** Applies edits that do not overlap; throws if two do, as that would be a bug. */
function applyEdits(text, edits) {
    // Stable by start, so insertions at one place keep the order they were made in.
    const sorted = edits
        .map((edit, order) => ({ edit, order }))
        .sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.order - b.order);
    const parts = [];
    let at = 0;
    for (const { edit } of sorted) {
        if (edit.start < at)
            throw new Error('overlapping edits');
        parts.push(text.slice(at, edit.start), edit.text);
        at = edit.end;
    }
    parts.push(text.slice(at));
    return parts.join('');
}

;// CONCATENATED MODULE: ./src/migrate/diff.ts
// A unified diff of a rewrite, read off its edits: each edit widened to whole lines, with three
// lines of context, in time proportional to the file.

const CONTEXT = 3;
function unifiedDiff(path, before, edits) {
    const segments = segmentsOf(before, edits);
    if (segments.length === 0)
        return '';
    const lineAt = lineIndex(before);
    const lines = before.split('\n');
    const changes = segments.map((segment) => {
        const oldText = before.slice(segment.start, segment.end);
        const newText = applyEdits(oldText, segment.edits.map((edit) => ({
            ...edit,
            start: edit.start - segment.start,
            end: edit.end - segment.start
        })));
        return trimmed({
            first: lineAt(segment.start),
            removed: linesOf(oldText),
            added: linesOf(newText)
        });
    });
    const out = [`--- a/${path}`, `+++ b/${path}`];
    let index = 0;
    let shift = 0;
    while (index < changes.length) {
        let last = index;
        while (last + 1 < changes.length &&
            (changes[last + 1]?.first ?? 0) -
                ((changes[last]?.first ?? 0) + (changes[last]?.removed.length ?? 0)) <=
                2 * CONTEXT) {
            last++;
        }
        const group = changes.slice(index, last + 1);
        out.push(...hunk(lines, group, shift));
        for (const change of group)
            shift += change.added.length - change.removed.length;
        index = last + 1;
    }
    return `${out.join('\n')}\n`;
}
/** A change without the lines its old and new text share at either end. */
function trimmed({ first, removed, added }) {
    let head = 0;
    while (head < removed.length && head < added.length && removed[head] === added[head])
        head++;
    let tail = 0;
    while (tail < removed.length - head &&
        tail < added.length - head &&
        removed[removed.length - 1 - tail] === added[added.length - 1 - tail]) {
        tail++;
    }
    return {
        first: first + head,
        removed: removed.slice(head, removed.length - tail),
        added: added.slice(head, added.length - tail)
    };
}
/** One hunk; `shift` is how many lines earlier hunks added to the new file. */
function hunk(lines, changes, shift) {
    const firstChange = changes[0];
    const lastChange = changes.at(-1);
    const total = lines.at(-1) === '' ? lines.length - 1 : lines.length;
    const start = Math.max(firstChange.first - CONTEXT, 0);
    const end = Math.min(lastChange.first + lastChange.removed.length + CONTEXT, total);
    const body = [];
    let at = start;
    let oldCount = 0;
    let newCount = 0;
    for (const change of changes) {
        for (; at < change.first; at++, oldCount++, newCount++)
            body.push(` ${lines[at]}`);
        body.push(...change.removed.map((line) => `-${line}`));
        body.push(...change.added.map((line) => `+${line}`));
        oldCount += change.removed.length;
        newCount += change.added.length;
        at += change.removed.length;
    }
    for (; at < end; at++, oldCount++, newCount++)
        body.push(` ${lines[at]}`);
    const range = (from, count) => `${count === 0 ? from : from + 1},${count}`;
    return [`@@ -${range(start, oldCount)} +${range(start + shift, newCount)} @@`, ...body];
}
/** Edits widened to the whole lines they touch, merged where they share a line. */
function segmentsOf(text, edits) {
    const segments = [];
    for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
        const start = text.lastIndexOf('\n', edit.start - 1) + 1;
        const atLineStart = (at) => at === 0 || text[at - 1] === '\n';
        const end = edit.end > start && atLineStart(edit.end)
            ? edit.end
            : edit.start === edit.end && edit.start === start
                ? start
                : afterLine(text, edit.end);
        const previous = segments.at(-1);
        if (previous && start < previous.end) {
            previous.end = Math.max(previous.end, end);
            previous.edits.push(edit);
        }
        else if (previous && start === previous.end && previous.start === previous.end) {
            previous.end = end;
            previous.edits.push(edit);
        }
        else {
            segments.push({ start, end, edits: [edit] });
        }
    }
    return segments;
}
function afterLine(text, at) {
    const newline = text.indexOf('\n', at);
    return newline < 0 ? text.length : newline + 1;
}
function linesOf(text) {
    if (text === '')
        return [];
    const lines = text.split('\n');
    if (lines.at(-1) === '')
        lines.pop();
    return lines;
}
/** The 0-based line of an offset, by binary search over line starts. */
function lineIndex(text) {
    const starts = [0];
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1))
        starts.push(at + 1);
    return (at) => {
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (starts[middle] <= at)
                low = middle;
            else
                high = middle - 1;
        }
        return low;
    };
}

// EXTERNAL MODULE: ./src/check/expressions.ts + 19 modules
var expressions = __webpack_require__(2593);
// EXTERNAL MODULE: ./src/check/rules/triggers.ts
var triggers = __webpack_require__(2531);
;// CONCATENATED MODULE: ./src/migrate/refusals.ts
// Where a stored-key push cannot be moved safely by editing the workflow, and what to do instead.



const GENERATED = /auto-generated|this (?:file|code) was generated|generated by|do not (?:edit|modify)/i;
/** The generator a workflow's header names, when the file says it is generated from build code. */
function generatedBy(source) {
    const header = /^(?:\s*(?:#.*)?\r?\n)*/.exec(source)?.[0] ?? '';
    if (!GENERATED.test(header))
        return undefined;
    if (/nuke/i.test(header))
        return 'Nuke';
    if (/cake/i.test(header))
        return 'Cake';
    if (/\bfake\b|\.fsx\b/i.test(header))
        return 'FAKE';
    return 'a generator';
}
function generatedRefusal(generator) {
    return {
        why: `the workflow file says it is generated by ${generator}: an edit here is overwritten the next time it is generated`,
        instead: generator === 'Nuke'
            ? 'change the build: grant `id-token: write` in the [GitHubActions] attribute (WritePermissions/EnableGitHubToken aside), run `acme/nuget-login@v1` before the publish target, and pass its key to the push instead of the secret; or stop generating the file (AutoGenerate = false) and run `nuget-login migrate` again'
            : `change the ${generator} code that writes this file so the job grants \`id-token: write\`, logs in with \`acme/nuget-login@v1\` and passes its key to the push; or stop generating the file and run \`nuget-login migrate\` again`
    };
}
/** The refusal for a job's pushes, if any; `keyNames` are the env names that carry the key. */
function refusalFor(file, jobId, job, pushes, others, firstIndex, keyNames, facts) {
    const remote = pushes.find((push) => push.shape === 'remote reusable workflow');
    if (remote) {
        return {
            why: `the key goes to ${remote.calls}, a reusable workflow of another repository: nuget.org matches a policy only for a workflow of the repository that runs it`,
            instead: 'copy the publishing job into this repository (or a reusable workflow of this repository), where the login can run, and migrate that'
        };
    }
    const undecided = pushes.find((push) => push.runTimeSource);
    if (undecided) {
        return {
            why: `a push's feed is decided at run time (an expression or variable as its --source), so its key may go to nuget.org on some runs and to another feed on others`,
            instead: 'give each feed its own push step with its own source and key (and a condition), then run `nuget-login migrate` again, or make the change by hand with a login step whose `if:` matches the nuget.org runs'
        };
    }
    const elsewhere = pushes.find((push) => push.alsoElsewhere);
    if (elsewhere) {
        return {
            why: 'the build step is handed the key and another feed as well, so it may push elsewhere with the same key',
            instead: "split the build's pushes: pass the login's key only to the nuget.org push, and keep the other feed's own credential for the other"
        };
    }
    const secrets = new Set(pushes.map((push) => push.secret));
    const shared = others.find((push) => secrets.has(push.secret));
    if (shared) {
        return {
            why: `the same secret secrets.${shared.secret} also goes to a push whose feed is ${shared.destination === 'other' ? 'not nuget.org' : 'decided at run time'}`,
            instead: 'give that feed its own secret first, then migrate the nuget.org push (or make the change by hand)'
        };
    }
    const readers = [...secrets].map((secret) => `secrets.${secret}`).concat(keyNames);
    const conditions = [job.if, ...(0,model/* stepsOf */.B_)(job).map((step) => step.if)].map((condition) => (0,expressions/* conditionText */.D3)(condition) ?? (0,model/* text */.Qq)(condition));
    const guarded = conditions.find((condition) => readers.some((reader) => new RegExp(`\\b${reader.replace('.', '\\.')}\\b`).test(condition)));
    if (guarded !== undefined) {
        return {
            why: `a condition reads the key (\`if: ${guarded}\`), and a step's condition cannot read the login's output in the same way`,
            instead: "decide the release by the event or ref instead (for example `if: startsWith(github.ref, 'refs/tags/')`), then run `nuget-login migrate` again"
        };
    }
    if ((0,model/* triggers */.G)(file.data).includes('workflow_call'))
        return undefined;
    const steps = (0,model/* stepsOf */.B_)(job);
    const first = steps[firstIndex];
    if (!first)
        return undefined;
    const imagined = {
        file,
        jobId,
        job,
        steps,
        login: { ...(first.if !== undefined ? { if: first.if } : {}), uses: 'acme/nuget-login@v1' },
        loginIndex: firstIndex,
        facts,
        tools: {}
    };
    // A guard nobody can judge before the run (a notice) is still a guard: only a run certain to
    // reach the login without a token refuses the move.
    const trigger = (0,triggers/* checkTriggers */.Q)(file, [imagined], facts).find((found) => found.level !== 'notice');
    if (trigger) {
        return {
            why: `the job runs where nuget.org gives no key: ${trigger.message.split('. ')[0]}`,
            instead: 'publish from a job that runs on push of a tag, on release or by workflow_dispatch, or guard it with `if: github.event.pull_request.head.repo.full_name == github.repository`, then run `nuget-login migrate` again'
        };
    }
    return undefined;
}
/** A reusable workflow that other repositories call: a login there runs with their tokens. */
function foreignRefusal(path) {
    return {
        why: `${path} is a reusable workflow that no workflow of this repository passes the key to, so other repositories call it: a login there runs with their tokens, whose job_workflow_ref names this repository, and no policy of theirs can match`,
        instead: 'migrate each repository that calls it: the login and the push belong in a workflow file of the repository that publishes'
    };
}

;// CONCATENATED MODULE: ./src/migrate/job-place.ts
// What the edits of one job share: where the job stands in its file, and which steps need the key.





/** The login step's id, and the variable its key reaches a script through. */
const LOGIN_ID = 'nuget-login';
const KEY_VARIABLE = 'NUGET_API_KEY';
/** The env names at job or workflow level whose values read one of the secrets. */
function carriers(job, file, secrets) {
    return [job.env, file.data.env].flatMap((env) => Object.entries(env ?? {})
        .filter(([, value]) => readsSecret((0,model/* text */.Qq)(value), secrets))
        .map(([name]) => name));
}
function readsSecret(value, secrets) {
    return secrets.some((secret) => new RegExp(`\\bsecrets\\.${job_place_escape(secret)}\\b`).test(value));
}
/** A step that reads a secret itself, or one of the env names that carry it. */
function needsKey(step, secrets, keyNames) {
    const all = [
        (0,model/* text */.Qq)(step.run),
        ...Object.values(step.with ?? {}).map(model/* text */.Qq),
        ...Object.values(step.env ?? {}).map(model/* text */.Qq)
    ].join('\n');
    if (readsSecret(all, secrets))
        return true;
    return keyNames.some((name) => !Object.keys(step.env ?? {}).includes(name) &&
        (new RegExp(`\\b${job_place_escape(name)}\\b`, 'i').test(all) ||
            (name === KEY_VARIABLE &&
                (/nuget(\.exe)?["']?\s+push/i.test((0,model/* text */.Qq)(step.run)) || find/* BUILD_SCRIPT */.JF.test((0,model/* text */.Qq)(step.run))))));
}
function job_place_escape(value) {
    return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
const secretPattern = (name) => new RegExp(`\\bsecrets\\.${job_place_escape(name)}\\b`);

// EXTERNAL MODULE: ./src/check/rules/release-steps.ts
var release_steps = __webpack_require__(491);
;// CONCATENATED MODULE: ./src/migrate/permissions-edit.ts
// `id-token: write` for a job, keeping every scope it had, in the file's own style.






/** Every scope `read-all` grants, written out so `id-token: write` can join them. */
const ALL_SCOPES = [
    'actions',
    'attestations',
    'checks',
    'contents',
    'deployments',
    'discussions',
    'issues',
    'packages',
    'pages',
    'pull-requests',
    'security-events',
    'statuses'
];
/** `id-token: write` for the job, keeping every scope it had. */
function permissionEdits(place, called) {
    const { text: source, jobMap, job, file, unit } = place;
    const own = pairIn(jobMap, 'permissions');
    const indent = ' '.repeat(keyColumn(source, jobMap));
    const inner = indent + ' '.repeat(unit);
    if (own) {
        const edit = addIdToken(source, own, job.permissions, inner);
        return { edits: edit ? [edit] : [], notes: [] };
    }
    const workflowLevel = file.data.permissions;
    let entries;
    const notes = [];
    if (workflowLevel === 'write-all')
        return { edits: [], notes: [] };
    if (workflowLevel !== undefined) {
        entries = scopeEntries(source, place.document, workflowLevel);
        notes.push("the workflow's permissions are copied into the job's new block");
    }
    else if (called) {
        return { edits: [], notes: [] };
    }
    else {
        entries = [`contents: ${defaultContents(place)}`];
        if (pushesToGitHubPackages(job))
            entries.push('packages: write');
        notes.push("the job had GitHub's default permissions: its new block grants only " +
            entries.join(', ') +
            ' and id-token: write, so its other default scopes are now off');
    }
    entries = entries.filter((entry) => !entry.startsWith('id-token:')).concat('id-token: write');
    const block = `${indent}permissions:\n${entries.map((entry) => inner + entry).join('\n')}`;
    return { edits: [insertInJob(place, block)], notes };
}
function defaultContents(place) {
    const { file, job } = place;
    return (0,model/* stepsOf */.B_)(job).some((step) => (0,release_steps/* releaseStep */.w)(file.data, job, step)) ? 'write' : 'read';
}
function pushesToGitHubPackages(job) {
    return (0,model/* stepsOf */.B_)(job).some((step) => /nuget\.pkg\.github\.com/i.test((0,model/* text */.Qq)(step.run)) &&
        /secrets\.GITHUB_TOKEN|github\.token/i.test(JSON.stringify(step)));
}
/** The workflow block's scopes as `scope: access` lines. */
function scopeEntries(source, document, block) {
    if (block === 'read-all')
        return ALL_SCOPES.map((scope) => `${scope}: read`);
    if (!block || typeof block !== 'object')
        return [];
    const map = document.get('permissions', true);
    if (!(0,dist/* isMap */.jh)(map))
        return [];
    return map.items.map((pair) => `${sourceOf(source, pair.key)}: ${sourceOf(source, pair.value)}`);
}
/** Adds or raises `id-token` in the job's own block. */
function addIdToken(source, pair, value, inner) {
    const node = pair.value;
    if (value === 'write-all')
        return undefined;
    if (value === null || value === undefined || typeof value !== 'object') {
        const scopes = value === 'read-all' ? ALL_SCOPES.map((scope) => `${scope}: read`) : [];
        const lines = [...scopes, 'id-token: write'].map((entry) => `\n${inner}${entry}`).join('');
        const colon = source.indexOf(':', pair.key?.range?.[1] ?? 0);
        const end = node?.range ? node.range[1] : colon + 1;
        return { start: colon + 1, end, text: lines };
    }
    const existing = pairIn(node, 'id-token');
    if (existing?.value?.range) {
        const [start, end] = existing.value.range;
        return { start, end, text: 'write' };
    }
    const map = node;
    if (isFlow(source, node)) {
        const close = source.lastIndexOf('}', node?.range?.[1] ?? 0);
        if (map.items.length === 0)
            return { start: close, end: close, text: ' id-token: write ' };
        let at = close;
        while (/\s/.test(source[at - 1]))
            at--;
        return { start: at, end: at, text: ', id-token: write' };
    }
    const end = mapEnd(source, map);
    return { start: end, end, text: `\n${' '.repeat(keyColumn(source, map))}id-token: write` };
}
/** Inserts a block into a job: after `runs-on:` (or `uses:`), else before its first key. */
function insertInJob(place, block) {
    const { text: source, jobMap } = place;
    const anchor = pairIn(jobMap, 'runs-on') ?? pairIn(jobMap, 'uses');
    if (anchor) {
        const end = pairEndOf(source, anchor);
        return { start: end, end, text: `\n${block}` };
    }
    const first = lineStart(source, jobMap.items[0]?.key?.range?.[0] ?? 0);
    return { start: first, end: first, text: `${block}\n` };
}
function pairEndOf(source, pair) {
    const end = pair.value?.range?.[1] ?? pair.key?.range?.[1] ?? 0;
    let at = end;
    while (at > 0 && /\s/.test(source[at - 1]))
        at--;
    return lineEnd(source, Math.max(at - 1, 0));
}

// EXTERNAL MODULE: ./src/check/shell/scripts.ts + 3 modules
var scripts = __webpack_require__(5038);
;// CONCATENATED MODULE: ./src/migrate/step-edits.ts
// The edits inside a job's steps: the login step, and the login's key where the secret was read.







const NUGET_ORG_SOURCE = 'https://api.nuget.org/v3/index.json';
/**
 * A push that went to nuget.org without a source, by setup-dotnet's source-url or nuget.exe's own
 * default, names nuget.org: a login job's push without one is an error in the check.
 */
function sourceEdits(place, stepsSeq, pushes) {
    const indexes = new Set(pushes
        .filter((push) => push.sourceFrom === 'setup-dotnet' || push.sourceFrom === 'client default')
        .map((push) => push.stepIndex));
    return [...indexes].flatMap((index) => {
        const item = stepsSeq.items[index];
        const run = pairIn(item, 'run')?.value;
        const range = run?.range;
        if (!range)
            return [];
        const source = place.text.slice(range[0], range[1]);
        return [...source.matchAll(/\b(dotnet(?:\.exe)?\s+)?nuget(?:\.exe)?\s+push\b/gi)].flatMap((match) => {
            const end = range[0] + match.index + match[0].length;
            const rest = place.text.slice(end, lineEnd(place.text, end));
            if (/(^|\s)(--source|-s|-source)(\s|=|$)/i.test(rest))
                return [];
            const option = match[1] ? '--source' : '-Source';
            return [{ start: end, end, text: ` ${option} ${NUGET_ORG_SOURCE}` }];
        });
    });
}
/** After `setapikey`, a push with no key of its own reads the key from the store: give it the login's. */
function storedKeyReaders(place, stepsSeq, pushes, secrets, keyNames, loginId) {
    const first = pushes.find((push) => push.shape === 'setapikey')?.stepIndex;
    if (first === undefined)
        return [];
    const steps = (0,model/* stepsOf */.B_)(place.job);
    return steps.flatMap((step, index) => {
        if (index <= first || needsKey(step, secrets, keyNames))
            return [];
        const run = (0,model/* text */.Qq)(step.run);
        if (!/nuget(\.exe)?["']?\s+push\b/i.test(run) || /(--api-key|-k|-apikey)\b/i.test(run))
            return [];
        if (Object.keys(step.env ?? {}).includes(KEY_VARIABLE))
            return [];
        const item = stepsSeq.items[index];
        return [
            envEntries(place, item, [KEY_VARIABLE], `\${{ steps.${loginId}.outputs.NUGET_API_KEY }}`)
        ];
    });
}
function freeId(steps) {
    const ids = new Set(steps.map((step) => (0,model/* text */.Qq)(step.id)));
    let id = LOGIN_ID;
    for (let n = 2; ids.has(id); n++)
        id = `${LOGIN_ID}-${n}`;
    return id;
}
/** The login step, before the first step that needs the key (and its comments), with its `if:`. */
function loginStepEdit(place, steps, index, step, loginId) {
    const { text: source, unit } = place;
    const item = steps.items[index];
    const itemStart = item.range?.[0] ?? 0;
    const keyIndent = columnOf(source, itemStart);
    const dashAt = source.lastIndexOf('-', itemStart - 1);
    const dashIndent = columnOf(source, dashAt);
    let at = lineStart(source, dashAt);
    // Comments just above the step belong to it.
    while (at > 0) {
        const previous = lineStart(source, at - 1);
        if (!/^\s*#/.test(source.slice(previous, at)))
            break;
        at = previous;
    }
    const blankBefore = at > 1 && /^\s*$/.test(source.slice(lineStart(source, at - 1), at - 1));
    const key = ' '.repeat(keyIndent);
    const condition = conditionSource(place, item, step);
    const lines = [
        `${' '.repeat(dashIndent)}-${' '.repeat(Math.max(keyIndent - dashIndent - 1, 1))}name: Log in to nuget.org`,
        `${key}uses: acme/nuget-login@v1`,
        `${key}id: ${loginId}`,
        ...(condition ? [`${key}if: ${condition}`] : []),
        `${key}with:`,
        `${key}${' '.repeat(unit)}user: \${{ vars.NUGET_USER }}`
    ];
    return {
        start: at,
        end: at,
        text: `${lines.join('\n')}\n${blankBefore && index > 0 ? '\n' : ''}`
    };
}
/** The step's `if:` as it is written when it fits on one line, else as a quoted string. */
function conditionSource(place, item, step) {
    if (step.if === undefined || step.if === null)
        return undefined;
    const source = sourceOf(place.text, pairIn(item, 'if')?.value);
    return source && !source.includes('\n') ? source : JSON.stringify(String(step.if));
}
/** The step reads the login's key where it read the secret, through its own `env:`. */
function stepEdits(place, item, step, secrets, keyNames, loginId) {
    const { text: source } = place;
    const output = `steps.${loginId}.outputs.NUGET_API_KEY`;
    const edits = [];
    const newEnv = new Set();
    for (const key of ['env', 'with']) {
        const map = pairIn(item, key)?.value;
        if (!(0,dist/* isMap */.jh)(map))
            continue;
        for (const pair of map.items) {
            edits.push(...secretReads(source, pair.value, secrets, output).edits);
        }
    }
    const run = pairIn(item, 'run')?.value;
    if (run) {
        const shell = shellKind(place, step);
        const reads = secretReads(source, run, secrets, output, (before) => variableReference(shell, before));
        if (reads.throughVariable)
            newEnv.add(KEY_VARIABLE);
        edits.push(...reads.edits);
    }
    const own = Object.keys(step.env ?? {});
    for (const name of keyNames) {
        if (!own.includes(name) && needsKey({ ...step, env: {} }, [], [name]))
            newEnv.add(name);
    }
    for (const name of own)
        newEnv.delete(name);
    if (newEnv.size > 0)
        edits.push(envEntries(place, item, [...newEnv], `\${{ ${output} }}`));
    return edits;
}
function shellKind(place, step) {
    const named = (0,model/* text */.Qq)(step.shell) ||
        (0,model/* text */.Qq)(place.job.defaults?.run?.shell) ||
        (0,model/* text */.Qq)(place.file.data.defaults?.run?.shell);
    if (/^cmd\b/i.test(named))
        return 'cmd';
    return (0,scripts/* shellOf */.o)(place.file.data, place.job, step);
}
/** How a script reads the variable where an expression stood, given the text before it on its line. */
function variableReference(shell, before) {
    if (shell === 'cmd')
        return `%${KEY_VARIABLE}%`;
    const quote = openQuote(before, shell);
    if (quote === "'")
        return undefined;
    if (shell === 'pwsh')
        return `$env:${KEY_VARIABLE}`;
    return quote === '"' ? `$${KEY_VARIABLE}` : `"$${KEY_VARIABLE}"`;
}
function openQuote(line, shell) {
    let quote;
    for (let index = 0; index < line.length; index++) {
        const character = line[index];
        const escape = shell === 'pwsh' ? '`' : '\\';
        if (character === escape && quote !== "'")
            index++;
        else if (!quote && (character === '"' || character === "'"))
            quote = character;
        else if (quote === character)
            quote = undefined;
    }
    return quote;
}
/**
 * Each `${{ }}` in a node's source that reads one of the secrets. A whole `${{ secrets.X }}` is
 * replaced by what `whole` returns, given the text before it on its line; otherwise, or when it
 * returns undefined, the secret inside the expression becomes `output`.
 */
function secretReads(source, node, secrets, output, whole) {
    const range = node?.range;
    const edits = [];
    let throughVariable = false;
    if (!range)
        return { edits, throughVariable };
    const slice = source.slice(range[0], range[1]);
    for (const match of slice.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
        const inner = match[1];
        const start = range[0] + match.index;
        const secret = secrets.find((name) => secretPattern(name).test(inner));
        if (!secret)
            continue;
        const isWhole = new RegExp(`^\\s*secrets\\.${job_place_escape(secret)}\\s*$`).test(inner);
        const replacement = isWhole && whole ? whole(source.slice(lineStart(source, start), start)) : undefined;
        if (replacement !== undefined) {
            edits.push({ start, end: start + match[0].length, text: replacement });
            throughVariable = true;
            continue;
        }
        for (const found of inner.matchAll(new RegExp(secretPattern(secret).source, 'g'))) {
            const at = start + 3 + found.index;
            edits.push({ start: at, end: at + found[0].length, text: output });
        }
    }
    return { edits, throughVariable };
}
/** New entries in a step's `env:`, or a new `env:` at the end of the step. */
function envEntries(place, item, names, value) {
    const { text: source, unit } = place;
    const env = pairIn(item, 'env');
    if (env && (0,dist/* isMap */.jh)(env.value) && !isFlow(source, env.value)) {
        const map = env.value;
        const end = mapEnd(source, map);
        const indent = ' '.repeat(keyColumn(source, map));
        return { start: end, end, text: names.map((name) => `\n${indent}${name}: ${value}`).join('') };
    }
    if (env && (0,dist/* isMap */.jh)(env.value)) {
        const close = (env.value.range?.[1] ?? 0) - 1;
        const empty = env.value.items.length === 0;
        const entries = names.map((name) => `${name}: ${value}`).join(', ');
        return { start: close, end: close, text: empty ? ` ${entries} ` : `, ${entries} ` };
    }
    const end = mapEnd(source, item);
    const indent = ' '.repeat(keyColumn(source, item));
    const lines = names.map((name) => `\n${indent}${' '.repeat(unit)}${name}: ${value}`).join('');
    return { start: end, end, text: `\n${indent}env:${lines}` };
}

;// CONCATENATED MODULE: ./src/migrate/env-edits.ts
// Entries of a job's or the workflow's `env:` that carried the old secret, removed.






/** The job's env entries that carry the key go; an `env:` left empty goes too. */
function jobEnvEdits(place, keyNames) {
    const { text: source, jobMap } = place;
    const env = pairIn(jobMap, 'env');
    if (!env || !(0,dist/* isMap */.jh)(env.value) || isFlow(source, env.value))
        return [];
    const map = env.value;
    const doomed = map.items.filter((pair) => keyNames.includes(String(pair.key?.value)));
    if (doomed.length === 0)
        return [];
    if (doomed.length === map.items.length)
        return [pairLines(source, env)];
    return doomed.map((pair) => pairLines(source, pair));
}
/** Workflow env entries that carry a migrated job's secret and that no other job still reads. */
function workflowEnvEdits(source, file, migrated, pushes) {
    const document = parseText(source);
    const env = document.get('env', true);
    if (!(0,dist/* isMap */.jh)(env) || isFlow(source, env))
        return [];
    const map = env;
    const secrets = migrated.flatMap((job) => job.secrets);
    const migratedIds = new Set(migrated.map((job) => job.jobId));
    const remaining = (0,model/* jobsOf */.aG)(file.data).filter(([jobId]) => !migratedIds.has(jobId));
    const doomed = map.items.filter((pair) => {
        const name = String(pair.key?.value);
        if (!readsSecret(sourceOf(source, pair.value), secrets))
            return false;
        return !remaining.some(([jobId, job]) => stillReads(job, name, pushes, file.path, jobId));
    });
    if (doomed.length === 0)
        return [];
    if (doomed.length === map.items.length) {
        const pair = document.contents.items.find((item) => String(item.key?.value) === 'env');
        return pair ? [pairLines(source, pair)] : [];
    }
    return doomed.map((pair) => pairLines(source, pair));
}
function stillReads(job, name, pushes, path, jobId) {
    if (new RegExp(`\\b${job_place_escape(name)}\\b`, 'i').test(JSON.stringify({ ...job, env: undefined })))
        return true;
    return pushes.some((push) => push.file.path === path && push.jobId === jobId);
}

;// CONCATENATED MODULE: ./src/migrate/rewrite.ts
// The migration of one repository's workflows, as text in and text out: each job that pushes to
// nuget.org with a stored key gets `id-token: write`, a login step before the first step that
// needs the key, and the login's key where the secret was read. Every edit is a splice at the
// ranges `yaml` reports, so every other byte of the file stays as it was.











function migrate(sources, pushes, facts = {}) {
    const jobs = [];
    const edits = new Map();
    const add = (path, more) => {
        const list = edits.get(path) ?? [];
        for (const edit of more)
            list.push(edit);
        edits.set(path, list);
    };
    // A job that logs in already is the check's to advise on: its fix is to pass the login's key.
    const toNuget = pushes.filter((push) => (push.destination === 'nuget.org' ||
        push.shape === 'remote reusable workflow' ||
        (push.runTimeSource === true && find/* KEY_NAME */.GX.test(push.secret))) &&
        !logsIn(push));
    const byFile = groupBy(toNuget, (push) => push.file.path);
    const foreign = calledFromElsewhere(sources, pushes);
    const allByJob = groupBy(pushes, (push) => `${push.file.path}\n${push.jobId}`);
    for (const source of sources) {
        const own = byFile.get(source.path);
        if (!own)
            continue;
        const generator = generatedBy(source.text);
        const document = generator ? undefined : parseText(source.text);
        for (const [jobId, jobPushes] of groupBy(own, (push) => push.jobId)) {
            const first = jobPushes[0];
            if (!document) {
                jobs.push(refused(source.path, jobId, jobPushes, generatedRefusal(generator)));
                continue;
            }
            const called = first.calls?.replace(/^\.\//, '');
            const elsewhere = foreign.has(source.path)
                ? source.path
                : called && foreign.has(called)
                    ? called
                    : undefined;
            if (elsewhere) {
                jobs.push(refused(source.path, jobId, jobPushes, foreignRefusal(elsewhere)));
                continue;
            }
            const others = (allByJob.get(`${source.path}\n${jobId}`) ?? []).filter((push) => push.destination !== 'nuget.org' && !jobPushes.includes(push));
            const outcome = migrateJob({ text: source.text, document }, first.file, jobId, jobPushes, others, facts);
            jobs.push(outcome.outcome);
            add(source.path, outcome.edits);
        }
    }
    // A workflow-level env entry goes only when no job left as it is still reads it.
    for (const source of sources) {
        const migratedJobs = jobs.filter((job) => job.file === source.path && job.status === 'migrated');
        if (migratedJobs.length === 0)
            continue;
        const file = pushes.find((push) => push.file.path === source.path)?.file;
        if (file)
            add(source.path, workflowEnvEdits(source.text, file, migratedJobs, pushes));
    }
    const files = sources.flatMap((source) => {
        const found = edits.get(source.path);
        if (!found || found.length === 0)
            return [];
        // New lines end as the file's lines do.
        const list = source.text.includes('\r\n')
            ? found.map((edit) => ({ ...edit, text: edit.text.replace(/\r?\n/g, '\r\n') }))
            : found;
        return [
            {
                path: source.path,
                before: source.text,
                after: applyEdits(source.text, list),
                diff: unifiedDiff(source.path, source.text, list)
            }
        ];
    });
    for (const file of files) {
        const [error] = parseText(file.after).errors;
        if (error)
            throw new Error(`The rewrite of ${file.path} does not parse: ${error.message}`);
    }
    return { files, jobs };
}
function refused(file, jobId, pushes, refusal) {
    return {
        file,
        jobId,
        status: 'refused',
        refusal,
        notes: [],
        secrets: [...new Set(pushes.map((push) => push.secret))]
    };
}
function migrateJob({ text: source, document }, file, jobId, pushes, others, facts) {
    const jobsMap = document.get('jobs', true);
    const jobMap = jobNode(jobsMap, jobId);
    const job = file.data.jobs?.[jobId];
    const unit = Math.max(keyColumn(source, jobMap) - keyColumn(source, jobsMap), 1);
    const place = { text: source, document, file, jobId, job, jobMap, unit };
    const secrets = [...new Set(pushes.map((push) => push.secret))];
    const base = { file: file.path, jobId, secrets };
    if (pushes.some((push) => push.shape === 'local reusable workflow')) {
        const called = pushes.find((push) => push.calls)?.calls?.replace(/^\.\//, '') ?? '';
        const permissions = permissionEdits(place, false);
        return {
            outcome: {
                ...base,
                status: 'migrated',
                notes: [
                    `grants \`id-token: write\` to ${called}, where the login runs`,
                    ...permissions.notes,
                    ...(job.secrets && typeof job.secrets === 'object'
                        ? [
                            `still passes ${secrets.map((name) => `secrets.${name}`).join(', ')} to ${called}: once a release has gone through trusted publishing, remove it there and from that workflow's on.workflow_call.secrets`
                        ]
                        : [])
                ],
                policyFile: called.split('/').at(-1) ?? called
            },
            edits: permissions.edits
        };
    }
    const keyNames = carriers(job, file, secrets);
    const steps = (0,model/* stepsOf */.B_)(job);
    const firstIndex = steps.findIndex((step) => needsKey(step, secrets, keyNames));
    const refusal = refusalFor(file, jobId, job, pushes, others, firstIndex, keyNames, facts);
    if (refusal)
        return { outcome: refused(file.path, jobId, pushes, refusal), edits: [] };
    const called = (0,model/* triggers */.G)(file.data).includes('workflow_call');
    // In a called workflow, secrets.X is what its callers pass, not a repository secret.
    const declared = called ? calledSecrets(file) : new Set();
    base.secrets = secrets.filter((name) => !declared.has(name));
    const permissions = permissionEdits(place, called);
    const edits = [...permissions.edits];
    const stepsSeq = pairIn(jobMap, 'steps')?.value;
    if (!(0,dist/* isSeq */.oP)(stepsSeq))
        throw new Error(`job ${jobId} has no steps list`);
    const loginId = freeId(steps);
    edits.push(loginStepEdit(place, stepsSeq, firstIndex, steps[firstIndex], loginId));
    steps.forEach((step, index) => {
        if (index < firstIndex || !needsKey(step, secrets, keyNames))
            return;
        edits.push(...stepEdits(place, stepsSeq.items[index], step, secrets, keyNames, loginId));
    });
    edits.push(...jobEnvEdits(place, keyNames));
    edits.push(...sourceEdits(place, stepsSeq, pushes));
    edits.push(...storedKeyReaders(place, stepsSeq, pushes, secrets, keyNames, loginId));
    const environment = (0,model/* text */.Qq)(typeof job.environment === 'object' && job.environment
        ? job.environment.name
        : job.environment);
    return {
        outcome: {
            ...base,
            status: 'migrated',
            notes: permissions.notes,
            policyFile: file.name,
            ...(environment ? { environment } : {})
        },
        edits
    };
}
/**
 * Reusable workflows that push with a key no caller in this repository passes them: other
 * repositories call them, and a login there would run with those callers' tokens.
 */
function calledFromElsewhere(sources, pushes) {
    const callers = groupBy(pushes.filter((push) => push.shape === 'local reusable workflow' && push.calls), (push) => push.calls.replace(/^\.\//, ''));
    const foreign = new Set();
    for (const push of pushes) {
        const path = push.file.path;
        if (push.destination !== 'nuget.org' || !(0,model/* triggers */.G)(push.file.data).includes('workflow_call'))
            continue;
        const passed = (callers.get(path) ?? []).some((caller) => caller.via !== 'no secret');
        if (!passed && sources.some((source) => source.path === path))
            foreign.add(path);
    }
    return foreign;
}
function calledSecrets(file) {
    const on = file.data.on;
    const declared = on && typeof on === 'object' ? on.workflow_call?.secrets : undefined;
    return new Set(declared && typeof declared === 'object' ? Object.keys(declared) : []);
}
const jobNodes = new WeakMap();
/** A job's node, from an index of the jobs map built once per file. */
function jobNode(jobsMap, jobId) {
    let index = jobNodes.get(jobsMap);
    if (!index) {
        index = new Map(jobsMap.items.map((pair) => [
            String(pair.key?.value),
            pair.value
        ]));
        jobNodes.set(jobsMap, index);
    }
    return index.get(jobId);
}
function logsIn(push) {
    const job = push.file.data.jobs?.[push.jobId];
    return job && typeof job === 'object' ? (0,model/* stepsOf */.B_)(job).some(model/* isLoginStep */.ai) : false;
}
function groupBy(items, key) {
    const groups = new Map();
    for (const item of items)
        groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
    return groups;
}

;// CONCATENATED MODULE: ./src/migrate/plan.ts
// From a repository's workflow texts to their migration: parse, find the stored-key pushes, rewrite.




function planMigration(sources, context = {}) {
    const workflows = (0,analyse/* readWorkflowFiles */.BV)(sources);
    const pushes = (0,find/* findStoredKeyPushes */.mi)(workflows.files, {
        ...(context.nugetConfig ? { nugetConfig: context.nugetConfig } : {}),
        ...(context.facts?.defaultPushSourceUrl
            ? { defaultPushSource: context.facts.defaultPushSourceUrl }
            : {}),
        ...(context.tools ? { tools: context.tools } : {})
    });
    const parsed = new Set(workflows.files.map((file) => file.path));
    const migration = migrate(sources.filter((source) => parsed.has(source.path)), pushes, context.facts);
    const plan = { ...migration, pushes, broken: workflows.broken.map((finding) => finding.file) };
    const facts = {
        ...(context.nugetConfig
            ? { defaultPushSource: /defaultPushSource/i.test(context.nugetConfig) }
            : {}),
        ...context.facts
    };
    return verified(plan, sources, facts, context.tools ?? {});
}
/**
 * The plan, less any file whose result the check would find new errors or warnings in: those
 * files stay as they are, their jobs refused with what the check said.
 */
function verified(plan, sources, facts, tools) {
    if (plan.files.length === 0)
        return plan;
    const before = problems((0,analyse/* analyse */.KH)(sources, facts, tools).findings);
    const after = sources.map((source) => ({
        path: source.path,
        text: plan.files.find((file) => file.path === source.path)?.after ?? source.text
    }));
    const now = (0,analyse/* analyse */.KH)(after, facts, tools).findings;
    const fresh = now.filter((finding) => finding.level !== 'notice' &&
        finding.title !== stored_keys/* STORED_KEY_TITLE */.BN &&
        !before.has(`${finding.file} ${finding.level} ${finding.title}`));
    if (fresh.length === 0)
        return plan;
    const broken = new Map();
    for (const finding of fresh) {
        if (broken.has(finding.file))
            continue;
        broken.set(finding.file, `after the change the check would report ${finding.level} "${finding.title}" at line ${finding.where.line}: ${finding.message}`);
    }
    // A reusable workflow and its callers move together or not at all.
    const links = plan.pushes
        .filter((push) => push.shape === 'local reusable workflow' && push.calls)
        .map((push) => [push.file.path, push.calls.replace(/^\.\//, '')]);
    for (let changed = true; changed;) {
        changed = false;
        for (const [caller, called] of links) {
            for (const [from, to] of [
                [caller, called],
                [called, caller]
            ]) {
                if (broken.has(from) && !broken.has(to)) {
                    broken.set(to, `${from}, which it calls or is called by, is left as it is`);
                    changed = true;
                }
            }
        }
    }
    return {
        ...plan,
        files: plan.files.filter((file) => !broken.has(file.path)),
        jobs: plan.jobs.map((job) => {
            const why = broken.get(job.file);
            if (!why || job.status !== 'migrated')
                return job;
            return {
                ...job,
                status: 'refused',
                refusal: {
                    why,
                    instead: 'make the change by hand as the README shows, fixing what the check names'
                }
            };
        })
    };
}
function problems(findings) {
    return new Set(findings
        .filter((finding) => finding.level !== 'notice')
        .map((finding) => `${finding.file} ${finding.level} ${finding.title}`));
}


/***/ })

};
