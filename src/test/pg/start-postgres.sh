#!/usr/bin/env bash
# Starts a local PostgreSQL for the clinic-store tests and creates the test administrator role.
# Needs root on Debian (apt-get, pg_ctlcluster). Prints the variables the tests read; .ci/run uses it.
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | grep -q "^$version main"; then
  pg_createcluster "$version" main >/dev/null
fi
pg_ctlcluster "$version" main start >/dev/null 2>&1 || true
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p 5432 >/dev/null
password=exampath-test-only
su postgres -c "psql -q -v ON_ERROR_STOP=1 -d postgres" <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'exampath_test_admin') THEN
    CREATE ROLE exampath_test_admin LOGIN SUPERUSER PASSWORD '$password';
  ELSE
    ALTER ROLE exampath_test_admin LOGIN SUPERUSER PASSWORD '$password';
  END IF;
END \$\$;
SQL
echo "EXAMPATH_TEST_PG=127.0.0.1:5432"
echo "EXAMPATH_TEST_PG_USER=exampath_test_admin"
echo "EXAMPATH_TEST_PG_PASSWORD=$password"
