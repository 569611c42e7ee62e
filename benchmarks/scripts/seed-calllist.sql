-- Seeds schedule-service's tables (after Flyway has migrated them) for the weekly call list benchmark:
-- 100,000 coaches, all looked after by coordinator "bench.coordinator"; 300,000 call plans (3 people per
-- coach: two in the weekly stage, one fortnightly); 1,000,000 scheduled calls, 10 per coach, over the
-- weeks 2027-W08 .. 2027-W11. The benchmark week is 2027-W10 (Monday 8 March 2027): 3 calls per coach.
-- Calls before it are COMPLETED with goals (so each listed call finds its person's last completed call),
-- calls from it on are SCHEDULED. All in the future, so the service's overdue/reminder jobs leave them be.
-- Coach n has id 00000000-0000-4000-8000-<n in hex, 12 digits>; plan p 00000000-0000-4000-9000-<p>.
\timing on
begin;
insert into coach_coordinator (volunteer_id, coordinator_id, updated_at)
select ('00000000-0000-4000-8000-' || lpad(to_hex(c), 12, '0'))::uuid, 'bench.coordinator', now()
from generate_series(1, 100000) c;

insert into call_plan (id, match_id, referral_id, coach_id, person_first_name, person_phone, stage, total_calls,
                       status, created_at, stage_index, stage_calls, person_windows, coach_windows)
select ('00000000-0000-4000-9000-' || lpad(to_hex(p), 12, '0'))::uuid,
       gen_random_uuid(), gen_random_uuid(),
       ('00000000-0000-4000-8000-' || lpad(to_hex((p - 1) / 3 + 1), 12, '0'))::uuid,
       (array['Aisha', 'Brian', 'Maria', 'Tariq', 'Priya', 'Gareth', 'Ewa', 'Kwame'])[1 + p % 8],
       '07700 900' || lpad((p % 1000)::text, 3, '0'),
       case when (p - 1) % 3 = 2 then 'FORTNIGHTLY' else 'WEEKLY' end,
       18, 'ACTIVE', now() - interval '30 days',
       case when (p - 1) % 3 = 2 then 1 else 0 end,
       case when (p - 1) % 3 = 2 then 2 else 4 end, '', ''
from generate_series(1, 300000) p;

insert into scheduled_call (id, plan_id, coach_id, call_number, stage, starts_at, ends_at, status, attempt,
                            recorded_at, duration_minutes, goal_topic, goal_goal, goal_reality, goal_options,
                            goal_way_forward, confidence, recorded_by)
select gen_random_uuid(), plan_id, coach_id, call_number, stage, starts_at, starts_at + interval '30 minutes',
       case when week < 0 then 'COMPLETED' else 'SCHEDULED' end, 1,
       case when week < 0 then starts_at + interval '30 minutes' end,
       case when week < 0 then 30 end,
       case when week < 0 then 'Walking' end,
       case when week < 0 then 'Walk to the shop twice a week' end,
       case when week < 0 then 'Knee pain on bad days' end,
       case when week < 0 then 'Shorter walks; a stick' end,
       case when week < 0 then 'Two short walks before the next call' end,
       case when week < 0 then 6 end,
       case when week < 0 then 'bench.coordinator' end
from (
    select ('00000000-0000-4000-9000-' || lpad(to_hex(p), 12, '0'))::uuid as plan_id,
           ('00000000-0000-4000-8000-' || lpad(to_hex((p - 1) / 3 + 1), 12, '0'))::uuid as coach_id,
           case when kind = 2 then 8 + i else i end as call_number,
           case when kind = 2 then 'FORTNIGHTLY' else 'WEEKLY' end as stage,
           case when kind = 2 then i - 2 else i - 3 end as week,
           ((date '2027-03-08' + ((case when kind = 2 then i - 2 else i - 3 end) * 7 + ((p - 1) / 3 + kind * 2) % 5))
               + (array[time '18:00', time '19:00', time '10:00'])[kind + 1]) at time zone 'Europe/London' as starts_at
    from (select p, (p - 1) % 3 as kind from generate_series(1, 300000) p) plans
    cross join lateral generate_series(1, case when kind = 2 then 2 else 4 end) i
) calls;
commit;
vacuum analyze coach_coordinator;
vacuum analyze call_plan;
vacuum analyze scheduled_call;
select count(*) as coaches from coach_coordinator;
select count(*) as plans from call_plan;
select count(*) as calls, count(*) filter (where starts_at >= timestamptz '2027-03-08 00:00 Europe/London'
        and starts_at < timestamptz '2027-03-15 00:00 Europe/London') as in_benchmark_week from scheduled_call;
