import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4274:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  KH: () => (/* binding */ analyse),
  fU: () => (/* binding */ analyseLoginJobs),
  zv: () => (/* binding */ loginJobsIn),
  BV: () => (/* binding */ readWorkflowFiles)
});

// EXTERNAL MODULE: ./src/check/reading/composite.ts
var composite = __nccwpck_require__(948);
// EXTERNAL MODULE: ./src/check/deadline.ts
var check_deadline = __nccwpck_require__(770);
;// CONCATENATED MODULE: ./src/check/findings.ts
const LEVELS = ['error', 'warning', 'notice'];

// EXTERNAL MODULE: ./src/check/model.ts
var model = __nccwpck_require__(4293);
;// CONCATENATED MODULE: ./src/check/report/policy-fields.ts

/** What to enter on nuget.org's Trusted Publishing page for one login job. */
function policyFieldsFor(loginJob, repository) {
    const [owner, name] = repository?.includes('/') ? repository.split('/') : [];
    const environment = (0,model/* environmentOf */.p7)(loginJob.job);
    return {
        file: loginJob.file.path,
        job: loginJob.jobId,
        fields: [
            ['Repository Owner', owner ?? "(this repository's owner)"],
            ['Repository', name ?? "(this repository's name)"],
            ['Workflow File', loginJob.file.name],
            [
                'Environment',
                !environment
                    ? '(none: leave it empty)'
                    : environment.atRunTime
                        ? `set at run time (${environment.name})`
                        : environment.name
            ]
        ]
    };
}

// EXTERNAL MODULE: ./src/check/rules/context.ts
var context = __nccwpck_require__(4611);
// EXTERNAL MODULE: ./src/check/push/push-command.ts + 1 modules
var push_command = __nccwpck_require__(495);
// EXTERNAL MODULE: ./src/check/shell/scripts.ts + 3 modules
var scripts = __nccwpck_require__(5038);
// EXTERNAL MODULE: ./src/check/shell/words.ts
var words = __nccwpck_require__(9308);
;// CONCATENATED MODULE: ./src/check/rules/pushes.ts
// The pushes of a login job, read from its scripts, and what each one sends where.




/** A step that may run `dotnet nuget push` or `nuget push`; only these are parsed. */
const MENTIONS_PUSH = /nuget(?:\.exe)?["']?\s+(?:\\\s*)?push\b/i;
const pushesByJob = new WeakMap();
function pushesOf(loginJob) {
    const known = pushesByJob.get(loginJob);
    if (known)
        return known;
    const { file, job, steps, tools } = loginJob;
    const pushes = steps.flatMap((step, index) => {
        if (!MENTIONS_PUSH.test((0,model/* text */.Qq)(step.run)))
            return [];
        const script = (0,scripts/* readStepScript */.u)(file.data, job, step, tools.bash, tools.needs);
        if (!script)
            return [];
        return (0,push_command/* pushCommandsIn */.S)(script).map((command) => ({ step, index, script, command }));
    });
    pushesByJob.set(loginJob, pushes);
    return pushes;
}
/** Where a push goes: nuget.org, no `--source` at all, another feed, or a value the run decides. */
function destination(push) {
    const source = push.command.values.get('--source');
    if (!source)
        return 'none';
    const texts = source.flatMap((part) => (part.kind === 'text' ? [part.text] : []));
    if (texts.some((value) => /nuget\.org/i.test(value)))
        return 'nuget.org';
    return (0,words/* literal */.eu)(source) !== undefined ? 'other' : 'unknown';
}
const OUTPUT = new RegExp(`^steps\\.([\\w-]+)\\.outputs\\.${model/* KEY_OUTPUT */.ER}$`);
const SECRET = /\bsecrets\.([\w-]+)/;
/** Where the key of a push comes from, as far as the workflow says. */
function keySource(loginJob, push, setByEarlierStep) {
    const key = push.command.values.get('--api-key');
    if (!key) {
        if (push.script.isSet(model/* KEY_OUTPUT */.ER) || (0,model/* exportsKey */.Xc)(loginJob.login) !== false) {
            return { kind: 'environment' };
        }
        return setByEarlierStep ? { kind: 'unknown' } : { kind: 'absent' };
    }
    return keyWord(loginJob, push, key, setByEarlierStep);
}
function keyWord(loginJob, push, key, setEarlier) {
    if (key.length === 0 || (0,words/* literal */.eu)(key) === '')
        return { kind: 'empty' };
    for (const part of key) {
        if (part.kind === 'expression') {
            const output = OUTPUT.exec(part.inner);
            if (output) {
                const id = output[1];
                const fromLogin = id === (0,model/* text */.Qq)(loginJob.login.id) || loginJob.keyStepIds?.includes(id);
                return fromLogin ? { kind: 'login' } : { kind: 'other-step', id };
            }
            const secret = SECRET.exec(part.inner);
            if (secret)
                return { kind: 'secret', name: secret[1] };
            return { kind: 'unknown' };
        }
        if (part.kind === 'variable') {
            if (part.name === model/* KEY_OUTPUT */.ER && (0,model/* exportsKey */.Xc)(loginJob.login) !== false)
                return { kind: 'login' };
            if (push.script.isSet(part.name) || setEarlier || !/^[A-Za-z_]\w*$/.test(part.name)) {
                return { kind: 'unknown' };
            }
            return { kind: 'unset-variable', name: part.name };
        }
        if (part.kind === 'dynamic')
            return { kind: 'unknown' };
    }
    return { kind: 'unknown' };
}
/** Actions known to export no variable a push could read as its key, besides the login actions. */
const QUIET_ACTIONS = /^actions\/(checkout|setup-dotnet|download-artifact|upload-artifact|cache|setup-node)@/i;
/**
 * Whether an earlier step of the job may set variables for later ones: a script writing
 * `$GITHUB_ENV`, or an action (which may export any variable, as secret loaders do).
 */
function writesEnvironmentBefore(steps, index) {
    return steps
        .slice(0, index)
        .some((step) => /GITHUB_ENV/.test((0,model/* text */.Qq)(step.run)) ||
        ((0,model/* text */.Qq)(step.uses) !== '' && !QUIET_ACTIONS.test((0,model/* text */.Qq)(step.uses)) && !(0,model/* isLoginStep */.ai)(step)));
}

;// CONCATENATED MODULE: ./src/check/rules/push-commands.ts



function checkPush(loginJob, push) {
    const { file, jobId, login, loginIndex, steps } = loginJob;
    const say = (level, title, message) => pushFinding(file, jobId, push, level, title, message);
    const loginOutput = `\${{ steps.${(0,model/* text */.Qq)(login.id) || 'login'}.outputs.${model/* KEY_OUTPUT */.ER} }}`;
    const findings = push.command.tool === 'dotnet' ? checkOptions(push, say) : [];
    const goesTo = destination(push);
    if (goesTo === 'unknown')
        return findings;
    if (push.index < loginIndex) {
        return [
            ...findings,
            say('error', 'Push before login', 'This push runs before the login step, so it has no key yet. Move it after the login.')
        ];
    }
    const key = keySource(loginJob, push, writesEnvironmentBefore(steps, push.index));
    const misspelledKey = push.command.unknown.some(isKeyMisspelling);
    const { bareKey } = push.command;
    if (bareKey && !misspelledKey && !push.command.values.has('--api-key')) {
        findings.push(say('error', 'Key without --api-key', `This push passes \${{ ${bareKey} }} as a bare word: \`dotnet nuget push\` takes it as a package path, ` +
            'pushes the real packages without a key (nuget.org answers 401) and then fails with "File does not ' +
            'exist". Put `--api-key` before it.'));
    }
    // A word the shell may split into options could hold the missing --api-key.
    const hidden = misspelledKey || bareKey || (key.kind === 'absent' && push.command.opaque);
    const problem = hidden ? undefined : KEY_PROBLEMS[key.kind]?.(key, loginOutput);
    if (problem)
        findings.push(say(key.kind === 'secret' ? 'warning' : 'error', problem[0], problem[1]));
    if (goesTo === 'none' && !loginJob.facts.defaultPushSource && !push.command.opaque) {
        findings.push(say('error', 'Push without --source', 'This push names no --source, and no NuGet.Config at the repository root sets a defaultPushSource, so ' +
            '`dotnet nuget push` stops with "Source parameter was not specified." Add ' +
            '`--source https://api.nuget.org/v3/index.json`.'));
    }
    return findings;
}
/** The line of the push command itself, inside a multi-line `run:`; the step's place otherwise. */
/** A finding on a push, placed on its command's line in the script where that line is known. */
function pushFinding(file, jobId, push, level, title, message) {
    const where = file.lineOf((0,context/* stepPath */.q)(jobId, push.index, 'run'), push.command.line);
    return {
        ...(0,context/* finding */.g)(file, (0,context/* stepPath */.q)(jobId, push.index), level, title, message),
        ...(where ? { where } : {})
    };
}
const KEY_PROBLEMS = {
    secret: (key, loginOutput) => [
        'Push with a stored key',
        `This push still passes the stored secret secrets.${key.name}, which wins over the key the login made. ` +
            'Classic nuget.org API keys now expire within 30 days (longer-lived ones stopped on 2026-11-01), so ' +
            'this push fails with 403 "The specified API key has expired. Please create a new API key at ' +
            'https://www.nuget.org/account/apikeys." unless someone rotates the secret every month. ' +
            `Pass ${loginOutput} instead, and delete the stored key.`
    ],
    'unset-variable': (key, loginOutput) => [
        'Key from an unset variable',
        `This push passes --api-key from the variable ${key.name}, which nothing in the step, job or workflow ` +
            `sets, so the key is empty and nuget.org answers 401. Set ${key.name}: ${loginOutput} in the step's \`env:\`.`
    ],
    empty: (_key, loginOutput) => [
        'Push with an empty key',
        `This push passes an empty --api-key, which also stops the client from reading NUGET_API_KEY: nuget.org ` +
            `answers 401. Pass ${loginOutput}.`
    ],
    absent: (_key, loginOutput) => [
        'Push without the key',
        `This push gets neither the login's output ${model/* KEY_OUTPUT */.ER} nor the exported variable: pass ${loginOutput} ` +
            'in its `env:` and use it with --api-key.'
    ]
};
const isKeyMisspelling = (option) => /^-+api-?keys?$/i.test(option);
/** Options `dotnet nuget push` does not know, and value options given twice. */
function checkOptions(push, say) {
    const findings = [];
    for (const option of push.command.unknown) {
        const isKey = isKeyMisspelling(option);
        findings.push(say('error', 'Option dotnet nuget push does not know', `\`dotnet nuget push\` has no option '${option}': it takes the word as a package path, pushes the ` +
            `real packages${isKey ? ' without the key (nuget.org answers 401)' : ''} and then fails with ` +
            `"File does not exist (${option})". ${isKey ? 'Write `--api-key` (or `-k`).' : 'See `dotnet nuget push --help`.'}`));
    }
    for (const { option, value } of push.command.strayValues) {
        findings.push(say('error', 'Value after an option that takes none', `${option} takes no value, so \`dotnet nuget push\` reads '${value}' as a package path: it pushes the ` +
            `real packages and then fails with "File does not exist (${value})." (exit code 1). Remove '${value}'.`));
    }
    for (const option of new Set(push.command.repeated)) {
        findings.push(say('error', 'Option given twice', `This push gives ${option} twice; \`dotnet nuget push\` stops with "expects a single argument but 2 ` +
            'were provided" before pushing anything. Keep one.'));
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/check/rules/advice.ts




const RERUN_ONLY_SKIP = "${{ github.run_attempt > 1 && '--skip-duplicate' || '' }}";
function adviseOnLoginJob(loginJob) {
    const { file, jobId, job, login, loginIndex } = loginJob;
    const findings = [];
    if (!(0,model/* environmentOf */.p7)(job)) {
        findings.push((0,context/* finding */.g)(file, ['jobs', jobId], 'notice', 'No environment', `Job '${jobId}' runs in no environment, so a policy without one lets any branch or tag that runs ` +
            `${file.name} publish. Run it in an environment whose protection rules allow only release tags, ` +
            'and name that environment in the policy.'));
    }
    for (const push of pushesOf(loginJob)) {
        if (push.index < loginIndex || ['other', 'unknown'].includes(destination(push)))
            continue;
        const skip = skipDuplicate(push);
        if (skip !== 'on re-runs' && !push.command.opaque) {
            findings.push(pushFinding(file, jobId, push, 'notice', skip === 'always' ? 'Unconditional --skip-duplicate' : 'Push without --skip-duplicate', (skip === 'always'
                ? '`--skip-duplicate` turns every 409 into success: an unchanged version, or a new ID inside ' +
                    "someone else's reserved prefix, publishes nothing while the job stays green. "
                : 'A re-run of this job fails on the packages it already pushed (409). ') +
                `Skip duplicates only on re-runs: end the command with ${RERUN_ONLY_SKIP}.`));
        }
        const fromEnvironment = !push.command.values.has('--api-key') &&
            ((0,model/* exportsKey */.Xc)(login) === true || push.script.isSet('NUGET_API_KEY'));
        const level = keyVariableRisk(loginJob.facts);
        if (fromEnvironment && push.command.tool === 'dotnet' && level) {
            findings.push(pushFinding(file, jobId, push, level, 'Key from the environment', 'This push passes no --api-key and relies on the NUGET_API_KEY variable, which `dotnet nuget push` ' +
                'reads from NuGet 7.6, in the .NET SDK 10.0.300 and later; older SDKs push without a key and nuget.org ' +
                `answers 401${pinNote(loginJob.facts)}. Pass \`--api-key "$NUGET_API_KEY"\`.`));
        }
    }
    return findings;
}
/** rollForward values that keep the pinned feature band (`latestPatch` is the default). */
const KEEPS_BAND = new Set(['latestpatch', 'patch', 'disable', 'feature']);
const keepsBand = (facts) => KEEPS_BAND.has((facts.sdkRollForward ?? 'latestPatch').toLowerCase());
/**
 * How sure it is that the push's SDK ignores NUGET_API_KEY: a pin below 10.0.300 that keeps its
 * band is an error, one the runner's image may roll forward a warning, no pin a notice.
 */
function keyVariableRisk(facts) {
    const sdk = facts.sdkVersion;
    if (!sdk)
        return 'notice';
    if (readsKeyVariable(sdk))
        return undefined;
    return keepsBand(facts) ? 'error' : 'warning';
}
function pinNote(facts) {
    const sdk = facts.sdkVersion;
    if (!sdk)
        return '';
    const rule = facts.sdkRollForward
        ? `rollForward: ${facts.sdkRollForward}`
        : 'no rollForward (latestPatch)';
    return keepsBand(facts)
        ? `, and global.json pins ${sdk} with ${rule}, which keeps that feature band`
        : `, and global.json pins ${sdk} with ${rule}, so whether a newer band runs depends on the runner's image`;
}
/** Whether an SDK version reads NUGET_API_KEY by itself: 10.0.300 and later. */
function readsKeyVariable(version) {
    const [major = 0, minor = 0, patch = 0] = version.split(/[.-]/).map(Number);
    return major > 10 || (major === 10 && (minor > 0 || patch >= 300));
}
/** `--skip-duplicate` on every run, only on re-runs (an expression on run_attempt), or never. */
function skipDuplicate(push) {
    if (push.command.flags.has('--skip-duplicate'))
        return 'always';
    const reRunOnly = push.command.conditional.some(({ firstRun, reRun }) => firstRun === '' && reRun === '--skip-duplicate');
    return reRunOnly ? 'on re-runs' : 'never';
}

;// CONCATENATED MODULE: ./src/check/rules/key-path.ts




const OUTPUT_REFERENCE = new RegExp(`steps\\.([\\w-]+)\\.outputs\\.${model/* KEY_OUTPUT */.ER}\\b`, 'g');
function checkKeyPath(loginJob) {
    const { file, jobId, steps, login, loginIndex } = loginJob;
    const loginId = (0,model/* text */.Qq)(login.id);
    const findings = [];
    const readers = steps.flatMap((step, index) => [...(0,model/* stepText */.uw)(step).matchAll(OUTPUT_REFERENCE)].map((match) => ({
        index,
        id: match[1]
    })));
    const pushes = pushesOf(loginJob).filter((push) => destination(push) !== 'other');
    if (!loginId && (readers.length > 0 || (pushes.length > 0 && (0,model/* exportsKey */.Xc)(login) === false))) {
        findings.push((0,context/* finding */.g)(file, (0,context/* stepPath */.q)(jobId, loginIndex), 'error', 'Login step without id', `The login step has no \`id\`, so no later step can read its output ${model/* KEY_OUTPUT */.ER}: the push gets an ` +
            `empty key. Add \`id: login\` and pass \${{ steps.login.outputs.${model/* KEY_OUTPUT */.ER} }} to the push.`));
    }
    for (const reader of readers) {
        if (reader.id === loginId || loginJob.keyStepIds?.includes(reader.id))
            continue;
        findings.push((0,context/* finding */.g)(file, (0,context/* stepPath */.q)(jobId, reader.index), 'error', 'Key read from another step', `This step reads steps.${reader.id}.outputs.${model/* KEY_OUTPUT */.ER}, but the login step's id is ` +
            `${loginId ? `'${loginId}'` : 'not set'}: the key it gets is empty.`));
    }
    for (const push of pushes)
        findings.push(...checkPush(loginJob, push));
    return findings;
}
/** Job outputs that carry the key, and other jobs that read them: masked values never cross jobs. */
function checkCrossJobKeys(file) {
    const findings = [];
    const carriers = new Map();
    for (const [jobId, job] of (0,model/* jobsOf */.aG)(file.data)) {
        for (const [name, value] of Object.entries(job.outputs ?? {})) {
            if (!new RegExp(`\\.outputs\\.${model/* KEY_OUTPUT */.ER}\\b`).test((0,model/* text */.Qq)(value)))
                continue;
            carriers.set(jobId, (carriers.get(jobId) ?? new Set()).add(name));
            findings.push((0,context/* finding */.g)(file, ['jobs', jobId, 'outputs', name], 'error', 'Key passed to another job', `The job output '${name}' carries the API key, but the runner drops masked values at job boundaries ` +
                '("Skip output ... since it may contain secret"): the other job gets an empty key. Log in in the job ' +
                'that pushes.'));
        }
    }
    for (const [jobId, job] of (0,model/* jobsOf */.aG)(file.data)) {
        (0,model/* stepsOf */.B_)(job).forEach((step, index) => {
            for (const [source, names] of carriers) {
                for (const name of names) {
                    if (!(0,model/* stepText */.uw)(step).includes(`needs.${source}.outputs.${name}`))
                        continue;
                    findings.push((0,context/* finding */.g)(file, (0,context/* stepPath */.q)(jobId, index), 'error', 'Key read from another job', `This step reads needs.${source}.outputs.${name}, which is empty: the runner does not pass masked ` +
                        'values between jobs. Log in in this job instead.'));
                }
            }
        });
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/shared/userinfo.ts
// Inputs and answers may hold URLs with a user name and password; messages show them without.
/**
 * The text with everything that could be a URL's user information (from after the scheme up to
 * the last '@') replaced by ***: safe to echo even when the text does not parse as a URL.
 */
function withoutUserinfo(text) {
    const at = text.lastIndexOf('@');
    if (at < 0)
        return text;
    const scheme = /^[a-z][a-z\d+.-]*:\/\//i.exec(text)?.[0] ?? '';
    return `${scheme}***${text.slice(at)}`;
}

;// CONCATENATED MODULE: ./src/shared/nuget-rules.ts
// nuget.org's rules for what a login sends, shared by the login and the workflow check.

const NUGET_AUDIENCE = 'https://www.nuget.org';
const NUGET_TOKEN_ENDPOINT = 'https://www.nuget.org/api/v2/token';
/** nuget.org's username rule (GalleryConstants.UsernameValidationRegex, at most 64 characters). */
const NUGET_USERNAME = /^[A-Za-z0-9][A-Za-z0-9_.-]+[A-Za-z0-9]$/;
const MAX_USERNAME_LENGTH = 64;
/** Why `user` cannot be the nuget.org username of a policy's creator; undefined when it can. */
function usernameProblem(user) {
    if (user === '')
        return 'is required but was empty';
    if (user.includes('@'))
        return `looks like an e-mail address ('${user}')`;
    if (user.length > MAX_USERNAME_LENGTH || !NUGET_USERNAME.test(user)) {
        return (`cannot be a nuget.org username: '${user}'. nuget.org usernames are 3 to ${MAX_USERNAME_LENGTH} ` +
            "characters: letters, digits, '_', '.' and '-', starting and ending with a letter or digit");
    }
    return undefined;
}
/**
 * Why nuget.org would refuse a token for this audience; undefined when it accepts it. nuget.org
 * compares it with its origin case-sensitively, ignoring one trailing slash.
 */
function audienceProblem(value) {
    let origin;
    try {
        origin = new URL(value).origin;
    }
    catch {
        return `is not an https origin: '${withoutUserinfo(value)}'`;
    }
    if ((value !== origin && value !== `${origin}/`) || !value.startsWith('https://')) {
        return `must be an https origin such as ${NUGET_AUDIENCE}, but is '${withoutUserinfo(value)}'`;
    }
    return undefined;
}
/** Loopback as an address or the name `localhost`: where plain http may go too. */
function isLoopbackHost(hostname) {
    return /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/.test(hostname);
}
/**
 * Where a token stays on the runner's own machine, whatever its audience, so tests can use the
 * stand-ins: loopback, and names under .localhost, which RFC 6761 reserves for loopback. Not
 * single-label names or .internal ones: DNS search domains or a company network can take those
 * to another machine.
 */
function isLoopbackName(hostname) {
    return isLoopbackHost(hostname) || hostname.endsWith('.localhost');
}
/**
 * Why the login refuses to send a token for `audience` to `tokenServiceUrl` (another host than the
 * audience's, which could replay it there); undefined when it may, or when either does not parse.
 */
function tokenDestinationProblem(tokenServiceUrl, audience = NUGET_AUDIENCE) {
    let service;
    let audienceHost;
    try {
        service = new URL(tokenServiceUrl);
        audienceHost = new URL(audience).host;
    }
    catch {
        return undefined;
    }
    if (service.host === audienceHost || isLoopbackName(service.hostname))
        return undefined;
    return `names the host ${service.host}, but the OIDC token is for ${audience} (host ${audienceHost})`;
}

// EXTERNAL MODULE: ./src/check/expressions.ts + 19 modules
var check_expressions = __nccwpck_require__(2593);
;// CONCATENATED MODULE: ./src/check/rules/login-inputs.ts
// The login's `user` and `audience`, where the workflow states them.




function checkLoginInputs(loginJob) {
    const { file, jobId, login, loginIndex, facts } = loginJob;
    const findings = [];
    const user = (0,model/* text */.Qq)(login.with?.user).trim();
    const userPath = (0,context/* stepPath */.q)(jobId, loginIndex, 'with', 'user');
    if (/\bsecrets\./.test(user)) {
        findings.push((0,context/* finding */.g)(file, userPath, 'notice', 'Username in a secret', "`user` comes from a secret, so the runner shows it as *** in every log line, nuget.org's messages " +
            'included. A username is not a secret: a repository variable (`${{ vars.NUGET_USER }}`) keeps it readable.'));
    }
    else if (user === '') {
        findings.push((0,context/* finding */.g)(file, userPath, 'error', 'Login without user', `The login step sets no \`user\`${login.with?.user === undefined ? '' : ' (it is empty)'}, so the login fails ` +
            `with "${missingUserMessage(login)}" before asking nuget.org for a key. Set \`user\` to the nuget.org ` +
            'username of the account that created the policy (not an organization).'));
    }
    else if (!(0,model/* isExpression */.BH)(user)) {
        const problem = usernameProblem(user);
        if (problem) {
            findings.push((0,context/* finding */.g)(file, userPath, 'error', 'Not a nuget.org username', `\`user\` ${problem}. Set it to the nuget.org username of the account that created the policy.`));
        }
    }
    const organization = organizationAsUser(user, facts);
    if (organization) {
        findings.push((0,context/* finding */.g)(file, userPath, 'warning', 'Organization name as user', `\`user\`${organization.how ? ` ${organization.how}` : ''} is '${organization.name}', the name of the organization that owns this ` +
            'repository. Policies are created by people, so if that is the nuget.org organization nuget.org answers ' +
            '"No matching trust policy owned by user ..." on every run. Set `user` to the nuget.org username of ' +
            'the person who created the policy (shown on the Trusted Publishing page).'));
    }
    const audience = (0,model/* text */.Qq)(login.with?.audience).trim();
    const problem = audience && !(0,model/* isExpression */.BH)(audience) ? audienceProblem(audience) : undefined;
    if (problem) {
        findings.push((0,context/* finding */.g)(file, (0,context/* stepPath */.q)(jobId, loginIndex, 'with', 'audience'), 'error', 'Audience nuget.org refuses', `\`audience\` ${problem}; nuget.org would refuse the token. Leave \`audience\` out.`));
    }
    return findings;
}
/** What the login action prints without a user: this one's own words, or @actions/core's for NuGet/login. */
function missingUserMessage(login) {
    return /^nuget\/login@/i.test((0,model/* text */.Qq)(login.uses))
        ? 'Input required and not supplied: user'
        : 'The input `user` is required but was empty.';
}
/** The organization's login, when `user` is it: literally, through github.repository_owner, or as a fallback. */
function organizationAsUser(user, facts) {
    if (facts.ownerType !== 'Organization' || !facts.ownerLogin || !user)
        return undefined;
    const owner = facts.ownerLogin;
    let value = user;
    let how = '';
    if ((0,model/* isExpression */.BH)(user)) {
        const expressions = (0,check_expressions/* expressionsIn */.l$)(user);
        if (expressions.length !== 1 ||
            expressions[0]?.start !== 0 ||
            expressions[0].end !== user.length)
            return undefined;
        const inner = expressions[0].inner;
        const known = { github: { repository_owner: owner, repository: facts.repository ?? null } };
        const evaluated = (0,check_expressions/* asString */.oJ)((0,check_expressions/* evaluate */._3)(inner, { ...known, vars: {} }, ['vars']));
        if (evaluated === undefined)
            return undefined;
        value = evaluated;
        how = /\bvars\./.test(inner)
            ? `(its fallback, used while the variable is unset)`
            : /repository_owner/.test(inner)
                ? '(`github.repository_owner`)'
                : '';
    }
    return value.toLowerCase() === owner.toLowerCase() ? { name: value, how } : undefined;
}

;// CONCATENATED MODULE: ./src/check/permissions.ts
function grantFor(workflow, jobId, job) {
    if (job.permissions !== undefined) {
        return { block: job.permissions, source: 'job', path: ['jobs', jobId, 'permissions'] };
    }
    if (workflow.permissions !== undefined) {
        return { block: workflow.permissions, source: 'workflow', path: ['permissions'] };
    }
    return { block: undefined, source: 'default', path: ['jobs', jobId] };
}
/**
 * The access a block gives to one scope, or 'default' where the repository's default applies.
 * A block that names some scopes sets every other one to none; `id-token` has no read level, so
 * `read-all` leaves it at none. GitHub's defaults never include id-token.
 */
function accessTo(block, scope) {
    if (block === undefined || block === null)
        return scope === 'id-token' ? 'none' : 'default';
    if (block === 'write-all')
        return 'write';
    if (block === 'read-all')
        return scope === 'id-token' ? 'none' : 'read';
    if (typeof block === 'object') {
        const access = block[scope];
        return access === 'write' || access === 'read' ? access : 'none';
    }
    return 'none';
}
function describeBlock(grant) {
    if (grant.source === 'default')
        return "GitHub's default permissions (no `permissions:` block)";
    const where = grant.source === 'job' ? "the job's" : "the workflow's";
    if (typeof grant.block === 'string')
        return `${where} \`permissions: ${grant.block}\``;
    if (grant.block && Object.keys(grant.block).length === 0)
        return `${where} \`permissions: {}\``;
    return `${where} \`permissions:\` block`;
}

;// CONCATENATED MODULE: ./src/check/rules/reusable.ts



/**
 * A login in a local `on: workflow_call` file: the policy must name that file, and each job that
 * calls it must grant `id-token: write`, which the called workflow cannot raise itself.
 */
function checkCalledWorkflow(file, all, loginJobs, repository) {
    const [first] = loginJobs;
    if (!first || !(0,model/* triggers */.G)(file.data).includes('workflow_call'))
        return [];
    const calls = callersOf(file, all);
    const onlyCalled = (0,model/* triggers */.G)(file.data).every((event) => event === 'workflow_call');
    const why = calls.length === 0 && onlyCalled
        ? 'runs only when called, and no workflow in this repository calls it'
        : callsOwnActionsByName(first, repository)
            ? `uses this repository's own actions by name (${repository}/...), as a workflow other repositories call does`
            : undefined;
    const callerNames = [...new Set(calls.map(({ caller }) => `'${caller.name}'`))];
    const findings = [
        why
            ? (0,context/* finding */.g)(file, (0,context/* stepPath */.q)(first.jobId, first.loginIndex), 'warning', 'Login in a workflow for other repositories', `This workflow ${why}, and it logs in to nuget.org: called from another repository, the token's ` +
                "job_workflow_ref names this repository while its repository claim names the caller's, so no " +
                'policy matches ("No matching trust policy" or "job_workflow_ref ... does not start with"). Log ' +
                'in from a workflow file of each repository that publishes.')
            : (0,context/* finding */.g)(file, ['jobs', first.jobId], 'notice', 'Login in a reusable workflow', `This reusable workflow logs in, and nuget.org matches the file that holds the login: the policy's ` +
                `Workflow File must be '${file.name}'` +
                (callerNames.length > 0
                    ? `, not the calling workflow (${callerNames.join(', ')}).`
                    : ', not the workflow that calls it.'))
    ];
    for (const { caller, jobId, job } of calls) {
        const grant = grantFor(caller.data, jobId, job);
        if (accessTo(grant.block, 'id-token') === 'write')
            continue;
        findings.push((0,context/* finding */.g)(caller, ['jobs', jobId], 'error', 'No OIDC token for the called workflow', `Job '${jobId}' calls ${file.name}, which logs in to nuget.org, but grants no \`id-token: write\` ` +
            `(${describeBlock(grant)}); a called workflow cannot raise its caller's permissions. Add ` +
            '`permissions: id-token: write` to this job.'));
    }
    return [...findings, ...unpassedSecrets(file, calls, loginJobs)];
}
/**
 * A call to another repository's workflow with an OIDC token and nuget.org in its inputs: a login
 * there never matches. When a job of this repository logs in, that login is the release and the
 * call is a notice; when none does, the call is the only way this repository publishes, and a
 * warning (the other repository decides whether it logs in or pushes with a stored key).
 */
function checkRemoteCalls(file, anyLocalLogin) {
    return (0,model/* jobsOf */.aG)(file.data).flatMap(([jobId, job]) => {
        const uses = (0,model/* text */.Qq)(job.uses);
        if (!uses || uses.startsWith('./'))
            return [];
        if (accessTo(grantFor(file.data, jobId, job).block, 'id-token') !== 'write')
            return [];
        const call = JSON.stringify([uses, job.with ?? {}, job.secrets ?? {}]);
        if (!/nuget/i.test(call))
            return [];
        return [
            (0,context/* finding */.g)(file, ['jobs', jobId, 'uses'], anyLocalLogin ? 'notice' : 'warning', 'Reusable workflow from another repository', `Job '${jobId}' calls ${uses} with an OIDC token. If that workflow logs in to nuget.org with trusted ` +
                'publishing, no policy can match it: nuget.org matches only workflow files of the repository the policy ' +
                'names. Log in from a workflow file in this repository.')
        ];
    });
}
/**
 * Callers of a local reusable workflow whose login reads a secret they do not pass: a called
 * workflow sees only the secrets its caller hands it (`secrets: inherit`, or each by name).
 */
function unpassedSecrets(file, calls, loginJobs) {
    const needed = new Set(loginJobs.flatMap(({ login }) => [...JSON.stringify([login.with ?? {}, login.env ?? {}]).matchAll(/\bsecrets\.([\w-]+)/g)]
        .map((match) => match[1])
        .filter((name) => name.toUpperCase() !== 'GITHUB_TOKEN')));
    if (needed.size === 0)
        return [];
    // A called job in an environment also gets that environment's secrets, which no file shows.
    const environments = [...new Set(loginJobs.flatMap(({ job }) => (0,model/* environmentOf */.p7)(job)?.name ?? []))];
    return calls.flatMap(({ caller, jobId, job }) => {
        const passed = job.secrets;
        if (passed === 'inherit')
            return [];
        const names = passed && typeof passed === 'object' ? Object.keys(passed) : [];
        const missing = [...needed].filter((name) => !names.some((n) => n.toLowerCase() === name.toLowerCase()));
        if (missing.length === 0)
            return [];
        const reads = `Job '${jobId}' calls ${file.name}, whose login reads ${missing.map((name) => `secrets.${name}`).join(', ')}, but does not pass it`;
        const fix = 'Add `secrets: inherit` to this job, or pass each secret by name.';
        return [
            environments.length === 0
                ? (0,context/* finding */.g)(caller, ['jobs', jobId, 'uses'], 'warning', 'Secret not passed to the called workflow', `${reads}: the called workflow gets an empty value and the login fails. ${fix}`)
                : (0,context/* finding */.g)(caller, ['jobs', jobId, 'uses'], 'notice', 'Secret not passed to the called workflow', `${reads}. The login works only if the environment ${environments.map((name) => `'${name}'`).join(', ')} ` +
                    `of the called job holds it as an environment secret: confirm it there, or: ${fix}`)
        ];
    });
}
/** A step of the login job that calls an action of this very repository by `owner/name/path@ref`. */
function callsOwnActionsByName({ steps }, repository) {
    if (!repository)
        return false;
    const own = `${repository.toLowerCase()}/`;
    return steps.some((step) => (0,model/* text */.Qq)(step.uses).toLowerCase().startsWith(own));
}
/** The jobs of this repository's workflows that call a local reusable workflow. */
function callersOf(file, all) {
    return all.flatMap((caller) => (0,model/* jobsOf */.aG)(caller.data)
        .filter(([, job]) => (0,model/* text */.Qq)(job.uses).split('@', 1)[0] === `./.github/workflows/${file.name}`)
        .map(([jobId, job]) => ({ caller, jobId, job })));
}

;// CONCATENATED MODULE: ./src/check/rules/login-setup.ts
// What stops a login job before it reaches nuget.org: a token service on another host than the
// audience's, which the login refuses, and a global.json read before the repository is there.




const CHECKOUT = /^actions\/checkout@/i;
const SETUP_DOTNET = /^actions\/setup-dotnet@/i;
function checkLoginSetup(loginJob) {
    return [...tokenDestination(loginJob), ...globalJsonBeforeCheckout(loginJob)];
}
const TOKEN_SERVICE_TITLE = 'Token service on another host';
const TOKEN_SERVICE_FIX = 'the login refuses to send the token there and fails before it requests one. For NuGet’s test ' +
    'environment set `audience: https://int.nugettest.org` too; for nuget.org leave both out.';
function tokenDestination({ file, jobId, login, loginIndex }) {
    const service = (0,model/* text */.Qq)(login.with?.['token-service-url']).trim();
    const audience = (0,model/* text */.Qq)(login.with?.audience).trim() || NUGET_AUDIENCE;
    if (!service || (0,model/* isExpression */.BH)(service) || (0,model/* isExpression */.BH)(audience))
        return [];
    const problem = tokenDestinationProblem(service, audience);
    if (!problem)
        return [];
    return [
        (0,context/* finding */.g)(file, (0,context/* stepPath */.q)(jobId, loginIndex, 'with', 'token-service-url'), 'error', TOKEN_SERVICE_TITLE, `\`token-service-url\` ${problem}${login.with?.audience === undefined ? ', the default' : ''}: ` +
            TOKEN_SERVICE_FIX)
    ];
}
/** `${{ inputs.NAME }}`, the whole value: what a caller's `with:` decides. */
const INPUT_ONLY = /^\$\{\{\s*inputs\.([A-Za-z_][\w-]*)\s*\}\}$/;
/**
 * A local reusable workflow whose login takes `token-service-url` (or `audience`) from its inputs:
 * a caller that passes a literal one on another host than the audience makes the login refuse on
 * that caller's runs. The finding stands at the login, where the audience is missing, naming the
 * caller.
 */
function checkCallerTokenDestination(file, all, loginJobs) {
    const fromInputs = loginJobs.filter(({ login }) => INPUT_ONLY.test((0,model/* text */.Qq)(login.with?.['token-service-url']).trim()));
    if (fromInputs.length === 0)
        return [];
    const callers = callersOf(file, all);
    return fromInputs.flatMap(({ jobId: loginJobId, login, loginIndex }) => {
        const input = INPUT_ONLY.exec((0,model/* text */.Qq)(login.with?.['token-service-url']).trim())?.[1];
        const audience = (0,model/* text */.Qq)(login.with?.audience).trim();
        const audienceInput = INPUT_ONLY.exec(audience)?.[1];
        return callers.flatMap(({ caller, jobId, job }) => {
            const given = (0,model/* text */.Qq)(job.with?.[input]).trim();
            const givenAudience = audienceInput ? (0,model/* text */.Qq)(job.with?.[audienceInput]).trim() : audience;
            if (!given || (0,model/* isExpression */.BH)(given) || (0,model/* isExpression */.BH)(givenAudience))
                return [];
            const problem = tokenDestinationProblem(given, givenAudience || NUGET_AUDIENCE);
            if (!problem)
                return [];
            return [
                (0,context/* finding */.g)(file, (0,context/* stepPath */.q)(loginJobId, loginIndex, 'with', 'token-service-url'), 'error', TOKEN_SERVICE_TITLE, `Job '${jobId}' in ${caller.name} passes \`${input}: ${given}\`, which this login uses as ` +
                    `\`token-service-url\`: it ${problem}${givenAudience ? '' : ', the default'}: ${TOKEN_SERVICE_FIX}`)
            ];
        });
    });
}
/** setup-dotnet's `global-json-file` in a login job with no checkout before it: the file is not there. */
function globalJsonBeforeCheckout({ file, jobId, steps, loginIndex }) {
    const findings = [];
    for (const [index, step] of steps.slice(0, loginIndex).entries()) {
        if (CHECKOUT.test((0,model/* text */.Qq)(step.uses)))
            return findings;
        const globalJson = (0,model/* text */.Qq)(step.with?.['global-json-file']).trim();
        if (!SETUP_DOTNET.test((0,model/* text */.Qq)(step.uses)) || !globalJson || (0,model/* isExpression */.BH)(globalJson))
            continue;
        findings.push((0,context/* finding */.g)(file, (0,context/* stepPath */.q)(jobId, index, 'with', 'global-json-file'), 'error', 'global.json read before checkout', `actions/setup-dotnet reads \`global-json-file: ${globalJson}\`, but job '${jobId}' has not checked ` +
            'the repository out yet: the file is not there and the step fails before the login. Add ' +
            '`- uses: actions/checkout@v6` before it.'));
    }
    return findings;
}

// EXTERNAL MODULE: ./src/check/rules/release-steps.ts
var release_steps = __nccwpck_require__(491);
;// CONCATENATED MODULE: ./src/check/rules/oidc-access.ts





const oidc_access_CHECKOUT = /^actions\/checkout@/i;
/** A called workflow without its own block takes the caller's permissions, which it cannot see. */
function checkIdToken({ file, jobId, job }, calledWorkflow = false) {
    const grant = grantFor(file.data, jobId, job);
    if (accessTo(grant.block, 'id-token') === 'write')
        return [];
    if (calledWorkflow && grant.source === 'default')
        return [];
    return [
        (0,context/* finding */.g)(file, grant.path, 'error', 'No OIDC token', `Job '${jobId}' logs in to nuget.org, but it has no \`id-token: write\` under ${describeBlock(grant)}, so ` +
            "it cannot request an OIDC token. Add `id-token: write` to the job's `permissions:`, with every " +
            'other scope its steps need (a permissions block sets the rest to none).')
    ];
}
/**
 * Steps that need more than a permissions block gives: a release needs contents: write, a
 * private repository's checkout contents: read (a public one's works without it), and a push to
 * GitHub Packages with the job's token packages: write.
 */
function checkOtherScopes(loginJob) {
    const { file, jobId, job } = loginJob;
    const grant = grantFor(file.data, jobId, job);
    if (grant.source === 'default')
        return [];
    return [...contentsScope(loginJob, grant), ...packagesScope(loginJob, grant)];
}
function contentsScope({ file, jobId, job, facts }, grant) {
    const contents = accessTo(grant.block, 'contents');
    return (0,model/* stepsOf */.B_)(job).flatMap((step, index) => {
        const release = contents === 'write' ? undefined : (0,release_steps/* releaseStep */.w)(file.data, job, step);
        if (release) {
            return [
                (0,context/* finding */.g)(file, (0,context/* stepPath */.q)(jobId, index, ...release.at), release.certain ? 'error' : 'warning', release.certain
                    ? 'Release step without contents: write'
                    : 'Token without contents: write', `${release.what}, which needs \`contents: write\`, but the job has ` +
                    `\`contents: ${contents}\` under ${describeBlock(grant)}` +
                    (release.certain ? '' : ': if it creates a release or pushes a tag, it fails') +
                    '. Add `contents: write` next to `id-token: write`.')
            ];
        }
        if (oidc_access_CHECKOUT.test((0,model/* text */.Qq)(step.uses)) && contents === 'none' && facts.private !== false) {
            return [
                (0,context/* finding */.g)(file, (0,context/* stepPath */.q)(jobId, index), facts.private ? 'error' : 'notice', 'Checkout without contents: read', `actions/checkout needs \`contents: read\` in a private repository, but the job has \`contents: none\` under ` +
                    `${describeBlock(grant)}${facts.private ? '' : ' (a public repository checks out without it)'}. Add ` +
                    '`contents: read` next to `id-token: write`.')
            ];
        }
        return [];
    });
}
const GITHUB_PACKAGES = /nuget\.pkg\.github\.com/i;
const JOB_TOKEN = /\bsecrets\.GITHUB_TOKEN\b|\bgithub\.token\b/i;
/** A push to GitHub Packages with the job's token needs packages: write, which a block may drop. */
function packagesScope(loginJob, grant) {
    const { file, jobId } = loginJob;
    const packages = accessTo(grant.block, 'packages');
    if (packages === 'write')
        return [];
    return pushesOf(loginJob).flatMap((push) => {
        const words = (name) => JSON.stringify(push.command.values.get(name) ?? []);
        if (!GITHUB_PACKAGES.test(words('--source')) || !JOB_TOKEN.test(words('--api-key')))
            return [];
        return [
            (0,context/* finding */.g)(file, (0,context/* stepPath */.q)(jobId, push.index), 'error', 'Push to GitHub Packages without packages: write', `This push sends the job's GITHUB_TOKEN to GitHub Packages, which needs \`packages: write\`, but the ` +
                `job has \`packages: ${packages}\` under ${describeBlock(grant)}: GitHub Packages answers 403. Add ` +
                '`packages: write` next to `id-token: write`.')
        ];
    });
}

;// CONCATENATED MODULE: ./src/check/rules/filter-pattern.ts
// GitHub's filter patterns for branches and tags: `*` any characters but `/`, `**` any characters,
// `?` zero or one and `+` one or more of the character (or set) before it, `[...]` one character of
// a set or range, `\` escapes the next character. The pattern is read into a list of steps and a
// name is matched by walking every step it could be at, at once: time pattern × name, whatever
// either holds (a regular expression built from `**…**` backtracks).
/** Whether `name` matches a filter pattern (without its leading `!`). */
function matchesPattern(pattern, name) {
    const steps = stepsOf(pattern);
    // at[i]: the name read so far can end just before step i.
    let at = closure(steps, [0]);
    for (const char of name) {
        const next = [];
        steps.forEach((step, position) => {
            if (at[position] && step.test(char))
                next.push(step.repeat === 'any' ? position : position + 1);
        });
        if (next.length === 0)
            return false;
        at = closure(steps, next);
    }
    return at[steps.length] === 1;
}
/** Branch or tag filters as GitHub applies them: `!` excludes, and the last pattern that matches wins. */
function matchesFilters(patterns, name) {
    let matched = false;
    for (const pattern of patterns.map(String)) {
        const negated = pattern.startsWith('!');
        if (matchesPattern(negated ? pattern.slice(1) : pattern, name))
            matched = !negated;
    }
    return matched;
}
/** The positions reachable from these without reading a character: past optional and repeated steps. */
function closure(steps, positions) {
    const at = new Uint8Array(steps.length + 1);
    for (const position of positions)
        at[position] = 1;
    steps.forEach((step, position) => {
        if (at[position] && step.repeat !== 'once')
            at[position + 1] = 1;
    });
    return at;
}
const ANY = () => true;
const NOT_SLASH = (char) => char !== '/';
function stepsOf(pattern) {
    const steps = [];
    const chars = [...pattern];
    for (let index = 0; index < chars.length; index++) {
        const char = chars[index];
        const previous = steps.at(-1);
        if (char === '*') {
            const double = chars[index + 1] === '*';
            if (double)
                index++;
            steps.push({ test: double ? ANY : NOT_SLASH, repeat: 'any' });
        }
        else if ((char === '?' || char === '+') && previous?.repeat === 'once') {
            if (char === '?')
                previous.repeat = 'optional';
            else
                steps.push({ test: previous.test, repeat: 'any' });
        }
        else if (char === '[') {
            const set = setAt(chars, index);
            if (set) {
                steps.push({ test: set.test, repeat: 'once' });
                index = set.end;
            }
            else
                steps.push(literal(char));
        }
        else if (char === '\\' && index + 1 < chars.length) {
            steps.push(literal(chars[++index]));
        }
        else
            steps.push(literal(char));
    }
    return steps;
}
const literal = (expected) => ({
    test: (char) => char === expected,
    repeat: 'once'
});
/** `[abc]` or `[a-z0-9]` starting at `start`: its test and the index of its `]`. */
function setAt(chars, start) {
    const end = chars.indexOf(']', start + 2);
    if (end < 0)
        return undefined;
    const ranges = [];
    for (let index = start + 1; index < end; index++) {
        const from = chars[index];
        if (chars[index + 1] === '-' && index + 2 < end) {
            ranges.push([from, chars[index + 2]]);
            index += 2;
        }
        else
            ranges.push([from, from]);
    }
    return { test: (char) => ranges.some(([low, high]) => char >= low && char <= high), end };
}

// EXTERNAL MODULE: ./src/check/rules/reach.ts
var reach = __nccwpck_require__(459);
;// CONCATENATED MODULE: ./src/check/rules/dependabot.ts


const DEPENDABOT_BRANCH = 'dependabot/github_actions/actions/checkout-6';
function checkDependabotPushes(file, loginJobs, facts) {
    if (!facts.dependabot || !pushRunsOn(file.data.on, DEPENDABOT_BRANCH))
        return [];
    return (0,reach/* reachFindings */.s2)(file, loginJobs, dependabotRun(facts), (0,reach/* triggerPath */.um)(file, 'push'), {
        title: 'Login on Dependabot’s pushes',
        reached: (jobs) => `This workflow runs on pushes to any branch, and .github/dependabot.yml makes Dependabot push its ` +
            `branches here: those runs get no OIDC token, so the login in job ${jobs} fails on each. Limit ` +
            '`push` to release tags or the release branch, or add ' +
            "`if: github.actor != 'dependabot[bot]'` to the job.",
        unless: (job, conditions) => `This workflow runs on pushes to any branch, and .github/dependabot.yml makes Dependabot push its ` +
            `branches here: job ${job} reaches the login unless ${conditions} ` +
            'is false on those runs: confirm it. If it can be true there, those runs get no OIDC token, so the login fails on each.'
    });
}
/** Whether a push of this branch starts the workflow: `push` with no branch filter, or one matching. */
function pushRunsOn(on, branch) {
    if (on === 'push')
        return true;
    if (Array.isArray(on))
        return on.includes('push');
    if (!on || typeof on !== 'object' || !('push' in on))
        return false;
    const push = on.push;
    if (!push || typeof push !== 'object')
        return true;
    const filters = push;
    // Path filters decide on the files a push changes, which the check cannot know.
    if (filters.paths !== undefined || filters['paths-ignore'] !== undefined)
        return false;
    if (Array.isArray(filters.branches))
        return matchesFilters(filters.branches, branch);
    if (Array.isArray(filters['branches-ignore'])) {
        return !matchesFilters(filters['branches-ignore'], branch);
    }
    return filters.tags === undefined && filters['tags-ignore'] === undefined;
}
/** What a push run of a Dependabot branch knows. */
function dependabotRun(facts) {
    const { eventRepository, ...repository } = (0,reach/* repositoryContext */.AN)(facts);
    const known = {
        inputs: {},
        github: {
            event_name: 'push',
            actor: 'dependabot[bot]',
            triggering_actor: 'dependabot[bot]',
            ...repository,
            ref: `refs/heads/${DEPENDABOT_BRANCH}`,
            ref_name: DEPENDABOT_BRANCH,
            ref_type: 'branch',
            head_ref: '',
            base_ref: '',
            event: { repository: eventRepository, inputs: null }
        }
    };
    return { known, closed: ['inputs'] };
}

;// CONCATENATED MODULE: ./src/check/rules/ids.ts


/** Letters, digits, `_` and `-`, starting with a letter or `_`. */
const ID = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** GitHub's limit: an id must be shorter than this. */
const MAX_ID_LENGTH = 100;
const REFUSED = 'GitHub refuses the whole file, so no job in it starts.';
/** Why GitHub refuses `id`; undefined when it accepts it. */
function idProblem(id) {
    if (id.length >= MAX_ID_LENGTH) {
        return `is ${id.length} characters long, and GitHub takes ids shorter than ${MAX_ID_LENGTH}`;
    }
    if (!ID.test(id)) {
        return "may hold only letters, digits, '_' and '-', and must start with a letter or '_'";
    }
    if (id.startsWith('__'))
        return "starts with '__', which GitHub reserves";
    return undefined;
}
/** The job ids and step ids of a workflow file that GitHub refuses, or that repeat in their scope. */
function checkIds(file) {
    const jobs = file.data.jobs;
    if (!jobs || typeof jobs !== 'object' || Array.isArray(jobs))
        return [];
    const findings = [];
    const seenJobs = new Map();
    for (const [jobId, job] of Object.entries(jobs)) {
        const path = ['jobs', jobId];
        const problem = idProblem(jobId);
        const first = seenJobs.get(jobId.toLowerCase());
        if (problem) {
            findings.push(refused(file, path, `The job id '${jobId}' ${problem}.`, 'Job id GitHub refuses'));
        }
        else if (first !== undefined) {
            findings.push(refused(file, path, `The job id '${jobId}' repeats '${first}': GitHub compares job ids ignoring case.`, 'Job id used twice'));
        }
        else
            seenJobs.set(jobId.toLowerCase(), jobId);
        if (job && typeof job === 'object')
            findings.push(...checkStepIds(file, jobId, job.steps));
    }
    return findings;
}
function checkStepIds(file, jobId, steps) {
    if (!Array.isArray(steps))
        return [];
    const findings = [];
    const seen = new Map();
    steps.forEach((step, index) => {
        if (!step || typeof step !== 'object' || !('id' in step))
            return;
        const id = (0,model/* text */.Qq)(step.id);
        // GitHub gives a step with an empty id one of its own.
        if (id === '')
            return;
        const path = ['jobs', jobId, 'steps', index, 'id'];
        const problem = idProblem(id);
        const first = seen.get(id.toLowerCase());
        if (problem) {
            findings.push(refused(file, path, `The step id '${id}' ${problem}.`, 'Step id GitHub refuses'));
        }
        else if (first) {
            findings.push(refused(file, path, `The step id '${id}' is used twice in job '${jobId}' (first as '${first.id}' on line ` +
                `${first.line}): GitHub compares step ids ignoring case.`, 'Step id used twice'));
        }
        else
            seen.set(id.toLowerCase(), { id, line: file.where(path).line });
    });
    return findings;
}
function refused(file, path, problem, title) {
    return (0,context/* finding */.g)(file, path, 'error', title, `${problem} ${REFUSED} Rename it, and every reference to it.`);
}

// EXTERNAL MODULE: ./src/check/rules/stored-keys.ts
var stored_keys = __nccwpck_require__(9030);
// EXTERNAL MODULE: ./src/check/rules/triggers.ts
var triggers = __nccwpck_require__(2531);
// EXTERNAL MODULE: ./src/check/reading/workflow-file.ts + 2 modules
var workflow_file = __nccwpck_require__(3449);
;// CONCATENATED MODULE: ./src/check/analyse.ts

















function readWorkflowFiles(sources, deadline = check_deadline/* NO_DEADLINE */.ji) {
    const files = [];
    const broken = [];
    let count = 0;
    for (const source of sources) {
        deadline.enter(source.path);
        if (source.unread) {
            const { counted, ...finding } = source.unread;
            broken.push({ ...finding, file: source.path, where: { line: 1, column: 1 } });
            if (counted)
                count++;
            continue;
        }
        count++;
        try {
            files.push((0,workflow_file/* parseWorkflowFile */.d)(source.path, source.text));
        }
        catch (error) {
            broken.push(unparsed(source, error));
        }
    }
    return { files, broken, count };
}
/** A finding for a file that does not parse; only a release workflow's breaks a release. */
function unparsed(source, error) {
    if (!(error instanceof workflow_file/* WorkflowSyntaxError */.v))
        return crashed(source.path, error);
    const level = model/* LOGIN_ACTION_IN_TEXT */.XN.test(source.text) ? 'error' : 'notice';
    const where = error.where;
    if (error.kind === 'refused') {
        return {
            level,
            file: source.path,
            where,
            title: 'GitHub refuses this file',
            message: error.message
        };
    }
    return {
        level,
        file: source.path,
        where,
        title: 'Not valid YAML',
        message: `GitHub cannot run this workflow: ${error.message}`
    };
}
/** A failure of the check's own on one file: that file is not judged, every other one is. */
function crashed(path, error) {
    if (error instanceof check_deadline/* DeadlineExceeded */.m4)
        throw error;
    const reason = error instanceof Error ? error.message : String(error);
    return {
        level: 'error',
        file: path,
        where: { line: 1, column: 1 },
        title: 'Check failed on this file',
        message: `The check could not finish reading this file (${reason.split('\n')[0]}), so it is not judged; the other files were checked.`
    };
}
/**
 * The jobs that log in, with their pushes read from their scripts by `tools`: a script beyond
 * them is recorded in `tools.needs`.
 */
function loginJobsIn(workflows, facts, tools, deadline = check_deadline/* NO_DEADLINE */.ji) {
    const loginJobs = [];
    for (const file of [...workflows.files]) {
        deadline.enter(file.path);
        try {
            const own = loginJobsOf(file, facts, tools);
            for (const loginJob of own) {
                deadline.check();
                pushesOf(loginJob);
            }
            loginJobs.push(...own);
        }
        catch (error) {
            // The file is left out of every later step, and of a second reading with more tools.
            workflows.files.splice(workflows.files.indexOf(file), 1);
            workflows.broken.push(crashed(file.path, error));
        }
    }
    // Every job's pushes with a stored key are read too, so `tools.needs` covers their scripts; a
    // fault there is a finding later, when they are judged.
    if (!tools.bash) {
        try {
            (0,stored_keys/* storedKeyPushes */.hA)(workflows.files, facts, tools);
        }
        catch {
            tools.needs?.add('bash');
        }
    }
    return loginJobs;
}
/** Checks every workflow that logs in to nuget.org, and says what its policy must hold. */
function analyse(sources, facts = {}, tools = {}, deadline = check_deadline/* NO_DEADLINE */.ji) {
    const workflows = readWorkflowFiles(sources, deadline);
    const loginJobs = loginJobsIn(workflows, facts, tools, deadline);
    return analyseLoginJobs(workflows, loginJobs, facts, deadline, tools);
}
function analyseLoginJobs(workflows, loginJobs, facts, deadline = check_deadline/* NO_DEADLINE */.ji, tools = {}) {
    const { files } = workflows;
    const findings = [...workflows.broken, ...storedKeyFindings(files, facts, tools)];
    const judged = [];
    // By path: a job that calls a local action sees its file through a view of its own.
    const byFile = new Map();
    for (const loginJob of loginJobs) {
        const own = byFile.get(loginJob.file.path);
        if (own)
            own.push(loginJob);
        else
            byFile.set(loginJob.file.path, [loginJob]);
    }
    for (const file of files) {
        deadline.enter(file.path);
        const own = byFile.get(file.path) ?? [];
        try {
            findings.push(...checkFile(file, own, { files, facts, deadline, anyLogin: loginJobs.length > 0 }));
            judged.push(...own);
        }
        catch (error) {
            findings.push(crashed(file.path, error));
        }
    }
    return {
        findings: findings.sort(byPlace),
        policies: judged.map((loginJob) => policyFieldsFor(loginJob, facts.repository)),
        files: workflows.count,
        loginJobs: loginJobs.length
    };
}
/**
 * Stored-key pushes, read across files (a reusable workflow gets its key from its callers); when
 * that fails, each file alone, so one file's fault costs only its own findings.
 */
function storedKeyFindings(files, facts, tools) {
    try {
        return (0,stored_keys/* checkStoredKeys */.IX)(files, facts, tools);
    }
    catch {
        return files.flatMap((file) => {
            try {
                return (0,stored_keys/* checkStoredKeys */.IX)([file], facts, tools);
            }
            catch (error) {
                return [crashed(file.path, error)];
            }
        });
    }
}
/** Every finding on one file's jobs; the deadline is checked between its rules. */
function checkFile(file, own, run) {
    const { files, facts, deadline } = run;
    const findings = [];
    const called = (0,model/* triggers */.G)(file.data).includes('workflow_call');
    if (own.length > 0 && !called) {
        findings.push(...(0,triggers/* checkTriggers */.Q)(file, own, facts), ...checkDependabotPushes(file, own, facts));
    }
    for (const loginJob of own) {
        deadline.check();
        findings.push(...checkIdToken(loginJob, called), ...checkOtherScopes(loginJob), ...checkKeyPath(loginJob), ...checkLoginInputs(loginJob), ...checkLoginSetup(loginJob), ...adviseOnLoginJob(loginJob));
    }
    deadline.check();
    findings.push(...checkIds(file), ...checkCrossJobKeys(file), ...checkCalledWorkflow(file, files, own, facts.repository), ...checkCallerTokenDestination(file, files, own), ...checkRemoteCalls(file, run.anyLogin));
    return findings;
}
/** The jobs of a file that log in, with the steps of the local composite actions they call read in. */
function loginJobsOf(file, facts, tools) {
    return (0,model/* jobsOf */.aG)(file.data).flatMap(([jobId, job]) => {
        const expanded = (0,composite/* expandJob */.Yb)(file, jobId, job, facts.localActions);
        const steps = expanded?.steps ?? (0,model/* stepsOf */.B_)(job);
        const loginIndex = steps.findIndex(model/* isLoginStep */.ai);
        const login = steps[loginIndex];
        if (!login)
            return [];
        const own = { file, jobId, job, steps, login, loginIndex, facts, tools };
        return [expanded ? { ...own, ...expanded } : own];
    });
}
/**
 * File, line and column; at one place, errors before warnings before notices. Paths compare by
 * code unit: `localeCompare` would load ICU's collator, about 20 ms of every run with a finding.
 */
function byPlace(a, b) {
    return (compareText(a.file, b.file) ||
        a.where.line - b.where.line ||
        a.where.column - b.where.column ||
        LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level));
}
const compareText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);


/***/ }),

/***/ 770:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _5: () => (/* binding */ deadlineIn),
/* harmony export */   ji: () => (/* binding */ NO_DEADLINE),
/* harmony export */   m4: () => (/* binding */ DeadlineExceeded)
/* harmony export */ });
// The check's own time limit, checked between files and between the jobs of a file: a check past
// its deadline fails naming the file it was reading, and never passes.
class DeadlineExceeded extends Error {
}
/** A deadline `seconds` from now, by `now` (milliseconds). */
function deadlineIn(seconds, now = Date.now) {
    const end = now() + seconds * 1000;
    let reading;
    const check = () => {
        if (now() <= end)
            return;
        throw new DeadlineExceeded(`The check ran past its timeout of ${seconds} seconds` +
            (reading ? ` while reading ${reading}` : '') +
            ', so it did not finish: nothing was judged to pass. Raise `timeout`, or look at what ' +
            'that file holds: a workflow file from a pull request may be built to be slow to read.');
    };
    return {
        enter: (file) => {
            check();
            reading = file;
        },
        check
    };
}
/** No deadline: for tests and callers that bound the time themselves. */
const NO_DEADLINE = { enter: () => { }, check: () => { } };


