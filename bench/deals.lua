-- wrk script for bench/deals.sh: BENCH_SCENARIO = board (the default pipeline's board, first page of every
-- column), forecast / conversion / velocity / reps / bottlenecks (analytics of the default pipeline),
-- move (PATCH a random open deal to the other of two open stages: a validated, recorded stage change)
local token = os.getenv("BENCH_TOKEN")
local tenant = os.getenv("BENCH_TENANT")
local scenario = os.getenv("BENCH_SCENARIO") or "board"
local stages = { os.getenv("BENCH_STAGE_A"), os.getenv("BENCH_STAGE_B") }
-- each wrk thread has its own Lua state with the same default seed: without this, the threads moved the
-- same deals at the same moment (and most "errors" were their 409s)
math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
local ids = {}
if scenario == "move" then
  for line in io.lines(os.getenv("BENCH_IDS")) do ids[#ids + 1] = line end
end

wrk.headers["Authorization"] = "Bearer " .. token
wrk.headers["X-Tenant"] = tenant
-- wrk.format's own headers replace wrk.headers: a PATCH names them all
local patch_headers = { ["Authorization"] = "Bearer " .. token, ["X-Tenant"] = tenant, ["Content-Type"] = "application/merge-patch+json" }

dofile("think.lua")

function request()
  if scenario == "move" then
    local body = '{"stageId":"' .. stages[math.random(2)] .. '"}'
    return wrk.format("PATCH", "/api/deals/" .. ids[math.random(#ids)], patch_headers, body)
  elseif scenario == "board" then
    return wrk.format("GET", "/api/deals/board?limit=20")
  end
  return wrk.format("GET", "/api/deals/analytics/" .. scenario)
end

dofile("report.lua")
