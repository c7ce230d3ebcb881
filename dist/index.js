import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/* unused reexport */ __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var net = __nccwpck_require__(278);
var tls = __nccwpck_require__(756);
var http = __nccwpck_require__(611);
var https = __nccwpck_require__(692);
var events = __nccwpck_require__(434);
var assert = __nccwpck_require__(613);
var util = __nccwpck_require__(23);


__webpack_unused_export__ = httpOverHttp;
__webpack_unused_export__ = httpsOverHttp;
__webpack_unused_export__ = httpOverHttps;
__webpack_unused_export__ = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
__webpack_unused_export__ = debug; // for test


/***/ }),

/***/ 158:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ reasonOf),
/* harmony export */   Qd: () => (/* binding */ LoginError),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   dg: () => (/* binding */ isTransient)
/* harmony export */ });
/** A failure explained for the person who reads the workflow log. */
class LoginError extends Error {
    hint;
    transient;
    retryAfterMs;
    status;
    serverMessage;
    constructor(message, options = {}) {
        super(message, { cause: options.cause });
        this.name = 'LoginError';
        this.hint = options.hint;
        this.transient = options.transient ?? false;
        this.retryAfterMs = options.retryAfterMs;
        this.status = options.status;
        this.serverMessage = options.serverMessage;
    }
}
function isTransient(error) {
    return error instanceof LoginError && error.transient;
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
/** A network error's message with its code (`ECONNRESET`) when the message does not already name it. */
function reasonOf(error) {
    const code = error?.code;
    const message = messageOf(error);
    return code && !message.includes(code) ? `${message} (${code})` : message;
}


/***/ }),

/***/ 509:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(612);
/* harmony import */ var _runner_runtime_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(504);


await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)((0,_runner_runtime_js__WEBPACK_IMPORTED_MODULE_1__/* .createRuntime */ .xB)());

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 612:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

;// CONCATENATED MODULE: ./src/login/exchange/api-key.ts
/** The outputs that hand the key and its expiry to later steps. */
const API_KEY_OUTPUT = 'NUGET_API_KEY';
const EXPIRES_OUTPUT = 'NUGET_API_KEY_EXPIRES_AT';

;// CONCATENATED MODULE: ./src/login/exchange/clock-skew.ts

/** Below this, a difference between the runner's and the server's clocks is not worth a warning. */
const NOTABLE_SKEW_MS = 60_000;
/** A clock difference for a log: whole minutes from 90 s on, else seconds. */
function describeDuration(ms) {
    const seconds = Math.round(Math.abs(ms) / 1000);
    if (seconds < 90)
        return `${seconds} second${seconds === 1 ? '' : 's'}`;
    return `${Math.round(seconds / 60)} minutes`;
}
/** The runner's time by the clock of the server that issued `key`, when its answer said. */
function serverTime(key, runnerNow) {
    return runnerNow - (key.clockSkewMs ?? 0);
}
/** Warns when the runner's clock is a minute or more off the token service's, which the key is judged by. */
function clockSkewWarning(key, host) {
    const skew = key.clockSkewMs;
    if (skew === undefined || Math.abs(skew) < NOTABLE_SKEW_MS)
        return undefined;
    return (`The runner's clock is ${describeDuration(skew)} ${skew > 0 ? 'ahead of' : 'behind'} the clock of ${host} ` +
        `(the Date of its answer). The key was judged by ${host}'s clock, and ${EXPIRES_OUTPUT} is the time ${host} ` +
        "gave: a later step that compares it with this runner's clock is off by as much. Fix the runner's clock (NTP).");
}

// EXTERNAL MODULE: ./src/shared/log-text.ts
var log_text = __nccwpck_require__(407);
;// CONCATENATED MODULE: ./src/login/explain/claims.ts

const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const GITHUB_ISSUER_HOST = new URL(GITHUB_ISSUER).host;
/**
 * Reads the claims of a JWT without checking its signature: only to explain what nuget.org
 * will see. Undefined when the token cannot be read. Each value is made inert for the log and
 * the summary, as whoever names a workflow file, an environment or a branch chooses it.
 */
function readPolicyClaims(token) {
    const payload = token.split('.')[1];
    if (!payload)
        return undefined;
    let claims;
    try {
        claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    }
    catch {
        return undefined;
    }
    if (typeof claims !== 'object' || claims === null)
        return undefined;
    const text = (name) => typeof claims[name] === 'string' ? (0,log_text/* inertValue */.YR)(claims[name]) : '';
    const repository = text('repository');
    const workflow = parseJobWorkflowRef(text('job_workflow_ref'));
    return {
        repositoryOwner: text('repository_owner'),
        repository: repository.slice(repository.indexOf('/') + 1),
        repositoryOwnerId: text('repository_owner_id'),
        repositoryId: text('repository_id'),
        workflowFile: workflow.file,
        workflowRepository: workflow.repository,
        environment: text('environment') || undefined,
        eventName: text('event_name'),
        ref: text('ref'),
        issuer: text('iss')
    };
}
/** "owner/repo/.github/workflows/release.yml@refs/tags/v1" → repository and file name. */
function parseJobWorkflowRef(value) {
    const match = /^([^/]+\/[^/]+)\/\.github\/workflows\/([^@]+)@/.exec(value);
    return match
        ? { repository: match[1], file: match[2] }
        : { repository: '', file: '' };
}
/** Things in the claims that make a match impossible, found before the token is spent. */
function claimWarnings(claims) {
    const warnings = [];
    const repository = `${claims.repositoryOwner}/${claims.repository}`;
    if (claims.workflowRepository &&
        claims.workflowRepository.toLowerCase() !== repository.toLowerCase()) {
        warnings.push(`This job runs the reusable workflow ${claims.workflowFile} from ${claims.workflowRepository}. ` +
            `nuget.org matches only workflows stored in the calling repository (${repository}), so no policy ` +
            'can match: run the login from a workflow file in this repository.');
    }
    if (isEnterpriseSlugIssuer(claims.issuer)) {
        warnings.push(`The OIDC token's issuer is ${claims.issuer}, a per-enterprise issuer. nuget.org checks tokens against ` +
            `${GITHUB_ISSUER} only, so it will answer that the token "could not be validated" or "has an invalid ` +
            'signature". ' +
            ENTERPRISE_SLUG_FIX);
    }
    else if (claims.issuer !== GITHUB_ISSUER) {
        warnings.push(`The OIDC token's issuer is ${claims.issuer || '(none)'}, but nuget.org accepts only ${GITHUB_ISSUER}. ` +
            'GitHub Enterprise Server and ghe.com issuers are not supported by nuget.org.');
    }
    return warnings;
}
const ENTERPRISE_SLUG_FIX = "An enterprise owner can switch the enterprise's OIDC issuer back to the default (GitHub's REST API: " +
    'PUT /enterprises/{enterprise}/actions/oidc/customization/issuer with include_enterprise_slug: false).';
