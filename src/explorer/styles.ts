/** How each node type looks: colour and shape, shared by the canvas, the legend and the suggestions. */
import type { NodeType } from './api.js';

export const NODE_STYLE: Record<NodeType, { color: string; shape: string; name: string }> = {
  PERSON: { color: '#3b6fd8', shape: 'ellipse', name: 'Person' },
  COUNTRY: { color: '#1f9e89', shape: 'hexagon', name: 'Country' },
  ORGANIZATION: { color: '#7b4fd0', shape: 'round-rectangle', name: 'Organisation' },
  PLACE: { color: '#6b8e23', shape: 'triangle', name: 'Place' },
  STATEMENT: { color: '#e2762c', shape: 'round-diamond', name: 'Statement' },
  CLAIM: { color: '#c2255c', shape: 'diamond', name: 'Claim' },
  TOPIC: { color: '#d4a106', shape: 'round-tag', name: 'Topic' },
  EVENT: { color: '#0b7285', shape: 'star', name: 'Event' },
  ARTICLE: { color: '#5c677d', shape: 'rectangle', name: 'Article' },
};
