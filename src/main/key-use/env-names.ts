/**
 * Which names may carry a key at all, and the name of a custom service's variable. Used by the server
 * (authority) and by the `aikm` CLI (to refuse early with the same words), so it imports nothing; which
 * variables a stored key goes into is default-env-names.ts (it reads the provider catalog).
 */
/** "OpenRouter" → OPENROUTER_API_KEY, "Ollama (this computer)" → OLLAMA_API_KEY, "01.AI" → _01_AI_API_KEY. */
export function envNameForService(service: string): string {
  const words = service
    .replace(/\(.*?\)/g, ' ')
    .normalize('NFKD')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (words === '') return 'CUSTOM_API_KEY';
  return `${/^[0-9]/.test(words) ? '_' : ''}${words}_API_KEY`;
}

export const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;
const ENV_NAME_MAX = 128;

/**
 * Variables that change how a program loads or runs code, or where it looks for programs: a key (or
 * a value an attacker chose to pass as one) must never land in them.
 */
const FORBIDDEN_PREFIXES = [
  'LD_',
  'DYLD_',
  'BASH_FUNC_',
  'GIT_',
  'ELECTRON_',
  'NODE_',
  'NPM_CONFIG_',
  'PYTHON',
  'PERL',
  'RUBY',
  'JAVA_',
  'AIKM_',
];
const FORBIDDEN = new Set([
  'PATH',
  'HOME',
  'SHELL',
  'IFS',
  'ENV',
  'BASH_ENV',
  'CDPATH',
  'PS4',
  'PROMPT_COMMAND',
  'TMPDIR',
  'USER',
  'LOGNAME',
  'EDITOR',
  'VISUAL',
  'PAGER',
  'SSH_AUTH_SOCK',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'ALL_PROXY',
  'NO_PROXY',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'CURL_CA_BUNDLE',
  'REQUESTS_CA_BUNDLE',
  '_JAVA_OPTIONS',
  'JDK_JAVA_OPTIONS',
  'GCONV_PATH',
  'HOSTALIASES',
  'RESOLV_HOST_CONF',
  'LOCALDOMAIN',
  'MALLOC_CHECK_',
  'TZ',
]);

/** Why `name` cannot carry a key, or null when it can. The message never quotes more than the name's shape. */
export function envNameProblem(name: string): string | null {
  if (name.length === 0 || name.length > ENV_NAME_MAX || !ENV_NAME.test(name)) {
    return `An environment variable name must match ${ENV_NAME.source} (capital letters, digits, _), at most ${ENV_NAME_MAX} characters.`;
  }
  if (FORBIDDEN.has(name) || FORBIDDEN_PREFIXES.some((p) => name.startsWith(p))) {
    return `${name} changes how programs start or where they connect; a key is never put there.`;
  }
  return null;
}
