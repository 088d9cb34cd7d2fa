# ./platform chaos: faults under load, then a count. Sourced by ./platform (it uses its helpers: start_bg,
# await, start_service, start_kafka, start_private_postgres, ...); not meant to be run on its own.
#
# In its own environment (the chaos profile of deploy/platform.env: its own ports, Kafka, Keycloak, GreenMail
# and a private PostgreSQL cluster), because it kills and restarts the broker and the database. While
# chaos-tests' IntakeLoad records intakes at a steady pace (retrying with the same Idempotency-Key), the broker
# and each of the five services are killed with SIGKILL and restarted, and PostgreSQL is stopped in immediate
# mode (crash recovery at the next start) and started again. After the load, it waits for the platform to catch up and
# counts from the databases (deploy/local/chaos-count.sql): every intake that got a 201 must have exactly one
# referral, one first-contact task and one notification, with nothing left unsent in any outbox.

# The broker first: while it is down the intake endpoint must keep accepting, so it must fall inside the load.
CHAOS_FAULTS=(kafka police-intake-service referral-service postgres case-service shelter-service notification-service)
# How long a platform may take to count everything in after the load, before the run fails.
CHAOS_DRAIN_TIMEOUT_S=300
# How long a readiness check may take to notice that the broker or the database is gone.
CHAOS_READINESS_DOWN_TIMEOUT_S=60

CHAOS_FAILURES=()
CHAOS_LONGEST_RECOVERY_MS=0
CHAOS_LONGEST_RECOVERY_OF=""

chaos_fail() {
  log "FAILED: $*"
  CHAOS_FAILURES+=("$*")
}

# Packaged services and the load driver: built when asked, or when missing (never 'install': nothing leaves
# the repository's target/ folders).
chaos_build() {
  local mode="$1" entry missing=0
  for entry in "${SERVICES[@]}"; do
    [[ -f "$ROOT/${entry%%:*}/target/quarkus-app/quarkus-run.jar" ]] || missing=1
  done
  [[ -f "$ROOT/chaos-tests/target/classes/al/childprotection/chaos/IntakeLoad.class" ]] || missing=1
  if [[ "$mode" == yes || ("$mode" == auto && $missing == 1) ]]; then
    log "building the services and the load driver: ./mvnw -B -q package -DskipTests"
    ./mvnw -B -q package -DskipTests || die "the build failed (see above)"
  elif ((missing)); then
    die "no packaged services or load driver (--no-build): run ./mvnw package -DskipTests, or drop --no-build"
  else
    log "using the packaged services in <module>/target/quarkus-app/ (--build rebuilds them)"
  fi
  # Run copies, so that a build in the meantime cannot change what a restart starts.
  APP_ROOT="$STATE_DIR/apps"
  rm -rf "$APP_ROOT"
  for entry in "${SERVICES[@]}"; do
    mkdir -p "$APP_ROOT/${entry%%:*}/target"
    cp -r "$ROOT/${entry%%:*}/target/quarkus-app" "$APP_ROOT/${entry%%:*}/target/"
  done
  cp -r "$ROOT/chaos-tests/target/classes" "$APP_ROOT/load-driver"
}

# chaos_psql DATABASE [psql args]: SQL as the superuser on one database of the private cluster
chaos_psql() {
  local db="$1"; shift
  PGCONNECT_TIMEOUT=5 "$CHAOS_PSQL" -X -q -At -v ON_ERROR_STOP=1 -h "$CP_DB_HOST" -p "$CP_DB_PORT" \
    -U "$CP_DB_ADMIN_USER" -d "$db" "$@"
}

all_services_ready() {
  local entry
  for entry in "${SERVICES[@]}"; do service_ready "${entry%%:*}" || return 1; done
}

