/**
 * The benchmark's ceiling: a bare Node http server that answers every request with the same
 * bytes from memory (the measure page as the app sent it). Nothing can serve those bytes faster
 * on this machine with Node, so the page cache's hits are measured against it.
 *
 *   tsx tests/bench/bare-server.ts <file> <port>
 */
import fs from "node:fs";
import http from "node:http";

const [file, port] = process.argv.slice(2);
const body = fs.readFileSync(file);
http
  .createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length });
    response.end(body);
  })
  .listen(Number(port), "127.0.0.1", () => console.log(`bare server on ${port}`));
