#!/usr/bin/env python3
"""Reads what scripts/security-scan.sh collected and says whether the run is clean.

usage: summary.py OUT_DIR BASE_URL

Fails (exit 1) on:
  - any wapiti vulnerability of a level above "info" (0), except the three that only a plain-HTTP test instance shows
    and that this script verifies away (below);
  - any wapiti anomaly "Internal Server Error" (a 500);
  - any injection point sqlmap identified;
  - any request that reached the local SSRF endpoint (the site fetched a URL an attacker chose);
  - any ERROR line in the site's log during the scan (an unhandled path, or a value logged where it should not be).
Wapiti's timeouts ("Resource consumption") are listed but do not fail the run: on a small shared machine a slow
answer under attack load is expected; look at them if they repeat on one URL.
"""
import email.message
import glob
import json
import os
import re
import sqlite3
import sys
import urllib.error
import urllib.request

OUT, BASE = sys.argv[1], sys.argv[2].rstrip("/")


def fetch_headers(path, forwarded_https):
    """Headers of a GET from loopback, optionally as the TLS-terminating proxy would forward it."""
    request = urllib.request.Request(BASE + path)
    if forwarded_https:
        request.add_header("X-Forwarded-Proto", "https")
    opener = urllib.request.build_opener(NoRedirect)
    try:
        response = opener.open(request, timeout=30)
    except urllib.error.HTTPError as e:  # a 3xx without following it
        response = e
    except OSError:  # the site is gone: nothing can be verified, so nothing is waived
        return email.message.Message()
    return response.headers


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


# The cookies the site sets, each with a request that sets it and the name it has over TLS.
COOKIES = {
    "mps_csrf": ("/en/login", "__Host-csrf"),  # the CSRF token of every form
    "SESSION": ("/en/forum/new", "__Host-SESSION"),  # a member-only page remembers where to go after sign-in
    "mps_lang": ("/language/ja?to=/ja/", "mps_lang"),  # the language switch
}


def plain_http_waivers():
    """
    The scan talks plain HTTP to 127.0.0.1, as no public site should be reached. Three of wapiti's header checks then
    report what is right for plain HTTP: no HSTS (RFC 6797 8.1: a browser ignores it over HTTP, so the site sends it
    only over TLS), cookies without Secure (a Secure cookie is not sent back over HTTP; over TLS the site marks every
    cookie Secure, and names the session and CSRF cookies __Host-…), and X-XSS-Protection "0" rather than "1" (the old
    browser filter is gone from current browsers and could itself be abused to blank out parts of a page, so OWASP and
    Spring Security send 0; the Content-Security-Policy does the job). Each is waived only when the site is seen doing
    the right thing: the same request as a TLS proxy forwards it (X-Forwarded-Proto: https from loopback, trusted)
    carries HSTS, or sets the cookie with Secure; the header is present with "0".
    Returns {wapiti info text: reason} for the checks that held.
    """
    waivers = {}
    tls = fetch_headers("/en/login", forwarded_https=True)
    plain = fetch_headers("/en/login", forwarded_https=False)
    if "max-age=" in (tls.get("Strict-Transport-Security") or ""):
        waivers["Strict-Transport-Security is not set"] = (
            "plain HTTP only: sent as '" + tls.get("Strict-Transport-Security") + "' when the request came over TLS")
    for name, (path, tls_name) in COOKIES.items():
        for cookie in fetch_headers(path, forwarded_https=True).get_all("Set-Cookie") or []:
            if cookie.startswith(tls_name + "=") and "; Secure" in cookie:
                waivers["Secure flag is not set in the cookie : " + name] = (
                    f"plain HTTP only: over TLS, GET {path} sets '{tls_name}' with Secure")
    if (plain.get("X-XSS-Protection") or "").strip() == "0":
        waivers["X-XSS-Protection is not set"] = (
            "the header is sent as '0' on purpose (the browsers' XSS filter is obsolete and abusable; "
            "the Content-Security-Policy protects instead)")
    return waivers


