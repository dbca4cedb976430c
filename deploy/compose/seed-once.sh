# The compose topology's `seed` service: migrates and seeds the five databases (the <NAME>_DATABASE_URL variables)
# with SEED_CUSTOMERS customers, unless they already hold a data set — then it says so and exits 0, so every
# `docker-compose up` may wait for it (condition: service_completed_successfully).
set -u
out=$(node dist/scripts/seed.js --customers "${SEED_CUSTOMERS:-500}" 2>&1)
code=$?
printf '%s\n' "$out"
if [ "$code" -ne 0 ] && printf '%s' "$out" | grep -q 'Refusing to seed'; then
  echo 'seed: the databases hold a data set already; kept as it is.'
  exit 0
fi
exit "$code"