/***/ }),

/***/ 2593:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  oJ: () => (/* binding */ asString),
  D3: () => (/* binding */ conditionText),
  _3: () => (/* binding */ evaluate),
  l$: () => (/* binding */ expressionsIn)
});

// UNUSED EXPORTS: knownFalse, parseExpression

;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/ast.js
class Expr {
}
class Literal extends Expr {
    constructor(literal, token) {
        super();
        this.literal = literal;
        this.token = token;
    }
    accept(v) {
        return v.visitLiteral(this);
    }
}
class Unary extends Expr {
    constructor(operator, expr) {
        super();
        this.operator = operator;
        this.expr = expr;
    }
    accept(v) {
        return v.visitUnary(this);
    }
}
class FunctionCall extends Expr {
    constructor(functionName, args) {
        super();
        this.functionName = functionName;
        this.args = args;
    }
    accept(v) {
        return v.visitFunctionCall(this);
    }
}
class Binary extends Expr {
    constructor(left, operator, right) {
        super();
        this.left = left;
        this.operator = operator;
        this.right = right;
    }
    accept(v) {
        return v.visitBinary(this);
    }
}
class Logical extends Expr {
    constructor(operator, args) {
        super();
        this.operator = operator;
        this.args = args;
    }
    accept(v) {
        return v.visitLogical(this);
    }
}
class Grouping extends Expr {
    constructor(group) {
        super();
        this.group = group;
    }
    accept(v) {
        return v.visitGrouping(this);
    }
}
class ContextAccess extends Expr {
    constructor(name) {
        super();
        this.name = name;
    }
    accept(v) {
        return v.visitContextAccess(this);
    }
}
class IndexAccess extends Expr {
    constructor(expr, index) {
        super();
        this.expr = expr;
        this.index = index;
    }
    accept(v) {
        return v.visitIndexAccess(this);
    }
}
class Star extends Expr {
    accept() {
        throw new Error("Method not implemented.");
    }
}
//# sourceMappingURL=ast.js.map
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/data/dictionary.js
var dictionary = __nccwpck_require__(8596);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/data/index.js
var data = __nccwpck_require__(5958);
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/filtered_array.js

class FilteredArray extends data/* Array */.O3 {
}
//# sourceMappingURL=filtered_array.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/lexer.js


