-- wrk script: every request is a new reader (its own User-Agent), so every one may be counted.
-- The first script argument names the run, so that a second run does not repeat the first's readers.
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function init(args)
  n = 0
  run = args[1] or "run"
end

function request()
  n = n + 1
  return wrk.format("GET", nil, {
    ["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) bench-reader/" .. run .. "." .. tid .. "." .. n
  })
end
