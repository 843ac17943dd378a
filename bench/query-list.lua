-- wrk script: each request asks the next query of the file QUERIES names (one per line), round robin, at PATH_PREFIX
-- (e.g. /ja/search?q=). Every wrk thread reads the file itself. PACE_MS: each connection waits a random 0 to
-- 2 x PACE_MS ms before each request (wrk's delay()), so N connections ask about N x 1000 / PACE_MS queries a second.
local prefix = os.getenv("PATH_PREFIX") or "/en/search?q="
local queries = {}
for line in io.lines(os.getenv("QUERIES")) do
  if line ~= "" then
    local encoded = line:gsub("[^%w%-_.~]", function(c) return string.format("%%%02X", string.byte(c)) end)
    queries[#queries + 1] = prefix .. encoded
  end
end
math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "1", 16))
local next = math.random(#queries)
local pace = tonumber(os.getenv("PACE_MS") or "")
if pace then
  delay = function()
    return math.random(0, 2 * pace)
  end
end

request = function()
  next = next % #queries + 1
  return wrk.format("GET", queries[next])
end
