#!/usr/bin/env python3
"""Results of bench/run.sh as JSON and a Markdown table, and the comparison of two runs.

  report.py build SCENARIOS.jsonl FACTS.tsv OUT     writes OUT.json and OUT.md (run.sh calls this)
  report.py compare A.json B.json                   each page's p50 from A to B (medium to large), flags > 20%
  report.py markdown RESULT.json                    the Markdown of a saved result again
"""
import json
import os
import platform
import re
import subprocess
import sys
from datetime import datetime, timezone

# Pages a visitor gets; the performance issue's "every public page p99 < 20 ms" is judged on these.
PUBLIC_PAGES = ["home", "category", "topic", "topic-gzip", "article", "feed"]
SEARCHES = ["search-ja", "search-en"]
# The budgets (large scale, 2 cores, 64 connections).
TOPIC_SHARE_MIN = 50.0
PAGE_P99_MS = 20.0
SEARCH_P99_MS = 20.0
STARTUP_MS = 5000
HEAP_MB = 512
RSS_MB = 800
REPLY_P99_MS = 30.0
SEARCHABLE_MS = 2000
P50_GROWTH = 0.20


def number(text):
    try:
        return int(text)
    except ValueError:
        try:
            return float(text)
        except ValueError:
            return text


def machine(java):
    cpu = ""
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        memory_kb = int(re.search(r"MemTotal:\s+(\d+)", f.read()).group(1))
    try:
        version = subprocess.run([java, "-version"], capture_output=True, text=True).stderr.splitlines()
    except OSError:
        version = []
    return {
        "host": platform.node(),
        "cpus": os.cpu_count(),
        "cpu_model": cpu,
        "memory_gb": round(memory_kb / 1048576, 1),
        "kernel": platform.release(),
        "java_version": " / ".join(v.strip() for v in version[:3]),
    }