def wapiti(lines):
    path = os.path.join(OUT, "wapiti.json")
    failures = 0
    if not os.path.exists(path):
        lines.append("wapiti: NO REPORT (did it run?)")
        return 1
    report = json.load(open(path, encoding="utf-8"))
    waivers = plain_http_waivers()
    found = [(category, item) for category, items in report.get("vulnerabilities", {}).items() for item in items]
    anomalies = [(category, item) for category, items in report.get("anomalies", {}).items() for item in items]
    infos = report.get("infos", {})
    lines.append(f"wapiti {infos.get('version', '')}: target {infos.get('target', '')}, "
                 f"{len(found)} vulnerabilities, {len(anomalies)} anomalies reported")
    lines.extend(coverage())
    for category, item in found:
        level = int(item.get("level") or 0)
        where = f"{item['method']} {item['path']}" + (f" [{item['parameter']}]" if item.get("parameter") else "")
        if level == 0:
            verdict = "info"
        elif item["info"] in waivers:
            verdict = "waived: " + waivers[item["info"]]
        else:
            verdict = "FAIL"
            failures += 1
        lines.append(f"  - {category} (level {level}): {item['info']} at {where}\n      -> {verdict}")
        if verdict == "FAIL":
            lines.append("      request: " + item.get("curl_command", "").replace("\n", " "))
    # A module that meets an answer wapiti cannot handle stops there, silently in the report: the rest of the site
    # was then not attacked by it, so the run proves nothing for that module.
    log_path = os.path.join(OUT, "wapiti.log")
    log = open(log_path, encoding="utf-8", errors="replace").read() if os.path.exists(log_path) else ""
    crash = re.compile(r"\n(\w+(?:Error|Exception)\b[^\n]*)\n(?:  [^\n]*\n)*?  File \"[^\"]*/attack/mod_(\w+)\.py\"")
    for match in crash.finditer(log):
        error, module = match.groups()
        attacked = re.findall(r"^\[\+\] ([^\n]*)", log[:match.start()], re.M)
        failures += 1
        lines.append(f"  - module {module} stopped early on: {error}\n      while attacking "
                     f"{attacked[-1] if attacked else '?'}\n      -> FAIL (incomplete: the rest was not attacked by it)")
    # Requests that got no answer wapiti could read (a reset or closed connection) are not reported as anomalies
    # by wapiti; the site log's ERRORs below usually say what happened to them.
    for module, count in re.findall(r"\[\*\] Launching module (\w+)\n(?:(?!\[\*\] Launching)[^\n]*\n)*?(\d+) requests "
                                    r"were skipped due to network issues", log):
        lines.append(f"  - module {module}: {count} requests without a readable answer (see the site log below)")
    for category, item in anomalies:
        where = f"{item['method']} {item['path']}" + (f" [{item['parameter']}]" if item.get("parameter") else "")
        fatal = category == "Internal Server Error"
        failures += fatal
        lines.append(f"  - anomaly {category}: {item['info']} at {where}\n      -> "
                     + ("FAIL" if fatal else "listed (a timeout under load; not a failure by itself)"))
        lines.append("      request: " + item.get("curl_command", "").replace("\n", " "))
    return failures


def coverage():
    """How much of what wapiti found each module attacked before its time ran out (from wapiti's session)."""
    databases = glob.glob(os.path.join(OUT, "wapiti-session", "*.db"))
    if not databases:
        return []
    with sqlite3.connect(databases[0]) as db:
        found = db.execute("SELECT count(*) FROM paths").fetchone()[0]
        attacked = db.execute("SELECT module_name, count(*) FROM attack_log GROUP BY module_name ORDER BY 1").fetchall()
    return [f"  crawled {found} URLs and forms; attacked per module: "
            + ", ".join(f"{module} {count}" for module, count in attacked)]