var lexer_TokenType;
(function (TokenType) {
    TokenType[TokenType["UNKNOWN"] = 0] = "UNKNOWN";
    TokenType[TokenType["LEFT_PAREN"] = 1] = "LEFT_PAREN";
    TokenType[TokenType["RIGHT_PAREN"] = 2] = "RIGHT_PAREN";
    TokenType[TokenType["LEFT_BRACKET"] = 3] = "LEFT_BRACKET";
    TokenType[TokenType["RIGHT_BRACKET"] = 4] = "RIGHT_BRACKET";
    TokenType[TokenType["COMMA"] = 5] = "COMMA";
    TokenType[TokenType["DOT"] = 6] = "DOT";
    TokenType[TokenType["BANG"] = 7] = "BANG";
    TokenType[TokenType["BANG_EQUAL"] = 8] = "BANG_EQUAL";
    TokenType[TokenType["EQUAL_EQUAL"] = 9] = "EQUAL_EQUAL";
    TokenType[TokenType["GREATER"] = 10] = "GREATER";
    TokenType[TokenType["GREATER_EQUAL"] = 11] = "GREATER_EQUAL";
    TokenType[TokenType["LESS"] = 12] = "LESS";
    TokenType[TokenType["LESS_EQUAL"] = 13] = "LESS_EQUAL";
    TokenType[TokenType["AND"] = 14] = "AND";
    TokenType[TokenType["OR"] = 15] = "OR";
    TokenType[TokenType["STAR"] = 16] = "STAR";
    TokenType[TokenType["NUMBER"] = 17] = "NUMBER";
    TokenType[TokenType["STRING"] = 18] = "STRING";
    TokenType[TokenType["IDENTIFIER"] = 19] = "IDENTIFIER";
    TokenType[TokenType["TRUE"] = 20] = "TRUE";
    TokenType[TokenType["FALSE"] = 21] = "FALSE";
    TokenType[TokenType["NULL"] = 22] = "NULL";
    TokenType[TokenType["EOF"] = 23] = "EOF";
})(lexer_TokenType || (lexer_TokenType = {}));
function tokenString(tok) {
    switch (tok.type) {
        case lexer_TokenType.EOF:
            return "EOF";
        case lexer_TokenType.NUMBER:
            return tok.lexeme;
        case lexer_TokenType.STRING:
            // eslint-disable-next-line @typescript-eslint/no-non-null-assertion
            return tok.value.toString();
        default:
            return tok.lexeme;
    }
}
class lexer_Lexer {
    constructor(input) {
        this.input = input;
        this.start = 0;
        this.offset = 0;
        this.line = 0;
        this.lastLineOffset = 0;
        this.tokens = [];
    }
    lex() {
        if (this.input.length > MAX_EXPRESSION_LENGTH) {
            throw new Error("ErrorExceededMaxLength");
        }
        while (!this.atEnd()) {
            this.start = this.offset;
            const c = this.next();
            switch (c) {
                case "(":
                    this.addToken(lexer_TokenType.LEFT_PAREN);
                    break;
                case ")":
                    this.addToken(lexer_TokenType.RIGHT_PAREN);
                    break;
                case "[":
                    this.addToken(lexer_TokenType.LEFT_BRACKET);
                    break;
                case "]":
                    this.addToken(lexer_TokenType.RIGHT_BRACKET);
                    break;
                case ",":
                    this.addToken(lexer_TokenType.COMMA);
                    break;
                case ".":
                    if (this.previous() != lexer_TokenType.IDENTIFIER &&
                        this.previous() != lexer_TokenType.RIGHT_BRACKET &&
                        this.previous() != lexer_TokenType.RIGHT_PAREN &&
                        this.previous() != lexer_TokenType.STAR) {
                        this.consumeNumber();
                    }
                    else {
                        this.addToken(lexer_TokenType.DOT);
                    }
                    break;
                case "-":
                case "+":
                    this.consumeNumber();
                    break;
                case "!":
                    this.addToken(this.match("=") ? lexer_TokenType.BANG_EQUAL : lexer_TokenType.BANG);
                    break;
                case "=":
                    if (!this.match("=")) {
                        // Illegal; continue reading until we hit a boundary character and return an error
                        this.consumeIdentifier();
                        break;
                    }
                    this.addToken(lexer_TokenType.EQUAL_EQUAL);
                    break;
                case "<":
                    this.addToken(this.match("=") ? lexer_TokenType.LESS_EQUAL : lexer_TokenType.LESS);
                    break;
                case ">":
                    this.addToken(this.match("=") ? lexer_TokenType.GREATER_EQUAL : lexer_TokenType.GREATER);
                    break;
                case "&":
                    if (!this.match("&")) {
                        // Illegal; continue reading until we hit a boundary character and return an error
                        this.consumeIdentifier();
                        break;
                    }
                    this.addToken(lexer_TokenType.AND);
                    break;
                case "|":
                    if (!this.match("|")) {
                        // Illegal; continue reading until we hit a boundary character and return an error
                        this.consumeIdentifier();
                        break;
                    }
                    this.addToken(lexer_TokenType.OR);
                    break;
                case "*":
                    this.addToken(lexer_TokenType.STAR);
                    break;
                // Ignore whitespace.
                case " ":
                case "\r":
                case "\t":
                    break;
                case "\n":
                    ++this.line;
                    this.lastLineOffset = this.offset;
                    break;
                case "'":
                    this.consumeString();
                    break;
                default:
                    switch (true) {
                        case isDigit(c):
                            this.consumeNumber();
                            break;
                        default:
                            this.consumeIdentifier();
                            break;
                    }
            }
        }
        this.tokens.push({
            type: lexer_TokenType.EOF,
            lexeme: "",
            range: this.range()
        });
        return {
            tokens: this.tokens
        };
    }
    pos() {
        return {
            line: this.line,
            column: this.start - this.lastLineOffset
        };
    }
    endPos() {
        return {
            line: this.line,
            column: this.offset - this.lastLineOffset
        };
    }
    range() {
        return {
            start: this.pos(),
            end: this.endPos()
        };
    }
    atEnd() {
        return this.offset >= this.input.length;
    }
    peek() {
        if (this.atEnd()) {
            return "\0";
        }
        return this.input[this.offset];
    }
    peekNext() {
        if (this.offset + 1 >= this.input.length) {
            return "\0";
        }
        return this.input[this.offset + 1];
    }
    previous() {
        const l = this.tokens.length;
        if (l == 0) {
            return lexer_TokenType.EOF;
        }
        return this.tokens[l - 1].type;
    }
    next() {
        return this.input[this.offset++];
    }
    match(expected) {
        if (this.atEnd()) {
            return false;
        }
        if (this.input[this.offset] !== expected) {
            return false;
        }
        this.offset++;
        return true;
    }
    addToken(type, value) {
        this.tokens.push({
            type,
            lexeme: this.input.substring(this.start, this.offset),
            range: this.range(),
            value
        });
    }
    consumeNumber() {
        while (!this.atEnd() && (!isBoundary(this.peek()) || this.peek() == ".")) {
            this.next();
        }
        const lexeme = this.input.substring(this.start, this.offset);
        const value = new data/* StringData */.uQ(lexeme).number();
        if (isNaN(value)) {
            throw new Error(`Unexpected symbol: '${lexeme}'. Located at position ${this.start + 1} within expression: ${this.input}`);
        }
        this.addToken(lexer_TokenType.NUMBER, value);
    }
    consumeString() {
        while ((this.peek() !== "'" || this.peekNext() === "'") && !this.atEnd()) {
            if (this.peek() === "\n")
                this.line++;
            if (this.peek() === "'" && this.peekNext() === "'") {
                // Escaped "'", consume
                this.next();
            }
            this.next();
        }
        if (this.atEnd()) {
            // Unterminated string
            throw new Error(`Unexpected symbol: '${this.input.substring(this.start)}'. Located at position ${this.start + 1} within expression: ${this.input}`);
        }
        // Closing '
        this.next();
        // Trim the surrounding quotes.
        let value = this.input.substring(this.start + 1, this.offset - 1);
        value = value.replace("''", "'");
        this.addToken(lexer_TokenType.STRING, value);
    }
    consumeIdentifier() {
        while (!this.atEnd() && !isBoundary(this.peek())) {
            this.next();
        }
        let tokenType = lexer_TokenType.IDENTIFIER;
        let tokenValue = undefined;
        const lexeme = this.input.substring(this.start, this.offset);
        if (this.previous() != lexer_TokenType.DOT) {
            switch (lexeme) {
                case "true":
                    tokenType = lexer_TokenType.TRUE;
                    break;
                case "false":
                    tokenType = lexer_TokenType.FALSE;
                    break;
                case "null":
                    tokenType = lexer_TokenType.NULL;
                    break;
                case "NaN":
                    tokenType = lexer_TokenType.NUMBER;
                    tokenValue = NaN;
                    break;
                case "Infinity":
                    tokenType = lexer_TokenType.NUMBER;
                    tokenValue = Infinity;
                    break;
            }
        }
        if (!isLegalIdentifier(lexeme)) {
            throw new Error(`Unexpected symbol: '${lexeme}'. Located at position ${this.start + 1} within expression: ${this.input}`);
        }
        this.addToken(tokenType, tokenValue);
    }
}
function isDigit(c) {
    return c >= "0" && c <= "9";
}
function isBoundary(c) {
    switch (c) {
        case "(":
        case "[":
        case ")":
        case "]":
        case ",":
        case ".":
        case "!":
        case ">":
        case "<":
        case "=":
        case "&":
        case "|":
            return true;
    }
    return /\s/.test(c);
}
function isLegalIdentifier(str) {
    if (str == "") {
        return false;
    }
    const first = str[0];
    if ((first >= "a" && first <= "z") || (first >= "A" && first <= "Z") || first == "_") {
        for (const c of str.substring(1).split("")) {
            if ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "_" || c == "-") {
                // OK
            }
            else {
                return false;
            }
        }
        return true;
    }
    return false;
}
//# sourceMappingURL=lexer.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/errors.js

const MAX_PARSER_DEPTH = 50;
const MAX_EXPRESSION_LENGTH = 21000;
var ErrorType;
(function (ErrorType) {
    ErrorType[ErrorType["ErrorUnexpectedSymbol"] = 0] = "ErrorUnexpectedSymbol";
    ErrorType[ErrorType["ErrorUnrecognizedNamedValue"] = 1] = "ErrorUnrecognizedNamedValue";
    ErrorType[ErrorType["ErrorUnexpectedEndOfExpression"] = 2] = "ErrorUnexpectedEndOfExpression";
    ErrorType[ErrorType["ErrorExceededMaxDepth"] = 3] = "ErrorExceededMaxDepth";
    ErrorType[ErrorType["ErrorExceededMaxLength"] = 4] = "ErrorExceededMaxLength";
    ErrorType[ErrorType["ErrorTooFewParameters"] = 5] = "ErrorTooFewParameters";
    ErrorType[ErrorType["ErrorTooManyParameters"] = 6] = "ErrorTooManyParameters";
    ErrorType[ErrorType["ErrorEvenParameters"] = 7] = "ErrorEvenParameters";
    ErrorType[ErrorType["ErrorUnrecognizedContext"] = 8] = "ErrorUnrecognizedContext";
    ErrorType[ErrorType["ErrorUnrecognizedFunction"] = 9] = "ErrorUnrecognizedFunction";
})(ErrorType || (ErrorType = {}));
class ExpressionError extends Error {
    constructor(typ, tok) {
        super(`${errorDescription(typ)}: '${tokenString(tok)}'`);
        this.typ = typ;
        this.tok = tok;
        this.pos = this.tok.range.start;
    }
}
function errorDescription(typ) {
    switch (typ) {
        case ErrorType.ErrorUnexpectedEndOfExpression:
            return "Unexpected end of expression";
        case ErrorType.ErrorUnexpectedSymbol:
            return "Unexpected symbol";
        case ErrorType.ErrorUnrecognizedNamedValue:
            return "Unrecognized named-value";
        case ErrorType.ErrorExceededMaxDepth:
            return `Exceeded max expression depth ${MAX_PARSER_DEPTH}`;
        case ErrorType.ErrorExceededMaxLength:
            return `Exceeded max expression length ${MAX_EXPRESSION_LENGTH}`;
        case ErrorType.ErrorTooFewParameters:
            return "Too few parameters supplied";
        case ErrorType.ErrorTooManyParameters:
            return "Too many parameters supplied";
        case ErrorType.ErrorEvenParameters:
            return "Even number of parameters supplied, requires an odd number of parameters";
        case ErrorType.ErrorUnrecognizedContext:
            return "Unrecognized named-value";
        case ErrorType.ErrorUnrecognizedFunction:
            return "Unrecognized function";
        default: // Should never reach here.
            return "Unknown error";
    }
}
class ExpressionEvaluationError extends Error {
}
//# sourceMappingURL=errors.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/case.js

const caseFunc = {
    name: "case",
    description: "`case( pred1, val1, pred2, val2, ..., default )`\n\nEvaluates predicates in order and returns the value corresponding to the first predicate that evaluates to `true`. If no predicate matches, it returns the last argument as the default value.",
    minArgs: 3,
    maxArgs: Number.MAX_SAFE_INTEGER,
    call: (...args) => {
        // Evaluate predicate-result pairs
        for (let i = 0; i < args.length - 1; i += 2) {
            const predicate = args[i];
            // Predicate must be a boolean
            if (predicate.kind !== data/* Kind */.b8.Boolean) {
                throw new Error("case predicate must evaluate to a boolean value");
            }
            // If predicate is true, return the corresponding result
            if (predicate.value) {
                return args[i + 1];
            }
        }
        // No predicate matched, return default (last argument)
        return args[args.length - 1];
    }
};
//# sourceMappingURL=case.js.map
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/result.js
var dist_result = __nccwpck_require__(6856);
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/contains.js


const contains = {
    name: "contains",
    description: "`contains( search, item )`\n\nReturns `true` if `search` contains `item`. If `search` is an array, this function returns `true` if the `item` is an element in the array. If `search` is a string, this function returns `true` if the `item` is a substring of `search`. This function is not case sensitive. Casts values to a string.",
    minArgs: 2,
    maxArgs: 2,
    call: (...args) => {
        const left = args[0];
        const right = args[1];
        if (left.primitive) {
            const ls = left.coerceString();
            if (right.primitive) {
                const rs = right.coerceString();
                return new data/* BooleanData */.bo(ls.toLowerCase().includes(rs.toLowerCase()));
            }
        }
        else if (left.kind === data/* Kind */.b8.Array) {
            const la = left;
            if (la.values().length === 0) {
                return new data/* BooleanData */.bo(false);
            }
            for (const v of la.values()) {
                if ((0,dist_result/* equals */.aI)(right, v)) {
                    return new data/* BooleanData */.bo(true);
                }
            }
        }
        return new data/* BooleanData */.bo(false);
    }
};
//# sourceMappingURL=contains.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/endswith.js


const endswith = {
    name: "endsWith",
    description: "`endsWith( searchString, searchValue )`\n\nReturns `true` if `searchString` ends with `searchValue`. This function is not case sensitive. Casts values to a string.",
    minArgs: 2,
    maxArgs: 2,
    call: (...args) => {
        const left = args[0];
        if (!left.primitive) {
            return new data/* BooleanData */.bo(false);
        }
        const right = args[1];
        if (!right.primitive) {
            return new data/* BooleanData */.bo(false);
        }
        const ls = (0,dist_result/* toUpperSpecial */.LM)(left.coerceString());
        const rs = (0,dist_result/* toUpperSpecial */.LM)(right.coerceString());
        return new data/* BooleanData */.bo(ls.endsWith(rs));
    }
};
//# sourceMappingURL=endswith.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/format.js

const format = {
    name: "format",
    description: "`format( string, replaceValue0, replaceValue1, ..., replaceValueN)`\n\nReplaces values in the `string`, with the variable `replaceValueN`. Variables in the `string` are specified using the `{N}` syntax, where `N` is an integer. You must specify at least one `replaceValue` and `string`. There is no maximum for the number of variables (`replaceValueN`) you can use. Escape curly braces using double braces.",
    minArgs: 1,
    maxArgs: 255 /*MAX_ARGUMENTS*/,
    call: (...args) => {
        const fs = args[0].coerceString();
        const result = [];
        let index = 0;
        while (index < fs.length) {
            const lbrace = fs.indexOf("{", index);
            const rbrace = fs.indexOf("}", index);
            // Left brace
            if (lbrace >= 0 && (rbrace < 0 || rbrace > lbrace)) {
                // Escaped left brace
                if (safeCharAt(fs, lbrace + 1) === "{") {
                    result.push(fs.substr(index, lbrace - index + 1));
                    index = lbrace + 2;
                    continue;
                }
                // Left brace, number, optional format specifiers, right brace
                if (rbrace > lbrace + 1) {
                    const argIndex = readArgIndex(fs, lbrace + 1);
                    if (argIndex.success) {
                        // Check parameter count
                        if (1 + argIndex.result > args.length - 1) {
                            throw new Error(`The following format string references more arguments than were supplied: ${fs}`);
                        }
                        // Append the portion before the left brace
                        if (lbrace > index) {
                            result.push(fs.substr(index, lbrace - index));
                        }
                        // Append the arg
                        result.push(`${args[1 + argIndex.result].coerceString()}`);
                        index = rbrace + 1;
                        continue;
                    }
                }
                throw new Error(`The following format string is invalid: ${fs}`);
            }
            // Right brace
            else if (rbrace >= 0) {
                // Escaped right brace
                if (safeCharAt(fs, rbrace + 1) === "}") {
                    result.push(fs.substr(index, rbrace - index + 1));
                    index = rbrace + 2;
                }
                else {
                    throw new Error(`The following format string is invalid: ${fs}`);
                }
            }
            // Last segment
            else {
                result.push(fs.substr(index));
                break;
            }
        }
        return new data/* StringData */.uQ(result.join(""));
    }
};
function safeCharAt(string, index) {
    if (string.length > index) {
        return string[index];
    }
    return "\0";
}
function readArgIndex(string, startIndex) {
    // Count the number of digits
    let length = 0;
    for (;;) {
        const nextChar = safeCharAt(string, startIndex + length);
        if (nextChar >= "0" && nextChar <= "9") {
            length++;
        }
        else {
            break;
        }
    }
    // Validate at least one digit
    if (length < 1) {
        return {
            success: false
        };
    }
    // Parse the number
    const endIndex = startIndex + length - 1;
    const result = parseInt(string.substr(startIndex, length));
    return {
        success: !isNaN(result),
        result: result,
        endIndex: endIndex
    };
}
//# sourceMappingURL=format.js.map
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/data/reviver.js
var reviver = __nccwpck_require__(379);
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/fromjson.js


const fromjson = {
    name: "fromJson",
    description: "`fromJSON(value)`\n\nReturns a JSON object or JSON data type for `value`. You can use this function to provide a JSON object as an evaluated expression or to convert environment variables from a string.",
    minArgs: 1,
    maxArgs: 1,
    call: (...args) => {
        const input = args[0];
        const is = input.coerceString();
        if (is.trim() === "") {
            throw new Error("empty input");
        }
        try {
            return JSON.parse(is, reviver/* reviver */.e);
        }
        catch (e) {
            throw new ExpressionEvaluationError("Error parsing JSON when evaluating fromJson", { cause: e });
        }
    }
};
//# sourceMappingURL=fromjson.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/join.js

const join = {
    name: "join",
    description: "`join( array, optionalSeparator )`\n\nThe value for `array` can be an array or a string. All values in `array` are concatenated into a string. If you provide `optionalSeparator`, it is inserted between the concatenated values. Otherwise, the default separator `,` is used. Casts values to a string.",
    minArgs: 1,
    maxArgs: 2,
    call: (...args) => {
        // Primitive
        if (args[0].primitive) {
            return new data/* StringData */.uQ(args[0].coerceString());
        }
        // Array
        if (args[0].kind === data/* Kind */.b8.Array) {
            // Separator
            let separator = ",";
            if (args.length > 1 && args[1].primitive) {
                separator = args[1].coerceString();
            }
            // Convert items to strings
            return new data/* StringData */.uQ(args[0]
                .values()
                .map(item => item.coerceString())
                .join(separator));
        }
        return new data/* StringData */.uQ("");
    }
};
//# sourceMappingURL=join.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/startswith.js


const startswith = {
    name: "startsWith",
    description: "`startsWith( searchString, searchValue )`\n\nReturns `true` when `searchString` starts with `searchValue`. This function is not case sensitive. Casts values to a string.",
    minArgs: 2,
    maxArgs: 2,
    call: (...args) => {
        const left = args[0];
        if (!left.primitive) {
            return new data/* BooleanData */.bo(false);
        }
        const right = args[1];
        if (!right.primitive) {
            return new data/* BooleanData */.bo(false);
        }
        const ls = (0,dist_result/* toUpperSpecial */.LM)(left.coerceString());
        const rs = (0,dist_result/* toUpperSpecial */.LM)(right.coerceString());
        return new data/* BooleanData */.bo(ls.startsWith(rs));
    }
};
//# sourceMappingURL=startswith.js.map
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/data/replacer.js
var replacer = __nccwpck_require__(9442);
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/tojson.js


const tojson = {
    name: "toJson",
    description: "`toJSON(value)`\n\nReturns a pretty-print JSON representation of `value`. You can use this function to debug the information provided in contexts.",
    minArgs: 1,
    maxArgs: 1,
    call: (...args) => {
        return new data/* StringData */.uQ(JSON.stringify(args[0], replacer/* replacer */.$, "  "));
    }
};
//# sourceMappingURL=tojson.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs.js









const funcs_wellKnownFunctions = {
    case: caseFunc,
    contains: contains,
    endswith: endswith,
    format: format,
    fromjson: fromjson,
    join: join,
    startswith: startswith,
    tojson: tojson
};
// validateFunction returns the function definition for the given function name.
// If the function does not exist or an incorrect number of arguments is provided,
// an error is returned.
function validateFunction(context, identifier, argCount) {
    // Expression function names are case-insensitive.
    const name = identifier.lexeme.toLowerCase();
    let f;
    f = funcs_wellKnownFunctions[name];
    if (!f) {
        f = context.extensionFunctions.get(name);
        if (!f) {
            if (!context.allowUnknownKeywords) {
                throw new ExpressionError(ErrorType.ErrorUnrecognizedFunction, identifier);
            }
            // Skip argument validation for unknown functions
            return;
        }
    }
    if (argCount < f.minArgs) {
        throw new ExpressionError(ErrorType.ErrorTooFewParameters, identifier);
    }
    if (argCount > f.maxArgs) {
        throw new ExpressionError(ErrorType.ErrorTooManyParameters, identifier);
    }
    // case function requires an odd number of arguments
    if (name === "case" && argCount % 2 === 0) {
        throw new ExpressionError(ErrorType.ErrorEvenParameters, identifier);
    }
}
//# sourceMappingURL=funcs.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/idxHelper.js
class idxHelper {
    constructor(star, idx) {
        this.star = star;
        if (!idx) {
            return;
        }
        if (!star) {
            if (idx.primitive) {
                this.str = idx.coerceString();
            }
            let f = idx.number();
            if (!isNaN(f) && isFinite(f) && f >= 0) {
                f = Math.floor(f);
                this.int = f;
            }
        }
    }
}
//# sourceMappingURL=idxHelper.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/evaluator.js







class evaluator_Evaluator {
    /**
     * Creates a new evaluator
     * @param n Parsed expression to evaluate
     * @param context Context data to use
     * @param functions Optional map of function implementations. If given, these will be preferred over the built-in functions.
     */
    constructor(n, context, functions) {
        this.n = n;
        this.context = context;
        this.functions = functions;
    }
    evaluate() {
        return this.eval(this.n);
    }
    eval(n) {
        return n.accept(this);
    }
    visitLiteral(literal) {
        return literal.literal;
    }
    visitUnary(unary) {
        const r = this.eval(unary.expr);
        if (unary.operator.type === lexer_TokenType.BANG) {
            return new data/* BooleanData */.bo((0,dist_result/* falsy */.me)(r));
        }
        throw new Error(`unknown unary operator: ${unary.operator.lexeme}`);
    }
    visitBinary(binary) {
        const left = this.eval(binary.left);
        const right = this.eval(binary.right);
        switch (binary.operator.type) {
            case lexer_TokenType.EQUAL_EQUAL:
                return new data/* BooleanData */.bo((0,dist_result/* equals */.aI)(left, right));
            case lexer_TokenType.BANG_EQUAL:
                return new data/* BooleanData */.bo(!(0,dist_result/* equals */.aI)(left, right));
            case lexer_TokenType.GREATER:
                return new data/* BooleanData */.bo((0,dist_result/* greaterThan */.MM)(left, right));
            case lexer_TokenType.GREATER_EQUAL:
                return new data/* BooleanData */.bo((0,dist_result/* equals */.aI)(left, right) || (0,dist_result/* greaterThan */.MM)(left, right));
            case lexer_TokenType.LESS:
                return new data/* BooleanData */.bo((0,dist_result/* lessThan */.Xe)(left, right));
            case lexer_TokenType.LESS_EQUAL:
                return new data/* BooleanData */.bo((0,dist_result/* equals */.aI)(left, right) || (0,dist_result/* lessThan */.Xe)(left, right));
        }
        throw new Error(`unknown binary operator: ${binary.operator.lexeme}`);
    }
    visitLogical(logical) {
        let result;
        for (const arg of logical.args) {
            result = this.eval(arg);
            // Break?
            if ((logical.operator.type === lexer_TokenType.AND && (0,dist_result/* falsy */.me)(result)) ||
                (logical.operator.type === lexer_TokenType.OR && (0,dist_result/* truthy */.vN)(result))) {
                break;
            }
        }
        // result is always assigned before we return here
        // eslint-disable-next-line @typescript-eslint/no-non-null-assertion
        return result;
    }
    visitGrouping(grouping) {
        return this.eval(grouping.group);
    }
    visitContextAccess(contextAccess) {
        // eslint-disable-next-line @typescript-eslint/no-non-null-assertion
        const r = this.context.get(contextAccess.name.lexeme);
        return r;
    }
    visitIndexAccess(ia) {
        let idx;
        if (ia.index instanceof Star) {
            idx = new idxHelper(true, undefined);
        }
        else {
            let idxResult;
            try {
                idxResult = this.eval(ia.index);
            }
            catch (e) {
                throw new Error(`could not evaluate index for index access: ${e.message}`, { cause: e });
            }
            idx = new idxHelper(false, idxResult);
        }
        const objResult = this.eval(ia.expr);
        let result;
        switch (objResult.kind) {
            case data/* Kind */.b8.Array: {
                const tobjResult = objResult;
                if (tobjResult instanceof FilteredArray) {
                    result = filteredArrayAccess(tobjResult, idx);
                }
                else {
                    result = arrayAccess(tobjResult, idx);
                }
                break;
            }
            case data/* Kind */.b8.Dictionary: {
                const tobjResult = objResult;
                result = objectAccess(tobjResult, idx);
                break;
            }
            default:
                if (idx.star) {
                    result = new FilteredArray();
                }
                else {
                    result = new data/* Null */.Uv();
                }
        }
        return result;
    }
    visitFunctionCall(functionCall) {
        // Evaluate arguments
        const args = functionCall.args.map(arg => this.eval(arg));
        // Get function definitions
        const functionName = functionCall.functionName.lexeme.toLowerCase();
        const f = this.functions?.get(functionName) || funcs_wellKnownFunctions[functionName];
        return f.call(...args);
    }
}
function filteredArrayAccess(fa, idx) {
    const result = new FilteredArray();
    for (const item of fa.values()) {
        // Check the type of the nested item
        switch (item.kind) {
            case data/* Kind */.b8.Dictionary: {
                const ti = item;
                if (idx.star) {
                    for (const v of ti.values()) {
                        result.add(v);
                    }
                }
                else if (idx.str !== undefined) {
                    const v = ti.get(idx.str);
                    if (v !== undefined) {
                        result.add(v);
                    }
                }
                break;
            }
            case data/* Kind */.b8.Array: {
                const ti = item;
                if (idx.star) {
                    for (const v of ti.values()) {
                        result.add(v);
                    }
                }
                else if (idx.int !== undefined && idx.int < ti.values().length) {
                    result.add(ti.get(idx.int));
                }
                break;
            }
        }
    }
    return result;
}
function arrayAccess(a, idx) {
    if (idx.star) {
        const fa = new FilteredArray();
        for (const item of a.values()) {
            fa.add(item);
        }
        return fa;
    }
    if (idx.int !== undefined && idx.int < a.values().length) {
        return a.get(idx.int);
    }
    return new data/* Null */.Uv();
}
function objectAccess(obj, idx) {
    if (idx.star) {
        const fa = new FilteredArray(...obj.values());
        return fa;
    }
    if (idx.str !== undefined) {
        const r = obj.get(idx.str);
        if (r !== undefined) {
            return r;
        }
    }
    return new data/* Null */.Uv();
}
//# sourceMappingURL=evaluator.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/parser.js