# Readiness must say when the broker or the database is gone: waits until every service has reported it.
await_readiness_down() {
  local what="$1" t0 entry module pending=()
  t0=$(now_ms)
  for entry in "${SERVICES[@]}"; do pending+=("${entry%%:*}"); done
  while ((${#pending[@]})); do
    local still=()
    for module in "${pending[@]}"; do service_ready "$module" && still+=("$module"); done
    pending=("${still[@]+"${still[@]}"}")
    if (( $(now_ms) - t0 > CHAOS_READINESS_DOWN_TIMEOUT_S * 1000 )); then
      chaos_fail "readiness of ${pending[*]} stayed UP for ${CHAOS_READINESS_DOWN_TIMEOUT_S} s without $what"
      return 0
    fi
    ((${#pending[@]})) && sleep 0.5
  done
  log "  every service reports not ready without $what, after $(since "$t0") s"
}

kill_recorded() {
  local name="$1" pid start
  recorded_alive "$PID_DIR/$name.pid" || die "$name is not running"
  read -r pid start <"$PID_DIR/$name.pid"
  disown "$pid" 2>/dev/null || true   # no "Killed" line from bash's job control: the kill is the point
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid"
  while kill -0 -- "-$pid" 2>/dev/null; do sleep 0.1; done
  rm -f "$PID_DIR/$name.pid"
}

accepted_so_far() { [[ -f "$CHAOS_ACCEPTED" ]] && wc -l <"$CHAOS_ACCEPTED" || echo 0; }

load_running() { recorded_alive "$PID_DIR/load.pid"; }

# One fault: inject it, keep it a few seconds, undo it, and time how long until every service is ready.
chaos_fault() {
  local fault="$1" t_fault t_back before during
  log "FAULT: $fault  (load: $(tail -n 1 "$LOG_DIR/load.log" 2>/dev/null | sed 's/^\[load\] //'))"
  before=$(accepted_so_far)
  t_fault=$(now_ms)
  case "$fault" in
    kafka)
      kill_recorded kafka
      log "  broker killed (SIGKILL)"
      await_readiness_down "the broker"
      sleep 3
      during=$(( $(accepted_so_far) - before ))
      log "  intakes accepted while the broker was down: $during"
      if ((during == 0)) && load_running; then chaos_fail "no intake was accepted while the broker was down"; fi
      t_back=$(now_ms)
      start_kafka
      await kafka 90 tcp_open "$CP_HOST" "$CP_KAFKA_PORT"
      ;;
    postgres)
      $CHAOS_PG_RUNNER "$CHAOS_PG_BIN/pg_ctl" -D "$PGDATA_DIR" -m immediate -w -t 60 stop >/dev/null ||
        die "could not stop the private PostgreSQL"
      rm -f "$PID_DIR/postgres.pgdata"
      log "  PostgreSQL stopped in immediate mode (no shutdown checkpoint: crash recovery at the next start)"
      await_readiness_down "the database"
      sleep 3
      t_back=$(now_ms)
      start_private_postgres
      ;;
    *)
      kill_recorded "$fault"
      log "  $fault killed (SIGKILL)"
      sleep 3
      t_back=$(now_ms)
      start_service "$fault"
      ;;
  esac
  local t_ready=$(now_ms)
  while ! all_services_ready; do
    if (( $(now_ms) - t_ready > 180000 )); then die "the platform did not recover from $fault within 180 s"; fi
    sleep 0.25
  done
  local recovery=$(( $(now_ms) - t_back ))
  log "  recovered: every service ready $(since "$t_back") s after $fault came back (down for $(( (t_back - t_fault) / 1000 )) s)"
  if ((recovery > CHAOS_LONGEST_RECOVERY_MS)); then
    CHAOS_LONGEST_RECOVERY_MS=$recovery
    CHAOS_LONGEST_RECOVERY_OF=$fault
  fi
}

# Copies what each service holds into temporary tables of one psql session, and counts there
# (deploy/local/chaos-count.sql). The copies are also kept in .platform/chaos/count/ for a look after a failure.
chaos_count() {
  local dir="$STATE_DIR/count" key var db
  mkdir -p "$dir"
  chaos_psql "$CP_INTAKE_DB$CP_DB_SUFFIX" -c "\\copy (select id from intake) to stdout" >"$dir/intake.tsv"
  chaos_psql "$CP_REFERRAL_DB$CP_DB_SUFFIX" -c "\\copy (select intake_id, id from referral) to stdout" >"$dir/referral.tsv"
  chaos_psql "$CP_CASE_DB$CP_DB_SUFFIX" \
    -c "\\copy (select referral_id, id from follow_up_task where kind = 'FIRST_CONTACT') to stdout" >"$dir/task.tsv"
  chaos_psql "$CP_NOTIFICATION_DB$CP_DB_SUFFIX" \
    -c "\\copy (select task_id, recipient, email_status from notification where kind = 'TASK_ASSIGNED') to stdout" \
    >"$dir/notice.tsv"
  : >"$dir/outbox.tsv"
  for key in "${DB_KEYS[@]}"; do
    var="CP_${key}_DB"; db="${!var}$CP_DB_SUFFIX"
    printf '%s\t%s\n' "$db" "$(chaos_psql "$db" -c "select count(*) from outbox_event where sent_at is null")" \
      >>"$dir/outbox.tsv"
  done
  {
    chaos_copy accepted "intake_id uuid" "$CHAOS_ACCEPTED"
    chaos_copy intake "id uuid" "$dir/intake.tsv"
    chaos_copy referral "intake_id uuid, id uuid" "$dir/referral.tsv"
    chaos_copy task "referral_id uuid, id uuid" "$dir/task.tsv"
    chaos_copy notice "task_id uuid, recipient text, email_status text" "$dir/notice.tsv"
    chaos_copy outbox "db text, unsent bigint" "$dir/outbox.tsv"
    cat "$ROOT/deploy/local/chaos-count.sql"
  } | chaos_psql postgres -f -
}

# chaos_copy TABLE COLUMNS FILE: a temporary table and its rows, as psql script text
chaos_copy() {
  printf 'create temp table %s (%s);\ncopy %s from stdin;\n' "$1" "$2" "$1"
  if [[ -f "$3" ]]; then cat "$3"; fi
  printf '\\.\n'
}

# A crash between publishing an outbox row and marking it sent leaves the row unsent although the broker has it:
# at the next pass the relay sends it again. Made on purpose for the first COUNT accepted intakes, in every
# service (their events carry the intake id as correlation id); the count that follows must still find one
# referral, one task and one notification for each of them.
chaos_resend() {
  local count="$1" ids key var db n total=0
  ids="$(head -n "$count" "$CHAOS_ACCEPTED" | sed "s/.*/'&'/" | paste -sd, -)"
  [[ -n "$ids" ]] || return 0
  for key in "${DB_KEYS[@]}"; do
    var="CP_${key}_DB"; db="${!var}$CP_DB_SUFFIX"
    n="$(chaos_psql "$db" -c "with unsent as (update outbox_event set sent_at = null where correlation_id in ($ids)
           and sent_at is not null returning 1) select count(*) from unsent")"
    total=$((total + n))
  done
  log "outbox rows of $count intakes marked unsent again, as after a crash between publishing and marking: $total"
  log "  (their relays send those $total events a second time; the consumers must apply each once)"
}

# field NAME from chaos_count's "name|value" lines
chaos_figure() { sed -n "s/^$1|//p" <<<"$2"; }

cmd_chaos() {
  local intakes="" seconds="" build=auto
  while (($#)); do
    case "$1" in
      --intakes) intakes="${2:?--intakes N}"; shift 2 ;;
      --seconds) seconds="${2:?--seconds S}"; shift 2 ;;
      --build) build=yes; shift ;;
      --no-build) build=no; shift ;;
      *) die "chaos: unknown option $1 (see ./platform help)" ;;
    esac
  done
  begin chaos
  intakes="${intakes:-$CP_CHAOS_INTAKES}"
  seconds="${seconds:-$CP_CHAOS_SECONDS}"
  CHAOS_PSQL="$(system_psql)" || die "chaos needs psql and PostgreSQL's initdb/pg_ctl on this machine"
  CHAOS_PG_BIN="$(system_pg_bin)" || die "chaos needs PostgreSQL's initdb/pg_ctl on this machine"
  CHAOS_PG_RUNNER="$(pg_runner)"
  CHAOS_ACCEPTED="$STATE_DIR/accepted-intakes.txt"
  # its own PostgreSQL too: a server it did not start is one it must not restart
  require_free_ports "${INFRA_PORTS[@]}" "${SERVICE_PORTS[@]}" CP_DB_PORT
  local t_begin; t_begin=$(now_ms)

  chaos_build "$build"
  prepare_infra
  rm -rf "$STATE_DIR/kafka" "$STATE_DIR/count" "$CHAOS_ACCEPTED"
  start_private_postgres
  ensure_role
  ensure_databases "$CP_DB_SUFFIX" fresh
  start_infra
  start_services

  log "load: $intakes intakes over $seconds s; faults in turn: ${CHAOS_FAULTS[*]}"
  start_bg load "$JAVA" -Xmx128m -cp "$APP_ROOT/load-driver" al.childprotection.chaos.IntakeLoad \
    --intakes "$intakes" --seconds "$seconds" --accepted "$CHAOS_ACCEPTED"
  local t_load; t_load=$(now_ms)
  local i n=${#CHAOS_FAULTS[@]}
  for ((i = 0; i < n; i++)); do
    # spread over the load: the next fault at its share of the time, or as soon as the last one recovered
    local due=$(( t_load + seconds * 1000 * (i + 1) / (n + 1) ))
    while (( $(now_ms) < due )); do sleep 0.5; done
    load_running || log "  (the load has ended: this fault runs without load; give more --seconds)"
    chaos_fault "${CHAOS_FAULTS[$i]}"
  done

  log "all faults done; waiting for the load to finish"
  local load_status=0
  while load_running; do sleep 1; done
  grep -q '^\[load\] done' "$LOG_DIR/load.log" || load_status=1
  grep -E '^\[load\] (done|.*(refused|given up))' "$LOG_DIR/load.log" | sed 's/^/  /'
  grep -q ' 0 refused, 0 given up' "$LOG_DIR/load.log" || load_status=1
  ((load_status == 0)) || chaos_fail "the load driver did not get a 201 for every intake (see ${LOG_DIR#"$ROOT"/}/load.log)"

  chaos_resend 10

  log "waiting for the platform to catch up (up to $CHAOS_DRAIN_TIMEOUT_S s)"
  local t_drain figures; t_drain=$(now_ms)
  while true; do
    figures="$(chaos_count)"
    [[ "$(chaos_figure settled "$figures")" == true ]] && break
    if (( $(now_ms) - t_drain > CHAOS_DRAIN_TIMEOUT_S * 1000 )); then
      chaos_fail "not settled $CHAOS_DRAIN_TIMEOUT_S s after the load"
      break
    fi
    sleep 2
  done
  log "settled $(since "$t_drain") s after the load"
  # one more look a little later: a duplicate could still be on its way
  sleep 5
  figures="$(chaos_count)"

  local accepted referrals tasks notices lost duplicates unsent
  accepted="$(chaos_figure accepted "$figures")"
  lost="$(chaos_figure lost "$figures")"
  duplicates="$(chaos_figure duplicates "$figures")"
  unsent="$(chaos_figure unsent "$figures")"
  echo
  echo "  Chaos run: $intakes intakes over $seconds s; faults: ${CHAOS_FAULTS[*]}"
  echo "  ------------------------------------------------------------------------------------"
  printf '  %-52s %s\n' \
    "intakes accepted (201)" "$accepted" \
    "intakes stored" "$(chaos_figure intakes "$figures")" \
    "referrals of accepted intakes" "$(chaos_figure referrals "$figures")" \
    "first-contact tasks of those referrals" "$(chaos_figure tasks "$figures")" \
    "task notifications of those tasks" "$(chaos_figure notifications "$figures")" \
    "  of which e-mailed" "$(chaos_figure emailed "$figures")" \
    "lost (an accepted intake without one of the above)" "$lost" \
    "duplicates (intakes, referrals, tasks, notifications)" "$duplicates" \
    "  intakes stored without a 201" "$(chaos_figure extra_intakes "$figures")" \
    "  second referrals / tasks / notifications" "$(chaos_figure duplicate_referrals "$figures") / $(chaos_figure duplicate_tasks "$figures") / $(chaos_figure duplicate_notifications "$figures")" \
    "unsent outbox rows (all five services)" "$unsent" \
    "longest recovery (fault undone -> every service ready)" "$(awk "BEGIN{printf \"%.1f s (%s)\", $CHAOS_LONGEST_RECOVERY_MS/1000, \"$CHAOS_LONGEST_RECOVERY_OF\"}")" \
    "whole run" "$(since "$t_begin") s"
  echo
  [[ "$accepted" == "$intakes" ]] || chaos_fail "$accepted of $intakes intakes accepted"
  ((lost == 0)) || chaos_fail "$lost accepted intakes lost somewhere (details: ${STATE_DIR#"$ROOT"/}/count/)"
  ((duplicates == 0)) || chaos_fail "$duplicates duplicates"
  ((unsent == 0)) || chaos_fail "$unsent outbox rows unsent"
  if ((${#CHAOS_FAILURES[@]})); then
    log "chaos run FAILED:"
    printf '  - %s\n' "${CHAOS_FAILURES[@]}"
    exit 1
  fi
  log "chaos run passed: nothing lost, nothing doubled"
  exit 0
}
