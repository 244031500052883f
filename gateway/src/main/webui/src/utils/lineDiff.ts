// Two versions of a program's rules side by side: a line diff (longest common subsequence).

export interface DiffRow { left: string | null; right: string | null; kind: 'same' | 'removed' | 'added' | 'changed' }

export function lineDiff(a: string, b: string): DiffRow[] {
  const x = a.split('\n')
  const y = b.split('\n')
  const n = x.length
  const m = y.length
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0))
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = x[i] === y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1])
  const raw: DiffRow[] = []
  let i = 0
  let j = 0
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) { raw.push({ left: x[i++], right: y[j++], kind: 'same' }) }
    else if (i < n && (j >= m || lcs[i + 1][j] >= lcs[i][j + 1])) raw.push({ left: x[i++], right: null, kind: 'removed' })
    else raw.push({ left: null, right: y[j++], kind: 'added' })
  }
  // A removal followed by an addition reads as one changed line.
  const out: DiffRow[] = []
  for (let k = 0; k < raw.length; k++) {
    const r = raw[k]
    const next = raw[k + 1]
    if (r.kind === 'removed' && next?.kind === 'added') { out.push({ left: r.left, right: next.right, kind: 'changed' }); k++ } else out.push(r)
  }
  return out
}