/** https://token.actions.githubusercontent.com/<enterprise>: GitHub's host, another issuer. */
function isEnterpriseSlugIssuer(issuer) {
    if (!issuer || issuer === GITHUB_ISSUER)
        return false;
    try {
        const url = new URL(issuer);
        return url.protocol === 'https:' && url.host === GITHUB_ISSUER_HOST && url.pathname.length > 1;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/login/explain/diagnostics.ts

/** The policy fields as nuget.org's Trusted Publishing page names them, with this run's values. */
function policyFields(claims) {
    return [
        ['Repository Owner', claims.repositoryOwner],
        ['Repository', claims.repository],
        ['Workflow File', claims.workflowFile],
        ['Environment', claims.environment ?? '(none: leave it empty in the policy)']
    ];
}
function otherClaims(claims) {
    return [
        ['Event', claims.eventName],
        ['Ref', claims.ref],
        ['Issuer', claims.issuer]
    ];
}
/**
 * Logs, in a folded group, what nuget.org will match against the policy, and warns about claims
 * that can never match. Never prints the token itself.
 */
function showWhatNuGetWillSee(commands, token) {
    const claims = readPolicyClaims(token);
    if (!claims)
        return undefined;
    commands.startGroup('What nuget.org will match against your trusted publishing policy');
    for (const [name, value] of [...policyFields(claims), ...otherClaims(claims)]) {
        commands.info(`${`${name}:`.padEnd(18)}${value}`);
    }
    commands.endGroup();
    for (const warning of claimWarnings(claims))
        commands.warning(warning);
    if (!claims.environment)
        commands.info(noEnvironmentNote(claims));
    return claims;
}
/** A policy is not tied to a ref: without an environment, any ref running the file matches. */
function noEnvironmentNote(claims) {
    return (`This job has no environment, so a policy without one matches any branch or tag that runs ` +
        `${claims.workflowFile || 'this workflow file'}. To publish only from protected refs, run the job in an ` +
        'environment whose deployment protection rules allow only those (for example tags v*), and name that ' +
        'environment in the policy.');
}

// EXTERNAL MODULE: ./src/login/errors.ts
var errors = __nccwpck_require__(158);
;// CONCATENATED MODULE: ./src/login/explain/repository-owner.ts
/** `user` is the login of the repository's owner, and the payload says the owner is of `type`. */
function ownedBy(user, repository, type) {
    return (repository?.ownerType === type && repository.ownerLogin?.toLowerCase() === user.toLowerCase());
}
/**
 * The organization that owns the repository, when `user` names it. nuget.org then answers "No
 * matching trust policy...": people create policies, organizations do not.
 */
function owningOrganization(user, repository) {
    return ownedBy(user, repository, 'Organization') ? repository?.ownerLogin : undefined;
}
/** `user` names a person who owns the repository (the payload says so). */
function isRepositoryOwnerUser(user, repository) {
    return ownedBy(user, repository, 'User');
}
/** Said before the exchange: a nuget.org person may share the name, so the login goes on. */
function organizationUserWarning(user, repository) {
    const organization = owningOrganization(user, repository);
    if (!organization)
        return undefined;
    return (`\`user\` ('${user}') is the GitHub organization that owns this repository. nuget.org looks up the ` +
        'policies created by the nuget.org user named in `user`, and organizations create none, so unless a ' +
        `nuget.org user named '${user}' created the policy, nuget.org will answer "No matching trust policy...". ` +
        'Set `user` to the nuget.org username of the person who created the policy.');
}
/** The first line of the "No matching..." hint when `user` is the owning organization. */
function organizationUserCause(organization, user) {
    return (`The cause: \`user\` ('${user}') is ${organization}, the GitHub organization that owns this repository ` +
        "(this run's event says so), and nuget.org finds only policies created by a person. Set `user` to the " +
        'nuget.org username of the organization member who created the policy, for example ' +
        '`user: ${{ vars.NUGET_USER }}` with that username in the variable; the policy still publishes for the ' +
        'organization.');
}

;// CONCATENATED MODULE: ./src/login/explain/hints.ts


const TRUSTED_PUBLISHING_PAGE = 'the Trusted Publishing page (under your username on nuget.org)';
const SECRET_USER_NOTE = 'If the username shows as *** in this log, `user` comes from a secret and the runner masks it everywhere. ' +
    'A username is not a secret: keep it in a repository variable (`user: ${{ vars.NUGET_USER }}`) so messages stay readable.';
const RULES = [
    {
        pattern: /No matching trust policy owned by user '(.*?)' was found/,
        hint: (match, context) => noMatchingPolicyHint(match[1] ?? '', context)
    },
    {
        pattern: /Workflow mismatch for policy '(.*?)': expected '(.*?)', actual '(.*?)'(?=\.? |\.?$)/,
        hint: (match) => workflowMismatchHint(match[1] ?? '', match[2] ?? '', match[3] ?? '')
    },
    {
        pattern: /Environment mismatch for policy '(.*?)': expected '(.*?)', actual '(.*?)'(?=\.? |\.?$)/,
        hint: (match) => match[3]
            ? `The policy '${match[1]}' requires the environment '${match[2]}', but this job runs in '${match[3]}'. ` +
                `Set \`environment: ${match[2]}\` on the job, or change the policy's Environment to '${match[3]}'.`
            : `The policy '${match[1]}' requires the environment '${match[2]}', but this job has none. ` +
                `Add \`environment: ${match[2]}\` to the job (next to \`runs-on:\`), or clear the policy's Environment.`
    },
    {
        pattern: /Claim 'job_workflow_ref' has value '(.*?)' which does not start with (\S+\/\.github\/workflows\/)/,
        hint: (match) => `The job runs the workflow ${match[1]}, which is not stored in the repository the policy names. ` +
            'nuget.org matches only workflow files of the calling repository, so a reusable workflow from another ' +
            'repository never matches: log in from a workflow file in the repository itself.'
    },
    {
        pattern: /The GitHub Actions event '(.*?)' is not allowed/,
        hint: (match) => `nuget.org refuses tokens from runs triggered by '${match[1]}'. Publish from a workflow triggered by ` +
            'push (of a tag), release or workflow_dispatch.'
    },
    {
        pattern: /The policy '(.*?)' has expired/,
        hint: (match) => `Sign in to nuget.org and renew the policy '${match[1]}' on ${TRUSTED_PUBLISHING_PAGE}. A new or edited ` +
            'policy is temporary for 7 days and becomes permanent at its first use; publish (or run this action ' +
            'with `verify-only: true`) within that time.'
    },
    {
        pattern: /missing the required claim '(.*?)'/,
        hint: (match) => `The OIDC token has no '${match[1]}' claim, which GitHub puts in every Actions token. Check that ` +
            '`token-service-url` is the nuget.org token endpoint and that nothing replaces the token on the way.'
    },
    {
        pattern: /This bearer token has already been used/,
        hint: () => 'nuget.org accepts each OIDC token once. This action asks for a new token for every attempt, so the token ' +
            'was spent elsewhere: re-run the job, and make sure no other step sends the same token.'
    },
    {
        pattern: /has an incorrect audience|must have exactly one aud claim|must have an aud claim/,
        hint: () => 'Leave `audience` out, or set it to exactly https://www.nuget.org (https://int.nugettest.org for ' +
            "NuGet's test environment), matching `token-service-url`."
    },
    {
        pattern: /iss claim is not supported|must have an iss claim|iss claim must be a valid HTTPS URL/,
        hint: (_, { claims }) => `nuget.org accepts only tokens issued by ${GITHUB_ISSUER}` +
            (claims?.issuer ? `; this token was issued by ${claims.issuer}` : '') +
            '. GitHub Enterprise Server and ghe.com issuers are not supported.'
    },
    {
        pattern: /The JSON web token has expired|The JSON web token is not yet valid/,
        hint: () => "The OIDC token's lifetime did not cover the moment nuget.org checked it, even with 5 minutes' leeway. " +
            "Re-run the job; if it happens again, the runner's clock is off."
    },
    {
        pattern: /has an invalid signature|could not be validated/,
        hint: (_, { claims }) => isEnterpriseSlugIssuer(claims?.issuer)
            ? `This token was issued by ${claims?.issuer}, a per-enterprise issuer, and nuget.org validates tokens ` +
                `against ${GITHUB_ISSUER} only. ${ENTERPRISE_SLUG_FIX}`
            : 'nuget.org could not verify the token as one GitHub Actions issued. Check that `token-service-url` is ' +
                'the nuget.org token endpoint and that no proxy rewrites the Authorization header.'
    },
    {
        pattern: /could not be parsed as a JSON web token|must have a jti claim/,
        hint: () => 'nuget.org did not receive the OIDC token this action sent. A proxy or gateway between the runner and ' +
            'nuget.org may be replacing the Authorization header.'
    },
    {
        pattern: /Authorization header/,
        hint: () => 'The request reached nuget.org without the token this action sent. A proxy or gateway between the runner ' +
            'and nuget.org may be dropping or replacing the Authorization header.'
    },
    {
        pattern: /Only Bearer token authentication is accepted/,
        hint: () => 'The request reached nuget.org with a second credential beside the token, such as a sign-in cookie. ' +
            'Something between the runner and nuget.org (a proxy or gateway) adds it: let requests to nuget.org ' +
            'through unchanged.'
    },
    {
        pattern: /The request could not be authenticated/,
        hint: () => "One of nuget.org's additional checks refused the request without giving a reason. Re-run the job; if " +
            'it keeps failing, contact nuget.org support (https://www.nuget.org/policies/Contact) with the time of the run.'
    },
    {
        pattern: /Content-Type of 'application\/json'|User-Agent header is required|property in the request body is required/,
        hint: () => 'nuget.org did not receive the request as this action sent it; a proxy may have changed it. If not, ' +
            'please report this at https://github.com/acme/nuget-login/issues.'
    },
    {
        pattern: /Generating fetching tokens directly for organizations is not supported/,
        hint: (_, { user }) => `\`user\` ('${user}') names an organization. Set it to the username of the organization member who ` +
            'created the policy; the policy still publishes for the organization.'
    },
    {
        pattern: /The (user|organization) '(.*?)' (is locked|does not have a confirmed email address)/,
        hint: (match) => match[3] === 'is locked'
            ? `The nuget.org ${match[1]} '${match[2]}' is locked. Sign in to check it, or contact nuget.org support.`
            : `Sign in to nuget.org as '${match[2]}' (or an administrator of it) and confirm the account's e-mail ` +
                'address, then re-run the job.'
    },
    {
        pattern: /package owner of the match trust policy not longer exists/,
        hint: () => `The account the policy publishes for no longer exists. Create a new policy on ${TRUSTED_PUBLISHING_PAGE} ` +
            'for an existing owner.'
    },
    {
        pattern: /scopes on the generated API key are not valid.*package owner '(.*?)'/,
        hint: (match) => `The policy's creator may no longer publish for '${match[1]}' (for example, they left the organization ` +
            'or lost its rights). Have a current member of the owner create the policy again.'
    }
];
/**
 * "No matching..." has three causes only (a workflow or environment difference is always named):
 * `user` is no policy creator, the creator has no policy for this owner and repository, or a used
 * policy holds other repository ids. Ranked by what this run shows, with its values.
 */
function noMatchingPolicyHint(user, { claims, repository }) {
    const organization = owningOrganization(user, repository);
    const repositoryName = claims
        ? `${claims.repositoryOwner}/${claims.repository}`
        : (repository?.ownerLogin ?? 'this repository');
    const creator = `- \`user\` ('${user}') is not the nuget.org username of the person who created the policy: no such ` +
        'account, a deleted one, an organization (organizations create no policies), the package owner ' +
        'instead of the creator, or an e-mail address.';
    const noPolicy = `- '${user}' created no policy whose Repository Owner and Repository are this run's (${repositoryName}; ` +
        'letter case does not matter). A Repository typed as a URL or owner/name is stored as the name only ' +
        'when the policy is saved.';
    const otherIds = '- The policy was used before and keeps the repository ids it first saw, and the repository was ' +
        'deleted and recreated, or transferred, since' +
        (claims?.repositoryOwnerId && claims.repositoryId
            ? ` (this run: owner id ${claims.repositoryOwnerId}, repository id ${claims.repositoryId})`
            : '') +
        `. Delete the policy and create it again on ${TRUSTED_PUBLISHING_PAGE}.`;
    const notWorkflow = 'It is not the Workflow File or the Environment: nuget.org names those once owner and repository match.';
    if (organization) {
        return [
            organizationUserCause(organization, user),
            `If a nuget.org user named '${user}' did create the policy, the other causes are:`,
            noPolicy,
            otherIds,
            notWorkflow
        ].join('\n');
    }
    const causes = isRepositoryOwnerUser(user, repository)
        ? [noPolicy, otherIds, creator]
        : [creator, noPolicy, otherIds];
    return [
        'nuget.org does not say which check failed. Its causes, most likely first:',
        ...causes,
        notWorkflow,
        SECRET_USER_NOTE
    ].join('\n');
}
const WORKFLOWS_FOLDER = /^\/?\.github\/workflows\//i;
/** A policy that holds a path, a sub-folder, or another file name than the job's. */
function workflowMismatchHint(policy, expected, actual) {
    const path = expected.replaceAll('\\', '/');
    const file = path.replace(WORKFLOWS_FOLDER, '');
    if (file !== path && !file.includes('/')) {
        return (`The policy '${policy}' holds the path '${expected}', and nuget.org compares the file name only. ` +
            `Open the policy on ${TRUSTED_PUBLISHING_PAGE} and save it: nuget.org now stores the file name ('${file}').` +
            (file.toLowerCase() === actual.toLowerCase()
                ? ''
                : ` This job runs '${actual}': enter that name, or log in from '${file}'.`));
    }
    if (file.includes('/')) {
        return (`The policy '${policy}' names '${expected}', a file in a sub-folder, which never matches: GitHub runs ` +
            `workflows only from .github/workflows itself. Enter the file name only ('${actual}') as the policy's Workflow File.`);
    }
    return (`The policy '${policy}' names the workflow file '${expected}', but this job runs '${actual}'. ` +
        `Enter the file name only ('${actual}', no path) as the policy's Workflow File, or log in from ` +
        `'${expected}'. A renamed workflow file needs the policy updated too.`);
}
/** What to change, for each reason nuget.org gave; undefined when none is known. */
function hintForServerMessage(message, context) {
    const hints = RULES.flatMap((rule) => [...message.matchAll(new RegExp(rule.pattern, 'g'))].map((match) => rule.hint(match, context)));
    return hints.length > 0 ? [...new Set(hints)].join('\n') : undefined;
}

;// CONCATENATED MODULE: ./src/login/explain/failure.ts


const UNKNOWN_REASON_HINT = 'The token service gave a reason this action has no advice for. See ' +
    'https://learn.microsoft.com/nuget/nuget-org/trusted-publishing for how policies are matched.';
/** What happened and what to do, for the step's one failure annotation and the job summary. */
function explainFailure(error, context) {
    if (!(error instanceof errors/* LoginError */.Qd)) {
        return {
            message: `nuget-login failed unexpectedly: ${(0,errors/* messageOf */.bD)(error)}`,
            hint: 'This is a bug in the action; please report it at https://github.com/acme/nuget-login/issues.'
        };
    }
    if (error.hint)
        return { message: error.message, hint: error.hint };
    if (error.serverMessage) {
        return {
            message: error.message,
            hint: hintForServerMessage(error.serverMessage, context) ?? UNKNOWN_REASON_HINT
        };
    }
    return { message: error.message, hint: undefined };
}
function failureText(failure) {
    return failure.hint ? `${failure.message}\n${failure.hint}` : failure.message;
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

;// CONCATENATED MODULE: ./src/login/exchange/token-service.ts
// Where the OIDC token may go, and how messages name the service it goes to.


const NUGET_HOST = new URL(NUGET_TOKEN_ENDPOINT).host;
/** The token service as messages name it: nuget.org for its own host, otherwise the host itself. */
function serviceName(tokenServiceUrl) {
    return tokenServiceUrl.host === NUGET_HOST ? 'nuget.org' : tokenServiceUrl.host;
}

/**
 * Refuses, before any token is requested, a token service on another host than the audience's:
 * a token for nuget.org sent to a look-alike host (`www.nuget.org.example`, or an IDN whose letters
 * only look like nuget.org's) could be replayed at nuget.org by that host's owner.
 */
function checkTokenDestination(tokenServiceUrl, audience) {
    if (!tokenDestinationProblem(tokenServiceUrl.href, audience))
        return;
    const audienceHost = new URL(audience).host;
    const lookAlike = tokenServiceUrl.hostname.split('.').some((label) => label.startsWith('xn--'));
    throw new errors/* LoginError */.Qd(`The input \`token-service-url\` names the host ${tokenServiceUrl.host}, but the OIDC token is for ` +
        `${audience} (host ${audienceHost}). Its owner could use a token sent there to log in to ${audienceHost} ` +
        'as this workflow, so no token was requested.' +
        (lookAlike
            ? ` ${tokenServiceUrl.hostname} is an internationalised name, written as the network sees it: its ` +
                'letters may only look like those of another host.'
            : ''), {
        hint: `Leave \`token-service-url\` and \`audience\` out for nuget.org (${NUGET_TOKEN_ENDPOINT}, ${NUGET_AUDIENCE}). ` +
            "For NuGet's test environment set `token-service-url: https://int.nugettest.org/api/v2/token` and " +
            '`audience: https://int.nugettest.org`; for another NuGet server, set `audience` to its origin.'
    });
}

;// CONCATENATED MODULE: ./src/login/runner/inputs.ts




/** Defaults for a caller that leaves an input empty; action.yml states the same ones. */
const INPUT_DEFAULTS = {
    'token-service-url': NUGET_TOKEN_ENDPOINT,
    audience: NUGET_AUDIENCE,
    timeout: '60',
    'attempt-timeout': '10',
    'max-attempts': '7',
    'export-api-key': 'false',
    'verify-only': 'false'
};
function readInputs(getInput) {
    const read = (name) => getInput(name).trim() || INPUT_DEFAULTS[name];
    const user = parseUser(getInput('user').trim());
    const tokenServiceUrl = parseTokenServiceUrl(read('token-service-url'));
    const audience = parseAudience(read('audience'));
    checkTokenDestination(tokenServiceUrl, audience);
    return {
        user,
        tokenServiceUrl,
        audience,
        timeoutMs: parseSeconds('timeout', read('timeout'), 1, 600),
        attemptTimeoutMs: parseSeconds('attempt-timeout', read('attempt-timeout'), 1, 300),
        maxAttempts: parseWholeNumber('max-attempts', read('max-attempts'), 1, 10),
        exportApiKey: parseBoolean('export-api-key', read('export-api-key')),
        verifyOnly: parseBoolean('verify-only', read('verify-only'))
    };
}
const USER_HINT = 'Set `user` to the nuget.org username of the account that created the trusted publishing policy ' +
    '(shown on the Trusted Publishing page under your username on nuget.org), not an e-mail address or organization.';
function parseUser(user) {
    const problem = usernameProblem(user);
    if (problem)
        throw new errors/* LoginError */.Qd(`The input \`user\` ${problem}.`, { hint: USER_HINT });
    return user;
}
function parseTokenServiceUrl(value) {
    const hint = `Set \`token-service-url\` to ${INPUT_DEFAULTS['token-service-url']} or leave it out.`;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors/* LoginError */.Qd(`The input \`token-service-url\` is not a URL: '${withoutUserinfo(value)}'.`, { hint });
    }
    if (url.username || url.password) {
        throw new errors/* LoginError */.Qd('The input `token-service-url` must not contain credentials.', { hint });
    }
    if (url.protocol === 'https:')
        return url;
    if (url.protocol === 'http:' && isLoopbackHost(url.hostname))
        return url;
    throw new errors/* LoginError */.Qd(`The input \`token-service-url\` must use https, so the GitHub token cannot be read on the way: '${value}'.`, { hint: `${hint} Plain http is accepted only for loopback hosts (local tests).` });
}
function parseAudience(value) {
    const problem = audienceProblem(value);
    if (problem) {
        throw new errors/* LoginError */.Qd(`The input \`audience\` ${problem}.`, {
            hint: `Set \`audience\` to exactly ${INPUT_DEFAULTS.audience} or leave it out.`
        });
    }
    return value;
}
function parseWholeNumber(name, value, min, max) {
    const number = Number(value);
    if (!/^\d+$/.test(value) || number < min || number > max) {
        throw new errors/* LoginError */.Qd(`The input \`${name}\` must be a whole number from ${min} to ${max}, but is '${value}'.`);
    }
    return number;
}
function parseSeconds(name, value, min, max) {
    return parseWholeNumber(name, value, min, max) * 1000;
}
/** The YAML 1.2 core schema booleans, as the runner's own boolean inputs accept them. */
function parseBoolean(name, value) {
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new errors/* LoginError */.Qd(`The input \`${name}\` must be true or false, but is '${value}'.`);
}

// EXTERNAL MODULE: ./src/login/transport/statuses.ts
var statuses = __nccwpck_require__(301);
;// CONCATENATED MODULE: ./src/login/transport/answers.ts



const EXCERPT_LENGTH = 200;
const SERVER_MESSAGE_LENGTH = 2000;
/**
 * Turns an answer that is not a success into a LoginError: the server's own message when it
 * sent one, otherwise the status and a short, cleaned excerpt of the body. Without the server's own
 * reason, `serverFaultHint` goes with a 500 and `refusalHint` with a permanent refusal.
 */
function describeErrorAnswer(what, response, options) {
    const { status, headers } = response;
    if (status >= 300 && status < 400) {
        const location = headerValue(headers, 'location') ?? '(no Location header)';
        return new errors/* LoginError */.Qd(`${what}: it answered ${status} with a redirect to ${clean(withoutUserinfo(location))}, which is not followed.`, { status, hint: options.redirectHint });
    }
    const serverMessage = jsonErrorField(response.body);
    const detail = serverMessage ?? bodyExcerpt(response.body);
    const transient = (0,statuses/* isTransientStatus */.D)(status);
    return new errors/* LoginError */.Qd(`${what} (HTTP ${status})${detail ? `: ${detail}` : '.'}`, {
        status,
        serverMessage,
        hint: serverMessage ? undefined : unexplainedHint(status, transient, options),
        transient,
        retryAfterMs: parseRetryAfter(headerValue(headers, 'retry-after'), options.now)
    });
}
/** The hint for an answer that came without the server's own reason. */
function unexplainedHint(status, transient, options) {
    if (status === 500)
        return options.serverFaultHint;
    return transient ? undefined : options.refusalHint;
}
function headerValue(headers, name) {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
}
/** The server's clock when it answered, from its Date header; undefined without a valid one. */
function answeredAt(headers) {
    const value = headerValue(headers, 'date');
    const time = value === undefined ? Number.NaN : Date.parse(value);
    return Number.isNaN(time) ? undefined : time;
}
/** Milliseconds to wait from a Retry-After header given in seconds or as an HTTP date. */
function parseRetryAfter(value, now) {
    if (value === undefined)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const date = Date.parse(trimmed);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
function jsonErrorField(body) {
    try {
        const error = JSON.parse(body)?.error;
        return typeof error === 'string' && error.trim()
            ? truncate(clean(error), SERVER_MESSAGE_LENGTH)
            : undefined;
    }
    catch {
        return undefined;
    }
}
function bodyExcerpt(body) {
    return truncate(clean(body.replace(/<[^>]*>/g, ' ')), EXCERPT_LENGTH);
}
function truncate(text, length) {
    return text.length > length ? `${text.slice(0, length)}…` : text;
}
/** One line of printable text, with anything shaped like a JWT blanked out. */
function clean(text) {
    return text
        .replace(/[\p{Cc}\p{Cf}]+/gu, ' ')
        .replace(/eyJ[\w-]*\.[\w-]+\.[\w-]*/g, '[token removed]')
        .replace(/\s+/g, ' ')
        .trim();
}

;// CONCATENATED MODULE: ./src/login/exchange/exchange.ts




/**
 * nuget.org's keys (v5) are 84 ASCII letters and digits. Anything else did not come from nuget.org,
 * and a key is pasted into scripts (`--api-key "${{ steps.login.outputs.NUGET_API_KEY }}"`), where
 * the runner substitutes it before the shell reads it: letters and digits are all no shell acts on.
 */
const NUGET_KEY_LENGTH = 84;
const NUGET_KEY_CHARACTERS = /^[A-Za-z0-9]+$/;
const NUGET_KEY_SHAPE = `nuget.org's keys are ${NUGET_KEY_LENGTH} ASCII letters and digits`;
/** Trades one OIDC token for a short-lived API key: one request, no retries. */
async function exchangeOidcToken(send, request, now = Date.now()) {
    const response = await send({
        method: 'POST',
        url: request.tokenServiceUrl,
        headers: {
            Accept: 'application/json',
            Authorization: `Bearer ${request.oidcToken}`,
            'Content-Type': 'application/json',
            'User-Agent': request.userAgent
        },
        body: JSON.stringify({ username: request.user, tokenType: 'ApiKey' }),
        timeoutMs: request.timeoutMs
    });
    if (response.status < 200 || response.status >= 300) {
        throw describeErrorAnswer(`${request.tokenServiceUrl.host} refused the login`, response, {
            now,
            redirectHint: 'If the token service has moved, set `token-service-url` to the address it names.',
            refusalHint: `Check that \`token-service-url\` is the token endpoint of nuget.org (${NUGET_TOKEN_ENDPOINT}) ` +
                'and that trusted publishing is available there.',
            serverFaultHint: 'The token service failed with an internal error and sent an error page instead of a reason: the fault ' +
                'is on its side, not in your workflow or policy. Re-run the job later and check https://status.nuget.org; ' +
                'if it persists, report it at https://github.com/NuGet/NuGetGallery/issues with the time of the run.'
        });
    }
    return parseApiKeyAnswer(response.body, now, answeredAt(response.headers));
}
/**
 * Validates a success answer. Its body may hold a key, so it is never quoted in an error. A fresh
 * key is judged by the server's clock (`serverNow`, from its Date header) when it gave one: a
 * runner's clock can be off by hours.
 */
function parseApiKeyAnswer(body, now, serverNow) {
    const answer = parseJsonObject(body);
    const apiKey = answer.apiKey;
    if (typeof apiKey !== 'string' || apiKey === '') {
        throw invalidAnswer('it holds no `apiKey`');
    }
    checkKeyShape(apiKey);
    const expires = parseExpires(answer.expires, now, serverNow);
    return serverNow === undefined
        ? { value: apiKey, expires }
        : { value: apiKey, expires, clockSkewMs: now - serverNow };
}
/** Refuses a key nuget.org could not have issued, naming its length and never its text. */
function checkKeyShape(apiKey) {
    const length = `${apiKey.length} character${apiKey.length === 1 ? '' : 's'}`;
    if (!/^[\x21-\x7e]+$/.test(apiKey)) {
        throw invalidAnswer(`its \`apiKey\` (${length}) contains white space, control or non-ASCII characters, and ${NUGET_KEY_SHAPE}`);
    }
    if (!NUGET_KEY_CHARACTERS.test(apiKey)) {
        throw invalidAnswer(`its \`apiKey\` (${length}) holds characters other than ASCII letters and digits, which a later ` +
            `step's script could run as code, and ${NUGET_KEY_SHAPE}`);
    }
    if (apiKey.length !== NUGET_KEY_LENGTH) {
        throw invalidAnswer(`its \`apiKey\` is ${length} long, and ${NUGET_KEY_SHAPE}`);
    }
}
/** An absent `expires` is accepted (the key still works); a present one must be a future time. */
function parseExpires(value, now, serverNow) {
    if (value === undefined || value === null)
        return undefined;
    const expires = typeof value === 'string' ? new Date(value) : undefined;
    if (!expires || Number.isNaN(expires.getTime())) {
        throw invalidAnswer('its `expires` is not a valid time');
    }
    if (serverNow !== undefined && expires.getTime() <= serverNow) {
        throw invalidAnswer(`the key it holds already expired at ${expires.toISOString()} by the token service's own clock ` +
            `(its answer is dated ${new Date(serverNow).toISOString()})`);
    }
    if (serverNow === undefined && expires.getTime() <= now)
        throw expiredByRunnerClock(expires, now);
    return expires;
}
/** Without the server's Date, an expired key may as well mean a runner's clock that is ahead. */
function expiredByRunnerClock(expires, now) {
    return new errors/* LoginError */.Qd(`The token service reported success with a key that expires at ${expires.toISOString()}, ` +
        `${describeDuration(now - expires.getTime())} before this runner's clock (${new Date(now).toISOString()}); ` +
        "no key was output. Its answer has no Date header to compare clocks with: either the runner's clock is " +
        'ahead by at least that much, or the token service issued a key that had already expired.', {
        hint: "Compare the runner's clock with the real time (for example a step running `date -u` before this one) " +
            `and fix it (NTP). If it is right, check that \`token-service-url\` points at the nuget.org token endpoint (${NUGET_TOKEN_ENDPOINT}).`
    });
}
function parseJsonObject(body) {
    let answer;
    try {
        answer = JSON.parse(body);
    }
    catch {
        throw invalidAnswer('it is not JSON');
    }
    if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) {
        throw invalidAnswer('it is not a JSON object');
    }
    return answer;
}
function invalidAnswer(reason) {
    return new errors/* LoginError */.Qd(`The token service reported success, but ${reason}; no key was output.`, {
        hint: `Check that \`token-service-url\` points at the nuget.org token endpoint (${NUGET_TOKEN_ENDPOINT}).`
    });
}

;// CONCATENATED MODULE: ./src/login/exchange/oidc.ts


const ID_TOKEN_PERMISSION_HINT = [
    'Give the job permission to request an OIDC token:',
    '',
    '  permissions:',
    '    id-token: write',
    '    contents: read',
    '',
    'A `permissions:` block replaces the default permissions, so list every scope later steps need',
    '(for example `contents: write` for a release step).'
].join('\n');
function hasOidcEnvironment(env) {
    return !!env.ACTIONS_ID_TOKEN_REQUEST_URL && !!env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
}
function missingOidcEnvironment() {
    return new errors/* LoginError */.Qd('GitHub did not give this job a way to request an OIDC token ' +
        '(ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set).', { hint: ID_TOKEN_PERMISSION_HINT });
}
function readOidcEnvironment(env) {
    const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!requestUrl || !requestToken)
        throw missingOidcEnvironment();
    try {
        return { requestUrl: new URL(requestUrl), requestToken };
    }
    catch {
        throw new errors/* LoginError */.Qd('ACTIONS_ID_TOKEN_REQUEST_URL is not a URL; this job cannot request an OIDC token.');
    }
}
/** Asks GitHub for a new OIDC token for the audience: one request, no retries. */
async function requestOidcToken(send, request, now = Date.now()) {
    const url = new URL(request.environment.requestUrl);
    url.searchParams.set('audience', request.audience);
    const response = await send({
        method: 'GET',
        url,
        headers: {
            Accept: 'application/json',
            Authorization: `Bearer ${request.environment.requestToken}`,
            'User-Agent': request.userAgent
        },
        timeoutMs: request.timeoutMs
    });
    if (response.status !== 200) {
        const { requestToken } = request.environment;
        throw githubRefusal({ ...response, body: response.body.split(requestToken).join('***') }, now);
    }
    return parseOidcAnswer(response.body);
}
const FROM_GITHUB = "This answer came from GitHub's OIDC token service (the runner's ACTIONS_ID_TOKEN_REQUEST_URL), before " +
    'anything was sent to the token service.';
/**
 * A failed answer from GitHub, with GitHub's advice: its words never get the token service's hints,
 * even where they read alike.
 */
function githubRefusal(response, now) {
    const answer = describeErrorAnswer('GitHub refused the OIDC token request', response, { now });
    const advice = answer.status === 401 || answer.status === 403
        ? "The runner's credentials for requesting OIDC tokens were not accepted, which can happen when a job " +
            'runs for many hours. Re-run the job.'
        : 'Check https://www.githubstatus.com for trouble with GitHub Actions and re-run the job; if it keeps ' +
            'failing, report it to GitHub support with the URL of the run.';
    return new errors/* LoginError */.Qd(answer.message, {
        status: answer.status,
        transient: answer.transient,
        retryAfterMs: answer.retryAfterMs,
        hint: `${FROM_GITHUB} ${advice}`
    });
}
function parseOidcAnswer(body) {
    let value;
    try {
        value = JSON.parse(body).value;
    }
    catch {
        value = undefined;
    }
    if (typeof value !== 'string' || !/^[\w-]+\.[\w-]+\.[\w-]+$/.test(value)) {
        throw new errors/* LoginError */.Qd('GitHub answered the OIDC token request without a token.', {
            transient: true
        });
    }
    return value;
}

;// CONCATENATED MODULE: ./src/login/transport/retry.ts

const DEFAULT_BACKOFF = { baseDelayMs: 1000, maxDelayMs: 8000, maxRetryAfterMs: 20_000 };
/** Full-jitter exponential backoff: a random wait up to base * 2^(attempt - 1), capped. */
function backoffDelay(attempt, policy, random) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    return Math.floor(random * ceiling);
}
/**
 * Runs `operation` until it succeeds, fails for good, runs out of attempts, or the next wait
 * would pass the deadline. Only transient LoginErrors are retried.
 */
