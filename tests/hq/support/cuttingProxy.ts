import net from 'node:net';

/**
 * A TCP proxy in front of PostgreSQL that cuts connections at random moments: each connection
 * is given a random number of bytes it may carry (both directions together); the chunk that
 * would pass it is cut short and both sides are destroyed, as a network that drops mid-batch —
 * before the batch is all sent, while the server works, or after it committed but before its
 * answer arrived. `cutting = false` lets everything through.
 */
export class CuttingProxy {
  cuts = 0;
  connections = 0;
  cutting = true;
  /**
   * Cuts the next connection that sends a batch (an entry's `"seq"`) right after HQ has
   * committed it (its ReadyForQuery, which PostgreSQL sends after the commit), so the answer
   * never arrives: the office cannot know the batch went in.
   */
  loseNextAnswer = false;
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();

  constructor(
    private readonly target: { host: string; port: number },
    private readonly budget: () => number,
  ) {}

  listen(): Promise<number> {
    return new Promise((resolve) => {
      this.server = net.createServer((client) => this.pipe(client));
      this.server.listen(0, '127.0.0.1', () => resolve((this.server!.address() as net.AddressInfo).port));
    });
  }

  /** `url` with its host and port replaced by the proxy's. */
  url(url: string): string {
    const u = new URL(url);
    u.hostname = '127.0.0.1';
    u.port = String((this.server!.address() as net.AddressInfo).port);
    return u.toString();
  }

  private pipe(client: net.Socket): void {
    this.connections++;
    const upstream = net.connect(this.target.port, this.target.host);
    let left = this.cutting ? this.budget() : Infinity;
    let cut = false;
    let batchSent = false;
    let held = Buffer.alloc(0);
    for (const s of [client, upstream]) {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
      s.on('error', () => {});
    }
    const forward = (from: net.Socket, to: net.Socket, holding: () => boolean = () => false) =>
      from.on('data', (chunk: Buffer) => {
        if (cut || holding()) return;
        if (this.cutting && chunk.length >= left) {
          cut = true;
          this.cuts++;
          to.write(chunk.subarray(0, left), () => {
            client.destroy();
            upstream.destroy();
          });
          return;
        }
        left -= chunk.length;
        to.write(chunk);
      });
    client.on('data', (chunk: Buffer) => {
      if (this.loseNextAnswer && chunk.includes('"seq"')) batchSent = true;
    });
    upstream.on('data', (chunk: Buffer) => {
      if (!batchSent || cut) return;
      // hold HQ's answer back until it says the transaction is over, then cut instead of answering
      held = Buffer.concat([held, chunk]);
      if (held.includes(Buffer.from([0x5a, 0, 0, 0, 5]))) {
        cut = true;
        this.cuts++;
        this.loseNextAnswer = false;
        client.destroy();
        upstream.destroy();
      }
    });
    forward(client, upstream);
    forward(upstream, client, () => batchSent);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
