"""The evaluation report as Markdown tables, for docs/quality.md and for pasting into reviews."""

from __future__ import annotations

from dossier.evaluate import LAYERS


def format_markdown(report: dict) -> str:
    """One table per layer: measure, P, R, F1, accuracy, gold and system counts."""
    against = f", scored against the second annotation `{report['against']}`" if "against" in report else ""
    lines = [f"Split `{report['split']}`: {report['articles']} articles{against}.", ""]
    for layer in LAYERS:
        if layer not in report:
            continue
        lines += [
            f"### {layer}",
            "",
            "| measure | P | R | F1 | acc | gold | system / n |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        for name, m in report[layer].items():
            if "f1" in m:
                prf = f"{m['precision']:.3f} | {m['recall']:.3f} | **{m['f1']:.3f}**"
                lines.append(f"| {name} | {prf} | | {m['gold']} | {m['system']} |")
            elif "accuracy" in m:
                lines.append(f"| {name} | | | | **{m['accuracy']:.3f}** | | {m['n']} |")
        lines.append("")
    return "\n".join(lines)
