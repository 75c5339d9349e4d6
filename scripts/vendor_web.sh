#!/usr/bin/env bash
# Re-fetch the page's JavaScript libraries and the offline basemap from npm and copy the
# minified files into dateline/serve/static/vendor/ (committed; nothing is fetched at run time).
# Usage: scripts/vendor_web.sh   (needs npm and network access to the npm registry)
set -euo pipefail

PACKAGES=(leaflet@1.9.4 leaflet.markercluster@1.5.3 topojson-client@3.1.0 world-atlas@2.0.2)
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
VENDOR="$ROOT/dateline/serve/static/vendor"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

cd "$WORK"
for spec in "${PACKAGES[@]}"; do
    npm pack --silent "$spec" >/dev/null
done
for tgz in *.tgz; do
    mkdir -p "${tgz%.tgz}"
    tar xzf "$tgz" -C "${tgz%.tgz}"
done

rm -rf "$VENDOR"
mkdir -p "$VENDOR/leaflet/images" "$VENDOR/markercluster" "$VENDOR/topojson" "$VENDOR/world-atlas"
cp leaflet-1.9.4/package/dist/leaflet.js leaflet-1.9.4/package/dist/leaflet.css "$VENDOR/leaflet/"
cp leaflet-1.9.4/package/dist/images/*.png "$VENDOR/leaflet/images/"
cp leaflet-1.9.4/package/LICENSE "$VENDOR/leaflet/LICENSE"
M=leaflet.markercluster-1.5.3/package
cp "$M/dist/leaflet.markercluster.js" "$M/dist/MarkerCluster.css" \
   "$M/dist/MarkerCluster.Default.css" "$VENDOR/markercluster/"
cp "$M/MIT-LICENCE.txt" "$VENDOR/markercluster/LICENSE"
cp topojson-client-3.1.0/package/dist/topojson-client.min.js "$VENDOR/topojson/"
cp topojson-client-3.1.0/package/LICENSE "$VENDOR/topojson/LICENSE"
cp world-atlas-2.0.2/package/countries-110m.json world-atlas-2.0.2/package/LICENSE \
   "$VENDOR/world-atlas/"
du -sh "$VENDOR"
