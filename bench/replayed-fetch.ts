/**
 * A model of the main process's share of the app's transport, for the benchmark. In the app, provider
 * requests go through Electron's net.fetch: Chromium's network service (another process) owns the
 * sockets, TLS and HTTP parsing; main builds a `Request`, hands it over, and turns the answer into a
 * `Response` whose body it reads. Node's fetch in the benchmark's own process does all of the network
 * service's work on the main process's bill too, so what it measures is an upper bound.
 *
 * Here each distinct request (method and URL; every benchmark key is valid, so the answer does not depend
 * on the key) is fetched once for real from the fake providers; from then on its recorded answer is
 * replayed after the fake's latency, as a `Response` over a stream, the way net.fetch builds one. What
 * remains on this process is what main does in the app: the SDKs, the guards, Request and Response
 * objects, body reading — everything but the HTTP client. Net.fetch's own glue (a ClientRequest and the
 * IPC to the network service) is not in it: that needs Electron, which this machine cannot run.
 */

interface Recorded {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: Uint8Array<ArrayBuffer>;
}

export function replayedFetch(latencyMs: () => number): typeof fetch {
  const answers = new Map<string, Promise<Recorded>>();
  const record = async (request: Request): Promise<Recorded> => {
    const response = await fetch(request);
    const body = new Uint8Array(await response.arrayBuffer());
    return { status: response.status, statusText: response.statusText, headers: [...response.headers], body };
  };
  return async (input, init) => {
    const request = new Request(input, init);
    const key = `${request.method} ${request.url}`;
    let answer = answers.get(key);
    if (!answer) answers.set(key, (answer = record(request)));
    const { status, statusText, headers, body } = await answer;
    await new Promise((resolve) => setTimeout(resolve, latencyMs()));
    request.signal.throwIfAborted();
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(body.slice());
        controller.close();
      },
    });
    return new Response(stream, { status, statusText, headers });
  };
}
