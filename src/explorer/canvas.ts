/** The Cytoscape.js canvas: nodes styled by type, edges labelled by type, layout, pin, path highlight. */
import cytoscape, { type Core, type EdgeSingular, type ElementDefinition, type NodeSingular } from 'cytoscape';
import { NODE_TYPES, type GEdge, type GNode } from './api.js';
import { NODE_STYLE } from './styles.js';

export type Canvas = ReturnType<typeof createCanvas>;

function shortLabel(label: string): string {
  return label.length > 42 ? `${label.slice(0, 40)}…` : label;
}

export function createCanvas(container: HTMLElement) {
  const cy: Core = cytoscape({
    container,
    wheelSensitivity: 0.3,
    minZoom: 0.05,
    maxZoom: 4,
    // Big graphs: draw a cached bitmap while panning/zooming, and skip edges meanwhile.
    textureOnViewport: true,
    hideEdgesOnViewport: true,
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(short)',
          'font-size': 10,
          'text-valign': 'bottom',
          'text-margin-y': 3,
          'text-wrap': 'ellipsis',
          'text-max-width': '140px',
          'min-zoomed-font-size': 7,
          width: 26,
          height: 26,
          'border-width': 1,
          'border-color': '#ffffff',
        },
      },
      ...NODE_TYPES.map((type) => ({
        selector: `node[type = "${type}"]`,
        style: { 'background-color': NODE_STYLE[type].color, shape: NODE_STYLE[type].shape as never },
      })),
      { selector: 'node[type = "STATEMENT"]', style: { width: 18, height: 18 } },
      { selector: 'node.pinned', style: { 'border-width': 3, 'border-color': '#111', 'border-style': 'double' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#ffd43b', 'overlay-opacity': 0 } },
      {
        selector: 'edge',
        style: {
          width: 1.5,
          'line-color': '#aab2c0',
          'target-arrow-color': '#aab2c0',
          'target-arrow-shape': 'triangle',
          'arrow-scale': 0.8,
          'curve-style': 'bezier',
          label: 'data(type)',
          'font-size': 7,
          color: '#5b6475',
          'text-rotation': 'autorotate',
          'text-background-color': '#fbfcfd',
          'text-background-opacity': 0.8,
          'min-zoomed-font-size': 6,
        },
      },
      { selector: 'edge[stance = "SUPPORT"]', style: { 'line-color': '#2f9e44', 'target-arrow-color': '#2f9e44' } },
      { selector: 'edge[stance = "OPPOSE"]', style: { 'line-color': '#c92a2a', 'target-arrow-color': '#c92a2a' } },
      { selector: 'edge[stance = "CONCERN"]', style: { 'line-color': '#e8590c', 'target-arrow-color': '#e8590c' } },
      { selector: 'edge.path', style: { 'line-color': '#f03e3e', 'target-arrow-color': '#f03e3e', width: 4, 'z-index': 10 } },
      { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#f03e3e' } },
      { selector: '.filtered', style: { display: 'none' } },
      { selector: '.faded', style: { opacity: 0.25 } },
    ],
  });

  function nodeData(n: GNode) {
    const stances = [...new Set((n.topics ?? []).map((t) => t.stance).filter(Boolean))];
    return {
      id: n.id,
      type: n.type,
      label: n.label,
      short: shortLabel(n.label),
      date: n.date ?? null,
      topics: (n.topics ?? []).map((t) => t.id),
      topicStances: (n.topics ?? []).map((t) => `${t.id}|${t.stance ?? ''}`),
      topicNames: (n.topics ?? []).map((t) => t.name),
      stances,
    };
  }

  /** Adds what is not drawn yet; new nodes start around `near` (or the centre). Returns the new node ids. */
  function add(nodes: GNode[], edges: GEdge[], near?: string): string[] {
    const origin = near ? cy.getElementById(near) : undefined;
    const centre = origin?.nonempty() ? origin.position() : { x: cy.width() / 2, y: cy.height() / 2 };
    const fresh: ElementDefinition[] = [];
    const added: string[] = [];
    nodes.forEach((n, i) => {
      const existing = cy.getElementById(n.id);
      if (existing.nonempty()) {
        // A neighbourhood may know more (topics, date) than a search hit did.
        existing.data(nodeData(n));
        return;
      }
      const angle = (2 * Math.PI * i) / Math.max(nodes.length, 1);
      const r = near ? 120 : 40 * Math.sqrt(i);
      fresh.push({ group: 'nodes', data: nodeData(n), position: { x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) } });
      added.push(n.id);
    });
    for (const e of edges) {
      if (cy.getElementById(e.id).nonempty()) continue;
      const stance = typeof e.properties?.stance === 'string' ? e.properties.stance : undefined;
      fresh.push({
        group: 'edges',
        data: { id: e.id, type: e.type, source: e.source, target: e.target, properties: e.properties ?? {}, ...(stance ? { stance } : {}) },
      });
    }
    // Edges whose ends are not both drawn are left out (cytoscape would refuse them).
    const drawn = new Set([...cy.nodes().map((n) => n.id()), ...added]);
    cy.add(fresh.filter((el) => el.group === 'nodes' || (drawn.has(el.data.source as string) && drawn.has(el.data.target as string))));
    return added;
  }

  function layout(options: { fit?: boolean } = {}): void {
    const free = cy.elements().not('.filtered');
    const many = cy.nodes().length > 300;
    const layoutOptions = many
      ? {
          name: 'concentric',
          animate: false,
          fit: options.fit ?? true,
          minNodeSpacing: 8,
          concentric: (n: NodeSingular) => n.degree(false),
          levelWidth: () => 2,
        }
      : {
          name: 'cose',
          animate: false,
          randomize: true,
          fit: options.fit ?? true,
          nodeRepulsion: () => 400_000,
          idealEdgeLength: () => 110,
          nodeOverlap: 20,
          componentSpacing: 80,
          gravity: 60,
          numIter: 1000,
          padding: 40,
        };
    // Pinned nodes are locked: layouts leave them where they are.
    free.layout(layoutOptions as never).run();
    // A few nodes fitted to the screen would be drawn huge: keep the zoom readable.
    if (cy.zoom() > 1.1) {
      cy.zoom(1.1);
      cy.center(free);
    }
  }

  function togglePin(id: string): boolean {
    const node = cy.getElementById(id);
    if (node.empty()) return false;
    if (node.locked()) {
      node.unlock();
      node.removeClass('pinned');
      return false;
    }
    node.lock();
    node.addClass('pinned');
    return true;
  }

  function highlightPath(nodeIds: string[], edgeIds: string[]): void {
    cy.elements().removeClass('path');
    for (const id of [...nodeIds, ...edgeIds]) cy.getElementById(id).addClass('path');
  }

  /** What is drawn (filters applied), in the shape of the export writers. */
  function drawn() {
    const visible = cy.elements().not('.filtered');
    return {
      nodes: visible.nodes().map((n) => ({ id: n.id(), type: n.data('type') as string, label: n.data('label') as string, distance: null })),
      edges: visible
        .edges()
        .toArray()
        .map((e) => e as EdgeSingular)
        .filter((e) => !e.source().hasClass('filtered') && !e.target().hasClass('filtered'))
        .map((e) => ({
          id: e.id(),
          type: e.data('type') as string,
          source: e.source().id(),
          target: e.target().id(),
          properties: (e.data('properties') ?? {}) as Record<string, unknown>,
        })),
      truncated: false,
    };
  }

  return { cy, add, layout, togglePin, highlightPath, drawn };
}