async function retry(what, operation, policy, clock, onRetry) {
    for (let attempt = 1;; attempt++) {
        try {
            return await operation(attempt);
        }
        catch (error) {
            if (!(0,errors/* isTransient */.dg)(error))
                throw error;
            if (attempt >= policy.maxAttempts) {
                throw gaveUp(`${what} failed ${attempt} times`, error);
            }
            const delayMs = waitBeforeRetry(error, attempt, policy, clock.random());
            if (clock.now() + delayMs >= policy.deadline) {
                throw gaveUp(`${what} failed ${attempt} times and the time allowed for the login ran out`, error);
            }
            onRetry({ what, attempt, delayMs, error });
            await clock.sleep(delayMs);
        }
    }
}
function waitBeforeRetry(error, attempt, policy, random) {
    if (error.retryAfterMs !== undefined)
        return Math.min(error.retryAfterMs, policy.maxRetryAfterMs);
    return backoffDelay(attempt, policy, random);
}
function gaveUp(summary, error) {
    const last = error instanceof errors/* LoginError */.Qd ? error : undefined;
    return new errors/* LoginError */.Qd(`${summary}; the last failure was: ${(0,errors/* messageOf */.bD)(error)}`, {
        hint: last?.hint ??
            'The failures look temporary (network or server trouble). Re-run the job; if it keeps failing, ' +
                'raise `timeout` or `max-attempts`, or check https://status.nuget.org.',
        status: last?.status,
        serverMessage: last?.serverMessage,
        cause: error
    });
}

