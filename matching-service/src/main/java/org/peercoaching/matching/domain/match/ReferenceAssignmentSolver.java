package org.peercoaching.matching.domain.match;

import java.util.Arrays;

/**
 * The original pure-Java exact solver, kept as the test oracle for {@link AssignmentSolver} and as its
 * fallback where OR-Tools' native library cannot load. Same problem and same answer (the same optimal
 * total; ties may be broken differently): maximises the total weight of the chosen (person, coach) pairs,
 * each person at most once, each coach at most its remaining capacity. Solved as a min-cost flow
 * (source -> person -> coach -> sink, cost = -weight) by successive shortest paths with Johnson potentials
 * and Dijkstra over a sparse, array-based residual graph; after each Dijkstra it augments along every
 * shortest path it can find at once (a blocking flow on the zero-reduced-cost edges). It stops as soon as
 * the cheapest augmenting path no longer improves the total, so people whose every pairing would lower it
 * stay unassigned. Pure Java, no framework, no database.
 *
 * <p>Size: memory is O(people + coaches + candidate pairs); time is O(phases x pairs x log nodes), at most
 * one phase per assignment. Measured with 20 candidate coaches per person: 1,000 x 150 in about 0.1 s,
 * 5,000 x 750 in about 2 s, 20,000 x 3,000 in about 85 s: too slow for national scale (see
 * docs/benchmarks.md), hence {@link AssignmentSolver}.
 */
public final class ReferenceAssignmentSolver {

    private final int people;
    private final int[] capacity;
    private int arcs;
    private int[] arcPerson = new int[16];
    private int[] arcCoach = new int[16];
    private long[] arcWeight = new long[16];

    public ReferenceAssignmentSolver(int people, int[] coachCapacity) {
        this.people = people;
        this.capacity = coachCapacity.clone();
    }

    /** A pair that may be chosen, with its weight (higher is better; pairs of weight 0 or less never help). */
    public void allow(int person, int coach, long weight) {
        if (person < 0 || person >= people || coach < 0 || coach >= capacity.length) {
            throw new IllegalArgumentException("No such person or coach: " + person + ", " + coach);
        }
        if (arcs == arcPerson.length) {
            arcPerson = Arrays.copyOf(arcPerson, arcs * 2);
            arcCoach = Arrays.copyOf(arcCoach, arcs * 2);
            arcWeight = Arrays.copyOf(arcWeight, arcs * 2);
        }
        arcPerson[arcs] = person;
        arcCoach[arcs] = coach;
        arcWeight[arcs] = weight;
        arcs++;
    }

    public AssignmentSolver.Assignment solve() {
        int coaches = capacity.length;
        int source = 0;
        int sink = people + coaches + 1;
        int nodes = sink + 1;
        Graph g = new Graph(nodes, people + coaches + arcs);
        for (int p = 0; p < people; p++) {
            g.add(source, 1 + p, 1, 0);
        }
        int[] personCoachEdge = new int[arcs];
        Arrays.fill(personCoachEdge, -1);
        long[] potential = new long[nodes];
        long[] coachPotential = new long[coaches];
        boolean[] coachReachable = new boolean[coaches];
        for (int a = 0; a < arcs; a++) {
            if (arcWeight[a] <= 0 || capacity[arcCoach[a]] <= 0) {
                continue;
            }
            personCoachEdge[a] = g.add(1 + arcPerson[a], 1 + people + arcCoach[a], 1, -arcWeight[a]);
            int c = arcCoach[a];
            if (!coachReachable[c] || -arcWeight[a] < coachPotential[c]) {
                coachPotential[c] = -arcWeight[a];
                coachReachable[c] = true;
            }
        }
        long sinkPotential = 0;
        for (int c = 0; c < coaches; c++) {
            if (capacity[c] > 0) {
                g.add(1 + people + c, sink, capacity[c], 0);
                if (coachReachable[c]) {
                    sinkPotential = Math.min(sinkPotential, coachPotential[c]);
                }
            }
            potential[1 + people + c] = coachReachable[c] ? coachPotential[c] : 0;
        }
        potential[sink] = sinkPotential;
        // the initial graph is a DAG, so these are exact shortest distances: every reduced cost is >= 0

        long[] dist = new long[nodes];
        int[] viaEdge = new int[nodes];
        long[] heap = new long[Math.max(16, g.edges + nodes)];
        int[] heapNode = new int[heap.length];
        while (true) {
            Arrays.fill(dist, Long.MAX_VALUE);
            Arrays.fill(viaEdge, -1);
            dist[source] = 0;
            int size = 0;
            heap[0] = 0;
            heapNode[0] = source;
            size = 1;
            while (size > 0) {
                long d = heap[0];
                int u = heapNode[0];
                size--;
                if (size > 0) {
                    siftDown(heap, heapNode, size, heap[size], heapNode[size]);
                }
                if (d > dist[u]) {
                    continue;
                }
                for (int e = g.head[u]; e != -1; e = g.next[e]) {
                    if (g.cap[e] <= 0) {
                        continue;
                    }
                    int v = g.to[e];
                    long nd = d + g.cost[e] + potential[u] - potential[v];
                    if (nd < dist[v]) {
                        dist[v] = nd;
                        viaEdge[v] = e;
                        if (size == heap.length) {
                            heap = Arrays.copyOf(heap, size * 2);
                            heapNode = Arrays.copyOf(heapNode, size * 2);
                        }
                        siftUp(heap, heapNode, size, nd, v);
                        size++;
                    }
                }
            }
            if (dist[sink] == Long.MAX_VALUE) {
                break;
            }
            for (int v = 0; v < nodes; v++) {
                if (dist[v] != Long.MAX_VALUE) {
                    potential[v] += dist[v];
                }
            }
            // potential[source] stays 0, so potential[sink] is now the real cost of the cheapest path
            if (potential[sink] >= 0) {
                break;
            }
            augmentAlongAllShortestPaths(g, potential, dist, source, sink);
        }

        int[] coachOf = new int[people];
        Arrays.fill(coachOf, -1);
        long total = 0;
        for (int a = 0; a < arcs; a++) {
            int e = personCoachEdge[a];
            if (e >= 0 && g.cap[e] == 0) {
                coachOf[arcPerson[a]] = arcCoach[a];
                total += arcWeight[a];
            }
        }
        return new AssignmentSolver.Assignment(coachOf, total);
    }

