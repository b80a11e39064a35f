-- Live search with varied text, for wrk -s (see RESULTS.md, 2026-11-30 05:52): 2 to 6 letters of one
-- of 66 common words, half the time after a finished word ("bank+mar"); about 17,000 different
-- queries, so most answers are searched rather than remembered.
--   wrk -t2 -c32 -d10s --latency -s bench/live-search-random.lua http://127.0.0.1:<port>
local words = {"market","central","election","health","school","football","tennis","minister","budget",
 "climate","energy","police","court","hospital","research","council","housing","transport","water",
 "trade","bank","rates","summit","talks","strike","festival","museum","film","music","storm","flood",
 "science","space","labour","union","tax","price","growth","export","farm","coast","border","refugee",
 "teacher","exam","surgeon","nurse","patient","player","coach","season","league","record","award",
 "theatre","novel","author","judge","trial","verdict","jury","investigation","report","plan","reform"}
local counter = 0
setup = function(thread) counter = counter + 1; thread:set("seed", counter) end
init = function(args) math.randomseed(os.time() * 1000 + (seed or 0)) end
request = function()
  local w = words[math.random(#words)]
  local q = string.sub(w, 1, math.random(2, math.min(6, #w)))
  if math.random(2) == 1 then q = words[math.random(#words)] .. "+" .. q end
  return wrk.format("GET", "/api/search?q=" .. q)
end
