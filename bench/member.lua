-- wrk script: requests as signed-in members, round robin over the members of the file MEMBERS names (bench/run.sh
-- writes it: one line per member, tab-separated: Cookie header, the reply form's _csrf and started fields, the form's
-- action). MODE=read: GET READ_PATH (the topic page as that member sees it). MODE=reply: POST a topic's reply form
-- (the actions of the file TOPICS names, one a line, in turn; else the member's own form's action) as a browser sends it (multipart/form-data, an empty file field, CSRF token), with a text no one wrote before: the
-- forum refuses a member's duplicate. RUN_TAG (letters) marks the run's replies (bench/run.sh looks for it).
-- A saved reply answers 302 to the post; 200 means the form came back with an error (refused); 302 with
-- posted=review means it waits for a moderator (held). done() prints these counts for bench/run.sh.
-- PACE_MS (replies only): each connection waits a random 0 to 2 x PACE_MS ms before each request (wrk's delay()),
-- so 64 connections send about 64000 / PACE_MS replies a second in all, at random moments: members writing at a
-- given rate, instead of as fast as the site answers. wrk's latency counts from sending, not the wait.
local mode = os.getenv("MODE") or "read"
local readPath = os.getenv("READ_PATH")
local runTag = os.getenv("RUN_TAG") or "x"
local boundary = "----MpsBenchBoundary7MA4YWxkTrZu0gW"
local pace = tonumber(os.getenv("PACE_MS") or "")

local threads = {}
local counter = 1

-- Every wrk process (a warm-up, a measurement) writes texts of its own: a random salt, in letters.
function setup(thread)
  if not processSalt then
    local uuid = io.open("/proc/sys/kernel/random/uuid"):read("*l")
    processSalt = uuid:gsub("[^%x]", ""):sub(1, 10):gsub("%x", function(c) return string.char(97 + tonumber(c, 16)) end)
  end
  thread:set("id", counter)
  thread:set("salt", processSalt)
  table.insert(threads, thread)
  counter = counter + 1
end

local members = {}
local actions = {}
local nextMember = 0
local sent = 0
created, refused, held, other = 0, 0, 0, 0

-- Digits could read as a phone number to the forum's personal-data check: counters are spelled in letters.
local function letters(n)
  local s = ""
  repeat
    s = string.char(97 + n % 26) .. s
    n = math.floor(n / 26)
  until n == 0
  return s
end

local function part(name, value)
  return "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"" .. name .. "\"\r\n\r\n" .. value .. "\r\n"
end

function init(args)
  for line in io.lines(os.getenv("MEMBERS")) do
    local cookie, csrf, started, action = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)$")
    if cookie then
      members[#members + 1] = { cookie = cookie, csrf = csrf, started = started, action = action }
    end
  end
  nextMember = (id or 1) - 1
  math.randomseed(os.time() + (id or 1) * 7919)
  local file = os.getenv("TOPICS")
  if file and file ~= "" then
    for line in io.lines(file) do
      if line ~= "" then actions[#actions + 1] = line end
    end
  end
end

request = function()
  nextMember = nextMember % #members + 1
  local m = members[nextMember]
  if mode == "read" then
    return wrk.format("GET", readPath, { ["Cookie"] = m.cookie })
  end
  sent = sent + 1
  local text = "肩と首のこりが続いていましたが、トリガーポイントのストレッチを毎日続けたら少し楽になりました。"
      .. "同じような痛みの方の参考になればと思います。 bench" .. runTag .. " " .. (salt or "") .. letters(id or 0) .. "q"
      .. letters(sent)
  local body = part("_csrf", m.csrf) .. part("started", m.started) .. part("body", text)
      .. "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"\"\r\n"
      .. "Content-Type: application/octet-stream\r\n\r\n\r\n"
      .. part("imageAlt", "") .. part("language", "") .. part("website", "") .. "--" .. boundary .. "--\r\n"
  local action = #actions > 0 and actions[(sent + (id or 0)) % #actions + 1] or m.action
  return wrk.format("POST", action, {
    ["Cookie"] = m.cookie,
    ["Content-Type"] = "multipart/form-data; boundary=" .. boundary,
  }, body)
end

if pace and mode == "reply" then
  delay = function()
    return math.random(0, 2 * pace)
  end
end

-- Defined for replies only: with a response function, wrk hands every response to Lua.
local function counted(status, headers, body)
  if status == 302 or status == 303 then
    local location = headers["Location"] or headers["location"] or ""
    if location:find("posted=review", 1, true) then
      held = held + 1
    else
      created = created + 1
    end
  elseif status == 200 then
    refused = refused + 1
  else
    other = other + 1
  end
end
if mode == "reply" then
  response = counted
end

function done(summary, latency, requests)
  if mode ~= "reply" then
    return
  end
  local c, r, h, o = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    c = c + thread:get("created")
    r = r + thread:get("refused")
    h = h + thread:get("held")
    o = o + thread:get("other")
  end
  io.write(string.format("replies created: %d\nreplies refused: %d\nreplies held: %d\nreplies other: %d\n", c, r, h, o))
end
