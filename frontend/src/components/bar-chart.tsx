import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export interface BarChartProps {
  labels: readonly string[];
  values: readonly number[];
  /** What a bar counts, for the tooltip: "Feedback items". */
  seriesLabel: string;
  /** The chart in words, for screen readers (the same data is also in a table). */
  description: string;
}

/**
 * A bar chart drawn by Chart.js on a canvas. Loaded lazily (import it with React.lazy), so the
 * first page does not carry Chart.js; always show the same data as a table beside it.
 */
export default function BarChart({ labels, values, seriesLabel, description }: BarChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: [...labels],
        datasets: [{ label: seriesLabel, data: [...values], backgroundColor: '#005eb8' }],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        responsive: true,
        scales: {
          y: { beginAtZero: true, ticks: { precision: 0, color: '#212b32' } },
          x: { ticks: { color: '#212b32' } },
        },
        plugins: { tooltip: { enabled: true } },
      },
    });
    return () => chart.destroy();
  }, [labels, values, seriesLabel]);
  return (
    <div className="tandem-chart">
      <canvas ref={canvas} role="img" aria-label={description}>
        {description}
      </canvas>
    </div>
  );
}