def sqlmap(lines):
    failures = 0
    logs = sorted(glob.glob(os.path.join(OUT, "sqlmap-*.log")))
    lines.append(f"sqlmap: {len(logs)} targets")
    for log in logs:
        text = open(log, encoding="utf-8", errors="replace").read()
        name = os.path.basename(log)[len("sqlmap-"):-len(".log")]
        tested = sorted(set(re.findall(r"testing for SQL injection on (\w+ parameter '[^']+')", text)))
        errors = re.findall(r"\n(\d{3} \([^)]*\) - \d+ times)", text)
        injectable = "identified the following injection point" in text or re.search(r"parameter '[^']+' is vulnerable", text)
        finished = "all tested parameters do not appear to be injectable" in text or injectable
        if injectable:
            verdict = "FAIL: injectable (see the log)"
            failures += 1
        elif not finished:
            verdict = "FAIL: did not finish (see the log)"
            failures += 1
        else:
            verdict = "no injectable parameter"
        lines.append(f"  - {name}: {len(tested)} parameters tested ({', '.join(t.split(' ', 2)[2] for t in tested)}): "
                     f"{verdict}" + (f"; HTTP codes seen: {', '.join(errors)}" if errors else ""))
    return failures


def ssrf(lines):
    path = os.path.join(OUT, "ssrf-endpoint.log")
    hits = open(path, encoding="utf-8").read().splitlines() if os.path.exists(path) else []
    lines.append(f"outbound requests to the SSRF endpoint: {len(hits)}")
    lines.extend("  - FAIL: " + hit for hit in hits[:20])
    return len(hits)


def site_log(lines):
    path = os.path.join(OUT, "site.log")
    text = open(path, encoding="utf-8", errors="replace").read().splitlines() if os.path.exists(path) else []
    errors = [index for index, line in enumerate(text) if re.match(r"^\S+\s+ERROR\s", line)]
    warnings = [line for line in text if re.match(r"^\S+\s+WARN\s", line)]
    lines.append(f"site log: {len(errors)} ERROR lines, {len(warnings)} WARN lines")
    # ERRORs grouped by their root cause (the exception line under the log line), values in quotes masked.
    causes = {}
    for index in errors:
        cause = next((line for line in text[index + 1:index + 4] if re.match(r"^[\w.$]+(Exception|Error)\b", line)),
                     text[index].split(" : ", 1)[-1])
        causes.setdefault(re.sub(r"'[^']*'?|\d+", "…", cause)[:160], []).append((text[index], cause))
    for (first, cause), count in sorted(((entries[0], len(entries)) for entries in causes.values()),
                                        key=lambda entry: -entry[1]):
        lines.append(f"  - FAIL x{count}: {first.split(' : ', 1)[-1][:250]}\n      cause, e.g.: {cause[:250]}")
    # Warnings do not fail the run, but a scan is when their volume and content show: one line per request, or a
    # value from the request in the log, is listed here for a look.
    kinds = {}
    for line in warnings:
        message = line.split(" : ", 1)[-1]
        key = re.sub(r'"[^"]*"|\d+', "…", message)[:110]
        kinds.setdefault(key, []).append(message)
    for key, messages in sorted(kinds.items(), key=lambda kind: -len(kind[1]))[:8]:
        lines.append(f"  - WARN x{len(messages)}, e.g.: {messages[-1][:300]}")
    return len(errors)


def main():
    lines = []
    failures = {name: check(lines) for name, check in
                (("wapiti", wapiti), ("sqlmap", sqlmap), ("ssrf", ssrf), ("site log", site_log))}
    failed = {name: count for name, count in failures.items() if count}
    lines.append("RESULT: " + ("clean" if not failed else
                               "NOT clean (" + ", ".join(f"{name}: {count}" for name, count in failed.items()) + ")"))
    text = "\n".join(lines)
    print(text)
    with open(os.path.join(OUT, "summary.txt"), "w", encoding="utf-8") as summary:
        summary.write(text + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
