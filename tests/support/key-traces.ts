/**
 * Independent of the app's redactor (a check must not reuse what it checks): every `size`-character
 * window of the key and of its URL-encoded, base64 and hex forms, found naively in a text. 10 rather
 * than the redactor's 8, so a masked hint ("sk-proj-…") or a prefix shared by every key is not a hit.
 */
export function keyTraces(secret: string, size = 10): string[] {
  const url = encodeURIComponent(secret);
  const hex = Buffer.from(secret).toString('hex');
  const forms = [secret, url, url.toLowerCase(), hex, hex.toUpperCase()];
  for (const shift of [0, 1, 2])
    forms.push(
      Buffer.from(secret.slice(shift)).toString('base64'),
      Buffer.from(secret.slice(shift)).toString('base64url'),
    );
  const windows = new Set<string>();
  for (const form of forms) for (let i = 0; i + size <= form.length; i++) windows.add(form.slice(i, i + size));
  return [...windows];
}

/** The traces of `secret` that occur in `text` (empty when none); `shown` is a part anyone may see (a public prefix). */
export function tracesIn(text: string, secret: string, shown = '', size = 10): string[] {
  return keyTraces(secret, size).filter((t) => !shown.includes(t) && text.includes(t));
}
