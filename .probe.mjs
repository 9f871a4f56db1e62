import { spawn } from 'node:child_process';
const [cli, dir] = process.argv.slice(2);
const env = { ...process.env, AIKM_SOCKET_DIR: dir };
const t = (args) => new Promise((res) => { const s = performance.now(); const c = spawn(process.execPath, args, { env, stdio: 'ignore' }); c.on('close', () => res(performance.now() - s)); });
const med = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1].toFixed(1);
for (const [name, args] of [['node -e 0', ['-e', '0']], ['aikm --version', [cli, '--version']], ['aikm list', [cli, 'list']], ['aikm run', [cli, 'run', '--key', 'Bench-Key', '--', 'true']]]) {
  const xs = []; for (let i = 0; i < 20; i++) xs.push(await t(args)); console.log(name, med(xs));
}