class parser_Parser {
    /**
     * Constructs a new parser for the given tokens
     *
     * @param tokens Tokens to build a parse tree from
     * @param extensionContexts Available context names
     * @param extensionFunctions Available functions (beyond the built-in ones)
     */
    constructor(tokens, extensionContexts, extensionFunctions) {
        this.tokens = tokens;
        this.offset = 0;
        this.depth = 0;
        this.extContexts = new Map();
        this.extFuncs = new Map();
        for (const contextName of extensionContexts) {
            this.extContexts.set(contextName.toLowerCase(), true);
        }
        for (const { name, func } of extensionFunctions.map(x => ({
            name: x.name,
            func: x
        }))) {
            this.extFuncs.set(name.toLowerCase(), func);
        }
        this.context = {
            allowUnknownKeywords: false,
            extensionContexts: this.extContexts,
            extensionFunctions: this.extFuncs
        };
    }
    parse() {
        // eslint-disable-next-line prefer-const
        let result;
        // No tokens
        if (this.atEnd()) {
            return result;
        }
        result = this.expression();
        if (!this.atEnd()) {
            throw this.buildError(ErrorType.ErrorUnexpectedSymbol, this.peek());
        }
        return result;
    }
    expression() {
        this.incrDepth();
        try {
            return this.logicalOr();
        }
        finally {
            this.decrDepth();
        }
    }
    logicalOr() {
        // && is higher precedence than ||
        let expr = this.logicalAnd();
        if (this.check(lexer_TokenType.OR)) {
            // Track depth
            this.incrDepth();
            try {
                const logical = new Logical(this.peek(), [expr]);
                expr = logical;
                while (this.match(lexer_TokenType.OR)) {
                    const right = this.logicalAnd();
                    logical.args.push(right);
                }
            }
            finally {
                this.decrDepth();
            }
        }
        return expr;
    }
    logicalAnd() {
        // == and != are higher precedence than &&
        let expr = this.equality();
        if (this.check(lexer_TokenType.AND)) {
            // Track depth
            this.incrDepth();
            try {
                const logical = new Logical(this.peek(), [expr]);
                expr = logical;
                while (this.match(lexer_TokenType.AND)) {
                    const right = this.equality();
                    logical.args.push(right);
                }
            }
            finally {
                this.decrDepth();
            }
        }
        return expr;
    }
    equality() {
        // >, >=, <, <= are higher precedence than == and !=
        let expr = this.comparison();
        while (this.match(lexer_TokenType.BANG_EQUAL, lexer_TokenType.EQUAL_EQUAL)) {
            const operator = this.previous();
            const right = this.comparison();
            expr = new Binary(expr, operator, right);
        }
        return expr;
    }
    comparison() {
        // ! is higher precedence than >, >=, <, <=
        let expr = this.unary();
        while (this.match(lexer_TokenType.GREATER, lexer_TokenType.GREATER_EQUAL, lexer_TokenType.LESS, lexer_TokenType.LESS_EQUAL)) {
            const operator = this.previous();
            const right = this.unary();
            expr = new Binary(expr, operator, right);
        }
        return expr;
    }
    unary() {
        if (this.match(lexer_TokenType.BANG)) {
            // Track depth
            this.incrDepth();
            const operator = this.previous();
            const unary = this.unary();
            try {
                return new Unary(operator, unary);
            }
            finally {
                this.decrDepth();
            }
        }
        return this.index();
    }
    index() {
        let expr = this.call();
        let depthIncreased = 0;
        if (expr instanceof Grouping || expr instanceof FunctionCall || expr instanceof ContextAccess) {
            let cont = true;
            while (cont) {
                switch (true) {
                    case this.match(lexer_TokenType.LEFT_BRACKET): {
                        let indexExpr;
                        if (this.match(lexer_TokenType.STAR)) {
                            indexExpr = new Star();
                        }
                        else {
                            indexExpr = this.expression();
                        }
                        this.consume(lexer_TokenType.RIGHT_BRACKET, ErrorType.ErrorUnexpectedSymbol);
                        // Track depth
                        this.incrDepth();
                        depthIncreased++;
                        expr = new IndexAccess(expr, indexExpr);
                        break;
                    }
                    case this.match(lexer_TokenType.DOT):
                        // Track depth
                        this.incrDepth();
                        depthIncreased++;
                        if (this.match(lexer_TokenType.IDENTIFIER)) {
                            const property = this.previous();
                            expr = new IndexAccess(expr, new Literal(new data/* StringData */.uQ(property.lexeme), property));
                        }
                        else if (this.match(lexer_TokenType.STAR)) {
                            expr = new IndexAccess(expr, new Star());
                        }
                        else {
                            throw this.buildError(ErrorType.ErrorUnexpectedSymbol, this.peek());
                        }
                        break;
                    default:
                        cont = false;
                }
            }
        }
        for (let i = 0; i < depthIncreased; i++) {
            this.decrDepth();
        }
        return expr;
    }
    call() {
        if (!this.check(lexer_TokenType.IDENTIFIER)) {
            return this.primary();
        }
        const identifier = this.next();
        if (!this.match(lexer_TokenType.LEFT_PAREN)) {
            if (!this.extContexts.has(identifier.lexeme.toLowerCase())) {
                throw this.buildError(ErrorType.ErrorUnrecognizedContext, identifier);
            }
            return new ContextAccess(identifier);
        }
        // Function call
        const args = [];
        // Arguments
        while (!this.match(lexer_TokenType.RIGHT_PAREN)) {
            const aexp = this.expression();
            args.push(aexp);
            if (!this.check(lexer_TokenType.RIGHT_PAREN)) {
                this.consume(lexer_TokenType.COMMA, ErrorType.ErrorUnexpectedSymbol);
            }
        }
        validateFunction(this.context, identifier, args.length);
        return new FunctionCall(identifier, args);
    }
    primary() {
        switch (true) {
            case this.match(lexer_TokenType.FALSE):
                return new Literal(new data/* BooleanData */.bo(false), this.previous());
            case this.match(lexer_TokenType.TRUE):
                return new Literal(new data/* BooleanData */.bo(true), this.previous());
            case this.match(lexer_TokenType.NULL):
                return new Literal(new data/* Null */.Uv(), this.previous());
            case this.match(lexer_TokenType.NUMBER):
                return new Literal(new data/* NumberData */.Q9(this.previous().value), this.previous());
            case this.match(lexer_TokenType.STRING):
                return new Literal(new data/* StringData */.uQ(this.previous().value), this.previous());
            case this.match(lexer_TokenType.LEFT_PAREN): {
                const expr = this.expression();
                if (this.atEnd()) {
                    throw this.buildError(ErrorType.ErrorUnexpectedEndOfExpression, this.previous()); // Back up to get the last token before the EOF
                }
                this.consume(lexer_TokenType.RIGHT_PAREN, ErrorType.ErrorUnexpectedSymbol);
                return new Grouping(expr);
            }
            case this.atEnd():
                throw this.buildError(ErrorType.ErrorUnexpectedEndOfExpression, this.previous()); // Back up to get the last token before the EOF
        }
        throw this.buildError(ErrorType.ErrorUnexpectedSymbol, this.peek());
    }
    // match consumes the next token if it matches any of the given types
    match(...tokenTypes) {
        for (const tokenType of tokenTypes) {
            if (this.check(tokenType)) {
                this.next();
                return true;
            }
        }
        return false;
    }
    // check peeks whether the next token is of the given type
    check(tokenType) {
        if (this.atEnd()) {
            return false;
        }
        return this.peek().type == tokenType;
    }
    // atEnd peeks whether the next token is EOF
    atEnd() {
        return this.peek().type == lexer_TokenType.EOF;
    }
    next() {
        if (!this.atEnd()) {
            this.offset++;
        }
        return this.previous();
    }
    peek() {
        return this.tokens[this.offset];
    }
    // previous returns the previous token
    previous() {
        return this.tokens[this.offset - 1];
    }
    // consume attempts to consume the next token if it matches the given type. It returns an error of
    // the given ParseErrorKind otherwise.
    consume(tokenType, errorType) {
        if (this.check(tokenType)) {
            this.next();
            return;
        }
        throw this.buildError(errorType, this.peek());
    }
    incrDepth() {
        this.depth++;
        if (this.depth > MAX_PARSER_DEPTH) {
            throw this.buildError(ErrorType.ErrorExceededMaxDepth, this.peek());
        }
    }
    decrDepth() {
        this.depth--;
    }
    buildError(errType, token) {
        return new ExpressionError(errType, token);
    }
}
//# sourceMappingURL=parser.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/completion.js






/**
 * Complete returns a list of completion items for the given expression.
 * The main functionality is auto-completing functions and context access:
 * We can only provide assistance if the input is in one of the following forms (with | denoting the cursor position):
 * - context.path.inp| or context.path['inp| -- auto-complete context access
 * - context.path.| or context.path['| -- auto-complete context access
 * - toJS| -- auto-complete function call or top-level
 * - | -- auto-complete function call or top-level context access
 *
 * @param input Input expression
 * @param context Context available for the expression
 * @param extensionFunctions List of functions available
 * @param functions Optional map of functions to use during evaluation
 * @param featureFlags Optional feature flags to control which features are enabled
 * @returns Array of completion items
 */
function complete(input, context, extensionFunctions, functions, featureFlags) {
    // Lex
    const lexer = new Lexer(input);
    const lexResult = lexer.lex();
    // Find interesting part of the tokenVector. For example, for an expression like `github.actor == env.actor.log|`, we are
    // only interested in the `env.actor.log` part for auto-completion
    const tokenInputVector = trimTokenVector(lexResult.tokens);
    // Start by skipping the EOF token
    let tokenIdx = tokenInputVector.length - 2;
    if (tokenIdx >= 0) {
        switch (tokenInputVector[tokenIdx].type) {
            // If there is a (partial) identifier under the cursor, ignore that
            case TokenType.IDENTIFIER:
                tokenIdx--;
                break;
            case TokenType.STRING:
                // TODO: Support string for `context.name['test|`
                return [];
        }
    }
    if (tokenIdx < 0) {
        // Vector only contains the EOF token. Suggest functions and root context access
        const result = contextKeys(context);
        // Merge with functions
        result.push(...functionItems(extensionFunctions, featureFlags));
        return result;
    }
    // Determine path that led to the last token
    // Use parser & evaluator to determine context to complete.
    const pathTokenVector = tokenInputVector.slice(0, tokenIdx);
    // Include the original EOF token to make the parser happy
    pathTokenVector.push(tokenInputVector[tokenInputVector.length - 1]);
    const p = new Parser(pathTokenVector, context.pairs().map(x => x.key), extensionFunctions);
    const expr = p.parse();
    const ev = new Evaluator(expr, context, functions);
    const result = ev.evaluate();
    return contextKeys(result);
}
function functionItems(extensionFunctions, featureFlags) {
    const result = [];
    const flags = featureFlags ?? new FeatureFlags();
    for (const fdef of [...Object.values(wellKnownFunctions), ...extensionFunctions]) {
        // Filter out case function if feature is disabled
        if (fdef.name === "case" && !flags.isEnabled("allowCaseFunction")) {
            continue;
        }
        result.push({
            label: fdef.name,
            description: fdef.description,
            function: true
        });
    }
    // Sort functions
    result.sort((a, b) => a.label.localeCompare(b.label));
    return result;
}
function contextKeys(context) {
    if (isDictionary(context)) {
        return (context
            .pairs()
            .map(x => completionItemFromContext(x))
            // Sort contexts
            .sort((a, b) => a.label.localeCompare(b.label)));
    }
    return [];
}
function completionItemFromContext(pair) {
    const context = pair.key.toString();
    const parenIndex = context.indexOf("(");
    const isFunc = parenIndex >= 0 && context.indexOf(")") >= 0;
    return {
        label: isFunc ? context.substring(0, parenIndex) : context,
        description: pair.description,
        function: isFunc
    };
}
function trimTokenVector(tokenVector) {
    let tokenIdx = tokenVector.length;
    let openParen = 0;
    while (tokenIdx > 0) {
        const token = tokenVector[tokenIdx - 1];
        switch (token.type) {
            case TokenType.LEFT_PAREN:
                if (openParen == 0) {
                    // Encountered an open parenthesis without a closing first, stop here
                    break;
                }
                openParen--;
                tokenIdx--;
                continue;
            case TokenType.RIGHT_PAREN:
                openParen++;
                tokenIdx--;
                continue;
            case TokenType.IDENTIFIER:
            case TokenType.DOT:
            case TokenType.EOF:
            case TokenType.LEFT_BRACKET:
            case TokenType.RIGHT_BRACKET:
            case TokenType.STRING:
                tokenIdx--;
                continue;
        }
        break;
    }
    // Only keep the part of the token vector we're interested in
    return tokenVector.slice(tokenIdx);
}
//# sourceMappingURL=completion.js.map
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/data/expressiondata.js
var expressiondata = __nccwpck_require__(1674);
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/completion/descriptionDictionary.js


function isDescriptionDictionary(x) {
    return x.kind === Kind.Dictionary && x instanceof DescriptionDictionary;
}
class DescriptionDictionary extends dictionary/* Dictionary */.b {
    constructor(...pairs) {
        super();
        this.descriptions = new Map();
        this.complete = true;
        for (const p of pairs) {
            this.add(p.key, p.value, p.description);
        }
    }
    add(key, value, description) {
        if (this.get(key) !== undefined) {
            // Key already added, ignore
            return;
        }
        super.add(key, value);
        if (description) {
            this.descriptions.set(key, description);
        }
    }
    pairs() {
        const pairs = super.pairs();
        return pairs.map(p => ({ ...p, description: this.descriptions.get(p.key) }));
    }
    getDescription(key) {
        return this.descriptions.get(key);
    }
}
//# sourceMappingURL=descriptionDictionary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/index.js










//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./src/check/expressions.ts
// `${{ }}` expressions, parsed and evaluated by GitHub's own library (@actions/expressions), with
// one addition: a value the check cannot know (a variable, an input, another job's result) stays
// unknown instead of becoming null, and `&&`, `||` and `!` carry it through as three-valued logic.



class Unknown extends data/* Null */.Uv {
}
const UNKNOWN = new Unknown();
const CONTEXTS = ['github', 'env', 'vars', 'secrets', 'inputs', 'needs', 'steps', 'job', 'runner'];
const CONTEXTS_ALSO = ['matrix', 'strategy'];
/** How each status function answers on the run that reaches a step normally. */
const STATUS = {
    success: true,
    always: true,
    failure: false,
    cancelled: false
};
const STATUS_FUNCTIONS = Object.entries(STATUS).map(([name, value]) => ({
    name,
    minArgs: 0,
    maxArgs: 0,
    call: () => new data/* BooleanData */.bo(value)
}));
const HASH_FILES = {
    name: 'hashFiles',
    minArgs: 1,
    maxArgs: 255,
    call: () => UNKNOWN
};
const FUNCTIONS = new Map([...STATUS_FUNCTIONS, HASH_FILES].map((definition) => [definition.name.toLowerCase(), definition]));
class ThreeValued extends evaluator_Evaluator {
    /** Contexts known in full: a key missing there is null, as in the run (unset `vars`). */
    closed = new Set();
    /**
     * Each node's value in this evaluation: the overrides below look at an operand before handing
     * the node to the library, which evaluates it again; without this, nested operators (`!!!…`)
     * would cost twice per level.
     */
    values = new Map();
    eval(node) {
        let value = this.values.get(node);
        if (value === undefined) {
            value = super.eval(node);
            this.values.set(node, value);
        }
        return value;
    }
    visitContextAccess(...args) {
        return super.visitContextAccess(...args) ?? UNKNOWN;
    }
    visitIndexAccess(...args) {
        const [access] = args;
        const object = this.eval(access.expr);
        if (object instanceof Unknown)
            return UNKNOWN;
        const result = super.visitIndexAccess(...args);
        const closed = access.expr instanceof ContextAccess && this.closed.has(access.expr.name.lexeme);
        if (object.kind === data/* Kind */.b8.Dictionary && result.kind === data/* Kind */.b8.Null && !closed) {
            return UNKNOWN;
        }
        return result;
    }
    visitUnary(...args) {
        return this.eval(args[0].expr) instanceof Unknown ? UNKNOWN : super.visitUnary(...args);
    }
    visitBinary(...args) {
        const [binary] = args;
        if (this.eval(binary.left) instanceof Unknown || this.eval(binary.right) instanceof Unknown) {
            return UNKNOWN;
        }
        return super.visitBinary(...args);
    }
    visitLogical(...args) {
        const [logical] = args;
        const and = logical.operator.lexeme === '&&';
        let unknown = false;
        let result = UNKNOWN;
        for (const arg of logical.args) {
            result = this.eval(arg);
            if (result instanceof Unknown)
                unknown = true;
            else if (and ? (0,dist_result/* falsy */.me)(result) : !(0,dist_result/* falsy */.me)(result))
                return unknown && !and ? UNKNOWN : result;
        }
        return unknown ? UNKNOWN : result;
    }
    visitFunctionCall(...args) {
        const [call] = args;
        if (call.args.some((arg) => this.eval(arg) instanceof Unknown))
            return UNKNOWN;
        return super.visitFunctionCall(...args);
    }
}
/** Parses an expression (the text inside `${{ }}`, or a bare `if:`); undefined if GitHub could not. */
function parseExpression(text) {
    try {
        const lexed = new lexer_Lexer(text).lex();
        return new parser_Parser(lexed.tokens, [...CONTEXTS, ...CONTEXTS_ALSO], [...FUNCTIONS.values()]).parse();
    }
    catch {
        return undefined;
    }
}
/** Evaluates an expression; `closed` names contexts whose missing keys are null, not unknown. */
function evaluate(text, known, closed = []) {
    const expression = parseExpression(text);
    if (!expression)
        return { known: false };
    try {
        const evaluator = new ThreeValued(expression, toData(known), FUNCTIONS);
        evaluator.closed = new Set(closed);
        const value = evaluator.evaluate();
        return value instanceof Unknown ? { known: false } : { known: true, value };
    }
    catch {
        return { known: false };
    }
}
/** An `if:` as GitHub reads it: a bare expression, or one wrapped in `${{ }}`. */
function conditionText(value) {
    if (typeof value === 'boolean')
        return String(value);
    if (typeof value !== 'string' || value.trim() === '')
        return undefined;
    const wrapped = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(value);
    return wrapped ? wrapped[1] : value;
}
/** Whether a condition is known to be false under these values. */
function knownFalse(condition, known, closed = []) {
    const text = conditionText(condition);
    if (text === undefined)
        return false;
    const outcome = evaluate(text, known, closed);
    return outcome.known && falsy(outcome.value);
}
function asString(outcome) {
    return outcome.known ? outcome.value.coerceString() : undefined;
}
function toData(value) {
    if (value === null)
        return new data/* Null */.Uv();
    if (typeof value === 'string')
        return new data/* StringData */.uQ(value);
    if (typeof value === 'number')
        return new data/* NumberData */.Q9(value);
    if (typeof value === 'boolean')
        return new data/* BooleanData */.bo(value);
    return new data/* Dictionary */.bT(...Object.entries(value).map(([key, item]) => ({ key, value: toData(item) })));
}
/**
 * The `${{ }}` expressions in a text, with where each starts and ends: one pass, each ending at the
 * first `}}` after its start; an unclosed `${{` ends the search, as no later one can close either.
 */
function expressionsIn(text) {
    const found = [];
    let from = 0;
    for (;;) {
        const start = text.indexOf('${{', from);
        if (start < 0)
            break;
        const close = text.indexOf('}}', start + 3);
        if (close < 0)
            break;
        found.push({ start, end: close + 2, inner: text.slice(start + 3, close).trim() });
        from = close + 2;
    }
    return found;
}


/***/ }),

/***/ 7364:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3121);
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3955);


await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)((0,_runtime_js__WEBPACK_IMPORTED_MODULE_1__/* .createCheckRuntime */ .R)());

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3121:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/check/deadline.ts
var check_deadline = __nccwpck_require__(770);
;// CONCATENATED MODULE: ./src/check/inputs.ts
const CHECK_INPUT_DEFAULTS = {
    workflows: '.github/workflows',
    'fail-on': 'error',
    timeout: '120'
};
class InputError extends Error {
}
function readCheckInputs(getInput) {
    const workflows = getInput('workflows').trim() || CHECK_INPUT_DEFAULTS.workflows;
    const failOn = getInput('fail-on').trim() || CHECK_INPUT_DEFAULTS['fail-on'];
    if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') {
        throw new InputError(`The input \`fail-on\` must be error, warning or never, but is '${failOn}'.`);
    }
    if (workflows.split(/[\\/]/).includes('..')) {
        throw new InputError(`The input \`workflows\` must be a folder inside the repository, but is '${workflows}'.`);
    }
    const timeoutText = getInput('timeout').trim() || CHECK_INPUT_DEFAULTS.timeout;
    const timeout = Number(timeoutText);
    if (!/^\d+(\.\d+)?$/.test(timeoutText) || !(timeout > 0) || timeout > 21_600) {
        throw new InputError(`The input \`timeout\` must be a number of seconds above 0 and at most 21600 (a job's six hours), but is '${timeoutText}'.`);
    }
    return { workflows, failOn, timeout };
}
/** Whether the findings fail the step under `fail-on`. */
function shouldFail(failOn, counts) {
    if (failOn === 'never')
        return false;
    return counts.error > 0 || (failOn === 'warning' && counts.warning > 0);
}

// EXTERNAL MODULE: ./src/shared/log-text.ts
var log_text = __nccwpck_require__(407);
// EXTERNAL MODULE: ./src/shared/markdown.ts
var markdown = __nccwpck_require__(1680);
;// CONCATENATED MODULE: ./src/check/report/report.ts


const ICONS = {
    error: '❌ error',
    warning: '⚠️ warning',
    notice: 'ℹ️ notice'
};
function countByLevel(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const finding of findings)
        counts[finding.level]++;
    return counts;
}
/**
 * One line, as a person reads a compiler's output: file:line:column: level: message. The file's
 * name and the message may quote a workflow: their line breaks are escaped, so they forge no line.
 */
function logLine(finding) {
    const { file, where, level, message } = finding;
    return `${(0,log_text/* inertValue */.YR)(file)}:${where.line}:${where.column}: ${level}: ${(0,log_text/* inertValue */.YR)(message)}`;
}
function headline(analysis) {
    const counts = countByLevel(analysis.findings);
    const found = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')}`;
    return `nuget.org release check: ${plural(analysis.loginJobs, 'job')} logging in, in ${plural(analysis.files, 'workflow file')}: ${found}.`;
}
function summaryMarkdown(analysis) {
    const lines = [
        `### ${analysis.findings.some((f) => f.level === 'error') ? '❌' : '✅'} ${headline(analysis)}`,
        ''
    ];
    if (analysis.findings.length > 0) {
        lines.push('| Level | Where | Finding |', '| --- | --- | --- |');
        for (const finding of analysis.findings) {
            const where = `${finding.file}:${finding.where.line}:${finding.where.column}`;
            lines.push(`| ${ICONS[finding.level]} | \`${(0,markdown/* codeText */.ph)((0,log_text/* visibleCharacters */.hS)(where))}\` | **${(0,markdown/* inertCell */.B5)((0,log_text/* visibleCharacters */.hS)(finding.title))}**: ${(0,markdown/* inertCell */.B5)((0,log_text/* visibleCharacters */.hS)(finding.message))} |`);
        }
        lines.push('');
    }
    for (const policy of analysis.policies) {
        lines.push(`**What to enter on nuget.org** for job \`${(0,markdown/* codeText */.ph)((0,log_text/* visibleCharacters */.hS)(policy.job))}\` in \`${(0,markdown/* codeText */.ph)((0,log_text/* visibleCharacters */.hS)(policy.file))}\``, '');
        lines.push('| Policy field | Value |', '| --- | --- |');
        for (const [name, value] of policy.fields) {
            lines.push(`| ${name} | \`${(0,markdown/* codeText */.ph)((0,log_text/* visibleCharacters */.hS)(value))}\` |`);
        }
        lines.push('');
    }
    return lines.join('\n');
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

// EXTERNAL MODULE: ./src/check/rules/stored-keys.ts
var stored_keys = __nccwpck_require__(9030);
// EXTERNAL MODULE: ./src/check/analyse.ts + 16 modules
var analyse = __nccwpck_require__(4274);
// EXTERNAL MODULE: ./src/check/reading/composite.ts
var composite = __nccwpck_require__(948);
;// CONCATENATED MODULE: ./src/check/run-analysis.ts
// The check's whole analysis of one repository, as the action and the command line run it: parse
// every file, read the local actions they call, read the login jobs' scripts (loading mvdan/sh
// only when a script is beyond the simple reader) and judge each file.



async function analyseRepository(sources, repositoryFacts, deps) {
    const deadline = deps.deadline ?? check_deadline/* NO_DEADLINE */.ji;
    const workflows = (0,analyse/* readWorkflowFiles */.BV)(sources, deadline);
    const facts = {
        ...repositoryFacts,
        localActions: await (0,composite/* readLocalActions */.v2)(workflows.files, deps.readAction)
    };
    const needs = new Set();
    let tools = { needs };
    let loginJobs = (0,analyse/* loginJobsIn */.zv)(workflows, facts, tools, deadline);
    if (needs.size > 0) {
        tools = await deps.loadTools();
        loginJobs = (0,analyse/* loginJobsIn */.zv)(workflows, facts, tools, deadline);
    }
    return { analysis: (0,analyse/* analyseLoginJobs */.fU)(workflows, loginJobs, facts, deadline, tools), facts, tools };
}

;// CONCATENATED MODULE: ./src/check/main.ts





async function run(runtime) {
    try {
        const inputs = readCheckInputs(runtime.getInput);
        const deadline = (0,check_deadline/* deadlineIn */._5)(inputs.timeout);
        const sources = await runtime
            .readWorkflows(inputs.workflows, deadline)
            .catch((error) => {
            if (error instanceof check_deadline/* DeadlineExceeded */.m4)
                throw error;
            throw new Error(`Could not read the workflow folder '${inputs.workflows}': ${error.message}. ` +
                'Check out the repository before this step, or set `workflows`.');
        });
        const { analysis, facts, tools } = await analyseRepository(sources, await runtime.readFacts(), {
            readAction: runtime.readAction,
            loadTools: runtime.loadTools,
            deadline
        });
        for (const finding of analysis.findings) {
            runtime.info(logLine(finding));
            runtime.annotate(finding);
        }
        runtime.info(headline(analysis));
        const counts = countByLevel(analysis.findings);
        runtime.setOutput('errors', String(counts.error));
        runtime.setOutput('warnings', String(counts.warning));
        const migration = await migrationOf(analysis.findings, async () => {
            // The rewrite is a chunk of its own, loaded only when a push still uses a stored key.
            const [{ planMigration }, { migrationSummary }] = await Promise.all([
                __nccwpck_require__.e(/* import() */ 150).then(__nccwpck_require__.bind(__nccwpck_require__, 8150)),
                __nccwpck_require__.e(/* import() */ 731).then(__nccwpck_require__.bind(__nccwpck_require__, 3731))
            ]);
            return migrationSummary(planMigration(sources, { facts, tools }), facts.repository);
        });
        await runtime.writeSummary(summaryMarkdown(analysis) + (migration ? `\n${migration}` : ''));
        if (shouldFail(inputs.failOn, counts)) {
            runtime.setFailed(`The release workflows have ${counts.error} errors and ${counts.warning} warnings; see the annotations.`);
        }
    }
    catch (error) {
        runtime.setFailed(error instanceof Error ? error.message : String(error));
    }
}
/**
 * The move to trusted publishing for the summary, worked out only when a push still uses a stored
 * key; the rest of the summary stands whatever fault the rewrite meets.
 */
async function migrationOf(findings, summarise) {
    if (!findings.some((finding) => finding.title === stored_keys/* STORED_KEY_TITLE */.BN))
        return undefined;
    try {
        return await summarise();
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 4293:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BH: () => (/* binding */ isExpression),
/* harmony export */   B_: () => (/* binding */ stepsOf),
/* harmony export */   ER: () => (/* binding */ KEY_OUTPUT),
/* harmony export */   G: () => (/* binding */ triggers),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   XN: () => (/* binding */ LOGIN_ACTION_IN_TEXT),
/* harmony export */   Xc: () => (/* binding */ exportsKey),
/* harmony export */   aG: () => (/* binding */ jobsOf),
/* harmony export */   ai: () => (/* binding */ isLoginStep),
/* harmony export */   p7: () => (/* binding */ environmentOf),
/* harmony export */   uw: () => (/* binding */ stepText)
/* harmony export */ });
/** The login actions this check knows: this one, and NuGet's own with the same inputs. */
const LOGIN_ACTIONS = String.raw `(acme\/nuget-login|nuget\/login)@`;
const LOGIN_ACTION = new RegExp(`^${LOGIN_ACTIONS}`, 'i');
/** A login step anywhere in a workflow's text, for files that cannot be parsed. */
const LOGIN_ACTION_IN_TEXT = new RegExp(`uses:\\s*["']?${LOGIN_ACTIONS}`, 'i');
const KEY_OUTPUT = 'NUGET_API_KEY';
const text = (value) => typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
const isExpression = (value) => value.includes('${{');
function isLoginStep(step) {
    return LOGIN_ACTION.test(text(step.uses));
}
/** The login's export-api-key: true, false, or decided at run time. */
function exportsKey(login) {
    const value = text(login.with?.['export-api-key']).trim();
    if (isExpression(value))
        return 'maybe';
    return /^true$/i.test(value);
}
/** The events that trigger the workflow, whichever form `on:` takes. */
function triggers(workflow) {
    const on = workflow.on;
    if (typeof on === 'string')
        return [on];
    if (Array.isArray(on))
        return on.map(text);
    if (on && typeof on === 'object')
        return Object.keys(on);
    return [];
}
function jobsOf(workflow) {
    return Object.entries(workflow.jobs ?? {}).filter((entry) => typeof entry[1] === 'object' && entry[1] !== null);
}
function stepsOf(job) {
    return Array.isArray(job.steps)
        ? job.steps.filter((step) => step && typeof step === 'object')
        : [];
}
/** Everything a step hands its command: the script and its environment, as one text. */
function stepText(step) {
    return [text(step.run), ...Object.values(step.env ?? {}).map(text)].join('\n');
}
/** The `environment:` of a job: its name, whether set with an expression, or none. */
function environmentOf(job) {
    const environment = job.environment;
    const name = environment && typeof environment === 'object'
        ? text(environment.name)
        : text(environment);
    if (!name)
        return undefined;
    return { name, atRunTime: isExpression(name) };
}


/***/ }),

/***/ 495:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  S: () => (/* binding */ pushCommandsIn)
});

// EXTERNAL MODULE: ./src/check/expressions.ts + 19 modules
var expressions = __nccwpck_require__(2593);
// EXTERNAL MODULE: ./src/check/shell/words.ts
var words = __nccwpck_require__(9308);
;// CONCATENATED MODULE: ./src/check/push/options.ts
// The options of `dotnet nuget push`, as `dotnet nuget push --help` lists them in the .NET 10 SDK
// (10.0.401). Names are case-sensitive; a value follows after a space, `=` or `:`. Checked with
// that SDK against a loopback feed: any other word that starts with `-` (`-api-key`, `--apikey`,
// `--skip-duplicates`, `--verbosity`) is taken as a package path, so the real packages are pushed
// (without the key, when the key's option was the misspelled one) and the command then fails with
// "File does not exist (-api-key)". A value option given twice fails before anything is pushed. A
// word after an option that takes none (`--no-symbols true`) is a package path too: the real
// packages are pushed, then "File does not exist (true)." and exit code 1.
const DOTNET_PUSH_OPTIONS = {};
const TABLE = [
    [['-s', '--source'], true],
    [['--allow-insecure-connections'], false],
    [['-ss', '--symbol-source'], true],
    [['-t', '--timeout'], true],
    [['-k', '--api-key'], true],
    [['-sk', '--symbol-api-key'], true],
    [['-d', '--disable-buffering'], false],
    [['-n', '--no-symbols'], false],
    [['--no-service-endpoint'], false],
    [['--interactive'], false],
    [['--skip-duplicate'], false],
    [['--configfile'], true],
    [['-?', '-h', '--help'], false],
    [['--force-english-output'], false]
];
for (const [names, takesValue] of TABLE) {
    const canonical = names.at(-1);
    for (const name of names)
        DOTNET_PUSH_OPTIONS[name] = { canonical, takesValue };
}
/**
 * nuget.exe's push options (case-insensitive, one dash). nuget.exe is not on this machine, so the
 * check reads only the three it needs and judges no other option of it.
 */
const NUGET_EXE_OPTIONS = {
    '-source': { canonical: '--source', takesValue: true },
    '-apikey': { canonical: '--api-key', takesValue: true },
    '-skipduplicate': { canonical: '--skip-duplicate', takesValue: false }
};

;// CONCATENATED MODULE: ./src/check/push/push-command.ts



