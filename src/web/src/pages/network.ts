// Who interacts with whom in a date range: a graph (Cytoscape) of the most active codes and the
// heaviest pairs, aggregated by the server. Edge colour: net cooperation (blue) or conflict (red).
import { api, type Network } from '../api.js';
import { withActorSuggestions } from '../components/suggest.js';
import { h, link, queryString, show } from '../dom.js';
import { number, score } from '../format.js';
import type { PageContext } from '../router.js';

function edgeColour(cooperation: number, conflict: number): string {
  const share = cooperation + conflict ? cooperation / (cooperation + conflict) : 0.5;
  if (share >= 0.6) return '#3f86c4';
  if (share <= 0.4) return '#c0392b';
  return '#9aa5b1';
}

async function drawGraph(el: HTMLElement, network: Network): Promise<void> {
  const { default: cytoscape } = await import('cytoscape');
  const linked = new Set(network.edges.flatMap((e) => [e.a, e.b]));
  const nodes = network.nodes.filter((n) => linked.has(n.code));
  const kept = new Set(nodes.map((n) => n.code));
  const maxNode = Math.max(1, ...nodes.map((n) => n.events));
  const maxEdge = Math.max(1, ...network.edges.map((e) => e.events));
  const cy = cytoscape({
    container: el,
    elements: [
      ...nodes.map((n) => ({ data: { id: n.code, label: n.name === n.code ? n.code : `${n.name}`, size: 18 + 42 * Math.sqrt(n.events / maxNode) } })),
      ...network.edges.filter((e) => kept.has(e.a) && kept.has(e.b)).map((e) => ({
        data: { id: `${e.a}|${e.b}`, source: e.a, target: e.b, width: 1 + 9 * (e.events / maxEdge), colour: edgeColour(e.cooperation, e.conflict), events: e.events, score: e.score },
      })),
    ],
    style: [
      { selector: 'node', style: { width: 'data(size)', height: 'data(size)', label: 'data(label)', 'background-color': '#274c77', color: '#1a202c', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4, 'text-outline-color': '#fff', 'text-outline-width': 2 } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', opacity: 0.75, 'curve-style': 'bezier' } },
      { selector: 'node:selected', style: { 'background-color': '#e08733' } },
    ],
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, padding: 24 } as cytoscape.LayoutOptions,
  });
  cy.on('tap', 'edge', (evt) => {
    const [a, b] = String(evt.target.id()).split('|');
    window.history.pushState(null, '', `/pairs/${encodeURIComponent(a)}/${encodeURIComponent(b)}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  cy.on('tap', 'node', (evt) => {
    window.history.pushState(null, '', `/events?actor=${encodeURIComponent(String(evt.target.id()))}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
}

export async function networkPage({ root, query }: PageContext): Promise<void> {
  const from = query.get('from') ?? '';
  const to = query.get('to') ?? '';
  const nodes = query.get('nodes') ?? '40';
  const network = await api.network(queryString({ from, to, nodes, edges: 150 }));
  document.title = 'Network · annals';
  const graph = h('div', { class: 'graph', 'data-testid': 'network-graph' });
  const names = new Map(network.nodes.map((n) => [n.code, n.name]));
  show(root,
    h('h1', null, 'Who interacts with whom'),
    h('form', { class: 'filters', action: '/network' },
      h('label', null, 'From', h('input', { name: 'from', value: from, placeholder: 'YYYY-MM-DD', size: 10 })),
      h('label', null, 'To', h('input', { name: 'to', value: to, placeholder: 'YYYY-MM-DD', size: 10 })),
      h('label', null, 'Actors', h('select', { name: 'nodes' }, ...['20', '40', '80', '150'].map((n) => h('option', { value: n, selected: n === nodes }, n)))),
      h('button', { type: 'submit' }, 'Show')),
    h('form', { class: 'filters pair-picker', 'data-testid': 'pair-picker', onsubmit: ((e: Event) => {
      e.preventDefault();
      e.stopPropagation();
      const data = new FormData(e.target as HTMLFormElement);
      const [a, b] = ['a', 'b'].map((k) => String(data.get(k) ?? '').trim());
      if (a && b) {
        window.history.pushState(null, '', `/pairs/${encodeURIComponent(a)}/${encodeURIComponent(b)}`);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }
    }) as EventListener },
      h('label', null, 'Compare', withActorSuggestions(h('input', { name: 'a', placeholder: 'a code or actor: JPN', size: 16, required: true }))),
      h('label', null, 'with', withActorSuggestions(h('input', { name: 'b', placeholder: 'USA', size: 16, required: true }))),
      h('button', { type: 'submit' }, 'Open pair')),
    h('p', { class: 'muted' }, 'Node size: events; line width: events between the pair; blue: mostly cooperation, red: mostly conflict. Click a line for the pair, a node for its events.'),
    network.edges.length ? graph : h('p', { class: 'empty' }, 'No pairs in this range.'),
    network.edges.length ? h('section', { class: 'card' }, h('h2', null, 'Pairs'),
      h('table', { class: 'plain', 'data-testid': 'pairs-table' },
        h('thead', null, h('tr', null, h('th', null, 'Pair'), h('th', { class: 'num' }, 'Events'), h('th', { class: 'num' }, 'Cooperation'), h('th', { class: 'num' }, 'Conflict'), h('th', { class: 'num' }, 'Score'))),
        h('tbody', null, ...network.edges.slice(0, 30).map((e) => h('tr', null,
          h('td', null, link(`/pairs/${encodeURIComponent(e.a)}/${encodeURIComponent(e.b)}`, `${names.get(e.a) ?? e.a} – ${names.get(e.b) ?? e.b}`)),
          h('td', { class: 'num' }, number(e.events)), h('td', { class: 'num' }, number(e.cooperation)),
          h('td', { class: 'num' }, number(e.conflict)), h('td', { class: 'num' }, score(e.score))))))) : null,
  );
  if (network.edges.length) await drawGraph(graph, network);
}
