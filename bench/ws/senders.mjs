// Acknowledged chat messages per second with many senders: SENDERS clients connect and authenticate,
// then each keeps WINDOW messages in flight (a new one as each is acknowledged, which guild-server does
// only once the message is committed) for SECONDS. Every sender also reads the channel, so each message
// is fanned out to all of them, as in a busy channel. Prints one JSON line: acknowledged messages, per
// second, and the acknowledgement's p50/p99 in ms.
// Usage: node senders.mjs URL SENDERS WINDOW SECONDS TOKEN CHANNEL
import WebSocket from 'ws';

const [url, sendersText, windowText, secondsText, token, channelText] = process.argv.slice(2);
const senders = Number(sendersText);
const window = Number(windowText);
const seconds = Number(secondsText);
const channel = Number(channelText);
const latencies = [];
let acked = 0;
let failed = 0;
let running = false;
let serial = 0;
const run = Date.now();

function open() {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { perMessageDeflate: false, handshakeTimeout: 30000 });
    const sentAt = new Map();
    const send = () => {
      const clientId = `s${run}-${serial++}`;
      sentAt.set(clientId, Date.now());
      socket.send(JSON.stringify({ type: 'send', channelId: channel, clientId, body: `load ${clientId}` }));
    };
    socket.on('open', () => socket.send(JSON.stringify({ type: 'auth', token })));
    socket.on('message', (data) => {
      const frame = JSON.parse(data.toString());
      if (frame.type === 'ready') {
        resolve({ socket, start: () => { for (let i = 0; i < window; i += 1) send(); } });
      } else if (frame.type === 'ack' && sentAt.has(frame.clientId)) {
        if (running) {
          acked += 1;
          latencies.push(Date.now() - sentAt.get(frame.clientId));
        }
        sentAt.delete(frame.clientId);
        if (running) send();
      } else if (frame.type === 'error') {
        failed += 1;
      }
    });
    socket.on('error', reject);
  });
}

const clients = await Promise.all(Array.from({ length: senders }, open));
running = true;
const started = Date.now();
for (const c of clients) c.start();
await new Promise((r) => setTimeout(r, seconds * 1000));
running = false;
const elapsed = (Date.now() - started) / 1000;
for (const c of clients) c.socket.terminate();
latencies.sort((a, b) => a - b);
const pick = (q) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] : null);
console.log(JSON.stringify({ senders, window, acked, failed, perSecond: Math.round(acked / elapsed),
  p50: pick(0.5), p99: pick(0.99) }));
process.exit(0);