;// CONCATENATED MODULE: ./src/login/exchange/login.ts






/**
 * Gets a short-lived API key. nuget.org accepts an OIDC token only once, so every exchange
 * attempt starts with a new token.
 */
async function login(inputs, deps) {
    const environment = readOidcEnvironment(deps.env);
    // GitHub's answers may quote it; the runner then shows *** instead.
    deps.setSecret(environment.requestToken);
    const { clock } = deps;
    const policy = {
        ...DEFAULT_BACKOFF,
        maxAttempts: inputs.maxAttempts,
        deadline: clock.now() + inputs.timeoutMs
    };
    const timeoutMs = () => Math.max(1, Math.min(inputs.attemptTimeoutMs, policy.deadline - clock.now()));
    const persist = (what, operation) => retry(what, operation, policy, clock, (notice) => deps.warning(describeRetry(notice, policy)));
    const newOidcToken = () => persist('Requesting an OIDC token from GitHub', () => requestOidcToken(deps.send, {
        environment,
        audience: inputs.audience,
        userAgent: deps.userAgent,
        timeoutMs: timeoutMs()
    }, clock.now()));
    const exchange = `Exchanging the OIDC token for an API key at ${serviceName(inputs.tokenServiceUrl)}`;
    const key = await persist(exchange, async () => {
        const oidcToken = await newOidcToken();
        deps.setSecret(oidcToken);
        deps.onOidcToken?.(oidcToken);
        return exchangeOidcToken(deps.send, {
            tokenServiceUrl: inputs.tokenServiceUrl,
            user: inputs.user,
            oidcToken,
            userAgent: deps.userAgent,
            timeoutMs: timeoutMs()
        }, clock.now());
    });
    const skew = clockSkewWarning(key, inputs.tokenServiceUrl.host);
    if (skew)
        deps.warning(skew);
    return key;
}
function describeRetry(notice, policy) {
    return (`${notice.what} failed (attempt ${notice.attempt} of ${policy.maxAttempts}): ` +
        `${(0,errors/* messageOf */.bD)(notice.error)} Trying again in ${(notice.delayMs / 1000).toFixed(1)} s.`);
}

