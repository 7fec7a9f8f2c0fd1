#!/usr/bin/env bash
# Fuzzes the parser and the emitter with AFL++ through SharpFuzz, for the given number of seconds (default 600).
#   needs: afl-fuzz (Debian: apt-get install afl++); the sharpfuzz tool comes from dotnet-tools.json
#   finds: artifacts/fuzz/findings/default/crashes/*; replay one, uninstrumented, with
#          dotnet artifacts/fuzz/bin/TypedTranscripts.Fuzz.dll artifacts/fuzz/findings/default/crashes/<file>
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-600}
out=artifacts/fuzz

command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install afl++" >&2; exit 1; }
dotnet tool restore >/dev/null
rm -rf "$out/bin" "$out/afl"
dotnet build tests/TypedTranscripts.Fuzz -c Release -o "$out/bin" -nologo -v quiet
# AFL runs an instrumented copy; coverage is of our code only, the parser and the emitter, not Roslyn.
cp -r "$out/bin" "$out/afl"
for dll in TypedTranscripts.dll TypedTranscripts.Generator.dll; do dotnet sharpfuzz "$out/afl/$dll"; done

# Seeds: our fixtures, and a few small files that reach other branches quickly; each must pass before fuzzing.
rm -rf "$out/seeds" && mkdir -p "$out/seeds"
cp tests/TypedTranscripts.Tests/Fixtures/StreetEvents/*.txt "$out/seeds/"
printf 'P R E S E N T A T I O N\n\nOperator\n\nHello.\n\nJo Ann - Co - CFO\n\nWe grew.\n' > "$out/seeds/minimal.txt"
printf '\xff\xfeP\x00R\x00E\x00S\x00E\x00N\x00T\x00A\x00T\x00I\x00O\x00N\x00\n\x00' > "$out/seeds/utf16.txt"
printf 'Q U E S T I O N S  A N D  A N S W E R S\r\nOperator\r\n\r\nJo Ann\r\nCo - Analyst\r\n\r\nWhy \xe2\x80\xae?\r\n' > "$out/seeds/crlf.txt"
dotnet "$out/bin/TypedTranscripts.Fuzz.dll" "$out"/seeds/*

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
# -i- resumes an earlier run in the same findings folder.
input="$out/seeds"; [ -d "$out/findings/default/queue" ] && input=-
afl-fuzz -V "$seconds" -i "$input" -o "$out/findings" -t 10000 -m none -- dotnet "$out/afl/TypedTranscripts.Fuzz.dll"