    /**
     * Sends one unit along a maximal set of shortest augmenting paths at once: those made only of residual
     * edges of reduced cost 0 (a blocking flow in the admissible graph, found by an iterative depth-first
     * search with current-edge pointers). Every such path costs the same as the cheapest one, so the result
     * is the same as augmenting them one Dijkstra at a time, with far fewer Dijkstras.
     */
    private static void augmentAlongAllShortestPaths(Graph g, long[] potential, long[] dist, int source, int sink) {
        int nodes = g.head.length;
        int[] current = g.head.clone();
        boolean[] dead = new boolean[nodes];
        boolean[] onPath = new boolean[nodes];
        int[] pathEdges = new int[nodes];
        int depth = 0;
        int v = source;
        onPath[source] = true;
        while (true) {
            if (v == sink) {
                for (int i = 0; i < depth; i++) {
                    int e = pathEdges[i];
                    g.cap[e] -= 1;
                    g.cap[e ^ 1] += 1;
                    onPath[g.to[e]] = false;
                }
                depth = 0;
                v = source;
                continue;
            }
            int e = current[v];
            while (e != -1) {
                int w = g.to[e];
                if (g.cap[e] > 0 && !dead[w] && !onPath[w] && dist[w] != Long.MAX_VALUE
                        && g.cost[e] + potential[v] - potential[w] == 0) {
                    break;
                }
                e = g.next[e];
            }
            current[v] = e;
            if (e != -1) {
                pathEdges[depth++] = e;
                v = g.to[e];
                onPath[v] = true;
                continue;
            }
            dead[v] = true;
            if (v == source) {
                return;
            }
            onPath[v] = false;
            int back = pathEdges[--depth];
            v = g.to[back ^ 1];
            current[v] = g.next[current[v]];
        }
    }

    private static void siftUp(long[] heap, int[] nodes, int i, long key, int node) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heap[parent] <= key) {
                break;
            }
            heap[i] = heap[parent];
            nodes[i] = nodes[parent];
            i = parent;
        }
        heap[i] = key;
        nodes[i] = node;
    }

    private static void siftDown(long[] heap, int[] nodes, int size, long key, int node) {
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && heap[child + 1] < heap[child]) {
                child++;
            }
            if (heap[child] >= key) {
                break;
            }
            heap[i] = heap[child];
            nodes[i] = nodes[child];
            i = child;
        }
        heap[i] = key;
        nodes[i] = node;
    }

    /** Residual graph in arrays: edge e and its reverse e ^ 1. */
    private static final class Graph {
        final int[] head;
        int[] next;
        int[] to;
        int[] cap;
        long[] cost;
        int edges;

        Graph(int nodes, int expectedArcs) {
            head = new int[nodes];
            Arrays.fill(head, -1);
            int n = Math.max(2, expectedArcs * 2);
            next = new int[n];
            to = new int[n];
            cap = new int[n];
            cost = new long[n];
        }

        int add(int from, int toNode, int capacity, long c) {
            int e = edges;
            put(from, toNode, capacity, c);
            put(toNode, from, 0, -c);
            return e;
        }

        private void put(int from, int toNode, int capacity, long c) {
            if (edges == to.length) {
                next = Arrays.copyOf(next, edges * 2);
                to = Arrays.copyOf(to, edges * 2);
                cap = Arrays.copyOf(cap, edges * 2);
                cost = Arrays.copyOf(cost, edges * 2);
            }
            to[edges] = toNode;
            cap[edges] = capacity;
            cost[edges] = c;
            next[edges] = head[from];
            head[from] = edges;
            edges++;
        }
    }
}
