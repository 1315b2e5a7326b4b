/** How each node type looks: colour and shape (from the model's registry), shared by the canvas, the legend and the suggestions. */
import { NODE_TYPE_SPECS, type NodeTypeSpec, TYPE_BY_ENUM_VALUE } from '../model/registry.js';
import type { NodeType } from './api.js';

export const NODE_STYLE = Object.fromEntries(Object.entries(TYPE_BY_ENUM_VALUE).map(([value, type]) => [value, NODE_TYPE_SPECS[type].style])) as Record<
  NodeType,
  NodeTypeSpec['style']
>;
