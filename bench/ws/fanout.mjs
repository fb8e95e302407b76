// Chat fan-out load, the same for guild-server and the baseline broadcast server: RECEIVERS clients
// connect (and, on guild, authenticate and wait for `ready`), then one sender sends COUNT messages at
// RATE per second; each message carries its send time, and every receiver records how long it took
// to arrive. Prints one JSON line: connected, cut (closed by the server), delivered of expected,
// p50/p99/max in ms, and how long connecting all of them took.
// Usage: node fanout.mjs guild|plain URL RECEIVERS COUNT RATE [TOKEN] [CHANNEL]
import WebSocket from 'ws';

const [mode, url, receiversText, countText, rateText, token, channelText] = process.argv.slice(2);
const receivers = Number(receiversText);
const count = Number(countText);
const rate = Number(rateText);
const channel = Number(channelText ?? 0);
const latencies = [];
let cut = 0;
let delivered = 0;

function connect(onMessage) {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, { perMessageDeflate: false, handshakeTimeout: 30000 });
    let ready = false;
    socket.on('open', () => {
      if (mode === 'guild') {
        socket.send(JSON.stringify({ type: 'auth', token }));
      } else {
        ready = true;
        resolve(socket);
      }
    });
    socket.on('message', (data) => {
      const text = data.toString();
      if (!ready && mode === 'guild') {
        const frame = JSON.parse(text);
        if (frame.type === 'ready') {
          ready = true;
          resolve(socket);
        }
        return;
      }
      onMessage(text);
    });
    socket.on('close', () => {
      if (!socket.guildClosing) cut += 1;
      if (!ready) resolve(null);
    });
    socket.on('error', () => {});
  });
}

function sentAt(text) {
  // The body is "bench <sentAtMs> <n>" in both modes; on guild it arrives inside message.new.
  const at = text.indexOf('bench ');
  if (at < 0) return null;
  return Number(text.slice(at + 6).split(' ')[0]);
}

const started = Date.now();
const sockets = [];
// Connect in waves of GUILD_BENCH_WAVE (default 250, so the client side is not what limits the
// fan-out rounds); the connection storm sets it to every client at once.
const wave = Number(process.env.GUILD_BENCH_WAVE ?? 250);
for (let i = 0; i < receivers; i += wave) {
  const batch = [];
  for (let j = i; j < Math.min(receivers, i + wave); j += 1) {
    batch.push(connect((text) => {
      const t = sentAt(text);
      if (t !== null) {
        latencies.push(Date.now() - t);
        delivered += 1;
      }
    }));
  }
  sockets.push(...(await Promise.all(batch)));
}
const connectMs = Date.now() - started;
const connected = sockets.filter((s) => s !== null).length;
const sender = await connect(() => {});

for (let n = 0; n < count; n += 1) {
  const body = `bench ${Date.now()} ${n}`;
  if (mode === 'guild') {
    sender.send(JSON.stringify({ type: 'send', channelId: channel, clientId: `bench-${started}-${n}`, body }));
  } else {
    sender.send(body);
  }
  await new Promise((r) => setTimeout(r, 1000 / rate));
}
// Let the last messages arrive (or not).
const expected = count * connected;
const deadline = Date.now() + 10000;
while (delivered < expected && Date.now() < deadline) {
  await new Promise((r) => setTimeout(r, 50));
}
latencies.sort((a, b) => a - b);
const pick = (q) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] : null);
for (const s of [...sockets, sender]) {
  if (s) {
    s.guildClosing = true;
    s.terminate();
  }
}
console.log(JSON.stringify({ mode, receivers, connected, cut, connectMs, expected, delivered,
  p50: pick(0.5), p99: pick(0.99), max: latencies.length ? latencies[latencies.length - 1] : null }));
process.exit(0);
