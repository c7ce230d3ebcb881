export const id = 731;
export const ids = [731];
export const modules = {

/***/ 3731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fenced: () => (/* binding */ fenced),
  migrationSummary: () => (/* binding */ migrationSummary)
});

// EXTERNAL MODULE: ./src/shared/markdown.ts
var markdown = __webpack_require__(1680);
;// CONCATENATED MODULE: ./src/migrate/report.ts
function policyEntries(jobs, repository) {
    const [owner, name] = repository?.includes('/') ? repository.split('/') : [];
    return jobs
        .filter((job) => job.status === 'migrated' && !job.notes.some((note) => note.startsWith('grants')))
        .map((job) => ({
        file: job.file,
        job: job.jobId,
        fields: [
            ['Repository Owner', owner ?? "(this repository's owner)"],
            ['Repository', name ?? "(this repository's name)"],
            ['Workflow File', job.policyFile ?? job.file.split('/').at(-1) ?? job.file],
            [
                'Environment',
                !job.environment
                    ? '(none: leave it empty)'
                    : job.environment.includes('${{')
                        ? `set at run time (${job.environment}): enter the name the publishing runs get`
                        : job.environment
            ]
        ]
    }));
}
/** Each secret the migrated jobs no longer read, and where else it is still read. */
function secretAdvice(jobs, sources, files) {
    const secrets = [
        ...new Set(jobs.filter((job) => job.status === 'migrated').flatMap((job) => job.secrets))
    ];
    return secrets.map((secret) => {
        const pattern = new RegExp(`\\bsecrets\\.${secret.replace(/[-]/g, '\\-')}\\b`);
        const stillReadBy = sources.flatMap((source) => {
            const text = files.find((file) => file.path === source.path)?.after ?? source.text;
            return pattern.test(text) ? [source.path] : [];
        });
        return { secret, stillReadBy };
    });
}
function secretAdviceText(advice) {
    const when = `Delete the secret ${advice.secret} once the first release through trusted publishing has succeeded`;
    return advice.stillReadBy.length === 0
        ? `${when}: no workflow reads it any more.`
        : `${when}, and not while ${advice.stillReadBy.join(', ')} still ${advice.stillReadBy.length === 1 ? 'reads' : 'read'} it (a job left as it is, another feed's push, or the workflow's env:).`;
}
const VARIABLE_ADVICE = 'Create the repository variable NUGET_USER (Settings > Secrets and variables > Actions > Variables) holding the nuget.org username of the account that creates the policy: a username, not an e-mail address or an organization.';
function refusalText(job) {
    const sentence = (text = '') => text.replace(/\.$/, '');
    return `${job.file}: job '${job.jobId}' left as it is: ${sentence(job.refusal?.why)}. Instead: ${sentence(job.refusal?.instead)}.`;
}
/** What `nuget-login migrate` prints: the diffs, the policies, the variable, the secret, the refusals. */
function commandReport(plan, sources, repository, dryRun) {
    const out = [];
    if (plan.jobs.length === 0) {
        return `No job pushes to nuget.org with a stored API key in ${sources.length} workflow file${sources.length === 1 ? '' : 's'}: nothing to do.\n`;
    }
    for (const file of plan.files)
        out.push(printable(file.diff));
    const migrated = plan.jobs.filter((job) => job.status === 'migrated');
    if (plan.files.length > 0) {
        out.push(dryRun
            ? `Dry run: ${plan.files.length} file${plan.files.length === 1 ? '' : 's'} would change; nothing was written.`
            : `Changed ${plan.files.map((file) => file.path).join(', ')}.`, '');
    }
    for (const job of migrated) {
        for (const note of job.notes)
            out.push(`${job.file}: job '${job.jobId}': ${printable(note)}.`);
    }
    for (const policy of policyEntries(plan.jobs, repository)) {
        out.push('', `Add a trusted publishing policy on nuget.org (Account > Trusted Publishing) for job '${policy.job}' in ${policy.file}:`);
        for (const [name, value] of policy.fields)
            out.push(`  ${name}: ${printable(value)}`);
    }
    if (migrated.length > 0) {
        out.push('', VARIABLE_ADVICE, '');
        for (const advice of secretAdvice(plan.jobs, sources, plan.files)) {
            out.push(secretAdviceText(advice));
        }
    }
    const refused = plan.jobs.filter((job) => job.status === 'refused');
    if (refused.length > 0)
        out.push('');
    for (const job of refused)
        out.push(printable(refusalText(job)));
    return `${out
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim()}\n`;
}
/** Workflow text for a terminal: control characters shown, never sent to it. */
function printable(text) {
    return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

;// CONCATENATED MODULE: ./src/migrate/summary.ts
// The job summary's part for stored-key pushes: per workflow, the exact change as a diff and the
// policy to enter on nuget.org. Workflow text stays inert: it is shown only inside a code fence
// longer than any run of backticks it holds, and in code spans made safe for a table.


function migrationSummary(plan, repository) {
    if (plan.jobs.length === 0)
        return '';
    const lines = ['### Moving the stored-key pushes to trusted publishing', ''];
    lines.push('Run `npx nuget-login migrate` in a clone of the repository to make this change, or make it by hand:', '');
    for (const file of plan.files) {
        lines.push(`**\`${(0,markdown/* codeText */.ph)(file.path)}\`**`, '', ...fenced(file.diff, 'diff'), '');
    }
    for (const policy of policyEntries(plan.jobs, repository)) {
        lines.push(`**What to enter on nuget.org** for job \`${(0,markdown/* codeText */.ph)(policy.job)}\` in \`${(0,markdown/* codeText */.ph)(policy.file)}\``, '', '| Policy field | Value |', '| --- | --- |', ...policy.fields.map(([name, value]) => `| ${name} | \`${(0,markdown/* codeText */.ph)(value)}\` |`), '');
    }
    if (plan.files.length > 0)
        lines.push((0,markdown/* inertProse */.CH)(VARIABLE_ADVICE), '');
    for (const job of plan.jobs.filter((outcome) => outcome.status === 'refused')) {
        lines.push(`- ${(0,markdown/* inertProse */.CH)(refusalText(job))}`);
    }
    return `${lines.join('\n').trimEnd()}\n`;
}
/** A fenced code block whose fence no line of `text` can close. */
function fenced(text, info) {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
    const fence = '`'.repeat(longest + 1);
    return [`${fence}${info}`, ...text.replace(/\n$/, '').split('\n'), fence];
}


/***/ })

};