;// CONCATENATED MODULE: ./src/login/runner/output.ts

/** Masks the key before anything else can print it, then hands it to later steps. */
function publishApiKey(commands, key, options) {
    commands.setSecret(key.value);
    // The key is written last, so a failed write leaves no key behind for later steps.
    if (options.exportApiKey)
        commands.exportVariable(API_KEY_OUTPUT, key.value);
    if (key.expires)
        commands.setOutput(EXPIRES_OUTPUT, key.expires.toISOString());
    commands.setOutput(API_KEY_OUTPUT, key.value);
    if (options.exportApiKey) {
        commands.info(`Exported ${API_KEY_OUTPUT} to the environment of the job's later steps.`);
    }
    const service = options.service ?? 'nuget.org';
    const loggedIn = `Logged in to ${service} as '${options.user}'.`;
    if (key.expires) {
        commands.info(`${loggedIn} ${describeExpiry(key.expires, options.now, service)}`);
    }
    else {
        commands.info(loggedIn);
        commands.warning(MISSING_EXPIRY);
    }
}
/** nuget.org records the issue time rounded down to the minute, so a key ends up to 60 s early. */
const EARLY_END_MS = 60_000;
const MISSING_EXPIRY = `The token service did not say when the API key expires, so ${EXPIRES_OUTPUT} is not set. ` +
    'nuget.org keys last at most an hour: push right after the login.';
/** When nuget.org may start refusing a key that expires at `expires`. */
function refusedFrom(expires) {
    return new Date(expires.getTime() - EARLY_END_MS);
}
function describeExpiry(expires, now, service = 'nuget.org') {
    const usableUntil = refusedFrom(expires);
    return (`The API key expires at ${expires.toISOString()} (${describeLifetime(expires.getTime() - now)}); ` +
        `${service} may refuse it from ${usableUntil.toISOString()}, a minute earlier, so finish pushing by then.`);
}
function describeLifetime(ms) {
    const minutes = Math.round(ms / 60_000);
    return minutes >= 1 ? `in ${minutes} minute${minutes === 1 ? '' : 's'}` : 'in less than a minute';
}
/**
 * For verify-only: the key is masked in case anything prints it, and goes nowhere: no output, no
 * variable. nuget.org has seen the policy match, which also makes a temporary policy permanent.
 */
