-- wrk script: every request is the next query of the benchmark's set (BENCH_PATHS, one path a line),
-- and each wrk thread stops after BENCH_MAX_REQUESTS responses so a run is bounded in count as well as time.
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do
  if #line > 0 then paths[#paths + 1] = line end
end
local max_requests = tonumber(os.getenv("BENCH_MAX_REQUESTS") or "50000")
local next_index, responses = 0, 0

function setup(thread)
  -- threads start at different queries, so concurrent clients do not run in lockstep
  thread:set("next_index", math.random(#paths) - 1)
end

function request()
  next_index = next_index % #paths + 1
  return wrk.format("GET", paths[next_index])
end

function response(status, headers, body)
  responses = responses + 1
  if responses >= max_requests then wrk.thread:stop() end
end
