// The services' OpenAPI documents the portal is typed against (openapi/*.json, committed).
//   node scripts/api-snapshot.mjs [gatewayUrl]            refresh the snapshots from a running platform
//   node scripts/api-snapshot.mjs --check [gatewayUrl]    fail when the running services publish another API
// The build turns the snapshots into TypeScript (src/api/generated/*.d.ts, openapi-typescript) and
// src/api/contract.ts makes the type check fail when a field the portal reads is no longer published.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'

const args = process.argv.slice(2)
const check = args.includes('--check')
const base = (args.find((a) => !a.startsWith('--')) || 'http://127.0.0.1:8080').replace(/\/$/, '')
const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'openapi')

const sorted = (v) => Array.isArray(v) ? v.map(sorted)
  : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted(v[k])])) : v
const contract = (doc) => JSON.stringify(sorted({ paths: doc.paths, schemas: doc.components?.schemas }))

let changed = []
for (const service of ['enterprise', 'policy', 'matchmaking']) {
  const res = await fetch(`${base}/q/services/${service}/openapi?format=json`)
  if (!res.ok) throw new Error(`${service} 的接口文档读取失败（${res.status}）`)
  const live = await res.json()
  const file = join(dir, `${service}.json`)
  if (check) {
    const snap = JSON.parse(readFileSync(file, 'utf8'))
    if (contract(snap) !== contract(live)) changed.push(service)
  } else {
    writeFileSync(file, JSON.stringify(sorted(live), null, 1) + '\n')
  }
}
if (check) {
  if (changed.length) {
    console.error(`  ✘ 服务接口已变化（${changed.join('、')}）：门户的接口快照已过期。请运行 npm run api:snapshot（平台运行时），再 npm run build 修正类型错误。`)
    process.exit(1)
  }
  console.log('  ✔ 门户的接口快照与运行中的服务一致')
} else console.log(`已更新 ${dir}/*.json`)
