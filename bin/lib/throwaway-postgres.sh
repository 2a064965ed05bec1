# Sourced by bin/test and bench/central: starts the machine's PostgreSQL cluster if it is
# stopped, makes a throwaway database for this run (dropped when the calling script exits)
# and exports its JDBC URL as HALLQUEUE_TEST_POSTGRES. Needs Debian's postgresql package.

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

throwaway_postgres() {
  local version cluster port status _
  read -r version cluster port status _ < <(pg_lsclusters --no-header | head -n 1)
  if [ "$status" != "online" ]; then
    echo "postgres: starting PostgreSQL $version/$cluster" >&2
    pg_ctlcluster "$version" "$cluster" start
  fi
  local password="hallqueue-test"
  as_postgres psql -q -p "$port" -v ON_ERROR_STOP=1 >/dev/null <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hallqueue_test') THEN
    CREATE ROLE hallqueue_test LOGIN PASSWORD '$password';
  END IF;
END \$\$;
SQL
  throwaway_db="hallqueue_test_$(date +%s)_$$"
  throwaway_port="$port"
  as_postgres createdb -p "$port" -O hallqueue_test "$throwaway_db"
  trap 'as_postgres dropdb -p "$throwaway_port" --force --if-exists "$throwaway_db" || true' EXIT
  export HALLQUEUE_TEST_POSTGRES="jdbc:postgresql://127.0.0.1:$port/$throwaway_db?user=hallqueue_test&password=$password"
}