function pushCommandsIn(script) {
    return script.commands.flatMap((command) => {
        const found = findPush(command);
        return found ? [readPush(found.tool, found.args, command.line, script)] : [];
    });
}
function findPush(command) {
    const names = command.words.map((word) => (0,words/* literal */.eu)(word)?.toLowerCase());
    for (let index = 0; index < names.length; index++) {
        const name = names[index]?.replace(/^.*[\\/]/, '');
        if ((name === 'dotnet' || name === 'dotnet.exe') && names[index + 1] === 'nuget') {
            if (names[index + 2] === 'push') {
                return { tool: 'dotnet', args: command.words.slice(index + 3) };
            }
        }
        if ((name === 'nuget' || name === 'nuget.exe') && names[index + 1] === 'push') {
            return { tool: 'nuget', args: command.words.slice(index + 2) };
        }
    }
    return undefined;
}
function readPush(tool, args, line, script) {
    const push = {
        tool,
        line,
        values: new Map(),
        flags: new Set(),
        conditional: [],
        unknown: [],
        repeated: [],
        strayValues: [],
        opaque: false
    };
    const table = tool === 'dotnet' ? DOTNET_PUSH_OPTIONS : NUGET_EXE_OPTIONS;
    for (let index = 0; index < args.length; index++) {
        const word = script.resolve(args[index]);
        const head = (0,words/* leadingText */.SJ)(word);
        const [only] = word;
        if (word.length === 1 && only?.kind === 'expression') {
            if (KEY_LIKE.test(only.inner)) {
                push.bareKey = only.inner;
                continue;
            }
            const attempts = onEveryAttempt(only.inner);
            if (attempts)
                push.conditional.push({ word, ...attempts });
            else
                push.opaque = true;
            continue;
        }
        if (head === '' && word.some((part) => splits(part, script)))
            push.opaque = true;
        if (head === '--' || head === '--%')
            break;
        if (!head.startsWith('-') || head === '-')
            continue;
        const match = /^([^=:]+)([=:])?/.exec(head);
        const name = tool === 'dotnet' ? match[1] : match[1].toLowerCase();
        const option = table[name];
        if (!option) {
            if (tool === 'dotnet' && (0,words/* literal */.eu)(word) !== undefined)
                push.unknown.push((0,words/* literal */.eu)(word));
            continue;
        }
        if (!option.takesValue) {
            push.flags.add(option.canonical);
            const next = (0,words/* literal */.eu)(script.resolve(args[index + 1] ?? []));
            if (tool === 'dotnet' && !match[2] && next !== undefined && SWITCH_VALUE.test(next)) {
                push.strayValues.push({ option: head, value: next });
            }
            continue;
        }
        const value = match[2]
            ? [{ kind: 'text', text: head.slice(match[0].length) }, ...word.slice(textPartsIn(word))]
            : script.resolve(args[++index] ?? []);
        if (push.values.has(option.canonical))
            push.repeated.push(option.canonical);
        push.values.set(option.canonical, value);
    }
    return push;
}
/**
 * A word meant as an option's value, never a package's path: `dotnet nuget push` still takes it as
 * one (checked with SDK 10.0.401: "File does not exist (true)." and exit code 1).
 */
const SWITCH_VALUE = /^(true|false|yes|no|on|off|\d+)$/i;
/** An expression that holds a key, never options: a step's NUGET_API_KEY output or a secret. */
const KEY_LIKE = /^(steps\.[\w-]+\.outputs\.NUGET_API_KEY|secrets\.[\w-]+)$/;
/** What a whole-word expression expands to on a first run and on a re-run, when both are known. */
function onEveryAttempt(inner) {
    const [firstRun, reRun] = [1, 2].map((attempt) => (0,expressions/* asString */.oJ)((0,expressions/* evaluate */._3)(inner, { github: { run_attempt: attempt } })));
    return firstRun === undefined || reRun === undefined ? undefined : { firstRun, reRun };
}
/** An unquoted variable or substitution, which bash may split into options; a loop's paths aside. */
function splits(part, script) {
    if (part.kind === 'dynamic')
        return part.split === true;
    return part.kind === 'variable' && part.split === true && !script.isLoopVariable(part.name);
}
/** How many leading parts of a word are text. */
function textPartsIn(word) {
    const index = word.findIndex((part) => part.kind !== 'text');
    return index < 0 ? word.length : index;
}


/***/ }),

/***/ 948:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Yb: () => (/* binding */ expandJob),
/* harmony export */   v2: () => (/* binding */ readLocalActions)
/* harmony export */ });
/* unused harmony exports MAX_ACTIONS, localActionDir, localActionDirsIn */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4293);
/* harmony import */ var _workflow_file_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3449);
// Local composite actions (`uses: ./path`): their steps run in the job that calls them, so the
// check reads them as part of that job. Actions of other repositories are not read.


/** Composite actions nested deeper than this are not followed (GitHub stops at 9 levels). */
const MAX_DEPTH = 9;
/** At most this many local actions are read for one check. */
const MAX_ACTIONS = 100;
/** The folder of a local action `uses: ./path`, relative to the workspace; undefined otherwise. */
function localActionDir(uses) {
    const value = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(uses).trim();
    if (!value.startsWith('./'))
        return undefined;
    const segments = value
        .slice(2)
        .split('/')
        .filter((segment) => segment !== '' && segment !== '.');
    if (segments.some((segment) => segment === '..' || segment.includes('\\')))
        return undefined;
    return segments.join('/');
}
/** The local actions the steps of a job, or of an action, use. */
function localActionDirsIn(steps) {
    if (!Array.isArray(steps))
        return [];
    return steps.flatMap((step) => {
        const dir = step && typeof step === 'object' ? localActionDir(step.uses) : undefined;
        return dir === undefined ? [] : [dir];
    });
}
/**
 * Reads every local action the workflows use, and the local actions those use, with `read`
 * (which reads `<dir>/action.yml` or `action.yaml` inside the workspace), at most MAX_ACTIONS.
 */
async function readLocalActions(files, read) {
    const queue = files.flatMap((file) => Object.values(file.data.jobs ?? {}).flatMap((job) => job && typeof job === 'object' ? localActionDirsIn(job.steps) : []));
    const actions = {};
    const seen = new Set();
    while (queue.length > 0 && seen.size < MAX_ACTIONS) {
        const dir = queue.shift();
        if (seen.has(dir))
            continue;
        seen.add(dir);
        const source = await read(dir).catch(() => undefined);
        if (!source)
            continue;
        actions[dir] = source;
        queue.push(...localActionDirsIn(compositeSteps(source)?.steps));
    }
    return actions;
}
/** Each action file is parsed once, however many jobs call it. */
const parsed = new WeakMap();
/** A composite action's file and steps; undefined for other actions and files that do not parse. */
function compositeSteps(source) {
    if (!parsed.has(source))
        parsed.set(source, parseComposite(source));
    return parsed.get(source);
}
function parseComposite(source) {
    let file;
    try {
        file = (0,_workflow_file_js__WEBPACK_IMPORTED_MODULE_1__/* .parseWorkflowFile */ .d)(source.path, source.text);
    }
    catch (error) {
        if (error instanceof _workflow_file_js__WEBPACK_IMPORTED_MODULE_1__/* .WorkflowSyntaxError */ .v)
            return undefined;
        throw error;
    }
    const runs = file.data.runs;
    if (!runs || !/^composite$/i.test((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(runs.using)) || !Array.isArray(runs.steps))
        return undefined;
    return { file, steps: runs.steps };
}
/**
 * The job with the steps of the local composite actions it calls read in, and a view of its
 * workflow file in which those steps' places are in the actions' files. Undefined when the job
 * calls no local composite action the check has read.
 */
function expandJob(file, jobId, job, actions) {
    if (!actions || !localActionDirsIn(job.steps).some((dir) => dir in actions))
        return undefined;
    const placed = [];
    const keyStepIds = [];
    if (!Array.isArray(job.steps))
        return undefined;
    job.steps.forEach((step, index) => {
        if (!step || typeof step !== 'object')
            return;
        const own = {
            step: step,
            origin: file,
            path: ['jobs', jobId, 'steps', index]
        };
        const inner = stepsOfAction(own, actions, 0, new Set());
        if (!inner)
            return placed.push(own);
        placed.push(...inner.map((entry) => ({ ...entry, caller: { index, step: own.step, dir: inner.dir } })));
        if (inner.passesKey && (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(own.step.id))
            keyStepIds.push((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(own.step.id));
    });
    const steps = placed.map((entry) => entry.step);
    const expanded = { ...job, steps };
    return {
        file: viewOf(file, jobId, expanded, placed),
        job: expanded,
        steps,
        keyStepIds
    };
}
/** The steps a step runs in its place when it calls a local composite action, placed in its file. */
function stepsOfAction(calling, actions, depth, seen) {
    const dir = localActionDir(calling.step.uses);
    const source = dir === undefined ? undefined : actions[dir];
    if (dir === undefined || !source || depth >= MAX_DEPTH || seen.has(dir))
        return undefined;
    const action = compositeSteps(source);
    if (!action)
        return undefined;
    const result = [];
    action.steps.forEach((step, index) => {
        if (!step || typeof step !== 'object')
            return;
        const own = {
            step: asCalledBy(step, calling.step),
            origin: action.file,
            path: ['runs', 'steps', index]
        };
        const nested = stepsOfAction(own, actions, depth + 1, new Set([...seen, dir]));
        result.push(...(nested ?? [own]));
    });
    const outputs = action.file.data.outputs;
    const passesKey = new RegExp(`\\.outputs\\.${_model_js__WEBPACK_IMPORTED_MODULE_0__/* .KEY_OUTPUT */ .ER}\\b`).test((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(outputs?.[_model_js__WEBPACK_IMPORTED_MODULE_0__/* .KEY_OUTPUT */ .ER]?.value));
    return Object.assign(result, { dir, passesKey });
}
/**
 * An action's step as it runs for a caller: with the caller's `env:` under its own, and the
 * caller's `if:` as its condition (the step's own `if:` joins it unless it reads the action's
 * `inputs`, which are not the workflow's).
 */
function asCalledBy(step, caller) {
    const env = { ...(caller.env ?? {}), ...(step.env ?? {}) };
    const conditions = [caller.if, /\binputs\./.test((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(step.if)) ? undefined : step.if]
        .map((condition) => bare((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(condition)))
        .filter((condition) => condition !== '');
    const condition = conditions.length > 1 ? conditions.map((part) => `(${part})`).join(' && ') : conditions[0];
    const called = { ...step, env };
    delete called.if;
    return condition ? { ...called, if: condition } : called;
}
/** An `if:` without the optional `${{ }}` around it. */
const bare = (condition) => condition
    .trim()
    .replace(/^\$\{\{([\s\S]*)\}\}$/, '$1')
    .trim();
/**
 * The workflow file as the analysis sees one expanded job: its data holds the expanded steps,
 * and the places of the steps read from actions are in the actions' files.
 */
function viewOf(file, jobId, job, placed) {
    const translate = (path) => {
        const [jobs, id, steps, index] = path;
        const entry = jobs === 'jobs' && id === jobId && steps === 'steps' && typeof index === 'number'
            ? placed[index]
            : undefined;
        return entry
            ? { entry, file: entry.origin, path: [...entry.path, ...path.slice(4)] }
            : { file, path };
    };
    return {
        ...file,
        data: { ...file.data, jobs: { ...file.data.jobs, [jobId]: job } },
        where: (path) => {
            const at = translate(path);
            return at.file.where(at.path);
        },
        lineOf: (path, line) => {
            const at = translate(path);
            return at.file.lineOf(at.path, line);
        },
        placeOf: (path) => {
            const { entry } = translate(path);
            if (!entry?.caller)
                return undefined;
            const name = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(entry.caller.step.name) || (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(entry.caller.step.id);
            return {
                file: entry.origin.path,
                note: `(In the local action ./${entry.caller.dir}, run by ` +
                    `${name ? `step '${name}'` : `step ${entry.caller.index + 1}`} of job '${jobId}' in ${file.path}.)`
            };
        }
    };
}


/***/ }),

/***/ 3449:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  v: () => (/* binding */ WorkflowSyntaxError),
  d: () => (/* binding */ parseWorkflowFile)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/check/reading/yaml/continuations.ts
// The `yaml` library ends a single-quoted scalar at a continuation line indented no deeper than
// its parent ("Missing closing 'quote"); YamlDotNet, which GitHub's runner reads workflows with,
// reads on to the closing quote, and such workflows run. Folding drops a continuation line's
// leading spaces, so indenting those lines gives the library the same value GitHub reads, and every
// line keeps its number.

/** Rounds of re-lexing at most: each round fixes every scalar it finds; more is not a workflow. */
const MAX_ROUNDS = 8;
/** The text with every single-quoted scalar's shallow continuation lines indented. */
function indentQuotedContinuations(text) {
    let current = text;
    for (let round = 0; round < MAX_ROUNDS; round++) {
        const next = fixRound(current);
        if (next === current)
            return current;
        current = next;
    }
    return current;
}
/** Lexer tokens that stand for structure, not source text, and take no room in it. */
const CONTROL = new Set(['\u0002', '\u0018', '\u001f']);
function fixRound(text) {
    const cuts = [];
    let offset = 0;
    let fixedUpTo = -1;
    for (const token of new dist/* Lexer */.JG().lex(text)) {
        if (CONTROL.has(token))
            continue;
        if (token.startsWith("'") && offset > fixedUpTo && !closes(token)) {
            const close = closingQuote(text, offset + 1);
            if (close > 0) {
                cuts.push({ start: offset, indent: offset - (text.lastIndexOf('\n', offset) + 1) });
                fixedUpTo = close;
            }
        }
        offset += token.length;
    }
    if (cuts.length === 0)
        return text;
    let result = '';
    let at = 0;
    for (const cut of cuts) {
        const close = closingQuote(text, cut.start + 1);
        result += text.slice(at, cut.start) + indented(text.slice(cut.start, close), cut.indent);
        at = close;
    }
    return result + text.slice(at);
}
/** Whether a single-quoted token ends with its closing quote. */
function closes(token) {
    for (let at = 1; at < token.length; at++) {
        if (token[at] !== "'")
            continue;
        if (token[at + 1] === "'")
            at++;
        else
            return at === token.length - 1;
    }
    return false;
}
/**
 * The offset of the quote that closes a single-quoted scalar whose text starts at `from`, or -1
 * when none does before the end or a document marker (which YamlDotNet rejects there too).
 */
function closingQuote(text, from) {
    for (let at = from; at < text.length; at++) {
        const character = text[at];
        if (character === "'") {
            if (text[at + 1] !== "'")
                return at;
            at++;
        }
        else if (character === '\n' && /^(---|\.\.\.)(\s|$)/.test(text.slice(at + 1, at + 5))) {
            return -1;
        }
    }
    return -1;
}
/** A scalar's source with each continuation line indented to at least `indent` spaces. */
function indented(source, indent) {
    const lines = source.split('\n');
    return lines
        .map((line, index) => {
        if (index === 0 || line.trim() === '')
            return line;
        const own = line.length - line.trimStart().length;
        return own < indent ? ' '.repeat(indent - own) + line : line;
    })
        .join('\n');
}

;// CONCATENATED MODULE: ./src/check/reading/yaml/convert.ts
// A parsed YAML document as plain data, read the way GitHub's workflow reader reads it: aliases
// replayed, every node counted (replays included) against GitHub's limit, nesting bounded, and a
// key defined twice in a mapping refused. Positions are recorded on the way, once, so a finding's
// place costs no more than its path.

/** GitHub's reader refuses a document once it has traversed this many nodes, replays counted. */
const MAX_NODES = 50_000;
/** GitHub's deepest nesting of mappings and sequences. */
const MAX_DEPTH = 50;
/** Why GitHub would not read the document, and where. */
class ConversionError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
/** The document's data and the places of its nodes; throws ConversionError where GitHub would. */
function convert(document) {
    // GitHub counts the stream's and the document's start and end events too.
    const walk = { nodes: 4, anchors: new Map() };
    const contents = document.contents;
    if (!contents)
        return { data: null, place: { entry: 0 } };
    const start = contents.range?.[0] ?? 0;
    return convertNode(contents, walk, 0, false, { entry: start });
}
function convertNode(node, walk, depth, replaying, place) {
    const offset = node.range?.[0] ?? place.entry;
    if ((0,dist/* isAlias */.Vj)(node)) {
        const anchored = walk.anchors.get(node.source);
        if (!anchored)
            throw new ConversionError(`the anchor '${node.source}' is not defined`, offset);
        const replayed = convertNode(anchored.node, walk, depth, true, anchored.place);
        return { data: replayed.data, place: { ...anchored.place, entry: place.entry } };
    }
    count(walk, (0,dist/* isScalar */.jn)(node) ? 1 : 2, offset);
    const own = { entry: place.entry, value: offset };
    if (!replaying && node.anchor)
        walk.anchors.set(node.anchor, { node, place: own });
    if ((0,dist/* isScalar */.jn)(node)) {
        own.type = node.type;
        return { data: node.value, place: own };
    }
    if (depth + 1 > MAX_DEPTH) {
        throw new ConversionError(`it nests mappings and lists deeper than ${MAX_DEPTH} levels`, offset);
    }
    own.children = new Map();
    if ((0,dist/* isSeq */.oP)(node)) {
        const items = [];
        for (const [index, item] of node.items.entries()) {
            const entry = item?.range?.[0] ?? offset;
            const child = item ? convertNode(item, walk, depth + 1, replaying, { entry }) : null;
            items.push(child ? child.data : null);
            if (child)
                own.children.set(index, child.place);
        }
        return { data: items, place: own };
    }
    if ((0,dist/* isMap */.jh)(node))
        return { data: mapping(node.items, walk, depth, replaying, own), place: own };
    throw new ConversionError('it holds a node GitHub does not read', offset);
}
function mapping(pairs, walk, depth, replaying, own) {
    const data = {};
    const seen = new Set();
    for (const pair of pairs) {
        const keyNode = pair.key;
        const entry = keyNode?.range?.[0] ?? own.value ?? own.entry;
        if (keyNode && !(0,dist/* isScalar */.jn)(keyNode)) {
            throw new ConversionError('a key is not plain text (a mapping, a list or an alias), which GitHub does not read', entry);
        }
        count(walk, 1, entry);
        if (!replaying && keyNode?.anchor)
            walk.anchors.set(keyNode.anchor, { node: keyNode, place: { entry } });
        const key = keyNode ? String(keyNode.value ?? '') : '';
        if (seen.has(key))
            throw new ConversionError(`the key '${key}' is defined twice`, entry);
        seen.add(key);
        const valueNode = pair.value;
        const child = valueNode
            ? convertNode(valueNode, walk, depth + 1, replaying, { entry })
            : { data: null, place: { entry } };
        // A key such as __proto__ is data here, never the object's prototype.
        Object.defineProperty(data, key, {
            value: child.data,
            enumerable: true,
            writable: true,
            configurable: true
        });
        own.children?.set(key, child.place);
    }
    return data;
}
function count(walk, nodes, offset) {
    walk.nodes += nodes;
    if (walk.nodes > MAX_NODES) {
        throw new ConversionError(`it expands to more than ${MAX_NODES.toLocaleString('en-US')} YAML nodes, aliases replayed`, offset);
    }
}

;// CONCATENATED MODULE: ./src/check/reading/workflow-file.ts



/** Why a file cannot be read as a workflow: not YAML to GitHub, or a document GitHub refuses. */
class WorkflowSyntaxError extends Error {
    where;
    /** "Not valid YAML" where YamlDotNet rejects the text; otherwise GitHub's converter refuses it. */
    kind;
    constructor(message, where, kind = 'yaml') {
        super(message);
        this.where = where;
        this.kind = kind;
    }
}
/** Parses a workflow, keeping source positions; throws WorkflowSyntaxError where GitHub would. */
function parseWorkflowFile(path, original) {
    let { text, document, lineCounter } = parsed(original);
    // Only a file the library finds broken at a single quote is read again, its quotes re-indented.
    if (document.errors.some((error) => error.message.startsWith("Missing closing 'quote"))) {
        ;
        ({ text, document, lineCounter } = parsed(indentQuotedContinuations(original)));
    }
    const [error] = document.errors;
    if (error) {
        const [start] = error.linePos ?? [{ line: 1, col: 1 }];
        if (error.code === 'RESOURCE_EXHAUSTION') {
            // The library's reader is recursive and gives up hundreds of levels deep; GitHub reads 50.
            const message = `GitHub refuses this file: it nests mappings and lists deeper than ${MAX_DEPTH} levels.`;
            throw new WorkflowSyntaxError(message, { line: start.line, column: start.col }, 'refused');
        }
        const firstLine = error.message.split('\n')[0] ?? error.message;
        throw new WorkflowSyntaxError(firstLine.replace(/ at line \d+, column \d+:?$/, ''), {
            line: start.line,
            column: start.col
        });
    }
    const { data, place } = converted(document, lineCounter);
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { line, column: col };
    };
    return {
        path,
        name: path.split('/').at(-1) ?? path,
        data: typeof data === 'object' && data !== null ? data : {},
        where: (nodePath) => {
            let found = place;
            for (const key of nodePath) {
                const child = found.children?.get(key);
                if (!child)
                    break;
                found = child;
            }
            return at(found.entry);
        },
        lineOf: (nodePath, line) => {
            let found = place;
            for (const key of nodePath)
                found = found?.children?.get(key);
            if (found?.value === undefined)
                return undefined;
            const start = at(found.value);
            if (found.type === 'BLOCK_LITERAL') {
                const firstBreak = text.indexOf('\n', found.value);
                const nextBreak = firstBreak < 0 ? -1 : text.indexOf('\n', firstBreak + 1);
                const first = firstBreak < 0 ? '' : text.slice(firstBreak + 1, nextBreak < 0 ? undefined : nextBreak);
                return { line: start.line + line, column: first.length - first.trimStart().length + 1 };
            }
            return line === 1 ? start : undefined;
        }
    };
}
function parsed(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    // Keys are made unique, and aliases bounded by the nodes they expand to, by convert(), in time
    // linear in what it reads; the library's own key check is quadratic, and its toJS() (never
    // called here) counts aliases, not what they expand to.
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: false });
    return { text, document, lineCounter };
}
function converted(document, lineCounter) {
    try {
        return convert(document);
    }
    catch (error) {
        if (!(error instanceof ConversionError))
            throw error;
        const { line, col } = lineCounter.linePos(error.offset);
        throw new WorkflowSyntaxError(`GitHub refuses this file: ${error.message}.`, { line, column: col }, 'refused');
    }
}


/***/ }),

/***/ 4611:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ finding),
/* harmony export */   q: () => (/* binding */ stepPath)
/* harmony export */ });
/**
 * A workflow file that may hold steps read from local composite actions: `placeOf` names the
 * action's file for such a step, and a note naming the workflow's step that calls it.
 */
const stepPath = (jobId, index, ...rest) => [
    'jobs',
    jobId,
    'steps',
    index,
    ...rest
];
function finding(file, path, level, title, message) {
    const place = file.placeOf?.(path);
    return {
        level,
        file: place?.file ?? file.path,
        where: file.where(path),
        title,
        message: place ? `${message} ${place.note}` : message
    };
}


/***/ }),

/***/ 459:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AN: () => (/* binding */ repositoryContext),
/* harmony export */   s2: () => (/* binding */ reachFindings),
/* harmony export */   um: () => (/* binding */ triggerPath)
/* harmony export */ });
/* unused harmony export reachOf */
/* harmony import */ var _expressions_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2593);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4293);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4611);
/* harmony import */ var _actions_expressions_result__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6856);
// Whether a run GitHub would start reaches a login step: the step's, its job's and every needed
// job's `if:`, evaluated on what such a run knows, with everything else left unknown. The job graph
// is read once per file and each job's answer worked out once per run imagined, so a long `needs:`
// chain costs its length, not its length for every login job.




const OUT = { kind: 'out' };
const REACHED = { kind: 'reached' };
/** How many unknown guards a message names; the rest are summed up. */
const NAMED_CONDITIONS = 3;
const CONDITION_LENGTH = 200;
/** The login jobs such a run reaches, and those it reaches unless an unknown guard is false. */
function reachOf(file, loginJobs, run) {
    const jobReach = jobReachOn(graphOf(file), run);
    const reached = [];
    const unless = [];
    for (const loginJob of loginJobs) {
        const reach = combine([stepReach(file, loginJob, run), jobReach(loginJob.jobId)]);
        if (reach.kind === 'reached')
            reached.push(loginJob.jobId);
        else if (reach.kind === 'unless')
            unless.push({ jobId: loginJob.jobId, conditions: reach.conditions });
    }
    return { reached, unless };
}
/**
 * The findings on runs such as `run`, at `where`: one warning naming the login jobs nothing keeps
 * those runs from, and a notice for each job that a guard nobody knows before the run may keep out.
 */
function reachFindings(file, loginJobs, run, where, wording) {
    const { reached, unless } = reachOf(file, loginJobs, run);
    const say = (level, message) => (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .g)(file, where, level, wording.title, message);
    return [
        ...(reached.length > 0 ? [say('warning', wording.reached(quotedJobs(reached)))] : []),
        ...unless.map(({ jobId, conditions }) => say('notice', wording.unless(quotedJobs([jobId]), conditionsText(conditions))))
    ];
}
/** Job ids quoted for a message: `'publish', 'docs'`. */
const quotedJobs = (jobIds) => jobIds.map((jobId) => `'${jobId}'`).join(', ');
/** The unknown guards for a message: `` `a` or `b` ``. */
function conditionsText(conditions) {
    return conditions.map((condition) => `\`${condition}\``).join(' or ');
}
/** What every run of this repository knows of it: its name and owner, and its event's repository. */
function repositoryContext(facts) {
    const repository = facts.repository ?? 'this-owner/this-repository';
    return {
        repository,
        repository_owner: facts.ownerLogin ?? repository.split('/')[0] ?? null,
        eventRepository: { fork: false, full_name: repository }
    };
}
/** Where a finding about a trigger goes: the event's key under `on:` when `on:` is a map of them. */
function triggerPath(file, event) {
    const on = file.data.on;
    return on && typeof on === 'object' && !Array.isArray(on) ? ['on', event] : ['on'];
}
/** What a guard says on such a run. */
function guardReach(condition, known, closed) {
    const expression = (0,_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .conditionText */ .D3)(condition);
    if (expression === undefined)
        return REACHED;
    const outcome = (0,_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluate */ ._3)(expression, known, closed);
    if (outcome.known)
        return (0,_actions_expressions_result__WEBPACK_IMPORTED_MODULE_2__/* .falsy */ .me)(outcome.value) ? OUT : REACHED;
    const shown = expression.trim().replace(/\s+/g, ' ');
    const bounded = shown.length > CONDITION_LENGTH ? `${shown.slice(0, CONDITION_LENGTH)}…` : shown;
    return { kind: 'unless', conditions: [bounded] };
}
/** Any guard known false keeps the run out; else any unknown one leaves it open. */
function combine(reaches) {
    if (reaches.some((reach) => reach.kind === 'out'))
        return OUT;
    const conditions = new Set();
    for (const reach of reaches) {
        if (reach.kind === 'unless')
            for (const condition of reach.conditions)
                conditions.add(condition);
    }
    if (conditions.size === 0)
        return REACHED;
    return { kind: 'unless', conditions: [...conditions].slice(0, NAMED_CONDITIONS) };
}
/** The login step's own `if:`, with the `env` it sees on such a run. */
function stepReach(file, loginJob, run) {
    const env = envOnRun(file, loginJob, run);
    const closed = env.complete ? [...run.closed, 'env'] : run.closed;
    return guardReach(loginJob.login.if, { ...run.known, env: env.known }, closed);
}
/**
 * The `env` context at the login step on such a run: the workflow's and job's literal values, and
 * null for a variable only earlier steps write to $GITHUB_ENV when none of those steps runs.
 * When every value is known, anything else the context does not hold is null, as on GitHub.
 */
function envOnRun(file, { job, steps, loginIndex }, run) {
    const env = {};
    let complete = true;
    const written = new Map();
    for (const step of steps.slice(0, loginIndex)) {
        const script = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(step.run);
        if (!script.includes('GITHUB_ENV'))
            continue;
        const runs = guardReach(step.if, run.known, run.closed).kind !== 'out';
        for (const match of script.matchAll(/\b([A-Za-z_]\w*)=/g)) {
            const name = match[1];
            written.set(name, (written.get(name) ?? false) || runs);
        }
    }
    for (const [name, runs] of written)
        if (!runs)
            env[name] = null;
    for (const block of [file.data, job]) {
        if (!block.env || typeof block.env !== 'object')
            continue;
        for (const [name, value] of Object.entries(block.env)) {
            if (typeof value === 'string' && value.includes('${{'))
                complete = false;
            else if (!written.get(name)) {
                env[name] = typeof value === 'object' ? null : value;
            }
        }
    }
    if ([...written.values()].some((runs) => runs))
        complete = false;
    return { known: env, complete };
}
const GRAPHS = new WeakMap();
/** The jobs of a file by id, with what each needs: read once per file. */
function graphOf(file) {
    let graph = GRAPHS.get(file.data);
    if (!graph) {
        graph = new Map();
        for (const [jobId, job] of (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .jobsOf */ .aG)(file.data)) {
            const needs = Array.isArray(job.needs)
                ? job.needs.map(_model_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)
                : job.needs
                    ? [(0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(job.needs)]
                    : [];
            const condition = (0,_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .conditionText */ .D3)(job.if) ?? '';
            graph.set(jobId, {
                job,
                needs,
                ignoresNeeds: /\b(always|failure|cancelled)\s*\(/.test(condition)
            });
        }
        GRAPHS.set(file.data, graph);
    }
    return graph;
}
/**
 * Each job's reach on one run, worked out once: its own `if:`, and unless that ignores them, what
 * its needs reach. Depth first with a stack of its own, so a chain of any length fits; a job in a
 * cycle of needs (which GitHub refuses) counts as reached.
 */
function jobReachOn(graph, run) {
    const done = new Map();
    const own = new Map();
    const started = new Set();
    const ownReach = (jobId, node) => {
        let reach = own.get(jobId);
        if (!reach) {
            reach = guardReach(node.job.if, run.known, run.closed);
            own.set(jobId, reach);
        }
        return reach;
    };
    return (root) => {
        const stack = [root];
        while (stack.length > 0) {
            const jobId = stack.at(-1);
            const node = graph.get(jobId);
            if (done.has(jobId) || !node) {
                if (!node)
                    done.set(jobId, REACHED);
                stack.pop();
                continue;
            }
            const guard = ownReach(jobId, node);
            const decided = guard.kind === 'out' || node.ignoresNeeds;
            if (!decided && !started.has(jobId)) {
                started.add(jobId);
                for (const need of node.needs)
                    if (!done.has(need) && !started.has(need))
                        stack.push(need);
                continue;
            }
            const needs = decided ? [] : node.needs.map((need) => done.get(need) ?? REACHED);
            done.set(jobId, combine([guard, ...needs]));
            stack.pop();
        }
        return done.get(root) ?? REACHED;
    };
}


/***/ }),

/***/ 491:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ releaseStep)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4293);
// Steps that write a GitHub release with the job's GITHUB_TOKEN.

