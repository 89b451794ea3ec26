#!/usr/bin/env python3
"""Draws the ratios of a JMH run (benchmarks/target/jmh-result.json) as an SVG bar chart.

Usage: python3 benchmarks/plot.py [jmh-result.json] [out.svg]. Standard library only.
"""
import json
import sys

PAIRS = [  # (label, ours, limit, goal)
    ("decode ÷ Jackson token scan", "decodeOurs", "decodeJacksonTokenScan", 0.5),
    ("decode ÷ Jackson databind", "decodeOurs", "decodeJacksonDatabind", 1.0),
    ("encode ÷ Jackson tree write", "encodeOurs", "encodeJacksonTree", 0.5),
    ("encode ÷ Jackson databind", "encodeOurs", "encodeJacksonDatabind", 1.0),
    ("create ÷ raw OkHttp", "createOurs", "createRawOkHttp", 0.9),
]


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else "benchmarks/target/jmh-result.json"
    target = sys.argv[2] if len(sys.argv) > 2 else "benchmarks/ratios.svg"
    scores = {}
    for result in json.load(open(source)):
        scores[result["benchmark"].rsplit(".", 1)[1]] = result["primaryMetric"]["score"]
    rows = [(label, scores[a] / scores[b], goal) for label, a, b, goal in PAIRS if a in scores and b in scores]
    width, bar, gap, left = 640, 26, 14, 210
    scale = (width - left - 40) / max([1.2] + [ratio for _, ratio, _ in rows])
    height = 40 + len(rows) * (bar + gap)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="13">',
           '<text x="10" y="20" font-weight="bold">ours ÷ limit (higher is better; | marks the goal)</text>']
    for i, (label, ratio, goal) in enumerate(rows):
        y = 34 + i * (bar + gap)
        colour = "#2e7d32" if ratio >= goal else "#c62828"
        out.append(f'<text x="10" y="{y + bar * 0.7}">{label}</text>')
        out.append(f'<rect x="{left}" y="{y}" width="{ratio * scale:.1f}" height="{bar}" fill="{colour}"/>')
        out.append(f'<text x="{left + ratio * scale + 6:.1f}" y="{y + bar * 0.7}">{ratio:.2f}</text>')
        gx = left + goal * scale
        out.append(f'<line x1="{gx:.1f}" x2="{gx:.1f}" y1="{y - 3}" y2="{y + bar + 3}" stroke="black" stroke-width="2"/>')
    out.append("</svg>")
    open(target, "w").write("\n".join(out) + "\n")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