function discardApiKey(commands, key, user, service = 'nuget.org') {
    commands.setSecret(key.value);
    commands.info(`verify-only: ${service} accepted this run for a trusted publishing policy of '${user}' and issued a key, ` +
        'which was discarded: no output or variable was set. A release from this workflow will log in the same way.');
}

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

;// CONCATENATED MODULE: ./src/login/explain/preflight.ts



/** Events nuget.org refuses, whatever the policy says. */
const REFUSED_EVENTS = new Set(['pull_request_target']);
const PULL_REQUEST_EVENTS = new Set([
    'pull_request',
    'pull_request_review',
    'pull_request_review_comment'
]);
/** Fails, before any token is requested, a run that nuget.org would refuse anyway. */
function preflight(context) {
    const { eventName } = context;
    if (eventName && REFUSED_EVENTS.has(eventName)) {
        throw new errors/* LoginError */.Qd(`nuget.org does not accept logins from workflows triggered by '${eventName}'.`, {
            hint: `Publish from a workflow triggered by push, release or workflow_dispatch instead of ${eventName}; ` +
                `${eventName} runs with the base repository's secrets on code from pull requests.`
        });
    }
    if (!context.hasOidcEnvironment &&
        eventName &&
        PULL_REQUEST_EVENTS.has(eventName) &&
        isFromFork(context.event)) {
        throw new errors/* LoginError */.Qd('This run comes from a pull request from a fork, and GitHub gives such runs no OIDC token.', {
            hint: 'Publish from the base repository (for example on push of a tag or on release), not from pull requests ' +
                'from forks. The `id-token: write` permission cannot be granted to them.'
        });
    }
    if (!context.hasOidcEnvironment && context.fromDependabot) {
        throw new errors/* LoginError */.Qd('This run was started by Dependabot, and GitHub gives Dependabot runs no OIDC token, whatever the ' +
            '`id-token` permission says.', {
            hint: "Skip the login for Dependabot, for example with `if: github.actor != 'dependabot[bot]'` on the job, and " +
                'publish from runs you start: on push of a tag, on release or by hand.'
        });
    }
    if (!context.hasOidcEnvironment)
        throw missingOidcEnvironment();
}
const DEPENDABOT = 'dependabot[bot]';
/**
 * The run's event name and OIDC variables, from the runner's environment. The webhook payload is
 * read only when it can change what the action does: the OIDC variables are missing (is the run
 * from a fork?), or `user` is the repository owner's name (is that an organization?).
 */
function readWorkflowContext(env, readText, user = '') {
    const oidcAvailable = hasOidcEnvironment(env);
    const needed = !oidcAvailable || namesRepositoryOwner(user, env);
    const eventText = needed && env.GITHUB_EVENT_PATH ? readText(env.GITHUB_EVENT_PATH) : undefined;
    let event;
    try {
        event = eventText ? JSON.parse(eventText) : undefined;
    }
    catch {
        event = undefined;
    }
    return {
        eventName: env.GITHUB_EVENT_NAME,
        fromDependabot: [env.GITHUB_ACTOR, env.GITHUB_TRIGGERING_ACTOR].includes(DEPENDABOT),
        event,
        hasOidcEnvironment: oidcAvailable,
        ...(eventText ? { repository: repositoryFactsOf(event) } : {})
    };
}
/** GITHUB_REPOSITORY_OWNER (or the owner part of GITHUB_REPOSITORY) is `user`, in any case. */
function namesRepositoryOwner(user, env) {
    const owner = env.GITHUB_REPOSITORY_OWNER ?? env.GITHUB_REPOSITORY?.split('/')[0];
    return !!user && owner?.toLowerCase() === user.toLowerCase();
}
function isFromFork(event) {
    const pullRequest = event?.pull_request;
    if (!pullRequest)
        return false;
    const head = pullRequest.head?.repo;
    const base = pullRequest.base?.repo;
    return (head?.fork === true ||
        (!!head?.full_name && !!base?.full_name && head.full_name !== base.full_name));
}

;// CONCATENATED MODULE: ./src/shared/markdown.ts
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

;// CONCATENATED MODULE: ./src/login/runner/summary.ts




/**
 * Markdown for the job summary page. Holds no secret: no token, no key. Text from a server, a
 * claim or an input is shown, never rendered as a link, an image or HTML (inertProse, code spans).
 */
function successSummary(user, expires, claims, service = 'nuget.org') {
    return [
        `### ✅ Logged in to ${service}`,
        '',
        `Logged in as \`${codeText(user)}\` with trusted publishing. ${expiryLine(expires, service)}`,
        '',
        ...claimsTables('The policy matched this run', claims)
    ].join('\n');
}
function verifiedSummary(user, claims, service = 'nuget.org') {
    return [
        '### ✅ The trusted publishing policy matched (verify-only)',
        '',
        `${service} accepted this run as \`${codeText(user)}\` and issued an API key, which was discarded: no output ` +
            'was set. A release from this workflow will log in the same way. A new policy became permanent with this use.',
        '',
        ...claimsTables('The policy matched this run', claims)
    ].join('\n');
}
function expiryLine(expires, service) {
    if (!expires)
        return inertProse(MISSING_EXPIRY);
    const usableUntil = refusedFrom(expires);
    return (`The API key expires at **${expires.toISOString()}**; ${service} may refuse it from ` +
        `**${usableUntil.toISOString()}**, a minute earlier, so finish pushing by then.`);
}
/** `service` is undefined when the inputs were refused, before any service was chosen. */
function failureSummary(failure, claims, service) {
    return [
        service ? `### ❌ ${service} login failed` : '### ❌ Login failed',
        '',
        quote((0,log_text/* inertLog */.H_)(failure.message)),
        '',
        ...(failure.hint
            ? ['**What to change**', '', ...hintMarkdown((0,log_text/* inertLog */.H_)(failure.hint)), '']
            : []),
        ...claimsTables('What to enter in the policy on nuget.org (Trusted Publishing, GitHub Actions)', claims)
    ].join('\n');
}
function claimsTables(title, claims) {
    if (!claims)
        return [];
    return [
        `**${title}**`,
        '',
        '| Policy field | This run |',
        '| --- | --- |',
        ...policyFields(claims).map(([name, value]) => `| ${name} | \`${codeText(value)}\` |`),
        '',
        '| Also in the token | |',
        '| --- | --- |',
        ...otherClaims(claims).map(([name, value]) => `| ${name} | \`${codeText(value)}\` |`),
        '',
        ...(claims.environment ? [] : [inertProse(noEnvironmentNote(claims)), ''])
    ];
}
/**
 * A hint as Markdown: its indented lines (YAML to paste) as a fenced block, its '- ' lines as one
 * list, every other line as a paragraph of its own.
 */
function hintMarkdown(hint) {
    const blocks = [];
    for (const line of hint.split('\n')) {
        const kind = line.startsWith('  ') ? 'yaml' : line.startsWith('- ') ? 'list' : 'text';
        const last = blocks.at(-1);
        if (line.trim() === '')
            continue;
        if (last && last.kind === kind && kind !== 'text')
            last.lines.push(line);
        else
            blocks.push({ kind, lines: [line] });
    }
    return blocks.flatMap((block, index) => [
        ...(index > 0 ? [''] : []),
        ...(block.kind === 'yaml'
            ? fenced('yaml', block.lines.map((line) => line.slice(2)))
            : block.lines.map((line) => block.kind === 'list' ? `- ${inertProse(line.slice(2))}` : inertProse(line)))
    ]);
}
function quote(text) {
    return text
        .split('\n')
        .map((line) => `> ${inertProse(line)}`)
        .join('\n');
}
/** A fenced block whose fence no line of it can close. */
function fenced(info, lines) {
    const longest = Math.max(2, ...lines.flatMap((line) => line.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    return [`${fence}${info}`, ...lines, fence];
}

;// CONCATENATED MODULE: ./src/login/main.ts










async function run(runtime) {
    let user = '';
    let service;
    let claims;
    let repository;
    try {
        const inputs = readInputs(runtime.getInput);
        user = inputs.user;
        service = serviceName(inputs.tokenServiceUrl);
        const workflow = readWorkflowContext(runtime.env, runtime.readText, user);
        repository = workflow.repository;
        preflight(workflow);
        const organization = organizationUserWarning(user, repository);
        if (organization)
            runtime.warning(organization);
        const key = await login(inputs, {
            ...runtime,
            onOidcToken: (token) => {
                claims ??= showWhatNuGetWillSee(runtime, token);
            }
        });
        if (inputs.verifyOnly) {
            discardApiKey(runtime, key, user, service);
            await runtime.writeSummary(verifiedSummary(user, claims, service));
            return;
        }
        publishApiKey(runtime, key, {
            user,
            service,
            exportApiKey: inputs.exportApiKey,
            now: serverTime(key, runtime.clock.now())
        });
        await runtime.writeSummary(successSummary(user, key.expires, claims, service));
    }
    catch (error) {
        const failure = explainFailure(error, { user, claims, repository });
        runtime.setFailed(failureText(failure));
        await runtime.writeSummary(failureSummary(failure, claims, service));
    }
}


/***/ }),