const RELEASE_ACTIONS = /^(softprops\/action-gh-release|ncipollo\/release-action|actions\/create-release|actions\/upload-release-asset|svenstaro\/upload-release-action|marvinpinto\/action-automatic-releases|release-drafter\/release-drafter|googleapis\/release-please-action|google-github-actions\/release-please-action|AButler\/upload-release-assets|xresloader\/upload-to-github-release|meeDamian\/github-release|anton-yurchenko\/git-release|johnwbyrd\/update-release|shogo82148\/actions-upload-release-asset|taiki-e\/create-gh-release-action|taiki-e\/upload-rust-binary-action)@/i;
/** `gh release create|upload|edit|delete`, with global flags such as `-R owner/repo` anywhere. */
const GH_RELEASE = /(^|[\s;&|(])gh\s+(?:(?:-R|--repo)(?:\s+|=)\S+\s+)?release\s+(?:(?:-R|--repo)(?:\s+|=)\S+\s+)?(create|upload|edit|delete|delete-asset)\b/m;
/** `gh release view|list|download` only read, with the token a read needs. */
const GH_READ = /\bgh\s+release\s+(view|list|download)\b/;
/** A build script run with a release target: `build.fsx -p Release`, `./build.sh --target release`. */
const RELEASE_TARGET = /(^|\s)(-p|-t|--target|--task|-Target)\s+["']?release["']?(\s|$)|\.(sh|ps1|cmd|fsx|cake)["']?\s+["']?release["']?(\s|$)/im;
const TOKEN_NAMES = ['GITHUB_TOKEN', 'GH_TOKEN'];
/** A step that says it writes a release: "Create the GitHub release", "Publish the release notes". */
const RELEASE_WORD = /\b(create|publish|upload|draft|update|make)\W+(?:\w+\W+){0,2}releases?\b/i;
/** A step that writes a release with the job's own token; undefined for other steps. */
function releaseStep(workflow, job, step) {
    const uses = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(step.uses);
    const run = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(step.run);
    if (RELEASE_ACTIONS.test(uses)) {
        const token = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(step.with?.token ?? step.with?.github_token ?? step.with?.repo_token);
        if (usesOtherToken(token))
            return undefined;
        return {
            what: `This step uses ${uses.split('@', 1)[0]}, which writes a GitHub release`,
            certain: true,
            at: []
        };
    }
    const token = tokenOf(workflow, job, step);
    if (usesOtherToken(token))
        return undefined;
    if (GH_RELEASE.test(run)) {
        return {
            what: `This step runs \`gh release ${GH_RELEASE.exec(run)?.[2]}\``,
            certain: true,
            at: []
        };
    }
    const saysRelease = RELEASE_WORD.test(`${(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(step.name)}\n${run}`) || RELEASE_TARGET.test(run);
    if (run && token && saysRelease && !GH_READ.test(run)) {
        const name = TOKEN_NAMES.find((candidate) => step.env?.[candidate] !== undefined);
        return {
            what: "This release step is handed the job's GITHUB_TOKEN",
            certain: false,
            at: name ? ['env', name] : []
        };
    }
    return undefined;
}
/** The GITHUB_TOKEN or GH_TOKEN a step's environment hands its script. */
function tokenOf(workflow, job, step) {
    for (const block of [step, job, workflow]) {
        for (const name of TOKEN_NAMES) {
            const value = block.env?.[name];
            if (value !== undefined)
                return (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(value);
        }
    }
    return '';
}
/** A token from another secret (a personal or app token) does not depend on the job's permissions. */
function usesOtherToken(token) {
    return /\bsecrets\.(?!GITHUB_TOKEN\b)\w+|steps\.[\w-]+\.outputs\./i.test(token);
}


/***/ }),

/***/ 9030:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BN: () => (/* binding */ STORED_KEY_TITLE),
/* harmony export */   IX: () => (/* binding */ checkStoredKeys),
/* harmony export */   hA: () => (/* binding */ storedKeyPushes)
/* harmony export */ });
/* unused harmony export storedKeyMessage */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4293);
/* harmony import */ var _stored_keys_find_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8758);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4611);



const STORED_KEY_TITLE = 'Push with a stored API key';
/**
 * The last reading of a set of files: the first pass (which finds what tools it lacks) and the
 * judging read the same files with the same facts and tools when no parser had to be loaded.
 */
const lastReading = new WeakMap();
/** Every push with a stored key in these files, read once for the same facts and tools. */
function storedKeyPushes(files, facts, tools) {
    const last = lastReading.get(files);
    if (last && last.facts === facts && last.tools === tools)
        return last.pushes;
    const pushes = (0,_stored_keys_find_js__WEBPACK_IMPORTED_MODULE_1__/* .findStoredKeyPushes */ .mi)(files, {
        ...(facts.defaultPushSourceUrl ? { defaultPushSource: facts.defaultPushSourceUrl } : {}),
        tools
    });
    lastReading.set(files, { facts, tools, pushes });
    return pushes;
}
function checkStoredKeys(files, facts, tools) {
    const pushes = storedKeyPushes(files, facts, tools);
    return (pushes
        // A call to another repository's workflow is judged by "Reusable workflow from another
        // repository": whether that workflow pushes with the key, this repository cannot tell.
        .filter((push) => push.destination === 'nuget.org')
        .filter((push) => !logsIn(push))
        .map((push) => (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .g)(push.file, push.stepIndex === undefined
        ? ['jobs', push.jobId]
        : (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .stepPath */ .q)(push.jobId, push.stepIndex), 'warning', STORED_KEY_TITLE, storedKeyMessage(push))));
}
function storedKeyMessage(push) {
    const what = push.shape === 'remote reusable workflow'
        ? `Job '${push.jobId}' hands secrets.${push.secret} to a reusable workflow of another repository, which may push to nuget.org with it`
        : `This ${push.shape} sends the stored key secrets.${push.secret} (through ${push.via}) to nuget.org`;
    return (`${what}. Since 2026-11-01 nuget.org refuses classic API keys created with a lifetime over 30 days, ` +
        'and a new one lasts at most 30 days: this release fails within a month unless someone rotates the ' +
        'secret by hand. Trusted publishing needs no stored key; `npx nuget-login migrate` makes the change.');
}
function logsIn(push) {
    const job = push.file.data.jobs?.[push.jobId];
    return job && typeof job === 'object' ? (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .stepsOf */ .B_)(job).some(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isLoginStep */ .ai) : false;
}


/***/ }),

/***/ 2531:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ checkTriggers)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4293);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4611);
/* harmony import */ var _reach_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(459);



const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_review', 'pull_request_review_comment'];
function checkTriggers(file, loginJobs, facts) {
    const events = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .triggers */ .G)(file.data);
    const findings = [];
    if (events.includes('pull_request_target')) {
        findings.push((0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .g)(file, ['on', 'pull_request_target'], 'error', 'Trigger refused by nuget.org', 'nuget.org refuses logins from runs triggered by pull_request_target. Publish on push of a tag, on ' +
            'release or by workflow_dispatch.'));
    }
    const event = events.find((name) => PULL_REQUEST_EVENTS.includes(name));
    if (!event)
        return findings;
    const why = 'runs for pull requests from forks and from Dependabot get no OIDC token, so the login fails there.';
    findings.push(...(0,_reach_js__WEBPACK_IMPORTED_MODULE_1__/* .reachFindings */ .s2)(file, loginJobs, forkRun(event, facts), (0,_reach_js__WEBPACK_IMPORTED_MODULE_1__/* .triggerPath */ .um)(file, event), {
        title: 'Login on pull request runs',
        reached: (jobs) => `This workflow runs on ${event}, and nothing keeps those runs from the login in job ${jobs}: ${why} ` +
            'Publish on push of a tag, on release or by workflow_dispatch, or keep fork runs out with ' +
            '`if: github.event.pull_request.head.repo.full_name == github.repository` on the job.',
        unless: (job, conditions) => `This workflow runs on ${event}, and job ${job} reaches the login unless ` +
            `${conditions} is false on those runs: confirm it. If it can be true there, ${why}`
    }));
    return findings;
}
/** What a run for a pull request from a fork knows; whatever is missing stays unknown. */
function forkRun(event, facts) {
    const { eventRepository, ...repository } = (0,_reach_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryContext */ .AN)(facts);
    const known = {
        // Only workflow_dispatch and workflow_call runs have inputs.
        inputs: {},
        github: {
            event_name: event,
            ...repository,
            ref: 'refs/pull/1/merge',
            ref_name: '1/merge',
            ref_type: 'branch',
            event: {
                pull_request: {
                    head: {
                        repo: { fork: true, full_name: 'fork-owner/fork', owner: { login: 'fork-owner' } }
                    }
                },
                repository: eventRepository,
                inputs: null
            }
        }
    };
    return { known, closed: ['inputs'] };
}


/***/ }),

/***/ 3955:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  R: () => (/* binding */ createCheckRuntime)
});

// EXTERNAL MODULE: ./src/shared/log-text.ts
var log_text = __nccwpck_require__(407);
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/check/runner-commands.ts
// The few runner commands the check issues, written as @actions/core writes them (its escaping,
// byte for byte; test/unit/check/runner-commands.test.ts holds the two side by side). The check
// does not import @actions/core: its index loads the HTTP client, TLS and node:crypto for the OIDC
// token, about 15 ms of every run of a check that never makes a request.


/** An input as @actions/core's getInput reads it: `INPUT_<NAME>`, spaces as `_`, trimmed. */
function getInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
function info(message) {
    writeLine(message);
}
function annotate(level, message, place = {}) {
    const properties = [
        ['title', place.title],
        ['file', place.file],
        ['line', place.startLine],
        ['col', place.startColumn]
    ].flatMap(([key, value]) => (value ? [`${key}=${escapeProperty(String(value))}`] : []));
    writeLine(`::${level}${properties.length > 0 ? ` ${properties.join(',')}` : ''}::${escapeData(message)}`);
}
/** An error annotation, and the step's exit code 1. */
function setFailed(message) {
    process.exitCode = 1;
    annotate('error', message);
}
/**
 * A step output, in the one-line `name=value` form of the runner's GITHUB_OUTPUT file; the check's
 * outputs are counts, so a line break in either is refused rather than given a delimiter.
 */
function setOutput(name, value, env = process.env) {
    const path = env.GITHUB_OUTPUT;
    if (/[\r\n]/.test(name + value) || name.includes('=')) {
        throw new Error(`The output '${escapeData(name)}' cannot be written on one line.`);
    }
    if (path) {
        (0,external_node_fs_namespaceObject.appendFileSync)(path, `${name}=${value}${external_node_os_namespaceObject.EOL}`, 'utf8');
    }
    else {
        // Outside a runner: the old command, as @actions/core writes it.
        writeLine('');
        writeLine(`::set-output name=${escapeProperty(name)}::${escapeData(value)}`);
    }
}
/** Markdown added to the job's summary page, when the runner gives the step one. */
async function appendSummary(markdown, env = process.env) {
    if (env.GITHUB_STEP_SUMMARY)
        (0,external_node_fs_namespaceObject.appendFileSync)(env.GITHUB_STEP_SUMMARY, `${markdown}${external_node_os_namespaceObject.EOL}`);
}
function writeLine(line) {
    process.stdout.write(line + external_node_os_namespaceObject.EOL);
}
const escapeData = (text) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

;// CONCATENATED MODULE: ./src/shared/event-payload.ts
// What the run's webhook payload (the file named by GITHUB_EVENT_PATH) says about the repository,
// shared by the login and the workflow check. Every event that has a repository carries these.
/** The repository facts in a webhook payload's text; empty where the text is missing or not JSON. */
function repositoryFacts(eventText) {
    if (!eventText)
        return {};
    try {
        return repositoryFactsOf(JSON.parse(eventText));
    }
    catch {
        return {};
    }
}
/** The repository facts in a parsed webhook payload; empty where it has none. */
function repositoryFactsOf(event) {
    const repository = event?.repository;
    if (!repository || typeof repository !== 'object')
        return {};
    const { owner, private: isPrivate } = repository;
    const { login, type } = (owner && typeof owner === 'object' ? owner : {});
    return {
        ...(typeof login === 'string' && login !== '' ? { ownerLogin: login } : {}),
        ...(type === 'User' || type === 'Organization' ? { ownerType: type } : {}),
        ...(typeof isPrivate === 'boolean' ? { private: isPrivate } : {})
    };
}

;// CONCATENATED MODULE: ./src/shared/optional-text.ts
// A file a run may not have, such as the event payload: its text, or undefined where it cannot be
// read. Both actions' runtimes read it so.

function readOptionalText(path) {
    try {
        return (0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/check/stored-keys/nuget-config.ts
var nuget_config = __nccwpck_require__(9389);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/check/reading/workspace-files.ts
// Files of the workspace as GitHub sees a repository: regular files only, no symbolic link
// followed or read, nothing outside the workspace opened, and no file read past a limit, so a
// pull request's links, fifos and huge files cost the check nothing. The calls are synchronous:
// the check reads one file at a time anyway, and each asynchronous call is a round trip through
// libuv's thread pool (about 10 ms of idle waiting on a repository of seven workflows).


/** GitHub refuses a workflow file longer than this many characters (UTF-16 units, as .NET counts). */
const MAX_WORKFLOW_CHARACTERS = 1024 * 1024;
/** The real location of the workspace, every path below is opened under. */
async function workspaceRoot(root) {
    return (0,external_node_fs_namespaceObject.realpathSync)(root);
}
/**
 * Reads `relativePath` under `root` (a real path, see workspaceRoot) if every part of the path is
 * a folder or file and not a link, and the file holds at most `limit` characters. Never throws for
 * what the repository holds; a path that leaves the workspace is refused.
 */
async function readWorkspaceFile(root, relativePath, limit) {
    const parts = relativePath.split(/[\\/]+/).filter((part) => part !== '' && part !== '.');
    const path = parts.join('/');
    if (parts.includes('..') || /^([\\/]|[a-z]:)/i.test(relativePath)) {
        return { kind: 'unreadable', path, reason: 'the path leaves the workspace' };
    }
    let at = root;
    for (const [index, part] of parts.entries()) {
        at = (0,external_node_path_namespaceObject.join)(at, part);
        const entry = kindOf(at, parts.slice(0, index + 1).join('/'));
        if (entry.kind !== 'present')
            return entry;
        if (index < parts.length - 1 && !entry.folder) {
            return { kind: 'not-a-file', path: entry.path, what: 'a file where a folder was expected' };
        }
    }
    return readRegularFile(at, path, limit);
}
function kindOf(absolute, path) {
    try {
        const stats = (0,external_node_fs_namespaceObject.lstatSync)(absolute);
        if (stats.isSymbolicLink())
            return { kind: 'link', path };
        if (stats.isDirectory())
            return { kind: 'present', path, folder: true };
        if (stats.isFile())
            return { kind: 'present', path, folder: false };
        return { kind: 'not-a-file', path, what: describe(stats) };
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return { kind: 'absent', path };
        return { kind: 'unreadable', path, reason: reasonOf(error) };
    }
}
/** Opens without following a link or waiting on a fifo, and reads at most what the limit allows. */
function readRegularFile(absolute, path, limit) {
    // A character is at most 3 bytes of UTF-8 (4 for 2 UTF-16 units): more bytes is over the limit.
    const maxBytes = limit * 3;
    let handle;
    try {
        handle = (0,external_node_fs_namespaceObject.openSync)(absolute, external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NOFOLLOW | external_node_fs_namespaceObject.constants.O_NONBLOCK);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ELOOP')
            return { kind: 'link', path };
        if (code === 'ENOENT')
            return { kind: 'absent', path };
        return { kind: 'unreadable', path, reason: reasonOf(error) };
    }
    try {
        const stats = (0,external_node_fs_namespaceObject.fstatSync)(handle);
        if (stats.isDirectory())
            return { kind: 'not-a-file', path, what: 'a folder' };
        if (!stats.isFile())
            return { kind: 'not-a-file', path, what: describe(stats) };
        if (stats.size > maxBytes)
            return { kind: 'too-large', path, limit };
        // Read one byte past the bound: a file that grew since stat() shows it and is refused.
        const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
        let length = 0;
        while (length < buffer.length) {
            const bytesRead = (0,external_node_fs_namespaceObject.readSync)(handle, buffer, length, buffer.length - length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        if (length > maxBytes)
            return { kind: 'too-large', path, limit };
        const text = buffer.toString('utf8', 0, length);
        if (text.length > limit)
            return { kind: 'too-large', path, limit };
        return { kind: 'file', path, text };
    }
    catch (error) {
        return { kind: 'unreadable', path, reason: reasonOf(error) };
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(handle);
    }
}
/**
 * The entries of a folder of the workspace whose names `wanted` accepts, in name order, read one
 * by one: the folder is listed without opening any file, and each file is opened only when the
 * previous one is closed. A folder that is a link, or any link on its way, is one `link` entry.
 */
async function* folderEntries(root, folder, wanted, limit) {
    const parts = folder.split(/[\\/]+/).filter((part) => part !== '' && part !== '.');
    let at = root;
    for (const [index, part] of parts.entries()) {
        at = (0,external_node_path_namespaceObject.join)(at, part);
        const entry = kindOf(at, parts.slice(0, index + 1).join('/'));
        if (entry.kind !== 'present') {
            if (entry.kind === 'absent')
                throw new Error(`the folder '${folder}' does not exist`);
            yield entry;
            return;
        }
        if (!entry.folder)
            throw new Error(`'${entry.path}' is not a folder`);
    }
    const names = namesIn((0,external_node_fs_namespaceObject.opendirSync)(at), wanted).sort();
    const prefix = parts.join('/');
    for (const name of names) {
        const path = prefix ? `${prefix}/${name}` : name;
        const entry = kindOf((0,external_node_path_namespaceObject.join)(at, name), path);
        if (entry.kind !== 'present')
            yield entry;
        else if (entry.folder)
            yield { kind: 'not-a-file', path, what: 'a folder' };
        else
            yield readRegularFile((0,external_node_path_namespaceObject.join)(at, name), path, limit);
    }
}
/** The first name at the workspace's root that `wanted` accepts, or undefined. */
async function findAtRoot(root, wanted) {
    try {
        return namesIn((0,external_node_fs_namespaceObject.opendirSync)(root), wanted, 1)[0];
    }
    catch {
        return undefined;
    }
}
/** The names of a folder's entries that `wanted` accepts, listed one entry at a time. */
function namesIn(dir, wanted, most = Infinity) {
    const names = [];
    try {
        for (let entry = dir.readSync(); entry && names.length < most; entry = dir.readSync()) {
            if (wanted(entry.name))
                names.push(entry.name);
        }
    }
    finally {
        dir.closeSync();
    }
    return names;
}
function describe(stats) {
    if (stats.isFIFO())
        return 'a fifo';
    if (stats.isSocket())
        return 'a socket';
    return 'a device';
}
function reasonOf(error) {
    const { code, message } = error;
    return code ?? message;
}

;// CONCATENATED MODULE: ./src/check/reading/repository-files.ts


/** The size GitHub reads a workflow to; the same bound serves every other file the check reads. */
const LIMIT = MAX_WORKFLOW_CHARACTERS;
/** `root` is a real path (workspaceRoot). */
async function repositoryFileFacts(root) {
    return {
        ...(await defaultPushSource(root)),
        dependabot: await configuresDependabot(root),
        ...(await pinnedSdk(root))
    };
}
/** Whether a NuGet.Config at the repository root sets defaultPushSource, and to what. */
async function defaultPushSource(root) {
    const config = await findAtRoot(root, (name) => /^nuget\.config$/i.test(name));
    const entry = config ? await readWorkspaceFile(root, config, LIMIT) : undefined;
    if (entry?.kind !== 'file')
        return { defaultPushSource: false };
    const url = (0,nuget_config/* defaultPushSourceOf */.K)(entry.text);
    return {
        defaultPushSource: /defaultPushSource/i.test(entry.text),
        ...(url ? { defaultPushSourceUrl: url } : {})
    };
}
/** Whether the repository configures Dependabot version updates. */
async function configuresDependabot(root) {
    for (const name of ['.github/dependabot.yml', '.github/dependabot.yaml']) {
        if ((await readWorkspaceFile(root, name, LIMIT)).kind === 'file')
            return true;
    }
    return false;
}
/** The SDK version global.json pins and its rollForward, if the repository has one that says. */
async function pinnedSdk(root) {
    const entry = await readWorkspaceFile(root, 'global.json', LIMIT);
    if (entry.kind !== 'file')
        return {};
    try {
        const sdk = JSON.parse(entry.text)?.sdk;
        return {
            ...(typeof sdk?.version === 'string' ? { sdkVersion: sdk.version } : {}),
            ...(typeof sdk?.rollForward === 'string' ? { sdkRollForward: sdk.rollForward } : {})
        };
    }
    catch {
        return {};
    }
}
/** An action file larger than this is not read: real ones are a few kilobytes. */
const MAX_ACTION_BYTES = 256 * 1024;
/** A local action's action.yml or action.yaml, read as every workspace file is: no link, bounded. */
async function readLocalAction(root, dir) {
    for (const name of ['action.yml', 'action.yaml']) {
        const relative = dir ? `${dir}/${name}` : name;
        const entry = await readWorkspaceFile(root, relative, MAX_ACTION_BYTES);
        if (entry.kind === 'file')
            return { path: entry.path, text: entry.text };
        if (entry.kind !== 'absent')
            return undefined;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/check/deadline.ts
var check_deadline = __nccwpck_require__(770);
;// CONCATENATED MODULE: ./src/check/reading/workflow-entries.ts


/** A workflow folder's entry as the analysis takes it: its text, or why it was not read. */
function sourceOf(entry) {
    const { path } = entry;
    switch (entry.kind) {
        case 'file':
            return { path, text: entry.text };
        case 'link':
            return unread(path, 'notice', 'Symbolic link not read', false, 'This is a symbolic link. GitHub does not follow links when it reads workflows, and neither does the check: it is not read.');
        case 'not-a-file':
            return unread(path, 'notice', 'Not a workflow file', false, `This is ${entry.what}, not a file: GitHub runs no workflow from it, and the check does not read it.`);
        case 'too-large':
            return unread(path, 'warning', 'GitHub refuses this file', true, `GitHub refuses this file: it is longer than the ${entry.limit.toLocaleString('en-US')} characters GitHub reads of a workflow, so no job in it runs. The check did not read it.`);
        case 'unreadable':
            return unread(path, 'warning', 'File not read', true, `The check could not read this file (${entry.reason}), so it is not judged; the other files were checked.`);
        case 'absent':
            return unread(path, 'notice', 'File not read', false, 'This file disappeared while the check read the folder; it is not judged.');
    }
}
function unread(path, level, title, counted, message) {
    return { path, text: '', unread: { level, title, message, counted } };
}
const isWorkflowName = (name) => /\.ya?ml$/i.test(name);
/**
 * The .yml and .yaml entries of a workflow folder under `root` (a real path), read one by one, each
 * with its text or why it was not read; the deadline is checked between them. Throws when the
 * folder itself is missing or not a folder.
 */
async function workflowSources(root, folder, deadline = check_deadline/* NO_DEADLINE */.ji) {
    const sources = [];
    for await (const entry of folderEntries(root, folder, isWorkflowName, MAX_WORKFLOW_CHARACTERS)) {
        deadline.enter(entry.path);
        sources.push(sourceOf(entry));
    }
    return sources;
}

// EXTERNAL MODULE: ./src/check/shell/words.ts
var words = __nccwpck_require__(9308);
;// CONCATENATED MODULE: ./src/check/shell/bash.ts

function bashParser(syntax) {
    const parser = syntax.NewParser(syntax.Variant(syntax.LangBash));
    return (script) => {
        const { text, expressions } = (0,words/* hideExpressions */.Ks)(script);
        const commands = [];
        const assignments = new Map();
        const loopVariables = new Set();
        const wordOf = (node) => (node.Parts ?? []).flatMap((part) => partsOf(part, true));
        const partsOf = (node, split) => {
            switch (syntax.NodeType(node)) {
                case 'Lit':
                case 'SglQuoted':
                    return (0,words/* restoreExpressions */.Ub)(node.Value ?? '', expressions);
                case 'DblQuoted':
                    return (node.Parts ?? []).flatMap((part) => partsOf(part, false));
                case 'ParamExp':
                    return [{ kind: 'variable', name: node.Param?.Value ?? '', split }];
                default:
                    return [{ kind: 'dynamic', split }];
            }
        };
        const assign = (node) => {
            const name = node.Name?.Value;
            const value = node.Value;
            if (name)
                assignments.set(name, value && typeof value === 'object' ? wordOf(value) : []);
        };
        // mvdan-sh's own Walk visits every word and position through Go reflection (milliseconds a
        // script); commands only sit in statements, so this walks statements alone.
        const visit = (statements) => {
            for (const statement of statements ?? [])
                command(statement.Cmd);
        };
        const command = (node) => {
            if (!node)
                return;
            switch (syntax.NodeType(node)) {
                case 'CallExpr': {
                    for (const assignment of node.Assigns ?? [])
                        assign(assignment);
                    const words = (node.Args ?? []).map(wordOf);
                    if (words.length > 0)
                        commands.push({ words, line: node.Pos().Line() });
                    return;
                }
                case 'DeclClause':
                    for (const argument of node.Args ?? [])
                        if (argument.Name)
                            assign(argument);
                    return;
                case 'IfClause':
                    visit(node.Cond);
                    visit(node.Then);
                    return command(node.Else);
                case 'WhileClause':
                    visit(node.Cond);
                    return visit(node.Do);
                case 'ForClause':
                    if (node.Loop?.Name?.Value)
                        loopVariables.add(node.Loop.Name.Value);
                    return visit(node.Do);
                case 'CaseClause':
                    for (const item of node.Items ?? [])
                        visit(item.Stmts);
                    return;
                case 'BinaryCmd':
                    return visit([node.X, node.Y].filter((statement) => statement !== undefined));
                case 'FuncDecl':
                    return visit(node.Body ? [node.Body] : []);
                case 'TimeClause':
                case 'CoprocClause':
                    return visit(node.Stmt ? [node.Stmt] : []);
                default:
                    return visit(node.Stmts);
            }
        };
        visit(parser.Parse(text, '').Stmts);
        return { commands, assignments, loopVariables };
    };
}
/** The tools with mvdan/sh's bash parser, loaded on demand: a bundle file of its own (1.5 MB). */
async function loadBashTools() {
    const { default: sh } = await __nccwpck_require__.e(/* import() */ 914).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2914, 23));
    return { bash: bashParser(sh.syntax) };
}

;// CONCATENATED MODULE: ./src/check/runtime.ts








function createCheckRuntime() {
    let real;
    // Every path is opened under the workspace's real location, and no link below it is followed.
    const root = () => (real ??= workspaceRoot(process.env.GITHUB_WORKSPACE || process.cwd()));
    return {
        getInput: (name) => getInput(name),
        // Findings quote workflow files a pull request can change: nothing they hold may reach the
        // runner as a command, or rearrange what a reader sees.
        info: (message) => info((0,log_text/* inertLog */.H_)(message)),
        annotate: (finding) => annotate(finding.level, (0,log_text/* inertValue */.YR)(finding.message), {
            title: (0,log_text/* inertValue */.YR)(finding.title),
            file: (0,log_text/* inertValue */.YR)(finding.file),
            startLine: finding.where.line,
            startColumn: finding.where.column
        }),
        setOutput: (name, value) => setOutput(name, value),
        setFailed: (message) => setFailed((0,log_text/* inertValue */.YR)(message)),
        writeSummary: (markdown) => appendSummary((0,log_text/* inertLog */.H_)(markdown)),
        readWorkflows: async (folder, deadline) => workflowSources(await root(), folder, deadline),
        readFacts: async () => {
            const event = process.env.GITHUB_EVENT_PATH;
            const eventText = event ? readOptionalText(event) : undefined;
            const real = await root();
            return {
                ...(process.env.GITHUB_REPOSITORY ? { repository: process.env.GITHUB_REPOSITORY } : {}),
                ...repositoryFacts(eventText),
                ...(await repositoryFileFacts(real))
            };
        },
        readAction: async (dir) => readLocalAction(await root(), dir),
        loadTools: loadBashTools
    };
}


/***/ }),

/***/ 5038:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  u: () => (/* binding */ readStepScript),
  o: () => (/* binding */ shellOf)
});

// EXTERNAL MODULE: ./src/check/model.ts
var model = __nccwpck_require__(4293);
// EXTERNAL MODULE: ./src/check/shell/words.ts
var shell_words = __nccwpck_require__(9308);
;// CONCATENATED MODULE: ./src/check/shell/pwsh.ts

const VARIABLE = /\$(?:env:)?([A-Za-z_]\w*)/iy;
const PLAIN_RUN = /[^\s'"$]+/y;
const ASSIGNED = /\$(?:env:)?([A-Za-z_]\w*)[ \t]*=[ \t]*/iy;
function parsePwsh(script) {
    const { text, expressions } = (0,shell_words/* hideExpressions */.Ks)(script);
    const commands = [];
    const assignments = new Map();
    for (const { start, line } of (0,shell_words/* logicalLines */.Nj)(text, continuedAt)) {
        for (const piece of splitStatements(withoutComment(line))) {
            const assignment = assignmentOf(piece.trim());
            if (assignment) {
                assignments.set(assignment.name, tokenize(assignment.value, expressions)[0] ?? []);
                continue;
            }
            const words = tokenize(piece, expressions).filter((word) => word.length > 0);
            if (words.length > 0)
                commands.push({ words, line: start });
        }
    }
    return { commands, assignments };
}
/** Where a line's continuation mark (a final backtick, or cmd's `^`) starts, or -1. */
function continuedAt(line) {
    const trimmed = line.trimEnd();
    const last = trimmed.at(-1);
    return last === '`' || last === '^' ? trimmed.length - 1 : -1;
}
/** The line up to a `#` at its start or after white space. */
function withoutComment(line) {
    for (let index = line.indexOf('#'); index >= 0; index = line.indexOf('#', index + 1)) {
        if (index === 0 || /\s/.test(line[index - 1]))
            return line.slice(0, index);
    }
    return line;
}
/** `$name = value`: the name and the value's text, when a statement is an assignment. */
function assignmentOf(statement) {
    ASSIGNED.lastIndex = 0;
    const match = ASSIGNED.exec(statement);
    if (!match)
        return undefined;
    const value = statement.slice(ASSIGNED.lastIndex);
    return value === '' ? undefined : { name: match[1], value };
}
function splitStatements(line) {
    const pieces = [];
    let current = [];
    let quote = '';
    for (const char of line) {
        if (quote) {
            if (char === quote)
                quote = '';
            current.push(char);
        }
        else if (char === '"' || char === "'") {
            quote = char;
            current.push(char);
        }
        else if (';|{}&'.includes(char)) {
            pieces.push(current.join(''));
            current = [];
        }
        else
            current.push(char);
    }
    pieces.push(current.join(''));
    return pieces;
}
/** The match of a sticky pattern at `index`, or undefined. */
function matchAt(pattern, text, index) {
    pattern.lastIndex = index;
    return pattern.exec(text) ?? undefined;
}
function tokenize(text, expressions) {
    const words = [];
    let word = [];
    let index = 0;
    const pushText = (value) => word.push(...(0,shell_words/* restoreExpressions */.Ub)(value, expressions));
    while (index < text.length) {
        const char = text[index];
        if (/\s/.test(char)) {
            if (word.length > 0)
                words.push(word);
            word = [];
            index++;
        }
        else if (char === "'" || char === '"') {
            const end = text.indexOf(char, index + 1);
            const stop = end < 0 ? text.length : end;
            const inside = text.slice(index + 1, stop);
            if (char === "'")
                pushText(inside);
            else
                word.push(...expand(inside, expressions));
            if (stop === index + 1)
                word.push({ kind: 'text', text: '' });
            index = stop + 1;
        }
        else if (char === '$') {
            const variable = matchAt(VARIABLE, text, index);
            if (variable) {
                word.push({ kind: 'variable', name: variable[1] });
                index += variable[0].length;
            }
            else {
                word.push({ kind: 'dynamic' });
                index = groupEnd(text, index);
            }
        }
        else {
            const run = matchAt(PLAIN_RUN, text, index)?.[0] ?? char;
            pushText(run);
            index += run.length;
        }
    }
    if (word.length > 0)
        words.push(word);
    return words;
}
function expand(text, expressions) {
    const parts = [];
    let index = 0;
    while (index < text.length) {
        const dollar = text.indexOf('$', index);
        if (dollar < 0) {
            parts.push(...(0,shell_words/* restoreExpressions */.Ub)(text.slice(index), expressions));
            break;
        }
        if (dollar > index)
            parts.push(...(0,shell_words/* restoreExpressions */.Ub)(text.slice(index, dollar), expressions));
        const variable = matchAt(VARIABLE, text, dollar);
        if (variable) {
            parts.push({ kind: 'variable', name: variable[1] });
            index = dollar + variable[0].length;
        }
        else {
            parts.push({ kind: 'dynamic' });
            index = groupEnd(text, dollar);
        }
    }
    return parts;
}
/** Where `$(...)` or `${...}` at `index` ends, or the next index for a lone `$`. */
function groupEnd(text, index) {
    const open = text[index + 1];
    const close = open === '(' ? ')' : open === '{' ? '}' : undefined;
    if (!close)
        return index + 1;
    const end = text.indexOf(close, index + 2);
    return end < 0 ? text.length : end + 1;
}

;// CONCATENATED MODULE: ./src/check/shell/bash-tokens.ts
// The tokens of a bash script simple enough to read without a parser: words of plain text,
// 'single' and "double" quotes, $NAME, ${NAME} and ${NAME} with an operator on plain text; the
// operators `&&`, `||`, `|` and `;`; redirections to a plain word (`>`, `>>`, `2>&1`, `&>`, `<`);
// line breaks, a `\` that continues a line, and comments. Anything else (substitutions, here
// documents, escapes, `&`, parentheses, braces) makes the script more than simple: undefined, and
// mvdan/sh reads it. One pass, character by character: no regular expression backtracks over a
// stranger's text.
/** Characters that end a word's plain text and are not read here. */
const UNREAD = new Set([...'`\\&|;<>(){}']);
/** What may follow a redirection's operator; anything else is not a plain word. */
const NOT_A_TARGET = new Set([...'\n\\;&|<>()#']);
function bashTokens(text) {
    return new Scanner(text).tokens();
}
class Scanner {
    text;
    found = [];
    index = 0;
    line = 1;
    pieces;
    wordLine = 1;
    literal = '';
    /** The word being read is a redirection's target, left out of the command. */
    target = false;
    constructor(text) {
        this.text = text;
    }
    tokens() {
        while (this.index < this.text.length) {
            if (!this.step(this.text[this.index]))
                return undefined;
        }
        this.endWord();
        return this.target ? undefined : this.found;
    }
    /** Reads what starts at `char`; false when it is more than simple. */
    step(char) {
        if (char === ' ' || char === '\t') {
            this.endWord();
            this.index++;
        }
        else if (char === '\n') {
            this.endWord();
            if (this.target)
                return false;
            this.found.push({ kind: 'operator', operator: '\n', line: this.line++ });
            this.index++;
        }
        else if (char === '\\') {
            // A line continued: gone, even inside a word, as bash and mvdan/sh drop it.
            if (this.text[this.index + 1] !== '\n')
                return false;
            this.line++;
            this.index += 2;
        }
        else if (char === '#' && !this.pieces) {
            while (this.index < this.text.length && this.text[this.index] !== '\n')
                this.index++;
            // mvdan/sh continues a comment that ends in `\`, where bash does not.
            if (this.text[this.index - 1] === '\\')
                return false;
        }
        else if (char === '#' && this.literal === '') {
            // Right after a quote or a variable, mvdan/sh starts a comment where bash does not.
            return false;
        }
        else if (char === "'" || char === '"' || char === '$') {
            return this.quotedOrVariable(char);
        }
        else if (char === '>' ||
            char === '<' ||
            (char === '&' && this.text[this.index + 1] === '>')) {
            return this.redirection();
        }
        else if (char === '&' || char === '|' || char === ';') {
            this.endWord();
            const operator = operatorAt(this.text, this.index);
            if (!operator || this.target)
                return false;
            this.found.push({ kind: 'operator', operator, line: this.line });
            this.index += operator.length;
        }
        else if (UNREAD.has(char) || /\s/.test(char)) {
            return false;
        }
        else {
            this.startWord();
            // mvdan/sh ends a run of plain text at a `[` unless the run began with one: `a[b[c` is
            // `a` then `[b[c`.
            if (char === '[' && this.literal !== '' && this.literal[0] !== '[')
                this.flushLiteral();
            this.literal += char;
            this.index++;
        }
        return true;
    }
    quotedOrVariable(char) {
        this.startWord();
        this.flushLiteral();
        if (char === "'") {
            const end = this.text.indexOf("'", this.index + 1);
            if (end < 0)
                return false;
            const quoted = this.text.slice(this.index + 1, end);
            this.pieces?.push({ kind: 'single', text: quoted });
            this.line += countLines(quoted);
            this.index = end + 1;
        }
        else if (char === '"') {
            const quoted = doubleQuoted(this.text, this.index + 1);
            if (!quoted)
                return false;
            this.pieces?.push({ kind: 'double', pieces: quoted.pieces });
            this.line += quoted.lines;
            this.index = quoted.end + 1;
        }
        else {
            const variable = variableAt(this.text, this.index);
            if (!variable)
                return false;
            this.pieces?.push({ kind: 'variable', name: variable.name });
            this.index = variable.end;
        }
        return true;
    }
    /**
     * `>`, `>>`, `<`, `>&`, `<&`, `&>` or `&>>`, after a file descriptor's digits or not, and the
     * plain word it redirects to: neither is a word of the command, as in mvdan/sh's tree.
     */
    redirection() {
        if (this.target)
            return false;
        // Digits right before the operator are its file descriptor, as mvdan/sh reads them.
        if (/^\d+$/.test(this.literal)) {
            this.literal = '';
            if (this.pieces?.length === 0)
                this.pieces = undefined;
        }
        this.endWord();
        const operator = REDIRECTIONS.find((candidate) => this.text.startsWith(candidate, this.index));
        if (!operator || '<>|('.includes(this.text[this.index + operator.length] ?? ''))
            return false;
        this.index += operator.length;
        while (this.text[this.index] === ' ' || this.text[this.index] === '\t')
            this.index++;
        const next = this.text[this.index];
        if (next === undefined || NOT_A_TARGET.has(next))
            return false;
        this.found.push({ kind: 'redirection', line: this.line });
        this.target = true;
        return true;
    }
    flushLiteral() {
        if (this.literal !== '')
            this.pieces?.push({ kind: 'literal', text: this.literal });
        this.literal = '';
    }
    endWord() {
        this.flushLiteral();
        if (this.pieces && this.target)
            this.target = false;
        else if (this.pieces)
            this.found.push({ kind: 'word', pieces: this.pieces, line: this.wordLine });
        this.pieces = undefined;
    }
    startWord() {
        if (this.pieces)
            return;
        this.pieces = [];
        this.wordLine = this.line;
    }
}
/** Longest first. */
const REDIRECTIONS = ['&>>', '&>', '>>', '>&', '<&', '>', '<'];
function operatorAt(text, index) {
    const char = text[index];
    const next = text[index + 1];
    if (char === '&')
        return next === '&' ? '&&' : undefined;
    if (char === '|')
        return next === '|' ? '||' : next === '&' ? undefined : '|';
    return next === ';' || next === '&' ? undefined : ';';
}
/** A double-quoted text from `from`: its pieces, the index of its closing quote, its line breaks. */
function doubleQuoted(text, from) {
    const pieces = [];
    let literal = '';
    let lines = 0;
    let index = from;
    while (index < text.length) {
        const char = text[index];
        if (char === '"') {
            if (literal !== '')
                pieces.push({ kind: 'literal', text: literal });
            return { pieces, end: index, lines };
        }
        if (char === '`' || char === '\\')
            return undefined;
        if (char === '$') {
            const variable = variableAt(text, index);
            if (!variable)
                return undefined;
            if (literal !== '')
                pieces.push({ kind: 'literal', text: literal });
            literal = '';
            pieces.push({ kind: 'variable', name: variable.name });
            index = variable.end;
        }
        else {
            if (char === '\n')
                lines++;
            literal += char;
            index++;
        }
    }
    return undefined;
}
/**
 * `$NAME`, `${NAME}`, or `${NAME` and an operator on plain text `}` (`${REF#refs/tags/}`,
 * `${V:-1.0}`) at `index`: the name and where it ends; undefined for anything else. mvdan/sh's
 * tree gives the variable alone for each, which is all the check reads of them.
 */
function variableAt(text, index) {
    const braced = text[index + 1] === '{';
    const nameStart = index + (braced ? 2 : 1);
    let end = nameStart;
    if (!isNameStart(text[end]))
        return undefined;
    while (end < text.length && isNameChar(text[end]))
        end++;
    const name = text.slice(nameStart, end);
    if (!braced)
        return { name, end };
    if (text[end] === '}')
        return { name, end: end + 1 };
    const operator = EXPANSION_OPERATORS.find((candidate) => text.startsWith(candidate, end));
    if (!operator)
        return undefined;
    for (let at = end + operator.length; at < text.length; at++) {
        const char = text[at];
        if (char === '}')
            return { name, end: at + 1 };
        if (NOT_IN_EXPANSION.has(char))
            return undefined;
    }
    return undefined;
}
/** Longest first, so `##` is not read as `#`. */
const EXPANSION_OPERATORS = ['##', '%%', ':-', ':+', ':=', '//', '#', '%', '-', '+', '=', '/'];
const NOT_IN_EXPANSION = new Set([...'$`\\"\'{}\n[]()<>|&;!@^, \t']);
function countLines(text) {
    let count = 0;
    for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1))
        count++;
    return count;
}
const isNameStart = (char) => char !== undefined &&
    ((char >= 'A' && char <= 'Z') || (char >= 'a' && char <= 'z') || char === '_');
