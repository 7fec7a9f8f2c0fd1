#!/usr/bin/env bash
# Build overhead of TypedTranscripts (issue 6): whole `dotnet build` runs of a consumer with 100 transcripts against the
# same consumer with none. Both reference the package packed from this checkout (local-feed/, version 0.1.0-*) and have
# the same Program.cs; they differ only in their Transcript items. Prints the median of each and their ratio for:
#   no-op    `dotnet build` with nothing changed: MSBuild skips the compiler, so the generator does not run;
#   edit     `dotnet build` after touching Program.cs: the compiler, and with it the generator over every transcript, runs;
#   rebuild  `dotnet build --no-incremental`: everything is built again.
# Runs alternate between the two consumers. Builds use the shared compiler server, as a developer's builds do.
#
#   bench/build-overhead.sh            RUNS=9 TRANSCRIPTS=1000 bench/build-overhead.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
runs=${RUNS:-5}
transcripts=${TRANSCRIPTS:-100}
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

work=$(mktemp -d "${TMPDIR:-/tmp}/typedtranscripts-build-overhead.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "packing the package into local-feed/ ..."
dotnet pack src/TypedTranscripts.Package -c Release -o local-feed -v q -nologo
dotnet build bench/TypedTranscripts.Benchmarks -c Release -v q -nologo

make_consumer() { # folder
  mkdir -p "$1"
  cat >"$1/Consumer.csproj" <<'EOF'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <RootNamespace>Consumer</RootNamespace>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="TypedTranscripts" Version="0.1.0-*" />
    <Transcript Include="Calls/**/*.txt" />
  </ItemGroup>
</Project>
EOF
  cat >"$1/Program.cs" <<'EOF'
Console.WriteLine($"{Consumer.Transcripts.All.Count} calls");
EOF
  # Only the packed package: restore needs nothing else, and nothing from outside can shadow 0.1.0-*.
  cat >"$1/nuget.config" <<EOF
<configuration>
  <packageSources>
    <clear />
    <add key="typedtranscripts-local" value="$root/local-feed" />
  </packageSources>
</configuration>
EOF
}

none="$work/none"
with="$work/with-$transcripts"
make_consumer "$none"
make_consumer "$with"
dotnet run --project bench/TypedTranscripts.Benchmarks -c Release --no-build -- write-transcripts "$transcripts" "$with"

build() { # folder, extra arguments...; prints the wall time in milliseconds
  local folder=$1
  shift
  local start end
  start=$(date +%s%N)
  if ! dotnet build "$folder" --no-restore -nodeReuse:false -v q "$@" >"$work/last-build.log" 2>&1; then
    cat "$work/last-build.log" >&2
    exit 1
  fi
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

median() { # numbers on stdin
  sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

for consumer in "$none" "$with"; do
  dotnet restore "$consumer" -v q >/dev/null
  build "$consumer" >/dev/null # warm-up: the compiler server loads the generator
  build "$consumer" --no-incremental >/dev/null
done
version=$(sed -n 's/.*"TypedTranscripts\/\([^"]*\)".*/\1/p' "$with/obj/project.assets.json" | head -n 1)

declare -A times
for ((run = 1; run <= runs; run++)); do
  for mode in no-op edit rebuild; do
    for consumer in none with; do
      folder=$none
      [ "$consumer" = with ] && folder=$with
      case $mode in
        no-op) ms=$(build "$folder") ;;
        edit) touch "$folder/Program.cs" && ms=$(build "$folder") ;;
        rebuild) ms=$(build "$folder" --no-incremental) ;;
      esac
      times[$mode.$consumer]+="$ms "
    done
  done
  echo "run $run of $runs done"
done

# The generator's own time in one rebuild, as the compiler reports it (-p:ReportAnalyzer=true).
generator_seconds=$(dotnet build "$with" --no-restore --no-incremental -nodeReuse:false -v d -p:ReportAnalyzer=true 2>&1 |
  awk '/TypedTranscripts\.Generator\.TranscriptGenerator *$/ { print $1; exit }')

echo
echo "TypedTranscripts $version, $transcripts transcripts ($(cat "$with"/Calls/*.txt | wc -c) bytes), $runs runs of each, medians in ms:"
echo
echo "| build | no transcripts | $transcripts transcripts | ratio |"
echo "| --- | ---: | ---: | ---: |"
for mode in no-op edit rebuild; do
  a=$(tr ' ' '\n' <<<"${times[$mode.none]}" | grep . | median)
  b=$(tr ' ' '\n' <<<"${times[$mode.with]}" | grep . | median)
  echo "| $mode | $a | $b | $(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", b / a }') |"
done
echo
echo "all runs (ms):"
for key in no-op.none no-op.with edit.none edit.with rebuild.none rebuild.with; do echo "  $key: ${times[$key]}"; done
echo "TranscriptGenerator time the compiler reports in one rebuild with $transcripts transcripts: ${generator_seconds:-not reported} s"