/***/ 504:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xB: () => (/* binding */ createRuntime)
});

// UNUSED EXPORTS: proxyRoutes, writeRunnerFile

;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function utils_toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_namespaceObject.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_namespaceObject.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(611);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(692);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var node_modules_tunnel = __nccwpck_require__(770);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = (/* unused pure expression or super */ null && (['OPTIONS', 'GET', 'DELETE', 'HEAD']));
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class lib_HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? https : http;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new https.Agent(options) : new http.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var auth_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_namespaceObject.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_namespaceObject.constants.R_OK | external_fs_namespaceObject.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_namespaceObject.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(613);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_namespaceObject.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_namespaceObject.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_namespaceObject.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_namespaceObject.EOL.length);
                n = s.indexOf(external_os_namespaceObject.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_namespaceObject.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_namespaceObject.platform();
const arch = external_os_namespaceObject.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = utils_toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return file_command_issueFileCommand('ENV', file_command_prepareKeyValueMessage(name, val));
    }
    command_issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_namespaceObject.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_namespaceObject.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
// EXTERNAL MODULE: ./src/login/errors.ts
var errors = __nccwpck_require__(158);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(67);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
;// CONCATENATED MODULE: external "node:tls"
const external_node_tls_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");
// EXTERNAL MODULE: ./src/login/transport/statuses.ts
var statuses = __nccwpck_require__(301);
;// CONCATENATED MODULE: ./src/login/transport/tunnel.ts




/** The proxy as it may be printed: scheme, host and port, never the credentials in its URL. */
function proxyName(proxy) {
    return `${proxy.protocol}//${proxy.host}`;
}
/** A URL's host name as sockets take it: an IPv6 address without its brackets. */
function bareHostname(url) {
    return url.hostname.replace(/^\[|\]$/g, '');
}
/** `host:port` of a URL, as CONNECT names it. */
function authorityOf(target) {
    return `${target.hostname}:${target.port || (target.protocol === 'https:' ? 443 : 80)}`;
}
/**
 * Opens a tunnel to `target` with the proxy's CONNECT method and resolves with its socket. Every
 * answer but a plain 2xx is a LoginError naming the proxy: the server behind it was never reached.
 */
function openTunnel(route, target, track) {
    const authority = authorityOf(target);
    const proxy = route.url;
    return new Promise((resolve, reject) => {
        const client = proxy.protocol === 'https:' ? external_node_https_namespaceObject : external_node_http_;
        const connect = track(client.request({
            protocol: proxy.protocol,
            hostname: bareHostname(proxy),
            port: proxy.port || (proxy.protocol === 'https:' ? 443 : 80),
            method: 'CONNECT',
            path: authority,
            agent: false,
            headers: { Host: authority, ...proxyAuthorization(proxy) }
        }));
        connect.once('connect', (response, socket, head) => {
            track(socket);
            const status = response.statusCode ?? 0;
            if (status < 200 || status >= 300)
                return reject(refusal(route, authority, response));
            if (head.length > 0)
                return reject(spokeTooEarly(route, authority));
            resolve(socket);
        });
        connect.once('error', (error) => reject(unreachable(route, authority, error)));
        connect.end();
    });
}
function proxyAuthorization(proxy) {
    if (!proxy.username && !proxy.password)
        return {};
    const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
    return { 'Proxy-Authorization': `Basic ${Buffer.from(credentials).toString('base64')}` };
}
function refusal(route, authority, response) {
    const status = response.statusCode ?? 0;
    const message = `The proxy ${proxyName(route.url)} refused to open a tunnel to ${authority}: HTTP ${(0,statuses/* statusText */.q)(status)}.`;
    // tinyproxy answers wrong credentials with 401 and missing ones with 407.
    if (status === 407 || status === 401) {
        return new errors/* LoginError */.Qd(message, { hint: credentialsHint(route, response) });
    }
    const transient = (0,statuses/* isTransientStatus */.D)(status);
    return new errors/* LoginError */.Qd(message, {
        transient,
        hint: transient
            ? `The proxy could not reach ${authority}, or is overloaded. If this keeps happening, ask the proxy's ` +
                `administrator, or list ${hostOf(authority)} in NO_PROXY if the runner can reach it directly.`
            : `The proxy in ${route.variable} does not let this runner through to ${authority}. Ask its administrator ` +
                `to allow it, or list ${hostOf(authority)} in NO_PROXY if the runner can reach it directly.`
    });
}
/** What the proxy asks for, named only from a fixed list: its header is not printed. */
const AUTH_SCHEMES = ['Basic', 'Digest', 'Negotiate', 'NTLM', 'Bearer'];
function credentialsHint(route, response) {
    const header = [response.headers['proxy-authenticate'], response.headers['www-authenticate']]
        .flat()
        .join(',');
    const schemes = AUTH_SCHEMES.filter((scheme) => new RegExp(`\\b${scheme}\\b`, 'i').test(header));
    const asks = schemes.length
        ? `It asks for ${schemes.join(' or ')} credentials`
        : 'It asks for credentials';
    const given = route.url.username || route.url.password
        ? `the user name and password in ${route.variable} were not accepted`
        : `${route.variable} gives none`;
    const basicOnly = schemes.length && !schemes.includes('Basic')
        ? ' This action can send only Basic credentials: ask for a proxy account that accepts them.'
        : '';
    return (`${asks}, and ${given}. Set ${route.variable} to ${route.url.protocol}//USER:PASSWORD@${route.url.host} from a secret ` +
        `(percent-encode special characters), or ask the proxy's administrator to let this runner through.${basicOnly} ` +
        'A refusal by the proxy is not retried.');
}
function spokeTooEarly(route, authority) {
    return new errors/* LoginError */.Qd(`The proxy ${proxyName(route.url)} accepted a tunnel to ${authority}, then sent data of its own before ` +
        'the request: the tunnel was not used.', {
        hint: `Something other than a plain HTTP proxy answers at ${proxyName(route.url)}. Check the address in ` +
            `${route.variable}.`
    });
}
function unreachable(route, authority, error) {
    return new errors/* LoginError */.Qd(`The proxy ${proxyName(route.url)} (from ${route.variable}) failed while opening a tunnel to ` +
        `${authority}: ${(0,errors/* reasonOf */.A3)(error)}`, {
        transient: true,
        hint: `Check that the proxy in ${route.variable} is running and that its address is right.`,
        cause: error
    });
}
function hostOf(authority) {
    return authority.slice(0, authority.lastIndexOf(':'));
}

;// CONCATENATED MODULE: ./src/login/transport/http.ts







/**
 * Sends one request and reads the answer, never following redirects. The request settles within
 * its timeout whatever the network, a proxy or the server does, and leaves no socket open.
 * Failures to get an answer at all are transient LoginErrors.
 */
function createTransport(options) {
    return (request) => {
        const proxy = options.proxyFor(request.url);
        let tunnelling = proxy !== undefined;
        return settleWithin(request.timeoutMs, () => timedOut(request, proxy, tunnelling), async (track) => {
            const tunnel = proxy ? await openTunnel(proxy, request.url, track) : undefined;
            tunnelling = false;
            const response = await sendOver(request, tunnel, track);
            const body = await readBody(response, options.maxBodyBytes, request);
            return { status: response.statusCode ?? 0, headers: response.headers, body };
        }).catch((error) => {
            throw describeNetworkError(request, proxy, error);
        });
    };
}
/**
 * Runs `operation` with a way to register what it opens, and settles with it or, after `ms`, with
 * `onTimeout()`. Either way everything registered is destroyed. The timer keeps the process alive:
 * Node emits nothing for a request aborted before it has a socket (an agent still waiting for a
 * proxy), so a request's own events cannot be relied on to settle it.
 */