const isNameChar = (char) => isNameStart(char) || (char !== undefined && char >= '0' && char <= '9');

;// CONCATENATED MODULE: ./src/check/shell/simple-bash.ts
// Bash scripts simple enough to read without a parser: the words of bash-tokens.ts (quotes,
// variables and `${NAME#...}` expansions, redirections set aside), commands joined by `&&`, `||`,
// `|`, `;` and line breaks, assignments (`NAME=`, `export NAME=`), and `for`, `while`, `until` and
// `if` around them. Anything else goes to mvdan/sh; this only spares loading it (tens of
// milliseconds) for the scripts most releases run. Both readers give the same commands,
// assignments and loop variables for every script this one reads: a seeded comparison of the two
// holds that (test/unit/check/shell/simple-bash.test.ts).


/** Words bash reads as its grammar's at the start of a command; only the four loops and `if` here. */
const RESERVED = new Set([
    ...['then', 'do', 'done', 'fi', 'else', 'elif', 'esac', 'in', 'case', 'function', 'select'],
    ...['time', 'coproc', '!', '[[', ']]', 'let']
]);
/** mvdan/sh's declaration clauses: their arguments are assignments, not a command. */
const DECLARATIONS = new Set(['declare', 'local', 'export', 'readonly', 'typeset', 'nameref']);
const ASSIGNMENT = /^([A-Za-z_]\w*)\+?=/;
const MAX_DEPTH = 16;
const COMPOUNDS = new Set(['for', 'while', 'until', 'if']);
class NotSimple extends Error {
}
/** The script's commands, or undefined when it is not simple. */
function readSimpleBash(script) {
    const { text, expressions } = (0,shell_words/* hideExpressions */.Ks)(script);
    const tokens = bashTokens(text);
    if (!tokens)
        return undefined;
    const reader = new Reader(tokens, expressions);
    try {
        reader.list(new Set(), 0);
    }
    catch (error) {
        if (error instanceof NotSimple)
            return undefined;
        throw error;
    }
    return { commands: reader.commands, assignments: reader.assignments, loopVariables: reader.loops };
}
class Reader {
    commands = [];
    assignments = new Map();
    loops = new Set();
    at = 0;
    tokens;
    expressions;
    constructor(tokens, expressions) {
        this.tokens = tokens;
        this.expressions = expressions;
    }
    /** Statements up to one of `ends` (or the end of the script when there is none): the one met. */
    list(ends, depth) {
        let statements = 0;
        for (;;) {
            while (this.isOperator('\n'))
                this.at++;
            const token = this.tokens[this.at];
            if (!token) {
                if (ends.size > 0)
                    throw new NotSimple();
                return '';
            }
            const keyword = plainText(token);
            if (keyword !== undefined && ends.has(keyword)) {
                if (statements === 0)
                    throw new NotSimple();
                this.at++;
                return keyword;
            }
            this.andOr(depth);
            statements++;
        }
    }
    /** Commands joined by `&&`, `||` and `|`, and the `;` or line break that ends them. */
    andOr(depth) {
        for (;;) {
            this.command(depth);
            while (this.tokens[this.at]?.kind === 'redirection')
                this.at++;
            const token = this.tokens[this.at];
            if (!token)
                return;
            if (token.kind !== 'operator')
                throw new NotSimple();
            this.at++;
            if (token.operator === ';' || token.operator === '\n')
                return;
            while (this.isOperator('\n'))
                this.at++;
        }
    }
    command(depth) {
        const token = this.tokens[this.at];
        const keyword = plainText(token);
        if (COMPOUNDS.has(keyword ?? '') && depth >= MAX_DEPTH)
            throw new NotSimple();
        if (keyword === 'for')
            return this.forLoop(depth + 1);
        if (keyword === 'while' || keyword === 'until')
            return this.whileLoop(depth + 1);
        if (keyword === 'if')
            return this.ifClause(depth + 1);
        if (keyword !== undefined && RESERVED.has(keyword))
            throw new NotSimple();
        const words = [];
        let redirected = false;
        for (let next = token; next && next.kind !== 'operator'; next = this.tokens[++this.at]) {
            if (next.kind === 'word')
                words.push(next);
            else
                redirected = true;
        }
        if (words.length === 0 && !redirected)
            throw new NotSimple();
        this.simpleCommand(words, redirected);
    }
    simpleCommand(words, redirected) {
        const line = words[0]?.line ?? 1;
        let first = 0;
        while (first < words.length && this.assign(words[first]?.pieces ?? []))
            first++;
        const rest = words.slice(first);
        const name = rest[0] ? plainText(rest[0]) : undefined;
        if (name !== undefined && DECLARATIONS.has(name)) {
            // mvdan/sh refuses some redirections among a declaration's arguments: left to it.
            if (first > 0 || redirected)
                throw new NotSimple();
            for (const argument of rest.slice(1))
                this.declaration(argument.pieces);
            return;
        }
        if (rest.length > 0)
            this.commands.push({ words: rest.map((word) => this.word(word.pieces)), line });
    }
    /** `NAME=value` or `NAME+=value` at the start of a command: recorded, and true. */
    assign(pieces) {
        const [head, ...tail] = pieces;
        if (head?.kind !== 'literal')
            return false;
        const next = tail[0];
        if (isName(head.text) && next?.kind === 'literal' && next.text.startsWith('[')) {
            throw new NotSimple();
        }
        const match = ASSIGNMENT.exec(head.text);
        if (!match)
            return false;
        const value = head.text.slice(match[0].length);
        const valuePieces = value === '' ? tail : [{ kind: 'literal', text: value }, ...tail];
        this.assignments.set(match[1], this.word(valuePieces));
        return true;
    }
    /** An argument of `export` and its kind: an assignment, a bare name, or an option. */
    declaration(pieces) {
        if (this.assign(pieces))
            return;
        const text = plainText({ pieces });
        if (text !== undefined && /^[-+]/.test(text))
            return;
        if (text === undefined || !isName(text))
            throw new NotSimple();
        this.assignments.set(text, []);
    }
    forLoop(depth) {
        this.at++;
        const name = plainText(this.tokens[this.at]);
        if (name === undefined || !isName(name))
            throw new NotSimple();
        this.at++;
        if (plainText(this.tokens[this.at]) === 'in') {
            this.at++;
            while (this.tokens[this.at]?.kind === 'word')
                this.at++;
        }
        if (!this.isOperator(';') && !this.isOperator('\n'))
            throw new NotSimple();
        this.at++;
        while (this.isOperator('\n'))
            this.at++;
        if (plainText(this.tokens[this.at]) !== 'do')
            throw new NotSimple();
        this.at++;
        this.loops.add(name);
        this.list(new Set(['done']), depth);
    }
    whileLoop(depth) {
        this.at++;
        this.list(new Set(['do']), depth);
        this.list(new Set(['done']), depth);
    }
    ifClause(depth) {
        this.at++;
        for (;;) {
            this.list(new Set(['then']), depth);
            const end = this.list(new Set(['elif', 'else', 'fi']), depth);
            if (end === 'fi')
                return;
            if (end === 'else') {
                this.list(new Set(['fi']), depth);
                return;
            }
        }
    }
    isOperator(operator) {
        const token = this.tokens[this.at];
        return token?.kind === 'operator' && token.operator === operator;
    }
    word(pieces) {
        return pieces.flatMap((piece) => {
            switch (piece.kind) {
                case 'literal':
                case 'single':
                    return (0,shell_words/* restoreExpressions */.Ub)(piece.text, this.expressions);
                case 'variable':
                    return [{ kind: 'variable', name: piece.name, split: true }];
                case 'double':
                    return piece.pieces.flatMap((inner) => inner.kind === 'variable'
                        ? [{ kind: 'variable', name: inner.name, split: false }]
                        : (0,shell_words/* restoreExpressions */.Ub)(inner.text, this.expressions));
            }
        });
    }
}
/** The text of a word of unquoted plain text alone; undefined for any other token. */
function plainText(token) {
    const pieces = token && 'pieces' in token ? token.pieces : undefined;
    return pieces?.length === 1 && pieces[0]?.kind === 'literal' ? pieces[0].text : undefined;
}
function isName(text) {
    return isNameStart(text[0]) && /^\w+$/.test(text);
}

;// CONCATENATED MODULE: ./src/check/shell/scripts.ts
// The commands of a `run:` step, read by the shell that runs it, with variables resolved from the
// script's own assignments and the step's, job's and workflow's `env:`.




/** The shell GitHub runs a step with: its own `shell:`, the defaults, else by the runner's OS. */
function shellOf(workflow, job, step) {
    const defaults = (value) => (0,model/* text */.Qq)(value?.run?.shell);
    const named = (0,model/* text */.Qq)(step.shell) || defaults(job.defaults) || defaults(workflow.defaults);
    if (named)
        return /^(pwsh|powershell|cmd)\b/i.test(named) ? 'pwsh' : 'bash';
    return /windows/i.test(JSON.stringify(job['runs-on'] ?? '')) ? 'pwsh' : 'bash';
}
function readStepScript(workflow, job, step, bash, needs) {
    const source = (0,model/* text */.Qq)(step.run);
    if (!source)
        return undefined;
    const pwsh = shellOf(workflow, job, step) === 'pwsh';
    let script;
    try {
        script = pwsh ? parsePwsh(source) : (readSimpleBash(source) ?? bash?.(source));
    }
    catch {
        return undefined;
    }
    if (!script) {
        needs?.add('bash');
        return undefined;
    }
    // PowerShell's variables, and Windows' environment, ignore case.
    const key = (name) => (pwsh ? name.toLowerCase() : name);
    const env = new Map();
    for (const block of [workflow, job, step]) {
        for (const [name, word] of envWords(block.env))
            env.set(key(name), word);
    }
    const { loopVariables, commands } = script;
    const assignments = new Map([...script.assignments].map(([name, word]) => [key(name), word]));
    const lookup = (name) => assignments.get(key(name)) ?? env.get(key(name));
    const resolve = (word, depth = 0) => word.flatMap((part) => {
        if (depth > 4)
            return [part];
        // `${{ env.NAME }}` is the env: value GitHub substitutes before the shell starts.
        const fromEnv = part.kind === 'expression' ? /^env\.([A-Za-z_]\w*)$/.exec(part.inner)?.[1] : undefined;
        const value = part.kind === 'variable' ? lookup(part.name) : fromEnv ? env.get(key(fromEnv)) : undefined;
        return value ? resolve(value, depth + 1) : [part];
    });
    return {
        commands,
        resolve: (word) => resolve(word),
        isSet: (name) => lookup(name) !== undefined,
        isLoopVariable: (name) => loopVariables?.has(name) ?? false
    };
}
/** Each `env:` block's values as words, read once however many steps see the block. */
const ENV_WORDS = new WeakMap();
function envWords(env) {
    if (!env || typeof env !== 'object')
        return [];
    let words = ENV_WORDS.get(env);
    if (!words) {
        words = Object.entries(env).map(([name, value]) => [name, envWord(value)]);
        ENV_WORDS.set(env, words);
    }
    return words;
}
function envWord(value) {
    const { text: hidden, expressions } = (0,shell_words/* hideExpressions */.Ks)((0,model/* text */.Qq)(value));
    return (0,shell_words/* restoreExpressions */.Ub)(hidden, expressions);
}


/***/ }),

/***/ 9308:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ks: () => (/* binding */ hideExpressions),
/* harmony export */   Nj: () => (/* binding */ logicalLines),
/* harmony export */   SJ: () => (/* binding */ leadingText),
/* harmony export */   Ub: () => (/* binding */ restoreExpressions),
/* harmony export */   eu: () => (/* binding */ literal)
/* harmony export */ });
/* harmony import */ var _expressions_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2593);
// A shell command as the check sees it: words made of literal text, `${{ }}` expressions (which
// GitHub substitutes before the shell starts), variables and parts only the run can know.

const PLACEHOLDER = /__GHX(\d+)__/g;
/** Replaces each `${{ }}` with a placeholder the shell reads as plain text, as GitHub substitutes it. */
function hideExpressions(script) {
    const expressions = [];
    const pieces = [];
    let last = 0;
    for (const { start, end, inner } of (0,_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .expressionsIn */ .l$)(script)) {
        pieces.push(script.slice(last, start), `__GHX${expressions.length}__`);
        expressions.push(inner);
        last = end;
    }
    pieces.push(script.slice(last));
    return { text: pieces.join(''), expressions };
}
/** Text parts back into text and expression parts. */
function restoreExpressions(text, expressions) {
    const parts = [];
    let last = 0;
    for (const match of text.matchAll(PLACEHOLDER)) {
        if (match.index > last)
            parts.push({ kind: 'text', text: text.slice(last, match.index) });
        parts.push({ kind: 'expression', inner: expressions[Number(match[1])] ?? '' });
        last = match.index + match[0].length;
    }
    if (last < text.length)
        parts.push({ kind: 'text', text: text.slice(last) });
    return parts;
}
/** The literal text of a word, if it has nothing but text. */
function literal(word) {
    if (!word || word.some((part) => part.kind !== 'text'))
        return undefined;
    return word.map((part) => part.text).join('');
}
/** The text a word starts with, up to its first part that is not text. */
function leadingText(word) {
    let text = '';
    for (const part of word) {
        if (part.kind !== 'text')
            break;
        text += part.text;
    }
    return text;
}
/**
 * A script's logical lines: a physical line that `continuedAt` says is continued (the index where
 * its continuation mark starts, or -1) is joined to the next one with a space, the mark dropped.
 * `start` is the 1-based line where each logical line begins.
 */
function logicalLines(text, continuedAt) {
    const lines = text.split(/\r?\n/);
    const logical = [];
    for (let index = 0; index < lines.length; index++) {
        const start = index + 1;
        const pieces = [];
        let line = lines[index];
        let mark = continuedAt(line);
        while (mark >= 0 && index + 1 < lines.length) {
            pieces.push(line.slice(0, mark), ' ');
            line = lines[++index];
            mark = continuedAt(line);
        }
        pieces.push(line);
        logical.push({ start, line: pieces.join('') });
    }
    return logical;
}


/***/ }),

/***/ 8758:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GX: () => (/* binding */ KEY_NAME),
/* harmony export */   JF: () => (/* binding */ BUILD_SCRIPT),
/* harmony export */   mi: () => (/* binding */ findStoredKeyPushes)
/* harmony export */ });
/* unused harmony exports secretsIn, destinationOfText */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4293);
/* harmony import */ var _push_push_command_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(495);
/* harmony import */ var _shell_scripts_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5038);
/* harmony import */ var _shell_words_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9308);
/* harmony import */ var _nuget_config_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9389);
// Every push to nuget.org that uses a stored API key (a repository secret), whatever its shape:
// the .NET or NuGet client, setapikey, a build script, a marketplace action or a reusable workflow.





