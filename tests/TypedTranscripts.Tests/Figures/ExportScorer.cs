using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TypedTranscripts.Tests.Figures
{
    /// <summary>The scores of one kind (figures, changes or guidance), as score.py reports them.</summary>
    public sealed record KindScore(double Precision, double Recall, double F1, double? Basis, double? Line, IReadOnlyList<string> Missed, IReadOnlyList<string> False)
    {
        public override string ToString() => FormattableString.Invariant(
            $"P={Precision:F2} R={Recall:F2} F1={F1:F2} basis={(Basis is { } b ? b.ToString("F2", CultureInfo.InvariantCulture) : "-")} line={(Line is { } l ? l.ToString("F2", CultureInfo.InvariantCulture) : "-")}")
            + (Missed.Count > 0 ? "\n  missed: " + string.Join("\n  missed: ", Missed) : "")
            + (False.Count > 0 ? "\n  false:  " + string.Join("\n  false:  ", False) : "");
    }

    /// <summary>
    /// A port of ../shared/tools/score.py's matching for figures, changes and guidance, so CI needs no Python: greedy
    /// one-to-one matching with required gold entries first, a relative tolerance of 0.005, segments by normalised
    /// spelling (a gold list accepts any), periods normalised, lines right within one.
    /// </summary>
    public static class ExportScorer
    {
        private const double Tolerance = 0.005;

        public static KindScore Score(JsonElement export, JsonElement gold, string kind)
        {
            var goldItems = Items(gold, kind);
            var gotItems = Items(export, kind);
            Func<JsonElement, JsonElement, bool> same = kind switch
            {
                "figures" => SameFigure,
                "changes" => SameChange,
                "guidance" => SameGuidance,
                _ => throw new ArgumentException(kind),
            };
            var used = new HashSet<int>();
            var pairs = new List<(JsonElement Gold, JsonElement Got)>();
            var missed = new List<JsonElement>();
            // Required entries claim their matches before optional ones (a stable sort keeps file order).
            foreach (var g in goldItems.OrderBy(IsOptional))
            {
                int hit = -1;
                for (int i = 0; i < gotItems.Count; i++)
                {
                    if (!used.Contains(i) && same(g, gotItems[i]))
                    {
                        hit = i;
                        break;
                    }
                }
                if (hit < 0)
                {
                    if (!IsOptional(g)) missed.Add(g);
                    continue;
                }
                used.Add(hit);
                pairs.Add((g, gotItems[hit]));
            }
            var falseHits = gotItems.Where((_, i) => !used.Contains(i)).ToList();
            int requiredHits = pairs.Count(p => !IsOptional(p.Gold));
            double precision = pairs.Count + falseHits.Count > 0 ? pairs.Count / (double)(pairs.Count + falseHits.Count) : 1.0;
            double recall = requiredHits + missed.Count > 0 ? requiredHits / (double)(requiredHits + missed.Count) : 1.0;
            double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
            return new KindScore(precision, recall, f1,
                Accuracy(pairs, "basis", (a, b) => Norm(a) == Norm(b)),
                Accuracy(pairs, "line", LineOk),
                missed.Select(m => m.GetRawText()).ToList(), falseHits.Select(f => f.GetRawText()).ToList());
        }

        private static List<JsonElement> Items(JsonElement root, string kind) =>
            root.TryGetProperty(kind, out var array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray().ToList() : new List<JsonElement>();

        private static bool IsOptional(JsonElement item) => item.TryGetProperty("optional", out var o) && o.ValueKind == JsonValueKind.True;

        private static bool SameFigure(JsonElement gold, JsonElement got) =>
            Text(gold, "metric") == Text(got, "metric") && SegmentOk(gold, got) && Norm(Text(gold, "period")) == Norm(Text(got, "period"))
            && Close(Number(gold, "value"), Number(got, "value")) && Text(gold, "unit") == Text(got, "unit");

        private static bool SameChange(JsonElement gold, JsonElement got) =>
            SameFigure(gold, got) && Norm(Text(gold, "versus")) == Norm(Text(got, "versus"));

        private static bool SameGuidance(JsonElement gold, JsonElement got)
        {
            if (!(Text(gold, "metric") == Text(got, "metric") && SegmentOk(gold, got) && Norm(Text(gold, "period")) == Norm(Text(got, "period")))) return false;
            foreach (string bound in new[] { "low", "high" })
            {
                if (Number(gold, bound) is not null && !Close(Number(gold, bound), Number(got, bound))) return false;
            }
            string? direction = Text(gold, "direction");
            return direction is null || direction == Text(got, "direction");
        }

        private static bool SegmentOk(JsonElement gold, JsonElement got)
        {
            string? segment = Text(got, "segment");
            if (!gold.TryGetProperty("segment", out var accepted) || accepted.ValueKind == JsonValueKind.Null) return string.IsNullOrEmpty(segment);
            var spellings = accepted.ValueKind == JsonValueKind.Array ? accepted.EnumerateArray().Select(e => Norm(e.GetString())).ToList() : new List<string?> { Norm(accepted.GetString()) };
            return spellings.Contains(Norm(segment));
        }

        private static double? Accuracy(List<(JsonElement Gold, JsonElement Got)> pairs, string key, Func<string?, string?, bool> compare)
        {
            var relevant = pairs.Where(p => p.Gold.TryGetProperty(key, out var v) && v.ValueKind != JsonValueKind.Null).ToList();
            if (relevant.Count == 0) return null;
            return relevant.Count(p => compare(Raw(p.Gold, key), Raw(p.Got, key))) / (double)relevant.Count;
        }

        private static bool LineOk(string? a, string? b) =>
            int.TryParse(a, NumberStyles.Integer, CultureInfo.InvariantCulture, out int x) && int.TryParse(b, NumberStyles.Integer, CultureInfo.InvariantCulture, out int y) && Math.Abs(x - y) <= 1;

        private static bool Close(double? a, double? b)
        {
            if (a is null || b is null) return a is null && b is null;
            if (a == b) return true;
            return Math.Abs(a.Value - b.Value) <= Tolerance * Math.Max(Math.Abs(a.Value), Math.Abs(b.Value));
        }

        private static string? Text(JsonElement item, string key) =>
            item.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        private static string? Raw(JsonElement item, string key) =>
            !item.TryGetProperty(key, out var v) || v.ValueKind == JsonValueKind.Null ? null : v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText();

        private static double? Number(JsonElement item, string key) =>
            item.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

        /// <summary>score.py's norm: lower case, runs of anything but letters and digits become one space, trimmed.</summary>
        public static string? Norm(string? text) => text is null ? null : Regex.Replace(text.ToLowerInvariant(), "[^a-z0-9]+", " ").Trim();
    }
}
