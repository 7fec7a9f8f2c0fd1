using System;
using System.Collections.Generic;
using TypedTranscripts.Text;

namespace TypedTranscripts.Layouts
{
    /// <summary>A speaker as a label or a participant entry names them.</summary>
    internal readonly struct SpeakerLabel
    {
        public SpeakerLabel(string name, string? company, string? title)
        {
            Name = name;
            Company = company;
            Title = title;
        }

        public string Name { get; }
        public string? Company { get; }
        public string? Title { get; }
    }

    /// <summary>
    /// Speaker labels and participant entries of the publisher layouts: <c>Name -- Title</c>, <c>Name -- Firm -- Analyst</c>,
    /// <c>Name - Firm</c>, <c>Title — Name</c>, <c>Name (Title)</c>, <c>Name, Title</c>, and the <c>Name: text</c> label in
    /// front of a turn (<c>**Name:**</c> in markdown).
    /// </summary>
    internal static class SpeakerLabels
    {
        /// <summary>Labels longer than this are sentences, not labels.</summary>
        public const int MaxLabelLength = 160;

        private static readonly string[] Dashes = { " -- ", " \u2014 ", " \u2013 ", " - ", "\u2014" };

        private static readonly string[] LegalSuffixes = { "Inc", "LLC", "Ltd", "L.P.", "LP", "Co.", "Corp", "plc", "S.A.", "N.V.", "AG", "Research Division" };

        /// <summary>
        /// Reads an entry. A lone part after the name is a title when <paramref name="loneIsTitle"/> or when it reads
        /// as one; otherwise it is the firm.
        /// </summary>
        public static bool TryParse(string text, bool loneIsTitle, out SpeakerLabel label)
        {
            label = default;
            string t = StripMarks(text);
            if (t.Length == 0 || t.Length > MaxLabelLength) return false;

            // "Jane Doe (Chief Financial Officer)", "John Roe (Fabrikam Securities - Analyst)"
            int open = t.IndexOf('(');
            if (open > 0 && t[t.Length - 1] == ')')
            {
                string name = t.Substring(0, open).Trim().TrimEnd(',');
                if (!Names.LooksLikeSpeakerLabel(name)) return false;
                var parts = SplitParts(t.Substring(open + 1, t.Length - open - 2), allowCommas: true);
                Classify(parts, loneIsTitle, out var company, out var title);
                label = new SpeakerLabel(name, company, title);
                return true;
            }

            var pieces = SplitParts(t, allowCommas: false);
            if (pieces.Count == 1)
            {
                // "Jane Doe, Chief Executive Officer", "John Roe, Fabrikam Securities"
                int comma = t.IndexOf(", ", StringComparison.Ordinal);
                if (comma > 0 && Names.LooksLikeSpeakerLabel(t.Substring(0, comma)))
                {
                    Classify(new List<string> { t.Substring(comma + 2).Trim() }, loneIsTitle, out var firm, out var role);
                    label = new SpeakerLabel(t.Substring(0, comma).Trim(), firm, role);
                    return true;
                }
                if (!Names.LooksLikeSpeakerLabel(t)) return false;
                label = new SpeakerLabel(t, null, null);
                return true;
            }

            string first = pieces[0], last = pieces[pieces.Count - 1];
            // The current Motley Fool lists the title first: "Chief Executive Officer — Jane Doe".
            if (pieces.Count == 2 && JobTitles.LooksLikeJobTitle(first) && Names.LooksLikeSpeakerLabel(last) && !JobTitles.LooksLikeJobTitle(last))
            {
                label = new SpeakerLabel(last, null, first);
                return true;
            }
            if (Names.LooksLikeSpeakerLabel(first) && !IsSentence(pieces) && pieces.TrueForAll(StartsLikeName))
            {
                pieces.RemoveAt(0);
                Classify(pieces, loneIsTitle, out var company, out var title);
                label = new SpeakerLabel(first, company, title);
                return true;
            }
            return false;
        }

        /// <summary>A label that names someone without help from the rest of the text: two words at least, or the operator's or an anonymous label.</summary>
        public static bool TryNamedLabel(string label, out SpeakerLabel parsed) =>
            TryParse(label, loneIsTitle: false, out parsed)
            && (parsed.Name.IndexOf(' ') > 0 || Names.IsOperatorLabel(parsed.Name) || Names.IsAnonymousLabel(parsed.Name));