const SECRET = /\bsecrets\.([A-Za-z_][\w-]*)/g;
const NOT_A_KEY = /^(GITHUB_TOKEN|GH_TOKEN)$/i;
const NUGET_ORG = /(^|[/.\s"'])nuget\.org\b/i;
const OTHER_FEEDS = /nuget\.pkg\.github\.com|pkgs\.dev\.azure\.com|\.visualstudio\.com|myget\.org|feedz\.io|nugettest\.org|cloudsmith|jfrog|artifactory|nexus|\/_packaging\//i;
/**
 * A build or push script of the repository (`./build.sh`, `build.ps1`, `./tools/push.ps1`,
 * `build.cmd`) or a build tool (Cake, Nuke, FAKE), which may push with a key it is handed.
 */
const BUILD_SCRIPT = /(^|[\s;&|(])((?:\.{0,2}[\\/]|[\w.-]+[\\/])[\w./\\-]*\.(?:sh|ps1|psm1|cmd|bat|fsx|cake)|build\.(?:sh|ps1|cmd|bat|fsx|cake)|dotnet\s+(?:tool\s+run\s+)?(?:dotnet-)?(?:cake|nuke|fake|make|run)|nuke|dotnet\s+fsi\s+\S*build\.fsx)(?=$|[\s"';&|)])/im;
/** A script that only tests or prints the key, which is not a push. */
const ONLY_CHECKS = /^(?:[ \t]*(?:(?:echo|printf|test|\[\[?|if|then|else|fi|exit)\b[^\n]*|#[^\n]*)?(?:\n|$))+$/;
/** Marketplace actions that push to nuget.org unless told another source. */
const PUSH_ACTIONS = /^(brandedoutcast\/publish-nuget|alirezanet\/publish-nuget|rohith\/publish-nuget|rebel028\/publish-nuget|elgohr\/publish-nuget)@/i;
/** Actions that set up tools or feeds: their key inputs are not a push. */
const NOT_PUSH_ACTIONS = /^(nuget\/setup-nuget|actions\/setup-dotnet)@/i;
/** A step that may run the client's push or setapikey; only these are parsed. */
const CLIENT_COMMAND = /nuget(?:\.exe)?["']?\s+(?:\\\s*)?(push|setapikey)\b/i;
const KEY_INPUT = /key|token/i;
/** A name that says it holds a NuGet key (an API key for some other service does not). */
const KEY_NAME = /nuget/i;
/** The secrets a text reads, the job's own token aside. */
function secretsIn(value) {
    return [...(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(value).matchAll(SECRET)]
        .map((match) => match[1])
        .filter((name) => !NOT_A_KEY.test(name));
}
function findStoredKeyPushes(files, context = {}) {
    const configSource = context.defaultPushSource ??
        (context.nugetConfig ? (0,_nuget_config_js__WEBPACK_IMPORTED_MODULE_4__/* .defaultPushSourceOf */ .K)(context.nugetConfig) : undefined);
    return files.flatMap((file) => (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .jobsOf */ .aG)(file.data).flatMap(([jobId, job]) => {
        if (typeof job.uses === 'string')
            return reusableCall(file, files, jobId, job, context);
        const steps = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .stepsOf */ .B_)(job);
        const found = [];
        steps.forEach((step, index) => {
            const where = { file, jobId, job, steps, index, configSource, tools: context.tools ?? {} };
            found.push(...pushesOfStep(step, where));
        });
        // A key stored by setapikey matters only to a push that comes after it.
        return found.filter((push) => push.shape !== 'setapikey' || pushesAfter(steps, push.stepIndex));
    }));
}
const CLIENT_PUSH = /nuget(?:\.exe)?["']?\s+push\b/i;
function pushesAfter(steps, index) {
    const own = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(steps[index]?.run);
    const setAt = own.search(/setapikey/i);
    if (setAt >= 0 && CLIENT_PUSH.test(own.slice(setAt)))
        return true;
    return steps
        .slice(index + 1)
        .some((step) => CLIENT_PUSH.test((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(step.run)) || BUILD_SCRIPT.test((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(step.run)));
}
function pushesOfStep(step, place) {
    if ((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isLoginStep */ .ai)(step))
        return [];
    if (typeof step.uses === 'string')
        return actionPush(step, place);
    if (!(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(step.run))
        return [];
    const { file, job, tools } = place;
    // Only a script that can see a secret can push with a stored key: others are not read at all,
    // which spares loading mvdan/sh for them.
    const script = CLIENT_COMMAND.test((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(step.run)) && seesSecret(file, job, step)
        ? (0,_shell_scripts_js__WEBPACK_IMPORTED_MODULE_2__/* .readStepScript */ .u)(file.data, job, step, tools.bash, tools.needs)
        : undefined;
    const commands = script ? clientPushes(step, script, place) : [];
    return commands.length > 0 ? commands : buildScriptPush(step, place);
}
/** Whether a step's script or any `env:` it inherits reads a secret. */
function seesSecret(file, job, step) {
    return (mentionsSecrets(step.run) || mentionsSecrets(step.env) || inherited(job) || inherited(file.data));
}
const mentionsSecrets = (value) => JSON.stringify(value ?? '').includes('secrets.');
/** A job's or workflow's `env:`, judged once however many steps ask. */
const secretEnv = new WeakMap();
function inherited(block) {
    const known = secretEnv.get(block);
    if (known !== undefined)
        return known;
    const reads = mentionsSecrets(block.env);
    secretEnv.set(block, reads);
    return reads;
}
/** `dotnet nuget push`, `nuget push`, and `setapikey` in a step's script. */
function clientPushes(step, script, place) {
    const raw = { ...script, resolve: (word) => word };
    const found = [];
    const pushes = (0,_push_push_command_js__WEBPACK_IMPORTED_MODULE_1__/* .pushCommandsIn */ .S)(script);
    const rawPushes = (0,_push_push_command_js__WEBPACK_IMPORTED_MODULE_1__/* .pushCommandsIn */ .S)(raw);
    pushes.forEach((push, at) => {
        const rawKey = rawPushes[at]?.values.get('--api-key');
        const key = push.values.get('--api-key');
        const key$ = key ?? (push.tool === 'dotnet' ? implicitKey(script) : undefined);
        const secret = key$ ? secretOfWord(key$) : undefined;
        if (!secret)
            return;
        const source = push.values.get('--source');
        const fallback = source
            ? undefined
            : push.tool === 'nuget' && !place.configSource
                ? { destination: 'nuget.org', sourceFrom: 'client default' }
                : defaultDestination(place);
        found.push({
            ...placeOf(place),
            shape: push.tool === 'dotnet' ? 'dotnet nuget push' : 'nuget push',
            secret,
            via: viaOf(rawKey, key === undefined, step, place),
            destination: source ? destinationOfWord(source) : (fallback?.destination ?? 'unknown'),
            ...(source && destinationOfWord(source) === 'unknown' ? { runTimeSource: true } : {}),
            ...(fallback?.sourceFrom ? { sourceFrom: fallback.sourceFrom } : {})
        });
    });
    for (const command of script.commands) {
        const setApiKey = readSetApiKey(command.words.map((word) => script.resolve(word)));
        if (!setApiKey)
            continue;
        const secret = secretOfWord(setApiKey.key);
        if (!secret)
            continue;
        const rawWords = command.words;
        const rawKey = readSetApiKey(rawWords)?.key;
        found.push({
            ...placeOf(place),
            shape: 'setapikey',
            secret,
            via: viaOf(rawKey, false, step, place),
            destination: setApiKey.source ? destinationOfWord(setApiKey.source) : 'nuget.org'
        });
    }
    return found;
}
/** The key word and source of `dotnet nuget setapikey KEY` or `nuget setapikey KEY`. */
function readSetApiKey(words) {
    const names = words.map((word) => (0,_shell_words_js__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .eu)(word)
        ?.toLowerCase()
        .replace(/^.*[\\/]/, ''));
    const at = names.findIndex((name, index) => name === 'setapikey' &&
        (/^nuget(\.exe)?$/.test(names[index - 1] ?? '') ||
            (names[index - 1] === 'nuget' && /^dotnet(\.exe)?$/.test(names[index - 2] ?? ''))));
    if (at < 0)
        return undefined;
    let key;
    let source;
    for (let index = at + 1; index < words.length; index++) {
        const name = names[index];
        if (name && /^(-s|--source|-source)$/.test(name))
            source = words[++index];
        else if (!name?.startsWith('-') && !key)
            key = words[index];
    }
    return key ? { key, ...(source ? { source } : {}) } : undefined;
}
/** The key `dotnet nuget push` reads from NUGET_API_KEY when no `--api-key` is given. */
function implicitKey(script) {
    if (!script.isSet('NUGET_API_KEY'))
        return undefined;
    return script.resolve([{ kind: 'variable', name: 'NUGET_API_KEY' }]);
}
/** A build script handed a NuGet key in its step's `env:`, its arguments, or the job's env. */
function buildScriptPush(step, place) {
    const run = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(step.run);
    const argued = secretsIn(run).some((secret) => KEY_NAME.test(secret));
    if (!BUILD_SCRIPT.test(run) && (!argued || ONLY_CHECKS.test(run)))
        return [];
    const inherited = [place.job.env, place.file.data.env];
    const candidates = [];
    for (const [name, value] of Object.entries(step.env ?? {})) {
        if (/^NUGET_AUTH_TOKEN$/i.test(name))
            continue;
        for (const secret of secretsIn(value)) {
            if (KEY_NAME.test(name) || KEY_NAME.test(secret)) {
                candidates.push({ secret, via: `the step's env: ${name}` });
            }
        }
    }
    for (const secret of secretsIn(run)) {
        if (KEY_NAME.test(secret))
            candidates.push({ secret, via: 'an argument of the script' });
    }
    inherited.forEach((env, level) => {
        for (const [name, value] of Object.entries(env ?? {})) {
            if (!KEY_NAME.test(name) || /^NUGET_AUTH_TOKEN$/i.test(name))
                continue;
            for (const secret of secretsIn(value)) {
                candidates.push({ secret, via: `the ${level === 0 ? "job's" : "workflow's"} env: ${name}` });
            }
        }
    });
    const [first] = candidates;
    if (!first)
        return [];
    const handed = [run, ...Object.values(step.env ?? {}).map(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)].join('\n');
    const elsewhere = OTHER_FEEDS.test(handed);
    const destination = elsewhere && !NUGET_ORG.test(handed) ? 'other' : 'nuget.org';
    return [
        {
            ...placeOf(place),
            shape: 'build script',
            secret: first.secret,
            via: first.via,
            destination,
            ...(elsewhere && destination === 'nuget.org' ? { alsoElsewhere: true } : {})
        }
    ];
}
/** A marketplace action given the key as an input. */
function actionPush(step, place) {
    const uses = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(step.uses);
    if (/^nuget\/setup-nuget@/i.test(uses))
        return setupNugetKey(step, place);
    if (NOT_PUSH_ACTIONS.test(uses))
        return [];
    const known = PUSH_ACTIONS.test(uses);
    if (!known && !/nuget/i.test(uses))
        return [];
    const inputs = Object.entries(step.with ?? {});
    const keyInput = inputs.find(([name, value]) => KEY_INPUT.test(name) && secretsIn(value).length > 0);
    if (!keyInput)
        return [];
    const source = inputs.find(([name]) => /source|feed|url/i.test(name))?.[1];
    const destination = source
        ? destinationOfText((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(source))
        : known
            ? 'nuget.org'
            : 'unknown';
    return [
        {
            ...placeOf(place),
            shape: 'push action',
            secret: secretsIn(keyInput[1])[0],
            via: `the input ${keyInput[0]}`,
            destination
        }
    ];
}
/** NuGet/setup-nuget's `nuget-api-key` runs `nuget setapikey` for the pushes after it. */
function setupNugetKey(step, place) {
    const [secret] = secretsIn(step.with?.['nuget-api-key']);
    if (!secret)
        return [];
    const source = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(step.with?.['nuget-api-key-source']);
    return [
        {
            ...placeOf(place),
            shape: 'setapikey',
            secret,
            via: 'the input nuget-api-key',
            destination: source ? destinationOfText(source) : 'nuget.org'
        }
    ];
}
/** Whether a call to another repository's workflow says it pushes packages to NuGet. */
function pushesToNuget(uses, inputs) {
    const entries = Object.entries(inputs ?? {});
    const off = entries.some(([name, value]) => /nuget/i.test(name) && /push|publish/i.test(name) && /^false$/i.test((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(value)));
    if (off)
        return false;
    return /nuget/i.test(uses) || entries.some(([name]) => /nuget/i.test(name));
}
/** A job that hands a NuGet key to a reusable workflow: this repository's, or another's. */
function reusableCall(file, files, jobId, job, context) {
    const uses = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(job.uses);
    const local = uses.startsWith('./');
    const inherit = job.secrets === 'inherit';
    const named = Object.entries(job.secrets && typeof job.secrets === 'object' ? job.secrets : {}).flatMap(([name, value]) => secretsIn(value).map((secret) => ({ name, secret })));
    const base = { file, jobId, calls: uses };
    if (!local) {
        const key = named.find(({ name, secret }) => KEY_NAME.test(name) || KEY_NAME.test(secret));
        // `secrets: inherit` hands over every secret, a NuGet key among them only if the call is about
        // pushing to NuGet: its path or an input says so, and no input turns the push off.
        if (!key && !(inherit && pushesToNuget(uses, job.with)))
            return [];
        return [
            {
                ...base,
                shape: 'remote reusable workflow',
                secret: key?.secret ?? 'NUGET_API_KEY',
                via: inherit ? 'secrets: inherit' : `secrets: ${key?.name}`,
                destination: 'unknown'
            }
        ];
    }
    const called = files.find((other) => other.path === uses.slice(2).split('@', 1)[0]);
    if (!called || called === file)
        return [];
    const pushes = calledPushes(called, context).filter((push) => push.destination === 'nuget.org' && push.shape !== 'local reusable workflow');
    // Every caller grants the called workflow's token, whether or not it passes the key.
    const [push] = pushes;
    if (!push)
        return [];
    const name = named.find((entry) => entry.name === push.secret);
    return [
        {
            ...base,
            shape: 'local reusable workflow',
            secret: name?.secret ?? push.secret,
            via: inherit ? 'secrets: inherit' : name ? `secrets: ${push.secret}` : 'no secret',
            destination: 'nuget.org'
        }
    ];
}
const pushesOfCalled = new WeakMap();
/** The pushes of a called workflow, read once however many jobs call it. */
function calledPushes(called, context) {
    const known = pushesOfCalled.get(called);
    if (known)
        return known;
    const pushes = findStoredKeyPushes([called], context);
    pushesOfCalled.set(called, pushes);
    return pushes;
}
function placeOf(place) {
    return { file: place.file, jobId: place.jobId, stepIndex: place.index };
}
/** How the key word reaches the command: the secret itself, or a variable from some `env:`. */
function viaOf(rawKey, implicit, step, place) {
    const variable = implicit
        ? 'NUGET_API_KEY'
        : (rawKey?.find((part) => part.kind === 'variable')?.name ??
            rawKey
                ?.flatMap((part) => (part.kind === 'expression' ? [part.inner] : []))
                .map((inner) => /^env\.([A-Za-z_]\w*)$/.exec(inner)?.[1])
                .find(Boolean));
    if (!variable)
        return 'the command line';
    const pwsh = (0,_shell_scripts_js__WEBPACK_IMPORTED_MODULE_2__/* .shellOf */ .o)(place.file.data, place.job, step) === 'pwsh';
    const levels = [
        ["the step's env", step.env],
        ["the job's env", place.job.env],
        ["the workflow's env", place.file.data.env]
    ];
    for (const [label, env] of levels) {
        const name = Object.keys(env ?? {}).find((key) => pwsh ? key.toLowerCase() === variable.toLowerCase() : key === variable);
        if (name)
            return `${label}: ${name}`;
    }
    return 'the command line';
}
function secretOfWord(word) {
    for (const part of word) {
        if (part.kind !== 'expression')
            continue;
        const [secret] = secretsIn(`\${{ ${part.inner} }}`);
        if (secret)
            return secret;
    }
    return undefined;
}
function destinationOfWord(word) {
    const texts = word.flatMap((part) => (part.kind === 'text' ? [part.text] : []));
    if (texts.some((value) => NUGET_ORG.test(value)))
        return 'nuget.org';
    return (0,_shell_words_js__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .eu)(word) !== undefined ? 'other' : 'unknown';
}
function destinationOfText(value) {
    if (NUGET_ORG.test(value))
        return 'nuget.org';
    return value.includes('${{') || value.includes('$') ? 'unknown' : 'other';
}
/** Where a push without a source goes: the root NuGet.Config's, else setup-dotnet's source-url. */
function defaultDestination(place) {
    if (place.configSource) {
        return { destination: destinationOfText(place.configSource), sourceFrom: 'NuGet.Config' };
    }
    const setup = place.steps
        .slice(0, place.index)
        .find((step) => /^actions\/setup-dotnet@/i.test((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(step.uses)) && step.with?.['source-url']);
    if (setup) {
        return {
            destination: destinationOfText((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(setup.with?.['source-url'])),
            sourceFrom: 'setup-dotnet'
        };
    }
    return { destination: 'unknown' };
}


/***/ }),

/***/ 9389:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ defaultPushSourceOf)
/* harmony export */ });
// The default push source a NuGet.Config names (`<config><add key="defaultPushSource" ...>`), read
// in one pass: the file comes from a pull request as much as the workflows do.
/** The value of defaultPushSource, or undefined when the file sets none. */
function defaultPushSourceOf(config) {
    const lower = config.toLowerCase();
    for (let at = lower.indexOf('<add'); at >= 0; at = lower.indexOf('<add', at + 4)) {
        const end = lower.indexOf('>', at);
        if (end < 0)
            return undefined;
        if (/[\w-]/.test(lower[at + 4] ?? ''))
            continue;
        const attributes = attributesOf(config.slice(at + 4, end));
        if (attributes.get('key')?.toLowerCase() === 'defaultpushsource')
            return attributes.get('value');
    }
    return undefined;
}
/** `name="value"` (or single quotes) pairs of a tag's text, names in lower case. */
function attributesOf(tag) {
    const attributes = new Map();
    let at = 0;
    while (at < tag.length) {
        const equals = tag.indexOf('=', at);
        if (equals < 0)
            break;
        const name = tag.slice(at, equals).trim().split(/\s/).at(-1)?.toLowerCase() ?? '';
        let open = equals + 1;
        while (tag[open] === ' ' || tag[open] === '\t' || tag[open] === '\n' || tag[open] === '\r')
            open++;
        const quote = tag[open];
        if (quote !== '"' && quote !== "'")
            break;
        const close = tag.indexOf(quote, open + 1);
        if (close < 0)
            break;
        attributes.set(name, tag.slice(open + 1, close));
        at = close + 1;
    }
    return attributes;
}


/***/ }),

/***/ 407:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H_: () => (/* binding */ inertLog),
/* harmony export */   YR: () => (/* binding */ inertValue),
/* harmony export */   hS: () => (/* binding */ visibleCharacters)
/* harmony export */ });
// Text for a step's log, where the runner reads every line for workflow commands: a line that
// starts with `::` (after white space) or holds `##[` anywhere is parsed as one, and a lone \r
// ends a line. Values from a token, a server, an input or a workflow file are made inert here
// rather than fenced with stop-commands: a fence would need every later line, the key's own
// ::add-mask:: included, to come after its end, and would still let \r, line separators and bidi
// controls rearrange what a reader sees.
/** Characters a reader cannot see, or that end or reorder a line: controls, format, separators. */
const UNSEEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
/** `\u000d` for a carriage return: the character is named, not acted on. */
function escaped(character) {
    const code = character.codePointAt(0) ?? 0;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/**
 * An untrusted value (a claim, a server's words, an input) for one line of a message: every unseen
 * character escaped, and no `::` or `##[` left that could start a command.
 */
function inertValue(text) {
    return shown(text).replace(/::/g, ':\\u003a');
}
/**
 * A value from a workflow or a server for a summary or any one-line place: every unseen
 * character, line breaks first, shown escaped as `\u000a`, so it can start no line of its own.
 */
function visibleCharacters(text) {
    return text.replace(UNSEEN, escaped);
}
/** Every unseen character escaped, and no legacy `##[` command, which counts anywhere in a line. */
function shown(text) {
    return text.replace(UNSEEN, escaped).replace(/##\[/g, '##\\u005b');
}
/** .NET's Char.IsWhiteSpace, which the runner trims before looking for `::`. */
const LEADING_SPACE = /^[\p{Zs}\t\v\f]*/u;
/**
 * A message as the action prints it: its own line breaks (\n) kept, and on every line whatever the
 * runner would read as a command made inert. The last guard before stdout, for all log text.
 */
function inertLog(message) {
    return message
        .split('\n')
        .map((line) => {
        const text = shown(line);
        const indent = LEADING_SPACE.exec(text)?.[0] ?? '';
        return text.startsWith('::', indent.length)
            ? `${indent}:\\u003a${text.slice(indent.length + 2)}`
            : text;
    })
        .join('\n');
}


/***/ }),

/***/ 1680:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B5: () => (/* binding */ inertCell),
/* harmony export */   CH: () => (/* binding */ inertProse),
/* harmony export */   ph: () => (/* binding */ codeText)
/* harmony export */ });
// Markdown for job summaries, where workflows, servers and users supply some of the text.
/**
 * Prose that may hold a server's words, a claim or an input, as Markdown that shows it as text:
 * no link, image, HTML, autolink or link definition, whatever it holds, under GitHub's renderer
 * (cmark-gfm, whose autolinks are `http(s)://`, `ftp://`, `www.` and e-mail addresses) and under
 * markdown-it with linkify (also bare domains and `//host`). Backtick code spans are kept, as they
 * show their text as it is; everything else that could open markup is escaped.
 */
function inertProse(text) {
    const closing = closingTickRuns(text);
    let markdown = '';
    for (let at = 0; at < text.length;) {
        const run = runAt(text, at);
        if (text[at] === '`') {
            const end = closing.get(at);
            markdown += end === undefined ? '\\`'.repeat(run) : text.slice(at, end);
            at = end ?? at + run;
        }
        else if (text[at] === '@') {
            markdown += inertAts(text, at, run);
            at += run;
        }
        else {
            markdown += inertCharacter(text, at);
            at += 1;
        }
    }
    return markdown;
}
/** How many times the character at `at` repeats from there. */
function runAt(text, at) {
    let end = at + 1;
    while (text[end] === text[at])
        end += 1;
    return end - at;
}
/**
 * For each run of backticks that opens a code span, where the span ends (after its closing run,
 * the next run of the same length): found in one pass from the end, so the reading stays linear.
 */
function closingTickRuns(text) {
    const runs = [...text.matchAll(/`+/g)].map((match) => ({
        at: match.index,
        length: match[0].length
    }));
    const nextOfLength = new Map();
    const closing = new Map();
    for (const run of runs.reverse()) {
        const end = nextOfLength.get(run.length);
        if (end !== undefined)
            closing.set(run.at, end);
        nextOfLength.set(run.length, run.at + run.length);
    }
    return closing;
}
/**
 * A run of '@'. cmark-gfm finds e-mail addresses in text after joining escaped characters back in,
 * so only another kind of node can split one: a code span, which shows the '@' as it is. Beside a
 * backtick no address can form (and a code span there would merge with its run), so it is escaped.
 */
function inertAts(text, at, length) {
    const ats = text.slice(at, at + length);
    const besideTick = text[at - 1] === '`' || text[at + length] === '`';
    return besideTick ? ats.replace(/@/g, '\\@') : `\`${ats}\``;
}
function inertCharacter(text, at) {
    const character = text[at];
    const next = text[at + 1] ?? '';
    if (character === '<')
        return '&lt;';
    if (character === '>')
        return '&gt;';
    if ('\\[]|'.includes(character))
        return `\\${character}`;
    if (character === ':' && text.startsWith('//', at + 1))
        return '\\:';
    // `//host` and a domain's dots (`nuget.org`, `www.`): linkify reads each escaped piece apart.
    if (character === '/' && next === '/')
        return '\\/';
    if (character === '.' && /\p{L}/u.test(next))
        return '\\.';
    return character;
}
/**
 * Prose for a table cell, shown as inertProse shows it, on one line, and with every pipe escaped,
 * a code span's too: a table splits its rows at pipes before it reads code spans.
 */
function inertCell(text) {
    return inertProse(text.replace(/[\r\n]+/g, ' ')).replace(/(?<!\\)\|/g, '\\|');
}
/** A value for a code span in a table cell: no backtick to close it, no pipe to end the cell. */
function codeText(text) {
    return text
        .replace(/`/g, "'")
        .replace(/\|/g, '\\|')
        .replace(/[\r\n]+/g, ' ');
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
exports.JG = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 8315:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ Array)
/* harmony export */ });
/* harmony import */ var _expressiondata_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1674);

class Array {
    constructor(...data) {
        this.v = [];
        this.kind = _expressiondata_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b.Array;
        this.primitive = false;
        for (const d of data) {
            this.add(d);
        }
    }
    coerceString() {
        return (0,_expressiondata_js__WEBPACK_IMPORTED_MODULE_0__/* .kindStr */ .m)(this.kind);
    }
    number() {
        return NaN;
    }
    add(value) {
        this.v.push(value);
    }
    get(index) {
        return this.v[index];
    }
    values() {
        return this.v;
    }
}
//# sourceMappingURL=array.js.map

/***/ }),

/***/ 5438:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ BooleanData)
/* harmony export */ });
/* harmony import */ var _expressiondata_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1674);

class BooleanData {
    constructor(value) {
        this.value = value;
        this.kind = _expressiondata_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b.Boolean;
        this.primitive = true;
    }
    coerceString() {
        if (this.value) {
            return "true";
        }
        return "false";
    }
    number() {
        if (this.value) {
            return 1;
        }
        return 0;
    }
}
//# sourceMappingURL=boolean.js.map

/***/ }),

/***/ 8596:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ Dictionary)
/* harmony export */ });
/* unused harmony export isDictionary */
/* harmony import */ var _expressiondata_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1674);

class Dictionary {
    constructor(...pairs) {
        this.keys = [];
        this.v = [];
        this.indexMap = {};
        this.kind = _expressiondata_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b.Dictionary;
        this.primitive = false;
        for (const p of pairs) {
            this.add(p.key, p.value);
        }
    }
    coerceString() {
        return (0,_expressiondata_js__WEBPACK_IMPORTED_MODULE_0__/* .kindStr */ .m)(this.kind);
    }
    number() {
        return NaN;
    }
    add(key, value) {
        if (key.toLowerCase() in this.indexMap) {
            return;
        }
        this.keys.push(key);
        this.v.push(value);
        this.indexMap[key.toLowerCase()] = this.v.length - 1;
    }
    get(key) {
        const index = this.indexMap[key.toLowerCase()];
        if (index === undefined) {
            return undefined;
        }
        return this.v[index];
    }
    values() {
        return this.v;
    }
    pairs() {
        const result = [];
        for (const key of this.keys) {
            result.push({ key, value: this.v[this.indexMap[key.toLowerCase()]] });
        }
        return result;
    }
}
function isDictionary(x) {
    return x.kind === Kind.Dictionary;
}
//# sourceMappingURL=dictionary.js.map

/***/ }),

/***/ 1674:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ Kind),
/* harmony export */   m: () => (/* binding */ kindStr)
/* harmony export */ });
var Kind;
(function (Kind) {
    Kind[Kind["String"] = 0] = "String";
    Kind[Kind["Array"] = 1] = "Array";
    Kind[Kind["Dictionary"] = 2] = "Dictionary";
    Kind[Kind["Boolean"] = 3] = "Boolean";
    Kind[Kind["Number"] = 4] = "Number";
    Kind[Kind["CaseSensitiveDictionary"] = 5] = "CaseSensitiveDictionary";
    Kind[Kind["Null"] = 6] = "Null";
})(Kind || (Kind = {}));
function kindStr(k) {
    switch (k) {
        case Kind.Array:
            return "Array";
        case Kind.Boolean:
            return "Boolean";
        case Kind.Null:
            return "Null";
        case Kind.Number:
            return "Number";
        case Kind.Dictionary:
            return "Object";
        case Kind.String:
            return "String";
    }
    return "unknown";
}
//# sourceMappingURL=expressiondata.js.map

/***/ }),

/***/ 5958:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O3: () => (/* reexport safe */ _array_js__WEBPACK_IMPORTED_MODULE_0__.O),
/* harmony export */   Q9: () => (/* reexport safe */ _number_js__WEBPACK_IMPORTED_MODULE_5__.Q),
/* harmony export */   Uv: () => (/* reexport safe */ _null_js__WEBPACK_IMPORTED_MODULE_4__.U),
/* harmony export */   b8: () => (/* reexport safe */ _expressiondata_js__WEBPACK_IMPORTED_MODULE_3__.b),
/* harmony export */   bT: () => (/* reexport safe */ _dictionary_js__WEBPACK_IMPORTED_MODULE_2__.b),
/* harmony export */   bo: () => (/* reexport safe */ _boolean_js__WEBPACK_IMPORTED_MODULE_1__.b),
/* harmony export */   uQ: () => (/* reexport safe */ _string_js__WEBPACK_IMPORTED_MODULE_8__.u)
/* harmony export */ });
/* harmony import */ var _array_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8315);
/* harmony import */ var _boolean_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5438);
/* harmony import */ var _dictionary_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8596);
/* harmony import */ var _expressiondata_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1674);
/* harmony import */ var _null_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7749);
/* harmony import */ var _number_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(9881);
/* harmony import */ var _replacer_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(9442);
/* harmony import */ var _reviver_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(379);
/* harmony import */ var _string_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(3637);









//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7749:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ Null)
/* harmony export */ });
/* harmony import */ var _expressiondata_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1674);

class Null {
    constructor() {
        this.kind = _expressiondata_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b.Null;
        this.primitive = true;
    }
    coerceString() {
        return "";
    }
    number() {
        return 0;
    }
}
//# sourceMappingURL=null.js.map

/***/ }),

/***/ 9881:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ NumberData)
/* harmony export */ });
/* harmony import */ var _expressiondata_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1674);

class NumberData {
    constructor(value) {
        this.value = value;
        this.kind = _expressiondata_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b.Number;
        this.primitive = true;
    }
    coerceString() {
        if (this.value === 0) {
            return "0";
        }
        // Workaround to limit the precision to at most 15 digits. Format the number to a string, then parse
        // it back to a number to remove trailing zeroes to prevent numbers to be converted to 1.200000000...
        return (+this.value.toFixed(15)).toString();
    }
    number() {
        return this.value;
    }
}
//# sourceMappingURL=number.js.map

/***/ }),

/***/ 9442:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ replacer)
/* harmony export */ });
/* harmony import */ var _array_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8315);
/* harmony import */ var _boolean_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5438);
/* harmony import */ var _dictionary_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8596);
/* harmony import */ var _null_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7749);
/* harmony import */ var _number_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9881);
/* harmony import */ var _string_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(3637);






/**
 * Replacer can be passed to JSON.stringify to convert an ExpressionData object into plain JSON
 *
 * See: https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/JSON/stringify#replacer
 */
function replacer(_key, value) {
    if (value instanceof _null_js__WEBPACK_IMPORTED_MODULE_3__/* .Null */ .U) {
        return null;
    }
    if (value instanceof _boolean_js__WEBPACK_IMPORTED_MODULE_1__/* .BooleanData */ .b) {
        return value.value;
    }
    if (value instanceof _number_js__WEBPACK_IMPORTED_MODULE_4__/* .NumberData */ .Q) {
        return value.number();
    }
    if (value instanceof _string_js__WEBPACK_IMPORTED_MODULE_5__/* .StringData */ .u) {
        return value.coerceString();
    }
    if (value instanceof _array_js__WEBPACK_IMPORTED_MODULE_0__/* .Array */ .O) {
        return value.values();
    }
    if (value instanceof _dictionary_js__WEBPACK_IMPORTED_MODULE_2__/* .Dictionary */ .b) {
        const pairs = value.pairs();
        const r = {};
        for (const p of pairs) {
            r[p.key] = p.value;
        }
        return r;
    }
    return value;
}
//# sourceMappingURL=replacer.js.map

/***/ }),

/***/ 379:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ reviver)
/* harmony export */ });
/* harmony import */ var _array_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8315);
/* harmony import */ var _boolean_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5438);
/* harmony import */ var _dictionary_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8596);
/* harmony import */ var _null_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7749);
/* harmony import */ var _number_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9881);
/* harmony import */ var _string_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(3637);






/**
 * Reviver can be passed to `JSON.parse` to convert plain JSON into an `ExpressionData` object.
 *
 * See: https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/JSON/parse#reviver
 */
function reviver(_key, val) {
    if (val === null) {
        return new _null_js__WEBPACK_IMPORTED_MODULE_3__/* .Null */ .U();
    }
    if (typeof val === "string") {
        return new _string_js__WEBPACK_IMPORTED_MODULE_5__/* .StringData */ .u(val);
    }
    if (typeof val === "number") {
        return new _number_js__WEBPACK_IMPORTED_MODULE_4__/* .NumberData */ .Q(val);
    }
    if (typeof val === "boolean") {
        return new _boolean_js__WEBPACK_IMPORTED_MODULE_1__/* .BooleanData */ .b(val);
    }
    if (Array.isArray(val)) {
        return new _array_js__WEBPACK_IMPORTED_MODULE_0__/* .Array */ .O(...val);
    }
    if (typeof val === "object") {
        return new _dictionary_js__WEBPACK_IMPORTED_MODULE_2__/* .Dictionary */ .b(...Object.keys(val).map(k => ({
            key: k,
            value: val[k]
        })));
    }
    // Pass through value
    return val;
}
//# sourceMappingURL=reviver.js.map

/***/ }),

/***/ 3637:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ StringData)
/* harmony export */ });
/* harmony import */ var _expressiondata_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1674);

class StringData {
    constructor(value) {
        this.value = value;
        this.kind = _expressiondata_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b.String;
        this.primitive = true;
    }
    coerceString() {
        return this.value;
    }
    number() {
        return Number(this.value);
    }
}
//# sourceMappingURL=string.js.map

/***/ }),

/***/ 6856:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LM: () => (/* binding */ toUpperSpecial),
/* harmony export */   MM: () => (/* binding */ greaterThan),
/* harmony export */   Xe: () => (/* binding */ lessThan),
/* harmony export */   aI: () => (/* binding */ equals),
/* harmony export */   me: () => (/* binding */ falsy),
/* harmony export */   vN: () => (/* binding */ truthy)
/* harmony export */ });
/* unused harmony export coerceTypes */
/* harmony import */ var _data_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5958);

function falsy(d) {
    switch (d.kind) {
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.Null:
            return true;
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.Boolean:
            return !d.value;
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.Number: {
            const dv = d.value;
            return dv === 0 || isNaN(dv);
        }
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.String:
            return d.value.length === 0;
    }
    return false;
}
function truthy(d) {
    return !falsy(d);
}
// Similar to the Javascript abstract equality comparison algorithm http://www.ecma-international.org/ecma-262/5.1/#sec-11.9.3.
// Except objects are not coerced to primitives.
function coerceTypes(li, ri) {
    let lv = li;
    let rv = ri;
    // Do nothing, same kind
    if (li.kind === ri.kind) {
        return [lv, rv];
    }
    switch (li.kind) {
        // Number, String
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.Number:
            if (ri.kind === _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.String) {
                rv = new _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .NumberData */ .Q9(ri.number());
                return [lv, rv];
            }
            break;
        // String, Number
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.String:
            if (ri.kind === _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.Number) {
                lv = new _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .NumberData */ .Q9(li.number());
                return [lv, rv];
            }
            break;
        // Boolean|Null, Any
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.Null:
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.Boolean:
            lv = new _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .NumberData */ .Q9(li.number());
            return coerceTypes(lv, rv);
    }
    // Any, Boolean|Null
    switch (ri.kind) {
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.Null:
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.Boolean:
            rv = new _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .NumberData */ .Q9(ri.number());
            return coerceTypes(lv, rv);
    }
    return [lv, rv];
}
// Similar to the Javascript abstract equality comparison algorithm http://www.ecma-international.org/ecma-262/5.1/#sec-11.9.3.
// Except string comparison is OrdinalIgnoreCase, and objects are not coerced to primitives.
function equals(lhs, rhs) {
    const [lv, rv] = coerceTypes(lhs, rhs);
    if (lv.kind != rv.kind) {
        return false;
    }
    switch (lv.kind) {
        // Null, Null
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.Null:
            return true;
        // Number, Number
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.Number: {
            const ld = lv.value;
            const rd = rv.value;
            if (isNaN(ld) || isNaN(rd)) {
                return false;
            }
            return ld == rd;
        }
        // String, String
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.String: {
            const ls = lv.value;
            const rs = rv.value;
            return toUpperSpecial(ls) === toUpperSpecial(rs);
        }
        // Boolean, Boolean
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.Boolean: {
            const lb = lv.value;
            const rb = rv.value;
            return lb == rb;
        }
        // Object, Object
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.Dictionary:
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.Array:
            // Check reference equality
            return lv === rv;
    }
    return false;
}
// Similar to the Javascript abstract equality comparison algorithm http://www.ecma-international.org/ecma-262/5.1/#sec-11.9.3.
// Except string comparison is OrdinalIgnoreCase, and objects are not coerced to primitives.
function greaterThan(lhs, rhs) {
    const [lv, rv] = coerceTypes(lhs, rhs);
    if (lv.kind != rv.kind) {
        return false;
    }
    switch (lv.kind) {
        // Number, Number
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.Number: {
            const lf = lv.value;
            const rf = rv.value;
            if (isNaN(lf) || isNaN(rf)) {
                return false;
            }
            return lf > rf;
        }
        // String, String
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.String: {
            let ls = lv.value;
            let rs = rv.value;
            ls = toUpperSpecial(ls);
            rs = toUpperSpecial(rs);
            return ls > rs;
        }
        // Boolean, Boolean
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.Boolean: {
            const lb = lv.value;
            const rb = rv.value;
            return lb && !rb;
        }
    }
    return false;
}
// Similar to the Javascript abstract equality comparison algorithm http://www.ecma-international.org/ecma-262/5.1/#sec-11.9.3.
// Except string comparison is OrdinalIgnoreCase, and objects are not coerced to primitives.
function lessThan(lhs, rhs) {
    const [lv, rv] = coerceTypes(lhs, rhs);
    if (lv.kind != rv.kind) {
        return false;
    }
    switch (lv.kind) {
        // Number, Number
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.Number: {
            const lf = lv.value;
            const rf = rv.value;
            if (isNaN(lf) || isNaN(rf)) {
                return false;
            }
            return lf < rf;
        }
        // String, String
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.String: {
            let ls = lv.value;
            let rs = rv.value;
            ls = toUpperSpecial(ls);
            rs = toUpperSpecial(rs);
            return ls < rs;
        }
        // Boolean, Boolean
        case _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Kind */ .b8.Boolean: {
            const lb = lv.value;
            const rb = rv.value;
            return !lb && rb;
        }
    }
    return false;
}
// Do not toUpper the small-dotless-ı
function toUpperSpecial(s) {
    const sb = [];
    let i = 0;
    const len = s.length;
    let found = s.indexOf("ı");
    while (i < len) {
        if (i < found) {
            sb.push(s.substring(i, found).toUpperCase()); // Append upper segment
            i = found;
        }
        else if (i == found) {
            sb.push(s.substring(i, i + 1));
            i += 1;
            found = s.indexOf("ı", i);
        }
        else {
            sb.push(s.substring(i).toUpperCase()); // Append upper remaining
            break;
        }
    }
    return sb.join("");
}
//# sourceMappingURL=result.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(7364);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
