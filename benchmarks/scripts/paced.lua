-- wrk at a constant request rate, for benchmarks/scripts/calllist.sh (plain wrk has no rate option).
--   wrk -t1 -c16 -d60s -s paced.lua http://host:port -- RATE calllist IDS_FILE WEEK TOKEN
--   wrk -t1 -c16 -d60s -s paced.lua http://host:port -- RATE path /q/health/live
-- Each request takes the next slot of a fixed schedule (one every 1000/RATE ms, shared by all connections
-- of the thread); a free connection waits for its slot (wrk's delay()). Slots that could not be kept
-- (no free connection in time) are counted as "late" and printed: the achieved rate shows whether the
-- schedule held. wrk's latency is from sending to the full response (the wait for the slot is not in it).
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clk_id, bench_timespec *tp);
]]
local ts = ffi.new("bench_timespec")
local function now_ms()
    ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
    return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

local interval, next_slot, ids, path, week = nil, nil, {}, nil, nil
late, max_late_ms = 0, 0
local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    local rate = tonumber(args[1])
    interval = 1000 / rate
    if args[2] == "calllist" then
        for line in io.lines(args[3]) do
            if #line > 0 then ids[#ids + 1] = line end
        end
        week = args[4]
        wrk.headers["Authorization"] = "Bearer " .. args[5]
    else
        path = args[3]
    end
    math.randomseed(20261202)
end

function delay()
    local now = now_ms()
    if next_slot == nil then next_slot = now end
    local slot = next_slot
    next_slot = next_slot + interval
    local d = slot - now
    if d < 0 then
        late = late + 1
        if -d > max_late_ms then max_late_ms = -d end
        return 0
    end
    return math.floor(d)
end

function request()
    if path then
        return wrk.format("GET", path)
    end
    return wrk.format("GET", "/api/v1/coaches/" .. ids[math.random(#ids)] .. "/calls?week=" .. week)
end

function done(summary, latency, requests)
    local secs = summary.duration / 1e6
    local e = summary.errors
    local lateCount, maxLate = 0, 0
    for _, t in ipairs(threads) do
        lateCount = lateCount + (t:get("late") or 0)
        maxLate = math.max(maxLate, t:get("max_late_ms") or 0)
    end
    io.write(string.format("RESULT achieved %.1f req/s over %.1f s, %d requests; late slots %d (max %.1f ms late);"
            .. " errors connect %d read %d write %d timeout %d non-2xx %d\n",
        summary.requests / secs, secs, summary.requests, lateCount, maxLate,
        e.connect, e.read, e.write, e.timeout, e.status))
    io.write(string.format("RESULT latency ms p50 %.2f p90 %.2f p99 %.2f p99.9 %.2f max %.2f mean %.2f\n",
        latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
        latency:percentile(99.9) / 1000, latency.max / 1000, latency.mean / 1000))
end
