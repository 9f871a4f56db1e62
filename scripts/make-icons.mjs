// Draws the app's key glyph and writes the tray and app icons (PNG, macOS template PNGs, Windows ICO).
// Run `node scripts/make-icons.mjs` after changing the drawing; the outputs are committed with stable
// names (the tray needs unhashed files: macOS picks `…Template.png` and `@2x` variants by name).
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Coverage of the key glyph at (x, y) in a unit square: a ring (bow), a shaft and two teeth. */
function inKey(x, y) {
  const d = Math.hypot(x - 0.3, y - 0.5);
  const bow = d < 0.22 && d > 0.1;
  const shaft = x > 0.48 && x < 0.92 && Math.abs(y - 0.5) < 0.055;
  const teeth = (x > 0.7 && x < 0.77 && y > 0.5 && y < 0.68) || (x > 0.82 && x < 0.9 && y > 0.5 && y < 0.64);
  return bow || shaft || teeth;
}

/** The alert variant adds a dot in the top-right corner: the tray shows that a key is failing. */
function inDot(x, y) {
  return Math.hypot(x - 0.8, y - 0.22) < 0.17;
}

function draw(size, [r, g, b], background, alert = null) {
  const rgba = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let hit = 0;
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++)
          if (inKey((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size)) hit++;
      const alpha = hit / (samples * samples);
      const i = (y * size + x) * 4;
      if (alert && inDot((x + 0.5) / size, (y + 0.5) / size)) {
        rgba.set([...alert, 255], i);
        continue;
      }
      if (background) {
        const inside = Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2) < size * 0.48;
        const [br, bg, bb] = background;
        rgba.set(
          inside
            ? [
                Math.round(br + (r - br) * alpha),
                Math.round(bg + (g - bg) * alpha),
                Math.round(bb + (b - bb) * alpha),
                255,
              ]
            : [0, 0, 0, 0],
          i,
        );
      } else {
        rgba.set([r, g, b, Math.round(alpha * 255)], i);
      }
    }
  }
  return png(size, rgba);
}

function ico(images) {
  const header = Buffer.alloc(6 + images.length * 16);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, n) => {
    const at = 6 + n * 16;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(data.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.data)]);
}

const accent = [47, 91, 211];
mkdirSync('resources', { recursive: true });
mkdirSync('build', { recursive: true });
writeFileSync('resources/tray.png', draw(22, accent));
writeFileSync('resources/tray@2x.png', draw(44, accent));
writeFileSync('resources/trayTemplate.png', draw(16, [0, 0, 0]));
writeFileSync('resources/trayTemplate@2x.png', draw(32, [0, 0, 0]));
writeFileSync('resources/tray.ico', ico([16, 32].map((size) => ({ size, data: draw(size, accent) }))));
const red = [214, 40, 40];
writeFileSync('resources/tray-alert.png', draw(22, accent, null, red));
writeFileSync('resources/tray-alert@2x.png', draw(44, accent, null, red));
writeFileSync('resources/trayAlertTemplate.png', draw(16, [0, 0, 0], null, [0, 0, 0]));
writeFileSync('resources/trayAlertTemplate@2x.png', draw(32, [0, 0, 0], null, [0, 0, 0]));
writeFileSync('resources/tray-alert.ico', ico([16, 32].map((size) => ({ size, data: draw(size, accent, null, red) }))));
writeFileSync('build/icon.png', draw(512, [255, 255, 255], accent));
writeFileSync(
  'build/icon.ico',
  ico([16, 32, 48, 256].map((size) => ({ size, data: draw(size, [255, 255, 255], accent) }))),
);
console.log('icons written to resources/ and build/');
