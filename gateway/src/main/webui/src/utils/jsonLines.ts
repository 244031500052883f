// The rule editor pins the API's validation errors to the JSON node they name: the API answers
// 400 with violations whose field is the node's path ("rules.eligibility.all[0].gte.fact"); this
// finds the line of that node in the text the author typed (or of its nearest existing parent).

export interface ParseError { message: string; line: number; column: number }

/** Every node's path ("eligibility.all.0.gte.fact"; "" for the root) → its 1-based line. */
export function nodeLines(text: string): { lines: Map<string, number>; error: ParseError | null } {
  const lines = new Map<string, number>()
  let i = 0
  let line = 1
  let col = 1
  const fail = (message: string): never => { throw { message, line, column: col } as ParseError }
  const advance = () => {
    if (text[i] === '\n') { line++; col = 1 } else col++
    i++
  }
  const ws = () => { while (i < text.length && /\s/.test(text[i])) advance() }
  const expect = (ch: string) => {
    if (text[i] !== ch) fail(text[i] === undefined ? `缺少“${ch}”（文本意外结束）` : `此处应为“${ch}”，实际为“${text[i]}”`)
    advance()
  }
  const string = (): string => {
    expect('"')
    let s = ''
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\n') fail('字符串未闭合')
      if (text[i] === '\\') { advance(); s += text[i] === 'n' ? '\n' : text[i] }
      else s += text[i]
      advance()
    }
    expect('"')
    return s
  }
  const value = (path: string): void => {
    ws()
    if (!lines.has(path)) lines.set(path, line)
    const c = text[i]
    const join = (k: string) => (path ? `${path}.${k}` : k)
    if (c === '{') {
      advance(); ws()
      if (text[i] === '}') { advance(); return }
      for (;;) {
        ws()
        const keyLine = line
        const key = string()
        lines.set(join(key), keyLine)
        ws(); expect(':')
        value(join(key))
        ws()
        if (text[i] === ',') { advance(); continue }
        expect('}')
        return
      }
    } else if (c === '[') {
      advance(); ws()
      if (text[i] === ']') { advance(); return }
      for (let n = 0; ; n++) {
        value(join(String(n)))
        ws()
        if (text[i] === ',') { advance(); continue }
        expect(']')
        return
      }
    } else if (c === '"') {
      string()
    } else {
      const m = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i))
      if (!m) fail(c === undefined ? '文本意外结束' : `无法识别的内容“${text.slice(i, i + 10)}”`)
      for (let k = 0; k < m![0].length; k++) advance()
    }
  }
  try {
    value('')
    ws()
    if (i < text.length) fail(`多余的内容“${text.slice(i, i + 10)}”`)
    return { lines, error: null }
  } catch (e) {
    if ((e as ParseError).line) return { lines, error: e as ParseError }
    throw e
  }
}

/** The API's field ("rules.eligibility.all[0].gte") as a path of the rules document. */
export function rulesPath(field: string): string {
  return field.replace(/\[(\d+)\]/g, '.$1').replace(/^rules\.?/, '').replace(/^\$\.?/, '')
}

/** The line of the node a violation names, or of its nearest parent that exists in the text. */
export function lineOf(lines: Map<string, number>, field: string): number | null {
  let path = rulesPath(field)
  for (;;) {
    const hit = lines.get(path)
    if (hit !== undefined) return hit
    if (!path) return null
    path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : ''
  }
}

/** Violations grouped by the line they are pinned to. */
export function pinViolations(text: string, violations: Array<{ field: string; message: string }>): Map<number, string[]> {
  const { lines } = nodeLines(text)
  const out = new Map<number, string[]>()
  for (const v of violations) {
    const at = lineOf(lines, v.field) ?? 1
    out.set(at, [...(out.get(at) ?? []), v.message])
  }
  return out
}
