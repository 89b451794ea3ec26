#!/usr/bin/env python3
"""Draws the ratios of a JMH run (benchmarks/target/jmh-result.json) as an SVG bar chart.

Usage: python3 benchmarks/plot.py [jmh-result.json] [out.svg]. Standard library only.
"""
import json
import sys

PAIRS = [  # (label, ours, baseline, goal; 0 for none)
    ("decode ÷ Jackson databind", "decodeOurs", "decodeJacksonDatabind", 1.0),
    ("decode ÷ Jackson token scan", "decodeOurs", "decodeJacksonTokenScan", 0),
    ("encode ÷ Jackson databind", "encodeOurs", "encodeJacksonDatabind", 0.8),
    ("encode ÷ Jackson tree write", "encodeOurs", "encodeJacksonTree", 0),
    ("create ÷ raw OkHttp", "createOurs", "createRawOkHttp", 0.9),
    ("create ÷ raw OkHttp + decoding", "createOurs", "createRawOkHttpDecoded", 0.97),
    ("create, 8 threads ÷ raw", "createOurs8Threads", "createRawOkHttp8Threads", 0.9),
    ("create, 8 threads ÷ raw + decoding", "createOurs8Threads", "createRawOkHttpDecoded8Threads", 0),
    ("create, 32 threads ÷ raw", "createOurs32Threads", "createRawOkHttp32Threads", 0.9),
    ("create, 32 threads ÷ raw + decoding", "createOurs32Threads", "createRawOkHttpDecoded32Threads", 0),
]


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else "benchmarks/target/jmh-result.json"
    target = sys.argv[2] if len(sys.argv) > 2 else "benchmarks/ratios.svg"
    scores = {}
    for result in json.load(open(source)):
        metric = result["primaryMetric"]
        error = metric.get("scoreError")
        scores[result["benchmark"].rsplit(".", 1)[1]] = (metric["score"], 0 if error in (None, "NaN") else float(error))
    rows = []
    for label, a, b, goal in PAIRS:
        if a in scores and b in scores:
            (ours, e1), (base, e2) = scores[a], scores[b]
            rows.append((label, ours / base, (ours - e1) / (base + e2), (ours + e1) / max(base - e2, 1e-9), goal))
    width, bar, gap, left = 700, 24, 14, 230
    scale = (width - left - 90) / max([1.2] + [high for _, _, _, high, _ in rows])
    height = 40 + len(rows) * (bar + gap)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="13">',
           '<text x="10" y="20" font-weight="bold">ours ÷ baseline, with its interval (| marks the goal)</text>']
    for i, (label, ratio, low, high, goal) in enumerate(rows):
        y = 34 + i * (bar + gap)
        colour = "#757575" if goal == 0 else "#2e7d32" if low >= goal else "#f9a825" if high >= goal else "#c62828"
        out.append(f'<text x="10" y="{y + bar * 0.7}">{label}</text>')
        out.append(f'<rect x="{left}" y="{y}" width="{ratio * scale:.1f}" height="{bar}" fill="{colour}"/>')
        out.append(f'<line x1="{left + low * scale:.1f}" x2="{left + high * scale:.1f}" y1="{y + bar / 2}" y2="{y + bar / 2}" stroke="black"/>')
        out.append(f'<text x="{left + high * scale + 6:.1f}" y="{y + bar * 0.7}">{ratio:.2f} ({low:.2f}–{high:.2f})</text>')
        if goal:
            gx = left + goal * scale
            out.append(f'<line x1="{gx:.1f}" x2="{gx:.1f}" y1="{y - 3}" y2="{y + bar + 3}" stroke="black" stroke-width="2"/>')
    out.append("</svg>")
    open(target, "w").write("\n".join(out) + "\n")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