function settleWithin(ms, onTimeout, operation) {
    const resources = new Set();
    let settled = false;
    return new Promise((resolve, reject) => {
        const finish = (settle) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            for (const resource of resources)
                resource.destroy();
            settle();
        };
        const timer = setTimeout(() => finish(() => reject(onTimeout())), ms);
        const track = (resource) => {
            if (settled)
                resource.destroy();
            else
                resources.add(resource);
            return resource;
        };
        operation(track).then((value) => finish(() => resolve(value)), (error) => finish(() => reject(error)));
    });
}
/** Sends the request, directly or over an open tunnel, and resolves with the answer's head. */
function sendOver(request, tunnel, track) {
    const isHttps = request.url.protocol === 'https:';
    const client = isHttps ? external_node_https_namespaceObject : external_node_http_;
    const connection = tunnel && {
        createConnection: () => (isHttps ? track(secureOver(tunnel, request.url)) : tunnel)
    };
    return new Promise((resolve, reject) => {
        const outgoing = track(client.request(request.url, {
            method: request.method,
            headers: request.headers,
            ...(connection ?? { agent: false })
        }));
        outgoing.on('error', reject);
        outgoing.on('upgrade', (response, socket) => {
            track(socket);
            reject(switchedProtocols(request, response));
        });
        outgoing.on('response', (response) => {
            if ((response.statusCode ?? 0) < 200)
                reject(switchedProtocols(request, response));
            else
                resolve(response);
        });
        outgoing.end(request.body);
    });
}
/** TLS to the target inside the proxy's tunnel, checked against the target's name. */
function secureOver(tunnel, url) {
    const host = bareHostname(url);
    return external_node_tls_namespaceObject.connect({ socket: tunnel, host, servername: (0,external_node_net_namespaceObject.isIP)(host) ? undefined : host });
}
/** A final answer below 200: 101 Switching Protocols, which this action never asks for. */
function switchedProtocols(request, response) {
    const status = response.statusCode ?? 0;
    return new errors/* LoginError */.Qd(`${request.method} ${request.url.origin}${request.url.pathname} answered ` +
        `${(0,statuses/* statusText */.q)(status)}, leaving HTTP, which this action never asks for.`, {
        status,
        hint: `${request.url.host} does not answer as a token service does. If it is the address in ` +
            '`token-service-url`, check that setting; otherwise a proxy or gateway between the runner and it ' +
            'answered instead.'
    });
}
function readBody(response, maxBytes, request) {
    return new Promise((resolve, reject) => {
        const tooLarge = () => {
            response.destroy();
            reject(new errors/* LoginError */.Qd(`${request.url.host} answered with more than ${maxBytes} bytes; the answer was not read.`));
        };
        if (Number(response.headers['content-length']) > maxBytes)
            return tooLarge();
        const chunks = [];
        let size = 0;
        response.on('data', (chunk) => {
            size += chunk.length;
            if (size > maxBytes)
                return tooLarge();
            chunks.push(chunk);
        });
        response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        const cutOff = (cause) => reject(Object.assign(new Error('the answer was cut off before its end'), { cause }));
        response.on('error', cutOff);
        response.on('close', () => {
            if (!response.complete)
                cutOff();
        });
    });
}
function timedOut(request, proxy, tunnelling) {
    const target = `${request.method} ${request.url.origin}${request.url.pathname}`;
    const within = `${target} got no complete answer within ${request.timeoutMs / 1000} s`;
    if (!proxy)
        return new errors/* LoginError */.Qd(`${within}.`, { transient: true });
    const name = proxyName(proxy.url);
    if (!tunnelling)
        return new errors/* LoginError */.Qd(`${within} (through the proxy ${name}).`, { transient: true });
    return new errors/* LoginError */.Qd(`${within}: the proxy ${name} did not answer its CONNECT request.`, {
        transient: true,
        hint: `The proxy in ${proxy.variable} took the connection but never answered. Check that ${proxy.variable} ` +
            `names a working HTTP proxy, or list ${request.url.hostname} in NO_PROXY if the runner can reach it directly.`
    });
}
/** Failures without an answer, each naming the request and, where one was used, the proxy. */
function describeNetworkError(request, proxy, error) {
    if (error instanceof errors/* LoginError */.Qd)
        return error;
    const through = proxy ? ` through the proxy ${proxyName(proxy.url)}` : '';
    const target = `${request.method} ${request.url.origin}${request.url.pathname}${through}`;
    const code = error.code;
    const reason = (0,errors/* reasonOf */.A3)(error);
    if (code?.startsWith('HPE_')) {
        return new errors/* LoginError */.Qd(`${target} failed: the answer was not valid HTTP: ${reason}`, {
            transient: true,
            cause: error
        });
    }
    if (code && CERTIFICATE_ERRORS.has(code)) {
        return new errors/* LoginError */.Qd(`${target} failed: its TLS certificate was not accepted: ${reason}`, {
            hint: certificateHint(request.url.host),
            cause: error
        });
    }
    return new errors/* LoginError */.Qd(`${target} failed: ${reason}`, {
        transient: true,
        hint: proxy && throughProxyHint(proxy, request.url),
        cause: error
    });
}
/** For a failure inside a proxy's tunnel: the proxy is as likely a cause as the server. */
function throughProxyHint(proxy, url) {
    return (`The request went through the proxy ${proxyName(proxy.url)} (from ${proxy.variable}). If this keeps ` +
        `happening, check that proxy, or list ${url.hostname} in NO_PROXY if the runner can reach it directly.`);
}
/** Node's codes for a certificate that is untrusted, expired or for another host: no retry helps. */
const CERTIFICATE_ERRORS = new Set([
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'CERT_UNTRUSTED',
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
    'CERT_REVOKED',
    'CERT_SIGNATURE_FAILURE',
    'CERT_CHAIN_TOO_LONG',
    'INVALID_CA',
    'HOSTNAME_MISMATCH',
    'ERR_TLS_CERT_ALTNAME_INVALID'
]);
function certificateHint(host) {
    return (`The connection to ${host} was not retried: the same certificate would be refused again. If the runner ` +
        'is behind a proxy that inspects TLS, give Node its root certificate: set NODE_EXTRA_CA_CERTS to the path ' +
        'of that certificate (PEM) in the job or runner environment. Otherwise check `token-service-url` and the ' +
        "runner's clock.");
}

// EXTERNAL MODULE: ./src/shared/log-text.ts
var log_text = __nccwpck_require__(407);
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
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

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.3.1"};
;// CONCATENATED MODULE: ./src/shared/version.ts

/** The one source of the version: package.json, which the release and the CHANGELOG check read too. */
const ACTION_NAME = 'nuget-login';
const ACTION_VERSION = package_namespaceObject.rE;
function userAgent(nodeVersion = process.version) {
    return `${ACTION_NAME}/${ACTION_VERSION} (+https://github.com/acme/nuget-login; node ${nodeVersion})`;
}

;// CONCATENATED MODULE: ./src/login/runner/runtime.ts







/** Answers from GitHub and nuget.org are a few hundred bytes; anything far larger is refused. */
const MAX_ANSWER_BYTES = 64 * 1024;
/**
 * The proxy for a URL, as http-client and the runner's other tools pick it from the process
 * environment: HTTPS_PROXY or HTTP_PROXY (lower case first) unless NO_PROXY names the host;
 * loopback addresses always go direct.
 */
function proxyRoutes() {
    const env = process.env;
    return (url) => {
        const proxy = getProxyUrl(url);
        if (!proxy)
            return undefined;
        const names = url.protocol === 'https:' ? ['https_proxy', 'HTTPS_PROXY'] : ['http_proxy', 'HTTP_PROXY'];
        const variable = names.find((name) => env[name]) ?? names[1];
        return { url: new URL(proxy.href), variable };
    };
}
/**
 * Runs a write to one of the runner's file commands, turning its failure (file missing, disk full)
 * into an error that names the file, instead of one that looks like a bug in the action.
 */
function writeRunnerFile(variable, what, write, env = process.env) {
    try {
        write();
    }
    catch (error) {
        throw new errors/* LoginError */.Qd(`Could not write ${what} to the runner's file ${variable} (${env[variable] ?? 'not set'}): ` +
            `${(0,errors/* messageOf */.bD)(error)}`, {
            hint: "The runner gives each step this file to pass values to later steps. Check the runner's free disk " +
                'space and that no earlier step deleted or replaced the file, then re-run the job.',
            cause: error
        });
    }
}
function createRuntime() {
    const agent = userAgent();
    return {
        getInput: (name) => getInput(name),
        info: (message) => info((0,log_text/* inertLog */.H_)(message)),
        warning: (message) => warning((0,log_text/* inertLog */.H_)(message)),
        setSecret: core_setSecret,
        setOutput: (name, value) => writeRunnerFile('GITHUB_OUTPUT', `the output ${name}`, () => setOutput(name, value)),
        setFailed: (message) => setFailed((0,log_text/* inertLog */.H_)(message)),
        exportVariable: (name, value) => writeRunnerFile('GITHUB_ENV', `the variable ${name}`, () => exportVariable(name, value)),
        startGroup: startGroup,
        endGroup: endGroup,
        writeSummary: async (markdown) => {
            if (!process.env.GITHUB_STEP_SUMMARY)
                return;
            try {
                await summary.addRaw(markdown, true).write();
            }
            catch (error) {
                warning((0,log_text/* inertLog */.H_)(`Could not write the job summary: ${(0,errors/* messageOf */.bD)(error)}`));
            }
        },
        readText: readOptionalText,
        env: process.env,
        send: createTransport({
            proxyFor: proxyRoutes(),
            maxBodyBytes: MAX_ANSWER_BYTES
        }),
        clock: {
            now: Date.now,
            sleep: (ms) => new Promise((wake) => setTimeout(wake, ms)),
            random: Math.random
        },
        userAgent: agent
    };
}


/***/ }),

/***/ 301:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ isTransientStatus),
/* harmony export */   q: () => (/* binding */ statusText)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(67);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);

/** Statuses that may pass: a timeout, rate limiting, a server or gateway fault. */
const TRANSIENT_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
function isTransientStatus(status) {
    return TRANSIENT_STATUSES.has(status);
}
/** A status and its standard name (never the server's own reason phrase): `407 Proxy Authentication Required`. */
function statusText(status) {
    return `${status} ${node_http__WEBPACK_IMPORTED_MODULE_0__.STATUS_CODES[status] ?? ''}`.trim();
}


/***/ }),

/***/ 407:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H_: () => (/* binding */ inertLog),
/* harmony export */   YR: () => (/* binding */ inertValue)
/* harmony export */ });
/* unused harmony export visibleCharacters */
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

/***/ 613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 67:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 23:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

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
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
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
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(509);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
