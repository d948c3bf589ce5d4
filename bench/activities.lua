-- wrk script for bench/activities.sh: BENCH_SCENARIO = timeline (first page of the big contact's timeline),
-- timeline-other (first page of a random small contact's), tasks (the signed-in member's open tasks)
local token = os.getenv("BENCH_TOKEN")
local tenant = os.getenv("BENCH_TENANT")
local scenario = os.getenv("BENCH_SCENARIO") or "timeline"
local big = os.getenv("BENCH_CONTACT")
math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
local others = {}
if scenario == "timeline-other" then
  for line in io.lines(os.getenv("BENCH_IDS")) do others[#others + 1] = line end
end

wrk.headers["Authorization"] = "Bearer " .. token
wrk.headers["X-Tenant"] = tenant

dofile("think.lua")

function request()
  if scenario == "timeline" then
    return wrk.format("GET", "/api/activities?contactId=" .. big)
  elseif scenario == "timeline-other" then
    return wrk.format("GET", "/api/activities?contactId=" .. others[math.random(#others)])
  end
  return wrk.format("GET", "/api/activities/my-tasks")
end

dofile("report.lua")
