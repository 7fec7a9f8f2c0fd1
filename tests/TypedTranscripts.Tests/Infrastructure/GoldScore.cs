using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TypedTranscripts.Tests.Infrastructure
{
    /// <summary>
    /// A faithful port of <c>../shared/tools/score.py</c>, so that CI needs no Python: the same normalisation, the same
    /// greedy one-to-one matching with required entries first, the same precision, recall, F1 and attribute accuracies.
    /// </summary>
    public sealed class GoldScore
    {
        private const double Tolerance = 0.005;

        public sealed record Kind(double Precision, double Recall, double F1, double? Basis, double? Line, double? Role,
            IReadOnlyList<JsonElement> Missed, IReadOnlyList<JsonElement> False);

        public double? Call { get; private init; }
        public double? Sections { get; private init; }
        public Kind Speakers { get; private init; } = null!;
        public Kind Figures { get; private init; } = null!;
        public Kind Changes { get; private init; } = null!;
        public Kind Guidance { get; private init; } = null!;

        public static GoldScore Of(string exportJson, string goldJson)
        {
            using var export = JsonDocument.Parse(exportJson);
            using var gold = JsonDocument.Parse(goldJson);
            var e = export.RootElement.Clone();
            var g = gold.RootElement.Clone();
            return new GoldScore
            {
                Speakers = Score(Items(g, "speakers"), Items(e, "speakers"), (a, b) => Norm(Str(a, "name")) == Norm(Str(b, "name"))),
                Figures = Score(Items(g, "figures"), Items(e, "figures"), SameFigure),
                Changes = Score(Items(g, "changes"), Items(e, "changes"), SameChange),
                Guidance = Score(Items(g, "guidance"), Items(e, "guidance"), SameGuidance),
                Call = CallScore(g, e),
                Sections = SectionScore(g, e),
            };
        }

        /// <summary>The scorer's summary line, for messages.</summary>
        public override string ToString() => string.Format(CultureInfo.InvariantCulture,
            "call={0} sections={1} speakers_f1={2:0.00} role={3} figures_f1={4:0.00} changes_f1={5:0.00} guidance_f1={6:0.00}",
            Fmt(Call), Fmt(Sections), Speakers.F1, Fmt(Speakers.Role), Figures.F1, Changes.F1, Guidance.F1);

        private static string Fmt(double? value) => value is null ? "-" : value.Value.ToString("0.00", CultureInfo.InvariantCulture);

        private static List<JsonElement> Items(JsonElement root, string name) =>
            root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray().ToList() : new List<JsonElement>();

        private static string? Str(JsonElement item, string name) =>
            item.TryGetProperty(name, out var value) ? value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => value.GetString(),
                _ => value.GetRawText(),
            } : null;

        private static bool IsOptional(JsonElement item) => item.TryGetProperty("optional", out var o) && o.ValueKind == JsonValueKind.True;

        /// <summary><c>re.sub(r"[^a-z0-9]+", " ", str(text).lower()).strip()</c></summary>
        public static string? Norm(string? text) => text is null ? null : Regex.Replace(text.ToLowerInvariant(), "[^a-z0-9]+", " ").Trim();

        private static bool SegmentOk(JsonElement gold, JsonElement got)
        {
            string? value = got.TryGetProperty("segment", out var s) && s.ValueKind == JsonValueKind.Array
                ? (s.GetArrayLength() > 0 ? s[0].GetString() : null)
                : Str(got, "segment");
            if (!gold.TryGetProperty("segment", out var accepted) || accepted.ValueKind == JsonValueKind.Null) return string.IsNullOrEmpty(value);
            var options = accepted.ValueKind == JsonValueKind.Array ? accepted.EnumerateArray().Select(x => Norm(x.GetString())).ToHashSet() : new HashSet<string?> { Norm(accepted.GetString()) };
            return options.Contains(Norm(value));
        }

        private static double? Number(JsonElement item, string name) =>
            item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

        private static bool Close(double? a, double? b)
        {
            if (a is null || b is null) return a is null && b is null;
            if (a == b) return true;
            return Math.Abs(a.Value - b.Value) <= Tolerance * Math.Max(Math.Abs(a.Value), Math.Abs(b.Value));
        }

        private static bool SameFigure(JsonElement g, JsonElement x) =>
            Str(g, "metric") == Str(x, "metric") && SegmentOk(g, x) && Norm(Str(g, "period")) == Norm(Str(x, "period"))
            && Close(Number(g, "value"), Number(x, "value")) && Str(g, "unit") == Str(x, "unit");

        private static bool SameChange(JsonElement g, JsonElement x) => SameFigure(g, x) && Norm(Str(g, "versus")) == Norm(Str(x, "versus"));

        private static bool SameGuidance(JsonElement g, JsonElement x)
        {
            if (!(Str(g, "metric") == Str(x, "metric") && SegmentOk(g, x) && Norm(Str(g, "period")) == Norm(Str(x, "period")))) return false;
            foreach (var bound in new[] { "low", "high" })
            {
                if (Number(g, bound) is { } expected && !Close(expected, Number(x, bound))) return false;
            }
            return Str(g, "direction") is not { } direction || direction == Str(x, "direction");
        }

        private static Kind Score(List<JsonElement> gold, List<JsonElement> got, Func<JsonElement, JsonElement, bool> same)
        {
            var used = new HashSet<int>();
            var pairs = new List<(JsonElement Gold, JsonElement Got)>();
            var missed = new List<JsonElement>();
            foreach (var g in gold.OrderBy(IsOptional)) // stable: required first, then file order
            {
                int hit = -1;
                for (int i = 0; i < got.Count; i++)
                {
                    if (!used.Contains(i) && same(g, got[i]))
                    {
                        hit = i;
                        break;
                    }
                }
                if (hit < 0)
                {
                    if (!IsOptional(g)) missed.Add(g);
                }
                else
                {
                    used.Add(hit);
                    pairs.Add((g, got[hit]));
                }
            }
            var falseHits = got.Where((_, i) => !used.Contains(i)).ToList();
            int requiredHits = pairs.Count(p => !IsOptional(p.Gold));
            int tp = pairs.Count;
            double precision = tp + falseHits.Count > 0 ? (double)tp / (tp + falseHits.Count) : 1.0;
            double recall = requiredHits + missed.Count > 0 ? (double)requiredHits / (requiredHits + missed.Count) : 1.0;
            double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
            return new Kind(precision, recall, f1, Accuracy(pairs, "basis"), Accuracy(pairs, "line", LineOk), Accuracy(pairs, "role"), missed, falseHits);
        }

        private static double? Accuracy(List<(JsonElement Gold, JsonElement Got)> pairs, string key, Func<JsonElement, JsonElement, bool>? compare = null)
        {
            var relevant = pairs.Where(p => p.Gold.TryGetProperty(key, out var v) && v.ValueKind != JsonValueKind.Null).ToList();
            if (relevant.Count == 0) return null;
            compare ??= (a, b) => Norm(Str(a, key)) == Norm(Str(b, key));
            return (double)relevant.Count(p => compare(p.Gold, p.Got)) / relevant.Count;
        }

        private static bool LineOk(JsonElement gold, JsonElement got) =>
            Number(gold, "line") is { } a && Number(got, "line") is { } b && Math.Abs(a - b) <= 1;

        private static double? CallScore(JsonElement gold, JsonElement export)
        {
            if (!gold.TryGetProperty("call", out var goldCall)) return null;
            export.TryGetProperty("call", out var gotCall);
            var keys = goldCall.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null).Select(p => p.Name).ToList();
            if (keys.Count == 0) return null;
            return (double)keys.Count(k => Norm(Str(goldCall, k)) == (gotCall.ValueKind == JsonValueKind.Object ? Norm(Str(gotCall, k)) : null)) / keys.Count;
        }

        private static double? SectionScore(JsonElement gold, JsonElement export)
        {
            var required = Items(gold, "sections").Where(s => !IsOptional(s)).ToDictionary(s => Norm(Str(s, "name"))!, s => Str(s, "turns"));
            if (required.Count == 0) return null;
            var got = new Dictionary<string, string?>();
            foreach (var s in Items(export, "sections")) got[Norm(Str(s, "name"))!] = Str(s, "turns");
            return (double)required.Count(pair => got.TryGetValue(pair.Key, out var turns) && turns == pair.Value) / required.Count;
        }

        /// <summary>The misses and false hits, as the scorer's --verbose prints them.</summary>
        public string Details()
        {
            var builder = new StringBuilder();
            foreach (var (name, kind) in new[] { ("speakers", Speakers), ("figures", Figures), ("changes", Changes), ("guidance", Guidance) })
            {
                foreach (var missed in kind.Missed) builder.Append("  missed ").Append(name).Append(": ").Append(missed.GetRawText()).Append('\n');
                foreach (var extra in kind.False) builder.Append("  false  ").Append(name).Append(": ").Append(extra.GetRawText()).Append('\n');
            }
            return builder.ToString();
        }
    }
}
