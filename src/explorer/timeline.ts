/** A small inline-SVG bar chart of statements per period; click a bar or drag across bars to set the date filter. */
import { timeline, type TimelineBucket } from './api.js';
import { h } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

export interface TimelineScope {
  actor?: string;
  topic?: string;
  name: string;
}

export async function renderTimeline(
  box: HTMLElement,
  scope: TimelineScope | null,
  bucket: string,
  range: { from: string; to: string },
  onRange: (from: string, to: string) => void,
  onBucket: (bucket: string) => void,
): Promise<void> {
  if (!scope) {
    box.replaceChildren(h('div', { class: 'head' }, 'Timeline: select an actor or a topic to see its statements over time.'));
    return;
  }
  const buckets: TimelineBucket[] = await timeline(scope.actor ? { actor: scope.actor } : { topic: scope.topic! }, bucket);
  const select = h(
    'select',
    { 'aria-label': 'Timeline period', onchange: (e: Event) => onBucket((e.target as HTMLSelectElement).value) },
    ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'].map((b) => h('option', { value: b, selected: b === bucket }, b.toLowerCase())),
  );
  const head = h(
    'div',
    { class: 'head' },
    h('strong', {}, `Statements over time: ${scope.name}`),
    select,
    h('span', {}, buckets.length ? 'click or drag across bars to filter by date' : 'no dated statements'),
  );
  const width = 600;
  const height = 100;
  const chart = svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    preserveAspectRatio: 'none',
    'data-testid': 'timeline-chart',
    role: 'img',
    'aria-label': `Statements per ${bucket.toLowerCase()}`,
  });
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const slot = Math.min(width / Math.max(buckets.length, 1), 60);
  const bars: SVGRectElement[] = [];
  buckets.forEach((b, i) => {
    const barHeight = ((height - 16) * b.count) / max;
    const inRange = (range.from || range.to) && (!range.from || b.end >= range.from) && (!range.to || b.start <= range.to);
    const rect = svg('rect', {
      x: i * slot + 1,
      y: height - 14 - barHeight,
      width: Math.max(slot - 2, 1),
      height: Math.max(barHeight, 1),
      class: `bar-rect${inRange ? ' in-range' : ''}`,
      'data-index': i,
    });
    const title = svg('title', {});
    title.textContent = `${b.label}: ${b.count} statement${b.count === 1 ? '' : 's'}`;
    rect.append(title);
    bars.push(rect);
    chart.append(rect);
    if (buckets.length <= 24 || i % Math.ceil(buckets.length / 12) === 0) {
      const text = svg('text', { x: i * slot + slot / 2, y: height - 2, 'font-size': 9, 'text-anchor': 'middle', fill: '#5b6475' });
      text.textContent = b.label;
      chart.append(text);
    }
  });
  // Brushing: press on a bar, release on another; the period between them becomes the date filter.
  let anchor: number | null = null;
  const indexAt = (event: MouseEvent) => {
    const box = chart.getBoundingClientRect();
    const x = ((event.clientX - box.left) / box.width) * width; // viewBox units
    return Math.min(buckets.length - 1, Math.max(0, Math.floor(x / slot)));
  };
  chart.addEventListener('mousedown', (e) => {
    if (buckets.length) anchor = indexAt(e);
  });
  chart.addEventListener('mousemove', (e) => {
    if (anchor === null) return;
    const [lo, hi] = [Math.min(anchor, indexAt(e)), Math.max(anchor, indexAt(e))];
    bars.forEach((bar, i) => {
      bar.classList.toggle('in-range', i >= lo && i <= hi);
    });
  });
  window.addEventListener(
    'mouseup',
    (e) => {
      if (anchor === null) return;
      const [lo, hi] = [Math.min(anchor, indexAt(e)), Math.max(anchor, indexAt(e))];
      anchor = null;
      onRange(buckets[lo]!.start, buckets[hi]!.end);
    },
    { once: false },
  );
  box.replaceChildren(head, chart);
}
