// The open-loop client's HTTP/1.1: keep-alive connections over node:net, one request at a time on each,
// a new connection whenever none is free (as an http.Agent without a socket limit). It writes each request
// as bytes made up front and reads an answer only as far as its status code and Content-Length. Node's
// http.request costs the client several times the CPU per request (a ClientRequest, an IncomingMessage
// stream, the Agent's bookkeeping: measured in bench:http's --diag, see open-loop.ts), and the client shares
// the machine's 2 cores with the server: its CPU is time a request may wait for a core.
import { connect, type Socket } from 'node:net';

export interface Times {
  /** performance.now() when the request had been handed to the kernel. */
  written: number;
  /** Whether it went on a connection opened for it. */
  newConnection: boolean;
}

type Done = (status: number, times: Times) => void;

const HEAD_END = Buffer.from('\r\n\r\n');
const CONTENT_LENGTH = /\r\ncontent-length: *(\d+)/i;

/** One keep-alive connection: sends a request, reads its answer, hands the connection back to `free`. */
class Connection {
  private readonly socket: Socket;
  private pending: { done: Done; times: Times } | undefined;
  private buffered: Buffer = Buffer.alloc(0);
  private fresh = true;

  constructor(host: string, port: number, private readonly free: Connection[]) {
    this.socket = connect({ host, port, noDelay: true });
    this.socket.on('data', (chunk: Buffer) => this.read(chunk));
    this.socket.on('error', () => this.fail());
    this.socket.on('close', () => this.fail());
  }

  send(head: string, body: Buffer, done: Done): void {
    const times = { written: Number.NaN, newConnection: this.fresh };
    this.fresh = false;
    this.pending = { done, times };
    // One writev: the head and the body in one segment, as a client that sends them together does.
    this.socket.cork();
    this.socket.write(head, 'latin1');
    this.socket.write(body, () => (times.written = performance.now()));
    this.socket.uncork();
  }

  close(): void {
    this.socket.destroy();
  }

  private read(chunk: Buffer): void {
    this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
    const end = this.buffered.indexOf(HEAD_END);
    if (end < 0 || !this.pending) return;
    const head = this.buffered.toString('latin1', 0, end);
    const length = CONTENT_LENGTH.exec(head);
    // bench:http's servers answer with a Content-Length; anything else is an error here, not a guess.
    if (!length) return this.fail();
    const total = end + HEAD_END.length + Number(length[1]);
    if (this.buffered.length < total) return;
    this.buffered = this.buffered.subarray(total);
    const { done, times } = this.pending;
    this.pending = undefined;
    this.free.push(this);
    done(Number(head.slice(9, 12)), times);
  }

  /** The connection failed or closed: its request (if any) fails, and it is not used again. */
  private fail(): void {
    const at = this.free.indexOf(this);
    if (at >= 0) this.free.splice(at, 1);
    this.socket.destroy();
    const pending = this.pending;
    this.pending = undefined;
    pending?.done(0, pending.times);
  }
}

/** Keep-alive connections to one server: a free one for each request, or a new one. */
export class Connections {
  private readonly free: Connection[] = [];
  private readonly all: Connection[] = [];

  constructor(private readonly host: string, private readonly port: number) {}

  send(head: string, body: Buffer, done: Done): void {
    let c = this.free.pop();
    if (!c) this.all.push((c = new Connection(this.host, this.port, this.free)));
    c.send(head, body, done);
  }

  close(): void {
    for (const c of this.all) c.close();
  }
}
