"""Viterbi over all sentences of a document at once, each cut in two halves that meet in the middle.

Reads the emission matrix of a document's tokens (one sentence after another) and the transition
scores of a linear-chain CRF; gives the best label sequence of each sentence. Used by
:class:`khabar.extract.ner_decode.Decoder`; loads no data file.

Example::

    >>> import numpy as np
    >>> T = np.zeros((2, 2))
    >>> viterbi(np.array([[1.0, 0.0], [0.0, 2.0], [3.0, 0.0]]), [2, 1], T, np.stack([T, T.T]), ["A", "B"])
    [['A', 'B'], ['A']]
"""

from __future__ import annotations

import numpy as np


def viterbi(E: np.ndarray, lens: list[int], T: np.ndarray, T2: np.ndarray, labels: list[str]) -> list[list[str]]:
    """Best label sequence of each sentence (E holds their emissions one after another).

    Each sentence is cut in two halves decoded at once: the first forwards, the second backwards
    (a forward pass over the reversed tokens with the transposed transitions), and the two meet
    in the middle; so a document takes about half its longest sentence's length in numpy steps.
    Chains run together, longest first, each step working on the prefix of those still running;
    the backtrace walks Python lists.
    """
    S, K = len(lens), len(labels)
    chains: list[np.ndarray] = []  # emissions of each chain, in decoding order
    pos = 0
    for ln in lens:
        m = (ln + 1) // 2
        chains.append(E[pos:pos + m])
        chains.append(E[pos + ln - 1:pos + m - 1:-1] if ln > m else E[pos:pos])
        pos += ln
    C = len(chains)
    clen = [len(c) for c in chains]
    order = sorted(range(C), key=lambda c: -clen[c])
    L = clen[order[0]]
    P = np.zeros((L, C, K))
    for r, c in enumerate(order):
        P[:clen[c], r] = chains[c]
    # candidates of each label along the last axis (contiguous: argmax is fast there): the
    # transposed transitions for first halves, the plain ones for second halves (run backwards)
    TcT = T2[[1 - c % 2 for c in order]]
    active = np.searchsorted(-np.array([clen[c] for c in order]), -np.arange(L), side="left").tolist()
    bp = np.empty((L, C, K), dtype=np.intp)  # rows of a chain past its end are never read
    score = P[0].copy()
    buf = np.empty((C, K, K))
    best_in = np.empty((C, K))
    flat_at = np.empty((C, K), dtype=np.intp)
    base = np.arange(0, C * K * K, K, dtype=np.intp).reshape(C, K)  # flat offset of each candidate row
    add = np.add
    t = 1
    while t < L:  # steps with the same chains running share their views
        k = active[t]
        stop = t + 1
        while stop < L and active[stop] == k:
            stop += 1
        s3, Tk, cand, best_k, sc, Pk, at, base_k = (score[:k, None, :], TcT[:k], buf[:k], best_in[:k],
                                                   score[:k], P[:, :k], flat_at[:k], base[:k])
        flat = cand.reshape(-1)
        bpk = bp[:, :k]
        for u in range(t, stop):
            add(s3, Tk, out=cand)
            arg = bpk[u]
            cand.argmax(axis=2, out=arg)
            add(arg, base_k, out=at)
            flat.take(at, out=best_k)  # the maximum, read at the argmax (cheaper than a max)
            add(best_k, Pk[u], out=sc)
        t = stop
    rank = [0] * C
    for r, c in enumerate(order):
        rank[c] = r
    # where the halves meet: the best (last label of the first half, first of the second) pair
    rl_all = [rank[2 * s] for s in range(S)]
    join = score[rl_all][:, :, None] + T + score[[rank[2 * s + 1] for s in range(S)]][:, None, :]
    best = join.reshape(S, K * K).argmax(axis=1).tolist()
    alone = score[rl_all].argmax(axis=1).tolist()  # one-token sentences: no second half
    back_of = np.ascontiguousarray(bp.transpose(1, 0, 2)).reshape(C, L * K)  # chain x (step, label)
    out: list[list[str]] = []
    for s, ln in enumerate(lens):
        rl, rr = rl_all[s], rank[2 * s + 1]
        m = clen[2 * s]
        a, b = divmod(best[s], K) if ln > m else (alone[s], -1)
        path = [0] * ln
        cur = a
        path[m - 1] = cur
        if m > 1:
            back = back_of[rl, :m * K].tolist()
            for t in range(m - 1, 0, -1):
                cur = back[t * K + cur]
                path[t - 1] = cur
        if b >= 0:
            k = ln - m
            cur = b
            path[m] = cur
            if k > 1:
                back = back_of[rr, :k * K].tolist()
                for j in range(k - 1, 0, -1):  # reversed step j is token ln - 1 - j
                    cur = back[j * K + cur]
                    path[ln - j] = cur
        out.append([labels[x] for x in path])
    return out
