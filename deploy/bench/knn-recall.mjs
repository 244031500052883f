// How much of the exact vector neighbourhood the kNN search finds at 100,000 experts, for two numbers of HNSW
// candidates: the top 100 of a search with 10,000 candidates is the reference (this Elasticsearch has no Painless
// for a brute-force script_score). Needs the database and indexes of deploy/bench/matchmaking-latency.sh.
//   node deploy/bench/knn-recall.mjs [needs, default 40] [candidates…, default 100 200]
import { execFileSync } from 'node:child_process'

const [needs = '40', ...counts] = process.argv.slice(2)
const candidates = counts.length ? counts.map(Number) : [100, 200]
const es = process.env.ZJTX_ES_URL ?? 'http://127.0.0.1:9200'
const index = 'mmbench-zjtx-mm-experts'
const sql = `select array_to_json(embedding) from tech_need order by random() limit ${Number(needs)}`
const vectors = execFileSync('psql', ['-h', process.env.ZJTX_DB_HOST ?? '127.0.0.1', '-U', 'zjtx', '-d', 'zjtx_matchmaking_bench', '-tA', '-c', sql],
  { env: { ...process.env, PGPASSWORD: 'zjtx' }, encoding: 'utf8' }).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l))

async function knn(vector, numCandidates) {
  const res = await fetch(`${es}/${index}/_search`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ size: 100, _source: false, knn: { field: 'vector', query_vector: vector, k: 100, num_candidates: numCandidates } }),
  })
  if (!res.ok) throw new Error(`kNN 检索失败（${res.status}）：${await res.text()}`)
  return (await res.json()).hits.hits.map((h) => h._id)
}
const overlap = (a, b) => a.filter((id) => b.includes(id)).length / b.length
const sums = Object.fromEntries(candidates.map((c) => [c, { top100: 0, top20: 0 }]))
for (const v of vectors) {
  const reference = await knn(v, 10000)
  for (const c of candidates) {
    const found = await knn(v, c)
    sums[c].top100 += overlap(found, reference)
    sums[c].top20 += overlap(found.slice(0, 20), reference.slice(0, 20))
  }
}
for (const c of candidates) {
  console.log(`num_candidates=${c}: 前 100 召回 ${(sums[c].top100 / vectors.length).toFixed(3)}，前 20 重合 ${(sums[c].top20 / vectors.length).toFixed(3)}（${vectors.length} 条需求）`)
}