def build(records_path, facts_path, out):
    with open(records_path) as f:
        scenarios = [json.loads(line) for line in f if line.strip()]
    facts = {}
    with open(facts_path) as f:
        for line in f:
            key, _, value = line.rstrip("\n").partition("\t")
            facts[key] = number(value)
    ceilings = [s["requests_per_s"] for s in scenarios if s["name"] in ("nginx", "nginx-end")]
    # The better of the two nginx runs: the ceiling is what this machine can do; the other shows how noisy it was.
    ceiling = max(ceilings) if ceilings else None
    for s in scenarios:
        s["share_of_nginx_pct"] = round(100 * s["requests_per_s"] / ceiling, 2) if ceiling else None
    result = {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "scale": facts.get("scale"),
        "machine": dict(machine(facts.get("java", "java")), name=facts.get("machine")),
        "jvm_opts": facts.get("jvm_opts"),
        "nginx_ceiling_requests_per_s": round(ceiling, 1) if ceiling else None,
        "facts": facts,
        "scenarios": scenarios,
    }
    result["budgets"] = budgets(result)
    with open(out + ".json", "w") as f:
        json.dump(result, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(out + ".md", "w") as f:
        f.write(markdown(result))


def by_name(result):
    return {s["name"]: s for s in result["scenarios"]}


def budgets(result):
    """Each budget of the issue that this run can judge: what was measured, the limit, and whether it holds."""
    s = by_name(result)
    facts = result["facts"]
    rows = []

    def add(what, value, limit, holds, unit):
        rows.append({"budget": what, "measured": value, "limit": limit, "unit": unit, "holds": holds})

    if "topic" in s and s["topic"]["share_of_nginx_pct"] is not None:
        add("topic page throughput, share of nginx", s["topic"]["share_of_nginx_pct"], TOPIC_SHARE_MIN,
            s["topic"]["share_of_nginx_pct"] >= TOPIC_SHARE_MIN, "% (at least)")
    pages = [s[n] for n in PUBLIC_PAGES if n in s]
    if pages:
        worst = max(pages, key=lambda p: p["p99_ms"])
        add(f"every public page p99 (worst: {worst['name']})", worst["p99_ms"], PAGE_P99_MS,
            worst["p99_ms"] < PAGE_P99_MS, "ms")
    # Search as served (popular queries come from the visitor page cache), and each query rendered: what a query
    # nobody asked since the index last changed costs.
    for names, what in ((SEARCHES, "search p99"),
                        ([n + "-rendered" for n in SEARCHES], "search p99, each query rendered")):
        searches = [s[n] for n in names if n in s]
        if searches:
            worst = max(searches, key=lambda p: p["p99_ms"])
            add(f"{what} (worst: {worst['name']})", worst["p99_ms"], SEARCH_P99_MS,
                worst["p99_ms"] < SEARCH_P99_MS, "ms")
    paced = [s[n + "-rendered-paced"] for n in SEARCHES if n + "-rendered-paced" in s]
    if paced:
        worst = max(paced, key=lambda p: p["p99_ms"])
        add(f"search p99, each query rendered, {worst['requests_per_s']:,.0f} queries/s in all (worst: {worst['name']})",
            worst["p99_ms"], SEARCH_P99_MS, worst["p99_ms"] < SEARCH_P99_MS, "ms")
    if "startup_ms" in facts:
        add("start-up to the first 200", facts["startup_ms"], STARTUP_MS, facts["startup_ms"] < STARTUP_MS, "ms")
    loaded = [x for x in result["scenarios"] if "heap_max_mb" in x]
    if loaded:
        heap = max(x["heap_max_mb"] for x in loaded)
        add("heap used under load (max of 1 s samples)", heap, HEAP_MB, heap < HEAP_MB, "MB")
        top = max(loaded, key=lambda x: x["rss_max_mb"])
        add(f"RSS under load (max of 1 s samples; after that run: anon {fmt(top.get('rss_anon_mb'), 0)} MB, "
            f"mapped files {fmt(top.get('rss_file_mb'), 0)} MB)", top["rss_max_mb"], RSS_MB, top["rss_max_mb"] < RSS_MB,
            "MB")
    replies = sorted((x for x in result["scenarios"] if x["name"].startswith("reply-c")),
                     key=lambda x: x["connections"])
    if replies:
        judged = next((x for x in replies if x["connections"] == 64), replies[-1])
        add(f"reply p99 at {judged['connections']} connections", judged["p99_ms"], REPLY_P99_MS,
            judged["p99_ms"] < REPLY_P99_MS, "ms")
    paced = s.get("reply-paced")
    if paced:
        add(f"reply p99 at 64 connections, {paced['requests_per_s']:,.0f} replies/s in all (not saturated)",
            paced["p99_ms"], REPLY_P99_MS, paced["p99_ms"] < REPLY_P99_MS, "ms")
    # From the saved reply (its own time is the reply budget's) to the first results page that shows it.
    for key, what in (("searchable_ms_saved", "a saved reply searchable (quiet site)"),
                      ("searchable_after_load_ms_saved", "a saved reply searchable (right after the write load)")):
        if key in facts and facts[key] >= 0:
            add(what, facts[key], SEARCHABLE_MS, facts[key] < SEARCHABLE_MS, "ms")
    return rows


def fmt(value, digits=1):
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return f"{value:,}"


def size(s):
    return f"{fmt(s['kb_per_response'], 1)} KB" if s.get("kb_per_response") else ""


def rss(s):
    if "rss_mb" not in s:
        return ""
    anon = f" (anon {fmt(s['rss_anon_mb'], 0)})" if "rss_anon_mb" in s else ""
    return f"{fmt(s['rss_mb'], 0)} MB{anon}"


def markdown(result):
    facts = result["facts"]
    m = result["machine"]
    out = [
        f"### {result['scale']} scale, {result['date']}",
        "",
        f"Machine `{m.get('name')}` ({m['cpus']} cores, {m['cpu_model']}, {m['memory_gb']} GB); "
        f"{m['java_version'].split(' / ')[0]}, `{result['jvm_opts']}`; wrk, nginx and the site share the cores. "
        f"Load average at start {facts.get('load_at_start')} (other work on the machine), at end "
        f"{facts.get('load_at_end')} (the run's own included). "
        f"Dataset: {facts.get('dataset', '').replace('generate-data: ', '')} "
        f"(database {facts.get('database_size')}, search index {facts.get('search_index_size')}). "
        f"Code: commit {facts.get('commit')}, jar built {facts.get('jar_built')}. "
        f"wrk {facts.get('seconds_each')} s per row after a {facts.get('warmup_seconds')} s warm-up at 8 connections.",
        "",
        "| scenario | conn. | size | requests/s | p50 | p99 | share of nginx | server CPU/request | RSS after | heap max |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for s in result["scenarios"]:
        cpu_us = s["server_cpu_ms_per_request"] * 1000
        out.append(
            f"| {s['label']} | {s['connections']} | {size(s)} | {fmt(s['requests_per_s'], 0)} | {fmt(s['p50_ms'], 2)} ms "
            f"| {fmt(s['p99_ms'], 2)} ms | {fmt(s['share_of_nginx_pct'], 1)}% | {fmt(cpu_us, 0)} µs "
            f"| {rss(s)} "
            f"| {fmt(s.get('heap_max_mb'), 0)}{' MB' if 'heap_max_mb' in s else ''} |")
    out.append("")
    notes = []
    if "startup_ms" in facts:
        notes.append(f"start-up to the first 200 of `/ja/`: {fmt(facts['startup_ms'])} ms")
    if "searchable_ms" in facts:
        notes.append(f"a reply found by search {fmt(facts.get('searchable_ms_saved'))} ms after it was saved "
                     f"({fmt(facts['searchable_ms'])} ms after it was sent) on a quiet site, "
                     f"{fmt(facts.get('searchable_after_load_ms_saved'))} ms "
                     f"({fmt(facts.get('searchable_after_load_ms'))} ms) right after the write load")
    if "replies_counted" in facts:
        notes.append(f"replies: {fmt(facts['replies_counted'])} counted as saved by wrk (warm-ups included), "
                     f"{fmt(facts['replies_stored'])} published in the database; {facts.get('writers')} members in "
                     f"turn, to {facts.get('write_topics')} topics")
    if "rss_peak_mb" in facts:
        notes.append(f"peak RSS of the read phase (VmHWM): {fmt(facts['rss_peak_mb'])} MB")
    if notes:
        out.append("; ".join(notes) + ".")
        out.append("")
    if result["budgets"]:
        out += ["| budget | measured | limit | holds |", "| --- | --- | --- | --- |"]
        for b in result["budgets"]:
            out.append(f"| {b['budget']} | {fmt(b['measured'], 1)} | {b['limit']} {b['unit']} "
                       f"| {'yes' if b['holds'] else '**no**'} |")
        out.append("")
    return "\n".join(out)


def compare(a_path, b_path):
    with open(a_path) as f:
        a = json.load(f)
    with open(b_path) as f:
        b = json.load(f)
    sa, sb = by_name(a), by_name(b)
    print(f"p50 from {a['scale']} ({a['date']}) to {b['scale']} ({b['date']}); budget: growth at most "
          f"{P50_GROWTH:.0%}")
    print()
    print("| scenario | p50 A | p50 B | growth | requests/s A | requests/s B | |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    over = 0
    for name, x in sa.items():
        if name not in sb or name.startswith("nginx"):
            continue
        y = sb[name]
        growth = y["p50_ms"] / x["p50_ms"] - 1 if x["p50_ms"] else float("inf")
        flag = "**over 20%**" if growth > P50_GROWTH else ""
        over += bool(flag)
        print(f"| {x['label']}, {x['connections']} conn. | {x['p50_ms']:.2f} ms | {y['p50_ms']:.2f} ms | {growth:+.1%} "
              f"| {x['requests_per_s']:,.0f} | {y['requests_per_s']:,.0f} | {flag} |")
    na, nb = a.get("nginx_ceiling_requests_per_s"), b.get("nginx_ceiling_requests_per_s")
    if na and nb:
        print()
        print(f"nginx ceiling: {na:,.0f} and {nb:,.0f} requests/s ({nb / na - 1:+.0%}): how much the machine itself "
              f"differed between the two runs.")
    return 1 if over else 0


def main(args):
    if len(args) == 4 and args[0] == "build":
        build(*args[1:])
        return 0
    if len(args) == 3 and args[0] == "compare":
        return compare(args[1], args[2])
    if len(args) == 2 and args[0] == "markdown":
        with open(args[1]) as f:
            print(markdown(json.load(f)))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
