// A litegraph graph as far as the sidebar touches it, recording the order of what happens to it.
import { vi } from 'vitest'

export function createGraphDouble(log = []) {
  const graph = {
    nodes: [],
    arrange: vi.fn(() => log.push('arrange')),
    setDirtyCanvas: vi.fn(),
    getNodeById: (id) => graph.nodes.find((node) => node.id === id) ?? null,
    serialize: vi.fn(() => ({ nodes: graph.nodes.map(({ id, type, widgets_values, mode }) => ({ id, type, widgets_values, mode })), links: [] })),
  }
  return graph
}

/** A node whose content needs `needed` while it is `size` big. */
export function nodeDouble(id, type, { size = [100, 60], needed = [220, 40], widgets_values = [] } = {}, log = []) {
  return {
    id,
    type,
    size,
    mode: 0,
    widgets_values,
    computeSize: () => [...needed],
    setSize: vi.fn(function setSize(next) {
      log.push(`setSize ${id}`)
      this.size = next
    }),
  }
}

/** app.loadApiJson as the host does it: replace the graph's nodes with the prompt's. */
export function loadApiJsonInto(graph, log = []) {
  return vi.fn(async (prompt) => {
    log.push('loadApiJson')
    graph.nodes = Object.entries(prompt).map(([id, node]) => nodeDouble(Number(id), node.class_type, {}, log))
  })
}
