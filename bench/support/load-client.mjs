// A second process that puts a mixed read/write load on the emulator over loopback, bounded in
// count and time, and prints one JSON line: { requests, errors, seconds, p50, p95 } (ms).
// argv: baseUrl siteId token maxRequests maxSeconds concurrency
const [baseUrl, siteId, token, maxRequestsArg, maxSecondsArg, concurrencyArg] =
  process.argv.slice(2);
const maxRequests = Number(maxRequestsArg);
const deadline = Date.now() + Number(maxSecondsArg) * 1000;
const concurrency = Number(concurrencyArg);
const list = `${baseUrl}/sites/${encodeURIComponent(siteId)}/lists/IntegrityActions/items`;
const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };

const latencies = [];
let sent = 0;
let errors = 0;

async function one(i) {
  const started = performance.now();
  let response;
  if (i % 5 === 4) {
    // One in five is a write: read the item's eTag, then PATCH with If-Match as the store does.
    const items = await fetch(`${list}?$top=1&expand=fields(select=Title)`, { headers });
    const body = await items.json();
    const item = body.value?.[0];
    if (item === undefined) throw new Error('no item to update');
    response = await fetch(`${list}/${item.id}/fields`, {
      method: 'PATCH',
      headers: { ...headers, 'If-Match': item.eTag },
      body: JSON.stringify({ Title: `${item.fields.Title.replace(/ #\d+$/, '')} #${i}` }),
    });
  } else {
    response = await fetch(
      `${list}?$filter=fields/EntityId eq 'pz-demo'&expand=fields(select=Title,DueDate,ActionStatus)`,
      { headers },
    );
  }
  await response.arrayBuffer();
  if (!response.ok && response.status !== 412) errors++;
  latencies.push(performance.now() - started);
}

async function worker() {
  while (sent < maxRequests && Date.now() < deadline) {
    const i = sent++;
    try {
      await one(i);
    } catch {
      errors++;
    }
  }
}

const started = performance.now();
await Promise.all(Array.from({ length: concurrency }, () => worker()));
const seconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))] ?? 0;
console.log(
  JSON.stringify({ requests: latencies.length, errors, seconds, p50: at(0.5), p95: at(0.95) }),
);
