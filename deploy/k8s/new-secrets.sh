#!/usr/bin/env bash
# Creates the files the base's secretGenerator reads (base/secrets/*.env, *.conf) from their *.example
# templates, with a new random value for every REPLACE_ME. Files that already exist are kept. The files
# stay out of git (base/secrets/.gitignore); keep them where your cluster's secrets live (or replace the
# generators by your secret manager's objects under the same names and keys).
set -euo pipefail
dir=$(cd "$(dirname "$0")/base/secrets" && pwd)
random() { head -c 24 /dev/urandom | base64 | tr -d '/+=' | cut -c1-32; }
rabbit=$(random)
for example in "$dir"/*.example; do
  target=${example%.example}
  [ -e "$target" ] && { echo "kept    $target"; continue; }
  case $(basename "$target") in
    rabbitmq-app.env | rabbitmq-default_user.conf) value_for() { echo "$rabbit"; } ;; # one password, two files
    *) value_for() { random; } ;;
  esac
  while IFS= read -r line; do
    while [[ $line == *REPLACE_ME* ]]; do line=${line/REPLACE_ME/$(value_for)}; done
    printf '%s\n' "$line"
  done < "$example" > "$target"
  chmod 600 "$target"
  echo "created $target"
done
