// ECharts on demand: only the charts and components the portal draws.
import { use, init, registerMap, type ComposeOption } from 'echarts/core'
import { BarChart, LineChart, MapChart, FunnelChart } from 'echarts/charts'
import { GridComponent, TooltipComponent, LegendComponent, TitleComponent, VisualMapComponent, MarkLineComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'
import type { BarSeriesOption, LineSeriesOption, MapSeriesOption, FunnelSeriesOption } from 'echarts/charts'
import type { GridComponentOption, TooltipComponentOption, LegendComponentOption, TitleComponentOption, VisualMapComponentOption, MarkLineComponentOption } from 'echarts/components'

use([BarChart, LineChart, MapChart, FunnelChart, GridComponent, TooltipComponent, LegendComponent, TitleComponent, VisualMapComponent, MarkLineComponent, CanvasRenderer])

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | MapSeriesOption | FunnelSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption | TitleComponentOption | VisualMapComponentOption | MarkLineComponentOption
>
export { init, registerMap }
