using System;
using System.Collections.Generic;
using TypedTranscripts.Text;

namespace TypedTranscripts.Layouts
{
    /// <summary>
    /// Markdown exports: a <c># CTSO Q4 2025 Earnings Call Transcript</c> title, metadata lines <c>**Date:** 2026-01-28</c>,
    /// <c>**Company:**</c>, <c>**Ticker:**</c>, <c>**Quarter:**</c>, rules, <c>## Prepared Remarks</c>/<c>## Q&amp;A</c>
    /// headings, and turns labelled <c>Name: text</c>, <c>**Name:** text</c>, or by a <c>### Name</c> heading or a
    /// <c>**Name**</c> line above the text.
    /// </summary>
    internal sealed class MarkdownLayout : LineLayout
    {
        private static readonly HashSet<string> MetadataKeys = new HashSet<string>(StringComparer.Ordinal)
        {
            "date", "call date", "event date", "time", "company", "ticker", "symbol", "quarter", "period", "fiscal period", "fiscal quarter",
            "title", "event",
        };

        public override TranscriptLayout Kind => TranscriptLayout.Markdown;

        public override string Name => "Markdown";

        protected override bool UsesColonLabels => true;

        public override int Detect(SourceText source)
        {
            int limit = Math.Min(source.LineCount, DetectLines);
            bool titleHeading = false, metadata = false, headings = false, boldSpeakers = false, rule = false;
            int labelled = 0;
            bool first = true;
            for (int i = 0; i < limit; i++)
            {
                var line = source.Span(i).Trim();
                if (line.IsEmpty) continue;
                if (first && line.StartsWith("# ", StringComparison.Ordinal)) titleHeading = true;
                // Front matter: "---", then "key: value" lines.
                if (first && line.Equals("---") && i + 1 < limit && TryMetadata(source.Span(i + 1).Trim().ToString(), out _, out _)) metadata = true;
                first = false;
                if (line.Length > MaxShortLine && !SpeakerLabels.TryColonLabel(line, out _, out _)) continue;
                if (line.StartsWith("##", StringComparison.Ordinal)) headings = true;
                else if (line.Equals("---") || line.Equals("***")) rule = true;
                else if (line.StartsWith("**", StringComparison.Ordinal) && TryMetadata(line.ToString(), out _, out _)) metadata = true;
                if (SpeakerLabels.TryColonLabel(line, out string label, out _) && SpeakerLabels.TryNamedLabel(label, out _))
                {
                    labelled++;
                    if (line.StartsWith("**", StringComparison.Ordinal)) boldSpeakers = true;
                }
            }
            if (!titleHeading && !metadata && !boldSpeakers) return 0;
            int score = 30 + (titleHeading ? 25 : 0) + (metadata ? 25 : 0) + (headings ? 10 : 0) + (boldSpeakers ? 15 : 0) + (rule ? 5 : 0)
                + (labelled >= 3 ? 15 : 0);
            return Math.Min(score, 100);
        }

        /// <summary><c>**Key:** value</c>, the key without its marks.</summary>
        private static bool TryMetadata(string line, out string key, out string value)
        {
            key = "";
            value = "";
            string t = line.Replace("**", "").Replace("__", "").Trim();
            int colon = t.IndexOf(':');
            if (colon <= 0 || colon > 24) return false;
            key = t.Substring(0, colon).Trim().ToLowerInvariant().Replace('_', ' ');
            value = t.Substring(colon + 1).Trim().Trim('"', '\'').Trim();
            return value.Length > 0 && MetadataKeys.Contains(key);
        }

        protected override bool ReadHeaderLine(string line, int index, CallFacts facts)
        {
            // "**Date:** 2025-07-31", or "date: 2025-07-31" in front matter. A field states what it names: it wins over what
            // the "# … Earnings Call Transcript" title above it let us guess, but not over another field.
            if (!TryMetadata(line, out string key, out string value)) return false;
            switch (key)
            {
                case "date":
                case "call date":
                case "event date":
                    if (Dates.TryFind(value, out var date, out int end))
                    {
                        if (FieldWins(facts.Date, facts)) facts.Date = new Fact<DateTime>(date, index);
                        if (Dates.FindTime(value, end) is { } time && FieldWins(facts.Time, facts)) facts.Time = new Fact<string>(time, index);
                    }
                    return true;
                case "time":
                    if (Dates.FindTime(value, 0) is { } clock && FieldWins(facts.Time, facts)) facts.Time = new Fact<string>(clock, index);
                    return true;
                case "company":
                    // "**Company:** AAPL" gives the ticker.
                    if (Tickers.LooksLikeTicker(value))
                    {
                        if (FieldWins(facts.Ticker, facts)) facts.Ticker = new Fact<string>(value, index);
                    }
                    else
                    {
                        // "**Company:** Tessaline Chemicals (TSLC)", "Acme Corp (NYSE: ACME)": the name, and its ticker in brackets.
                        string name = value;
                        int open = value.LastIndexOf('(');
                        if (open > 0 && value.EndsWith(")", System.StringComparison.Ordinal))
                        {
                            string bracketed = StripExchange(value.Substring(open + 1, value.Length - open - 2).Trim());
                            if (Tickers.LooksLikeTicker(bracketed))
                            {
                                name = value.Substring(0, open).TrimEnd();
                                if (FieldWins(facts.Ticker, facts)) facts.Ticker = new Fact<string>(bracketed, index);
                            }
                        }
                        if (FieldWins(facts.Company, facts)) facts.Company = new Fact<string>(name, index);
                    }
                    return true;
                case "ticker":
                case "symbol":
                    string symbol = StripExchange(value);
                    if (Tickers.LooksLikeTicker(symbol) && FieldWins(facts.Ticker, facts)) facts.Ticker = new Fact<string>(symbol, index);
                    return true;
                case "quarter":
                case "period":
                case "fiscal period":
                case "fiscal quarter":
                    if (PeriodPhrases.TryFind(value, out var period) && FieldWins(facts.Period, facts)) facts.Period = new Fact<FiscalPeriod>(period.Period, index);
                    return true;
                default: // "title", "event"
                    facts.FromTitle(value, index);
                    return true;
            }
        }

        /// <summary>Whether a field may set a fact: it is unset, or was read from the title line rather than stated by a field.</summary>
        private static bool FieldWins<T>(Fact<T>? current, CallFacts facts) =>
            current is not { } fact || (facts.Title is { } title && fact.Line == title.Line);

        /// <summary><c>NYSE: BRKW</c> → <c>BRKW</c>.</summary>
        private static string StripExchange(string value)
        {
            int colon = value.IndexOf(':');
            return colon >= 0 ? value.Substring(colon + 1).Trim() : value;
        }

        protected override bool TryTurnStart(LineContext context, int index, TextSpan content, out TurnStart start)
        {
            start = default;
            if (context.InList) return false;
            if (context.Labels!.TryStart(content, out start)) return true;
            if (content.Length > MaxShortLine) return false;

            // "### Jane Doe" or "**Jane Doe** (Chief Executive Officer)" above the text; "# Title" is the document's title.
            bool heading = content.StartsWith("##", StringComparison.Ordinal);
            bool bold = content.StartsWith("**", StringComparison.Ordinal) || content.StartsWith("__", StringComparison.Ordinal);
            if (!heading && !bold) return false;
            if (!SpeakerLabels.TryNamedLabel(content.ToString(), out var label)) return false;
            var next = context.NextNonBlank(index);
            if (next.IsEmpty || next.StartsWith("#", StringComparison.Ordinal)) return false;
            start = new TurnStart(label, -1);
            return true;
        }
    }
}
