#!/usr/bin/env python3
"""Formats hand-written text (experts_*.txt, needs.txt, qrels_*.txt in this folder) into JSONL.
It decides nothing: no grades, no candidates, no scoring. It only splits fields and checks
syntax (ids, NSFC codes exist, grades 0-3)."""
import csv, glob, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
codes = {r['code'] for r in csv.DictReader(open('/work/shared/data/reference/nsfc_codes.csv', encoding='utf-8'))}
CLUSTERS = {"SMART_EQUIPMENT","NEW_ENERGY_VEHICLE","FIBER_MATERIALS","CHEMICAL_MATERIALS","PCB_ELECTRONICS",
            "GREEN_FOOD","BIOMEDICINE","ARTIFICIAL_INTELLIGENCE","INTEGRATED_CIRCUIT","DIGITAL_INDUSTRY"}
KINDS = {"论文","专利","项目","奖励","标准"}
errors = []
def lines(pattern):
    for f in sorted(glob.glob(os.path.join(HERE, pattern))):
        for n, l in enumerate(open(f, encoding='utf-8'), 1):
            l = l.rstrip('\n')
            if l.strip() and not l.startswith('#'):
                yield f"{os.path.basename(f)}:{n}", l

experts = {}
# id|name|university|college|title|disciplines(,)|clusters(,)|directions|achievements(kind:title:year;...)|capacity|vp(Y/N)
for where, l in lines('experts_*.txt'):
    p = l.split('|')
    if len(p) != 11: errors.append(f"{where}: {len(p)} fields"); continue
    eid, name, uni, college, title, disc, clus, dirs, ach, cap, vp = [x.strip() for x in p]
    if eid in experts: errors.append(f"{where}: duplicate {eid}")
    d = [c for c in disc.split(',') if c]
    for c in d:
        if c not in codes: errors.append(f"{where}: bad code {c}")
    cl = [c for c in clus.split(',') if c]
    for c in cl:
        if c not in CLUSTERS: errors.append(f"{where}: bad cluster {c}")
    achs = []
    for a in [x for x in ach.split(';') if x.strip()]:
        k, t, y = a.split('：') if '：' in a else a.split(':')
        if k not in KINDS: errors.append(f"{where}: bad kind {k}")
        achs.append({"kind": k, "title": t, "year": int(y)})
    if not (1 <= len(achs) <= 3): errors.append(f"{where}: {len(achs)} achievements")
    experts[eid] = {"id": eid, "name": name, "university": uni, "college": college, "title": title,
                    "researchDirections": dirs, "disciplines": d, "clusters": cl, "achievements": achs,
                    "capacity": int(cap), "willingVicePresident": vp == 'Y'}

needs = {}
SLICES = {"shop_floor","academic","cross_disciplinary","long","trap"}
# id|slices(,)|split|title|publicSummary|description|nsfc(,)|cluster|cooperationMode|region
for where, l in lines('needs.txt'):
    p = l.split('|')
    if len(p) != 10: errors.append(f"{where}: {len(p)} fields"); continue
    nid, sl, split, title, summ, desc, nc, clus, mode, reg = [x.strip() for x in p]
    if nid in needs: errors.append(f"{where}: duplicate {nid}")
    s = [x for x in sl.split(',') if x]
    for x in s:
        if x not in SLICES: errors.append(f"{where}: bad slice {x}")
    if split not in ("dev", "test"): errors.append(f"{where}: bad split")
    ncs = [c for c in nc.split(',') if c]
    for c in ncs:
        if c not in codes: errors.append(f"{where}: bad code {c}")
    if clus and clus not in CLUSTERS: errors.append(f"{where}: bad cluster {clus}")
    needs[nid] = {"id": nid, "title": title, "publicSummary": summ, "description": desc, "nsfcCodes": ncs,
                  "cluster": clus or None, "cooperationMode": mode or None, "regionPreference": reg or None,
                  "slices": s, "split": split}

qrels = []
seen = set()
# need: N01 (a line) then lines: expert grade reason
cur = None
for where, l in lines('qrels_*.txt'):
    m = re.match(r'^(N\d+)\s*$', l.strip())
    if m: cur = m.group(1); continue
    m = re.match(r'^\s*(E\d+)\s+([0-3])\s+(.+)$', l)
    if not m or cur is None: errors.append(f"{where}: bad qrel line {l!r}"); continue
    e, g, r = m.group(1), int(m.group(2)), m.group(3).strip()
    if cur not in needs: errors.append(f"{where}: unknown need {cur}")
    if e not in experts: errors.append(f"{where}: unknown expert {e}")
    if (cur, e) in seen: errors.append(f"{where}: duplicate pair {cur} {e}")
    seen.add((cur, e))
    qrels.append({"need": cur, "expert": e, "grade": g, "reason": r})

for e in errors: print(e, file=sys.stderr)
def dump(name, rows):
    with open(os.path.join(OUT, name), 'w', encoding='utf-8') as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
dump('experts.jsonl', experts.values())
dump('needs.jsonl', needs.values())
dump('qrels.jsonl', qrels)
print(f"experts {len(experts)} needs {len(needs)} qrels {len(qrels)} errors {len(errors)}")
