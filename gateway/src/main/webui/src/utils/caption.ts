// Element Plus tables have no <caption>: v-caption="'专家名单'" puts one (visually hidden) into the
// table that holds the rows, so that screen readers name the table.
import type { Directive } from 'vue'

function apply(el: HTMLElement, text: string) {
  const table = el.querySelector<HTMLTableElement>('.el-table__body-wrapper table')
  if (!table) return
  let caption = table.querySelector(':scope > caption')
  if (!caption) {
    caption = document.createElement('caption')
    caption.className = 'sr-only'
    table.insertBefore(caption, table.firstChild)
  }
  if (caption.textContent !== text) caption.textContent = text
}

export const vCaption: Directive<HTMLElement, string> = {
  mounted: (el, b) => apply(el, b.value),
  updated: (el, b) => apply(el, b.value),
}
