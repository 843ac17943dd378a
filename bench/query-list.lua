-- wrk script: each request asks the next query of the file QUERIES names (one per line), round robin, at PATH_PREFIX
-- (e.g. /ja/search?q=). Every wrk thread reads the file itself.
local prefix = os.getenv("PATH_PREFIX") or "/en/search?q="
local queries = {}
for line in io.lines(os.getenv("QUERIES")) do
  if line ~= "" then
    local encoded = line:gsub("[^%w%-_.~]", function(c) return string.format("%%%02X", string.byte(c)) end)
    queries[#queries + 1] = prefix .. encoded
  end
end
local next = math.random(#queries)

request = function()
  next = next % #queries + 1
  return wrk.format("GET", queries[next])
end
