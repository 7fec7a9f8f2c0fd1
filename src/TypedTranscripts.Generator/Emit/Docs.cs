using System.Collections.Generic;
using System.Globalization;
using TypedTranscripts.Export;

namespace TypedTranscripts.Generator.Emit
{
    /// <summary>The words of the generated doc comments, so that IntelliSense says who, what, where from. Returns XML-escaped text.</summary>
    internal static class Docs
    {
        public static string Call(EarningsCall call, string relativePath)
        {
            var parts = new List<string>();
            string who = (call.Company ?? call.Ticker ?? "Unknown company") + (call.Company is not null && call.Ticker is not null ? " (" + call.Ticker + ")" : "");
            string when = call.FiscalPeriod is { } period ? period + " earnings call" : "Earnings call";
            if (call.Date is { } date) when += " on " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (call.Time is null ? "" : " at " + call.Time);
            parts.Add(who + ", " + when + (call.Title is null ? "." : ": " + call.Title + "."));
            parts.Add(Count(call.Speakers.Count, "speaker") + "; " + SectionCounts(call) + "; " + Count(call.Exchanges.Count, "Q&A exchange") + ".");
            parts.Add("From " + relativePath + ".");
            return CSharpText.Doc(string.Join(" ", parts), 1000);
        }

        /// <summary>A speaker: who, then <paramref name="turns"/> and the line of the first (or where they are listed).</summary>
        public static string Speaker(Speaker speaker, int turns, int first, string relativePath)
        {
            var about = new List<string>();
            if (speaker.Title is not null) about.Add(speaker.Title);
            if (speaker.Company is not null) about.Add(speaker.Company);
            string head = speaker.Name + (about.Count > 0 ? ", " + string.Join(", ", about) : "") + " (" + TranscriptExport.RoleName(speaker.Role) + ").";
            string tail = turns == 0
                ? "Listed among the participants of " + relativePath + "; does not speak."
                : Count(turns, "turn") + ", the first at line " + Int(first) + " of " + relativePath + ".";
            return CSharpText.Doc(head + " " + tail, 600);
        }

        public static string Section(Section section, string relativePath)
        {
            string what = section.Kind == SectionKind.Presentation ? "The prepared remarks" : "The question-and-answer session";
            return CSharpText.Doc(what + ": " + Count(section.Turns.Count, "turn") + " from line " + Int(section.Line) + " of " + relativePath + ".");
        }

        public static string Exchanges(EarningsCall call)
        {
            string text = Count(call.Exchanges.Count, "question-and-answer exchange") + ", each an analyst's question with the answers that follow.";
            if (call.Exchanges.Count > 0)
            {
                var first = call.Exchanges[0];
                text += " The first: " + first.Analyst.Name + (first.Firm is null ? "" : " (" + first.Firm + ")") + " at line " + Int(first.Question.Line) + ".";
            }
            return CSharpText.Doc(text, 600);
        }

        /// <summary>e.g. <c>Revenue, GAAP, Q3 2009: 824,000,000 USD. "On a GAAP basis, …" (jnpr-q3-2009.txt, line 179).</c></summary>
        public static string Statement(Statement statement, string value, string relativePath)
        {
            string basis = TranscriptExport.BasisName(statement.Basis) is { } b ? ", " + b : "";
            string segment = statement.Segment is null ? "" : " (" + statement.Segment + ")";
            string qualifier = statement.Qualifier is null ? "" : " (" + statement.Qualifier + ")";
            string head = statement.Metric + segment + basis + ", " + statement.Period + ": " + value + qualifier + ".";
            return CSharpText.Doc(head, 300) + " \u201C" + CSharpText.Doc(statement.Sentence, 400) + "\u201D ("
                + CSharpText.Doc(relativePath, 200) + ", line " + Int(statement.Line) + ").";
        }

        private static string SectionCounts(EarningsCall call)
        {
            var parts = new List<string>();
            foreach (var section in call.Sections) parts.Add(Int(section.Turns.Count) + " " + (section.Kind == SectionKind.Presentation ? "prepared-remarks" : "Q&A") + " turns");
            return parts.Count == 0 ? "no turns" : string.Join(" and ", parts);
        }

        private static string Count(int n, string noun) => Int(n) + " " + noun + (n == 1 ? "" : "s");

        private static string Int(int n) => n.ToString(CultureInfo.InvariantCulture);
    }
}