        /// <summary>
        /// The label of a <c>Name: text</c> line: the text before the first colon (markdown marks and brackets removed)
        /// and where the spoken text starts. The caller decides whether the label names a speaker.
        /// </summary>
        public static bool TryColonLabel(TextSpan line, out string label, out int textStart)
        {
            label = "";
            textStart = 0;
            var t = line.Trim();
            int limit = Math.Min(t.Length, MaxLabelLength + 8);
            // Most lines are prose without a colon near their start: no label, and nothing else to look at.
            if (t.Source.IndexOf(':', t.Start, limit) < 0) return false;
            // Speech-to-text puts a time before or after the name ("[00:01:23] Jane Doe:", "Jane Doe (01:23):"); it is cut out.
            int timeStart = -1, timeEnd = -1;
            int colon = -1;
            for (int i = 0; i < limit; i++)
            {
                char c = t[i];
                if (c == '(' || c == '[')
                {
                    int close = IndexOfClose(t, i, limit);
                    if (close < 0) return false;
                    if (timeStart < 0 && IsTimestamp(t, i + 1, close))
                    {
                        timeStart = i;
                        timeEnd = close + 1;
                    }
                    else
                    {
                        // "Fabrikam Inc (NYSE: FBK)" is a ticker, not a label.
                        int inner = t.IndexOf(':', i);
                        if (inner >= 0 && inner < close) return false;
                    }
                    i = close;
                    continue;
                }
                if (c == ':')
                {
                    colon = i;
                    break;
                }
                if (i == 0 && char.IsDigit(c))
                {
                    int end = TimestampEnd(t, 0, limit);
                    if (end > 0)
                    {
                        timeStart = 0;
                        timeEnd = end;
                        i = end - 1;
                        continue;
                    }
                }
                // A sentence ends before any label would.
                if (c == '.' && i + 1 < t.Length && t[i + 1] == ' ' && i > 0 && char.IsLower(t[i - 1])) return false;
            }
            if (colon <= 0) return false;
            int after = colon + 1;
            // "**Name:**" keeps its closing marks after the colon.
            while (after < t.Length && (t[after] == '*' || t[after] == '_')) after++;
            if (after < t.Length && !char.IsWhiteSpace(t[after])) return false;
            while (after < t.Length && char.IsWhiteSpace(t[after])) after++;
            string raw = timeStart < 0
                ? t.Slice(0, colon).ToString()
                : t.Slice(0, timeStart).ToString() + " " + t.Slice(timeEnd, colon - timeEnd).ToString();
            label = StripMarks(raw);
            if (label.Length == 0) return false;
            textStart = t.Start - line.Start + after;
            return true;
        }

        /// <summary>A speaker line of speech-to-text exports that put the time after the name: <c>Jane Doe  0:03</c>.</summary>
        public static bool TryTimedNameLine(TextSpan line, out string label)
        {
            label = "";
            var t = line.Trim();
            if (t.Length < 6 || t.Length > 80 || !char.IsDigit(t[t.Length - 1])) return false;
            int space = t.LastIndexOf(" ");
            if (space <= 0 || !IsTimestamp(t, space + 1, t.Length)) return false;
            label = t.Slice(0, space).Trim().ToString();
            return label.Length > 0;
        }

        private static int IndexOfClose(TextSpan t, int open, int limit)
        {
            char close = t[open] == '(' ? ')' : ']';
            for (int k = open + 1; k < limit; k++)
            {
                if (t[k] == close) return k;
            }
            return -1;
        }

        /// <summary><c>00:01:23</c>, <c>1:05</c>, <c>00:01:23.450</c> between <paramref name="start"/> and <paramref name="end"/>.</summary>
        private static bool IsTimestamp(TextSpan t, int start, int end)
        {
            int s = start, e = end;
            while (s < e && t[s] == ' ') s++;
            while (e > s && t[e - 1] == ' ') e--;
            return e > s && TimestampEnd(t, s, e) == e;
        }

        /// <summary>Where a clock time starting at <paramref name="start"/> ends (digits with at least one colon), or -1.</summary>
        private static int TimestampEnd(TextSpan t, int start, int limit)
        {
            int k = start;
            bool colon = false;
            while (k < limit && (char.IsDigit(t[k]) || (t[k] == ':' && k + 1 < limit && char.IsDigit(t[k + 1])) || (t[k] == '.' && colon && k + 1 < limit && char.IsDigit(t[k + 1]))))
            {
                if (t[k] == ':') colon = true;
                k++;
            }
            return colon && (k >= limit || !char.IsLetterOrDigit(t[k])) ? k : -1;
        }

        /// <summary>Removes markdown emphasis, heading marks, list bullets and square brackets around a label.</summary>
        public static string StripMarks(string text)
        {
            string t = text.Trim();
            t = t.TrimStart('#').Trim();
            if (t.StartsWith("- ", StringComparison.Ordinal) || t.StartsWith("* ", StringComparison.Ordinal) || t.StartsWith("\u2022 ", StringComparison.Ordinal))
                t = t.Substring(2).Trim();
            if (t.IndexOf('*') >= 0 || t.IndexOf('_') >= 0) t = t.Replace("**", "").Replace("__", "").Trim().Trim('*', '_').Trim();
            if (t.Length > 2 && t[0] == '[' && t[t.Length - 1] == ']') t = t.Substring(1, t.Length - 2).Trim();
            return t;
        }

