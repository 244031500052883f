// The services' OpenAPI documents the portal is typed against (openapi/*.json, committed).
//   node scripts/api-snapshot.mjs [gatewayUrl]            refresh the snapshots from a running platform
//   node scripts/api-snapshot.mjs --check [gatewayUrl]    fail when the running services publish another API
// --check fails only for what the portal's snapshot has and the services no longer publish.
// The build turns the snapshots into TypeScript (src/api/generated/*.d.ts, openapi-typescript) and
// src/api/contract.ts makes the type check fail when a field the portal reads is no longer published.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'

const args = process.argv.slice(2)
const check = args.includes('--check')
const base = (args.find((a) => !a.startsWith('--')) || 'http://127.0.0.1:8080').replace(/\/$/, '')
const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'openapi')

/** What the snapshot publishes and the live document no longer does (additions are fine). */
function removed(snap, live) {
  const out = []
  for (const [path, ops] of Object.entries(snap.paths ?? {})) {
    for (const method of Object.keys(ops)) if (!live.paths?.[path]?.[method]) out.push(`${method.toUpperCase()} ${path}`)
  }
  for (const [name, schema] of Object.entries(snap.components?.schemas ?? {})) {
    const now = live.components?.schemas?.[name]
    if (!now) { out.push(`schema ${name}`); continue }
    for (const [prop, def] of Object.entries(schema.properties ?? {})) {
      const cur = now.properties?.[prop]
      if (!cur) out.push(`${name}.${prop}`)
      else if ((def.type ?? def.$ref) !== (cur.type ?? cur.$ref)) out.push(`${name}.${prop}（类型 ${def.type ?? def.$ref} → ${cur.type ?? cur.$ref}）`)
    }
  }
  return out
}

const sorted = (v) => Array.isArray(v) ? v.map(sorted)
  : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted(v[k])])) : v
let changed = []
let added = []
for (const service of ['enterprise', 'policy', 'matchmaking']) {
  const res = await fetch(`${base}/q/services/${service}/openapi?format=json`)
  if (!res.ok) throw new Error(`${service} 的接口文档读取失败（${res.status}）`)
  const live = await res.json()
  const file = join(dir, `${service}.json`)
  if (check) {
    const snap = JSON.parse(readFileSync(file, 'utf8'))
    const gone = removed(snap, live)
    if (gone.length) changed.push(`${service}：${gone.slice(0, 8).join('，')}`)
    if (removed(live, snap).length) added.push(service)
  } else {
    writeFileSync(file, JSON.stringify(sorted(live), null, 1) + '\n')
  }
}
if (check) {
  if (changed.length) {
    console.error(`  ✘ 服务不再提供门户所依据的接口（${changed.join('；')}）。请在平台运行时执行 npm run api:snapshot，再 npm run build 修正类型错误。`)
    process.exit(1)
  }
  console.log(`  ✔ 门户所依据的接口，运行中的服务都仍然提供${added.length ? `（${added.join('、')} 有新增，可运行 npm run api:snapshot 更新快照）` : ''}`)
} else console.log(`已更新 ${dir}/*.json`)
