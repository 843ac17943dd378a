#!/usr/bin/env python3
"""Runs wapiti (the installed one) with working URL exclusions (-x), for scripts/security-scan.sh.

Wapiti 3.0.4, the version in Debian 12, turns each -x pattern into a regular expression ending in "\\Z(?ms)"; Python
3.11 refuses flags anywhere but at the start, so any -x stops the scan before it begins ("global flags not at the
start of the expression"). This replaces that one function with the standard library's fnmatch (the same "*", plus
"?" and "[0-9]"), then runs wapiti's own main with the arguments given. security-scan.sh uses it only when the
installed wapiti has that bug; otherwise it runs wapiti itself.
"""
import fnmatch
import re
import sys

import wapitiCore.net.crawler as crawler
from wapitiCore.main.wapiti import wapiti_main

crawler.wildcard_translate = lambda pattern: re.compile(fnmatch.translate(pattern))

if __name__ == "__main__":
    sys.argv[0] = "wapiti"
    sys.exit(wapiti_main())