        /// <summary>True for a title that names an analyst.</summary>
        public static bool IsAnalystTitle(string? title) => title is not null && title.IndexOf("analyst", StringComparison.OrdinalIgnoreCase) >= 0;

        private static List<string> SplitParts(string text, bool allowCommas)
        {
            var parts = new List<string>();
            int start = 0;
            while (start <= text.Length)
            {
                int best = -1, bestLength = 0;
                foreach (var dash in Dashes)
                {
                    int at = text.IndexOf(dash, start, StringComparison.Ordinal);
                    if (at >= 0 && (best < 0 || at < best))
                    {
                        best = at;
                        bestLength = dash.Length;
                    }
                }
                if (allowCommas)
                {
                    int comma = text.IndexOf(", ", start, StringComparison.Ordinal);
                    if (comma >= 0 && (best < 0 || comma < best) && !IsLegalSuffixAfter(text, comma + 2))
                    {
                        best = comma;
                        bestLength = 2;
                    }
                }
                if (best < 0)
                {
                    Add(text.Substring(start));
                    break;
                }
                Add(text.Substring(start, best - start));
                start = best + bestLength;
            }
            return parts;

            void Add(string part)
            {
                string p = part.Trim();
                if (p.Length > 0) parts.Add(p);
            }
        }

        // "Fabrikam, Inc." keeps its comma.
        private static bool IsLegalSuffixAfter(string text, int at)
        {
            foreach (var suffix in LegalSuffixes)
            {
                if (string.CompareOrdinal(text, at, suffix, 0, suffix.Length) == 0) return true;
            }
            return false;
        }

        /// <summary>Parts after a name: <c>Firm, Title</c> by position when there are two; one part by what it reads as.</summary>
        private static void Classify(List<string> parts, bool loneIsTitle, out string? company, out string? title)
        {
            company = null;
            title = null;
            if (parts.Count == 0) return;
            if (parts.Count == 1)
            {
                string part = parts[0];
                // "Fabrikam Securities, Analyst": a firm and a title in one part.
                int comma = part.LastIndexOf(", ", StringComparison.Ordinal);
                if (comma > 0 && !loneIsTitle)
                {
                    string before = part.Substring(0, comma).Trim(), after = part.Substring(comma + 2).Trim();
                    bool beforeIsTitle = JobTitles.LooksLikeJobTitle(before), afterIsTitle = JobTitles.LooksLikeJobTitle(after);
                    if (beforeIsTitle != afterIsTitle && !IsLegalSuffixAfter(part, comma + 2))
                    {
                        company = beforeIsTitle ? after : before;
                        title = beforeIsTitle ? before : after;
                        return;
                    }
                }
                if (loneIsTitle || JobTitles.LooksLikeJobTitle(part)) title = part;
                else company = part;
                return;
            }
            // "Executive Vice President, Chief Financial Officer" is one title in parts.
            if (parts.TrueForAll(JobTitles.LooksLikeJobTitle))
            {
                title = string.Join(", ", parts);
                return;
            }
            // "Analyst, Fabrikam Securities" reads title first; "Fabrikam Securities - Analyst" firm first.
            if (JobTitles.LooksLikeJobTitle(parts[0]) && !JobTitles.LooksLikeJobTitle(parts[parts.Count - 1]))
            {
                title = string.Join(", ", parts.GetRange(0, parts.Count - 1));
                company = parts[parts.Count - 1];
                return;
            }
            company = parts[0];
            title = string.Join(" - ", parts.GetRange(1, parts.Count - 1));
        }

        /// <summary>Firms and titles start with a capital ("Fabrikam", "Chief …"); "$812 million for the quarter" does not.</summary>
        private static bool StartsLikeName(string part) => char.IsUpper(part[0]);

        /// <summary>Prose uses dashes too ("we grew -- and grew fast"); a label's parts are short and end without a full stop.</summary>
        private static bool IsSentence(List<string> pieces)
        {
            foreach (var piece in pieces)
            {
                if (piece.Length > 100) return true;
            }
            string last = pieces[pieces.Count - 1];
            char end = last[last.Length - 1];
            return end == '?' || end == '!' || (end == '.' && !last.EndsWith("Inc.", StringComparison.Ordinal) && !last.EndsWith("Co.", StringComparison.Ordinal)
                && !last.EndsWith("Corp.", StringComparison.Ordinal) && !last.EndsWith("Ltd.", StringComparison.Ordinal) && !last.EndsWith("L.P.", StringComparison.Ordinal));
        }
    }
}
