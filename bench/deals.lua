-- wrk script for bench/deals.sh: BENCH_SCENARIO = board (the default pipeline's board, first page of every
-- column), forecast / conversion / velocity / reps / bottlenecks (analytics of the default pipeline),
-- move (PATCH a random open deal to the other of two open stages: a validated, recorded stage change),
-- search (GET /api/deals?q= with a part of a name, as the list and the global search ask),
-- summary (GET /api/deals/summary for a group of 20 companies, as a company page asks)
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
local groups = {}
if scenario == "summary" then
  local group = {}
  for line in io.lines(os.getenv("BENCH_COMPANIES")) do
    group[#group + 1] = "companyId=" .. line
    if #group == 20 then groups[#groups + 1] = table.concat(group, "&"); group = {} end
  end
end
local queries = { "deal 4242", "eal 1999", "deal 12", "deal 77777", "no such deal" }

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
  elseif scenario == "search" then
    return wrk.format("GET", "/api/deals?limit=20&q=" .. queries[math.random(#queries)]:gsub(" ", "%%20"))
  elseif scenario == "summary" then
    return wrk.format("GET", "/api/deals/summary?" .. groups[math.random(#groups)])
  end
  return wrk.format("GET", "/api/deals/analytics/" .. scenario)
end

dofile("report.lua")
