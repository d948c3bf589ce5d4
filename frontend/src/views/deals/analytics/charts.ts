import {
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
  type ChartOptions,
} from 'chart.js'

// Only what bar charts need, so the rest of chart.js stays out of the bundle.
Chart.register(BarElement, CategoryScale, LinearScale, Tooltip, Legend)

/** Options shared by the dashboard's bar charts; `horizontal` puts the categories on the y axis. */
export function barOptions(
  horizontal: boolean,
  formatValue: (value: number) => string,
): ChartOptions<'bar'> {
  const valueAxis = horizontal ? 'x' : 'y'
  return {
    indexAxis: horizontal ? 'y' : 'x',
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    plugins: {
      legend: { position: 'bottom' },
      tooltip: {
        callbacks: {
          label: (item) => `${item.dataset.label ?? ''}: ${formatValue(Number(item.raw ?? 0))}`,
        },
      },
    },
    scales: {
      [valueAxis]: {
        beginAtZero: true,
        ticks: { precision: 0, callback: (value: string | number) => formatValue(Number(value)) },
      },
    },
  }
}
