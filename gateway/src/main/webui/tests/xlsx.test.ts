import { describe, it, expect } from 'vitest'
import { columnName, crc32, sheetNames, sheetXml, workbook, xmlText, zip } from '../src/utils/xlsx'

/** Reads a stored ZIP back (local headers in order), checking each entry's CRC. */
function unzip(bytes: Uint8Array): Map<string, string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const out = new Map<string, string>()
  let at = 0
  while (view.getUint32(at, true) === 0x04034b50) {
    expect(view.getUint16(at + 8, true)).toBe(0) // stored
    const crc = view.getUint32(at + 14, true)
    const size = view.getUint32(at + 18, true)
    const nameLen = view.getUint16(at + 26, true)
    const name = new TextDecoder().decode(bytes.subarray(at + 30, at + 30 + nameLen))
    const data = bytes.subarray(at + 30 + nameLen, at + 30 + nameLen + size)
    expect(crc32(data)).toBe(crc)
    out.set(name, new TextDecoder().decode(data))
    at += 30 + nameLen + size
  }
  // the central directory follows and the end record names every entry
  const end = bytes.length - 22
  expect(view.getUint32(end, true)).toBe(0x06054b50)
  expect(view.getUint16(end + 10, true)).toBe(out.size)
  expect(view.getUint32(end + 16, true)).toBe(at)
  return out
}

describe('xlsx writer', () => {
  it('names columns like a spreadsheet', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA'])
  })
  it('computes the ZIP CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926)
    expect(crc32(new Uint8Array())).toBe(0)
  })
  it('escapes XML and drops characters XML forbids', () => {
    expect(xmlText('A&B <c> "d"\u0001')).toBe('A&amp;B &lt;c&gt; &quot;d&quot;')
  })
  it('makes sheet names valid and unique', () => {
    expect(sheetNames(['目标/完成', '目标:完成', '', 'x'.repeat(40)])).toEqual(['目标 完成', '目标 完成(2)', 'Sheet3', 'x'.repeat(31)])
  })
  it('writes numbers as numbers, text inline, blanks as nothing, a bold header', () => {
    const xml = sheetXml([['区县', '专精特新'], ['清江浦区', 42], ['盱眙县', null]])
    expect(xml).toContain('<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">区县</t></is></c>')
    expect(xml).toContain('<c r="B2"><v>42</v></c>')
    expect(xml).not.toContain('r="B3"')
    expect(xml).toContain('state="frozen"')
  })
  it('packs a workbook that reads back with every part and sheet', () => {
    const files = unzip(workbook([{ name: '目标', rows: [['指标', '实际'], ['小巨人', 12]] }, { name: '区县', rows: [['a']] }]))
    expect([...files.keys()]).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml'])
    expect(files.get('xl/workbook.xml')).toContain('<sheet name="目标" sheetId="1" r:id="rId1"/>')
    expect(files.get('xl/worksheets/sheet1.xml')).toContain('<v>12</v>')
    expect(files.get('[Content_Types].xml')).toContain('/xl/worksheets/sheet2.xml')
  })
  it('stores UTF-8 names in the ZIP', () => {
    const files = unzip(zip([['说明.txt', new TextEncoder().encode('淮安')]]))
    expect(files.get('说明.txt')).toBe('淮安')
  })
})
