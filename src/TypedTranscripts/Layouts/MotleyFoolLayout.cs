using System;
using TypedTranscripts.Text;

namespace TypedTranscripts.Layouts
{
    /// <summary>
    /// The Motley Fool. Classic (to 2024): company and event lines, a date line, <c>Contents:</c>, then
    /// <c>Prepared Remarks:</c> and <c>Questions &amp; Answers:</c> with speaker lines <c>Name -- Title</c> or
    /// <c>Name -- Firm -- Analyst</c> above each turn, <c>Duration: N minutes</c> and a <c>Call participants:</c> list at
    /// the end. Current (2025 on): <c>DATE</c> and a date line like <c>Wednesday, Feb. 25, 2026 at 5 p.m. ET</c>,
    /// <c>CALL PARTICIPANTS</c> as <c>Title — Name</c>, the publisher's takeaways and summary (skipped), then
    /// <c>Full Conference Call Transcript</c> with <c>Name: text</c> turns, where the operator may go by a first name.
    /// Image credits and ads are dropped wherever they stand.
    /// </summary>
    internal sealed class MotleyFoolLayout : LineLayout
    {
        /// <summary>An ad runs at most this many lines, up to its "Stock Advisor returns as of" line.</summary>
        private const int MaxAdLines = 24;

        private static readonly string[] AdStarts =
        {
            "10 stocks we like better than", "Should you invest $1,000 in", "Before you buy stock in", "Don't miss this second chance",
            "Don\u2019t miss this second chance", "Ever feel like you missed the boat",
        };

        private static readonly string[] FurnitureStarts =
        {
            "Image source:", "Logo of jester cap", "Need a quote from a Motley Fool analyst", "Where to invest $1,000 right now",
            "See the 10 stocks", "See the 3 stocks", "Continue \u00BB", "All earnings call transcripts", "*Stock Advisor returns as of",
        };

        public override TranscriptLayout Kind => TranscriptLayout.MotleyFool;

        public override string Name => "MotleyFool";

        protected override bool UsesColonLabels => true;

        public override int Detect(SourceText source)
        {
            int limit = Math.Min(source.LineCount, DetectLines);
            bool fool = false, credit = false, prepared = false, answers = false, transcript = false, participants = false;
            int dashedSpeakers = 0;
            for (int i = 0; i < limit; i++)
            {
                var line = source.Span(i).Trim();
                if (line.IsEmpty || line.Length > MaxShortLine) continue;
                if (line.Contains("Motley Fool", StringComparison.Ordinal)) fool = true;
                if (line.StartsWith("Image source: The Motley Fool", StringComparison.OrdinalIgnoreCase)
                    || line.StartsWith("Need a quote from a Motley Fool analyst", StringComparison.OrdinalIgnoreCase)) credit = true;
                if (line.Equals("Prepared Remarks:", StringComparison.OrdinalIgnoreCase)) prepared = true;
                else if (line.Equals("Questions & Answers:", StringComparison.OrdinalIgnoreCase) || line.Equals("Questions and Answers:", StringComparison.OrdinalIgnoreCase)) answers = true;
                else if (line.Equals("Full Conference Call Transcript", StringComparison.OrdinalIgnoreCase)) transcript = true;
                else if (line.StartsWith("Call participants", StringComparison.OrdinalIgnoreCase)) participants = true;
                else if (dashedSpeakers < 4 && line.IndexOf(" -- ") > 0 && SpeakerLabels.TryParse(line.ToString(), false, out _)) dashedSpeakers++;
            }
            if (!fool && !(prepared && dashedSpeakers > 0)) return 0;
            // The publisher's own lines on top are the surest sign; labelled turns alone would read as plain text.
            int score = (credit ? 70 : fool ? 40 : 0) + (prepared ? 20 : 0) + (answers ? 15 : 0) + (transcript ? 25 : 0) + (participants ? 10 : 0) + dashedSpeakers * 5;
            return Math.Min(score, 100);
        }

        protected override int FurnitureLines(SourceText source, int index, TextSpan content)
        {
            foreach (var start in FurnitureStarts)
            {
                if (content.StartsWith(start, StringComparison.OrdinalIgnoreCase)) return 1;
            }
            if (content.StartsWith("More ", StringComparison.Ordinal) && content.EndsWith(" analysis", StringComparison.Ordinal) && content.Length <= 40) return 1;
            if (content.Equals("Advertisement") || content.Equals("Advertisement...") || content.Equals("Advertisement\u2026")) return 1;
            foreach (var start in AdStarts)
            {
                if (!content.StartsWith(start, StringComparison.OrdinalIgnoreCase)) continue;
                for (int k = index + 1; k < source.LineCount && k <= index + MaxAdLines; k++)
                {
                    if (source.Span(k).Trim().StartsWith("*Stock Advisor returns", StringComparison.OrdinalIgnoreCase)) return k - index + 1;
                }
                return 1;
            }
            return 0;
        }

        protected override HeadingKind HeadingOf(TextSpan content)
        {
            if (content.StartsWith("Duration:", StringComparison.OrdinalIgnoreCase) && content.Length <= 40) return HeadingKind.End;
            if (content.StartsWith("This article is a transcript of this conference call", StringComparison.OrdinalIgnoreCase)) return HeadingKind.End;
            return SectionHeadings.Of(content);
        }

        protected override bool TryTurnStart(LineContext context, int index, TextSpan content, out TurnStart start)
        {
            start = default;
            if (context.InList) return false;
            if (context.Labels!.TryStart(content, out start)) return true;

            // Classic: the speaker line stands alone between blank lines, above the turn's text.
            if (!context.BlankBefore || content.Length > MaxShortLine) return false;
            string text = content.ToString();
            if (Names.IsOperatorLabel(text))
            {
                start = new TurnStart(new SpeakerLabel("Operator", null, null), -1);
                return true;
            }
            if (text.IndexOf(" -- ", StringComparison.Ordinal) < 0 || !SpeakerLabels.TryParse(text, loneIsTitle: false, out var label)) return false;
            if (label.Name.IndexOf(' ') < 0 && !Names.IsAnonymousLabel(label.Name) && !Names.IsOperatorLabel(label.Title ?? "")) return false;
            start = new TurnStart(label, -1);
            return true;
        }
    }
}
