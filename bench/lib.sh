# Sourced by the benchmark commands (bench/cases, bench/feeds, bench/inbox, bench/forum, bench/groupmail): builds the
# jar and the test classpath, starts the application on the postgres profile with the demo data on a fresh database,
# stops it on exit, and runs a benchmark class against it. Mail is written as .eml files unless BENCH_CAPTURE_DIR is
# set empty (then SMTP_HOST/SMTP_PORT). Needs a JDK and the local PostgreSQL (127.0.0.1:5432, user postgres).

# bench_start PORT DATABASE PASSWORD: the application answers on http://localhost:PORT once this returns.
bench_start() {
  port=$1
  database=$2
  password=$3
  work="$(mktemp -d)"
  ./mvnw -B -q -ntp -DskipTests package
  ./mvnw -B -q -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath"
  psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $database" -c "create database $database"
  SPRING_PROFILES_ACTIVE=postgres \
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$database" SPRING_DATASOURCE_USERNAME=postgres \
  CONSTELLATION_ADMIN_PASSWORD="$password" CONSTELLATION_SIGNING_KEY="banc-cle-de-signature-de-trente-deux" \
  CONSTELLATION_PUBLIC_BASE_URL="http://localhost:$port" SMTP_HOST=127.0.0.1 CONSTELLATION_MAIL_CAPTUREDIR="${BENCH_CAPTURE_DIR-$work/mail}" \
  CONSTELLATION_DEMO_ENABLED=true CONSTELLATION_DEMO_PASSWORD="$password" SERVER_PORT=$port \
    java -Xms256m -Xmx512m -jar target/constellation-*.jar >"$work/app.log" 2>&1 &
  app=$!
  trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null "http://localhost:$port/actuator/health" && break
    kill -0 $app 2>/dev/null || { tail -40 "$work/app.log"; exit 1; }
    sleep 1
  done
  curl -fs -o /dev/null "http://localhost:$port/actuator/health"
}

# bench_run CLASS ARGS...: a benchmark class of the test sources, on the test classpath.
bench_run() {
  class=$1
  shift
  java -Xmx512m -cp "target/test-classes:target/classes:$(cat "$work/classpath")" "$class" "$@"
  echo "Application log: $work/app.log"
}
