// The baseline for chat fan-out: the least a WebSocket server does to fan a message out, with the
// `ws` package: every text frame a client sends goes to every connected client as it is. Guild does
// more (authentication, a durable store, exactly-once), so this is the floor to compare against.
// Usage: node broadcast.mjs PORT   (prints "listening PORT")
import { WebSocketServer } from 'ws';

const port = Number(process.argv[2] ?? 0);
const server = new WebSocketServer({ host: '127.0.0.1', port, perMessageDeflate: false, backlog: 8192 });
server.on('connection', (socket) => {
  socket.on('message', (data, isBinary) => {
    for (const client of server.clients) {
      if (client.readyState === 1) client.send(data, { binary: isBinary });
    }
  });
});
server.on('listening', () => console.log(`listening ${server.address().port}`));
