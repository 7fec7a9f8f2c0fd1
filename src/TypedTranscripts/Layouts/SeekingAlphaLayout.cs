using System;
using TypedTranscripts.Text;

namespace TypedTranscripts.Layouts
{
    /// <summary>
    /// Seeking Alpha: a title line (<c>Contoso Corp (NASDAQ:CTSO) Q4 2025 Results Earnings Conference Call January 28, 2026
    /// 5:00 PM ET</c>, or the company, event and date on lines of their own), participant lists under
    /// <c>Executives</c>/<c>Company Participants</c> and <c>Analysts</c>/<c>Conference Call Participants</c> as
    /// <c>Name - Title</c> and <c>Name - Firm</c>, turns that start with the bare speaker name on its own line (sometimes
    /// <c>Q - Name</c> or <c>A - Name</c>), and a <c>Question-and-Answer Session</c> line.
    /// </summary>
    internal sealed class SeekingAlphaLayout : LineLayout
    {
        private const int MaxNameLine = 70;

        public override TranscriptLayout Kind => TranscriptLayout.SeekingAlpha;

        public override string Name => "SeekingAlpha";

        public override int Detect(SourceText source)
        {
            int limit = Math.Min(source.LineCount, DetectLines);
            bool title = false, qa = false, copyright = false;
            int listHeadings = 0, entries = 0, operatorLines = 0;
            var heading = HeadingKind.None;
            for (int i = 0; i < limit; i++)
            {
                var line = source.Span(i).Trim();
                if (line.IsEmpty || line.Length > MaxShortLine) continue;
                if (IsCopyrightPolicy(line))
                {
                    copyright = true;
                    continue;
                }
                var kind = SectionHeadings.Of(line);
                // Seeking Alpha writes these headings in title case; the upper-case ones are Refinitiv's.
                if ((kind == HeadingKind.CompanyParticipants || kind == HeadingKind.OtherParticipants) && !IsUpperCase(line))
                {
                    listHeadings++;
                    heading = kind;
                    continue;
                }
                if (line.Equals("Question-and-Answer Session"))
                {
                    qa = true;
                    continue;
                }
                if (kind != HeadingKind.None)
                {
                    heading = HeadingKind.None;
                    continue;
                }
                if (Names.IsOperatorLabel(line))
                {
                    operatorLines++;
                    heading = HeadingKind.None;
                    continue;
                }
                if (i < 5 && HasExchangeTicker(line.ToString())) title = true;
                // One-line "Name - Title" entries right under a list heading; Refinitiv puts the name on a line of its own.
                if (heading != HeadingKind.None && IsOneLineEntry(line.ToString())) entries++;
                else heading = HeadingKind.None;
            }
            if (listHeadings == 0 && !qa) return 0;
            int score = (listHeadings > 0 ? 20 : 0) + (entries >= 2 ? 30 : 0) + (qa ? 25 : 0) + (title ? 15 : 0)
                + (operatorLines > 0 ? 10 : 0) + (copyright ? 20 : 0);
            return Math.Min(score, 100);
        }

        private static bool IsOneLineEntry(string text)
        {
            int dash = text.IndexOf(" - ", StringComparison.Ordinal);
            if (dash < 0) dash = text.IndexOf(" \u2013 ", StringComparison.Ordinal);
            if (dash <= 0 || text.IndexOf(" - ", dash + 3, StringComparison.Ordinal) >= 0) return false;
            string name = text.Substring(0, dash);
            return name.IndexOf(' ') > 0 && Names.LooksLikeSpeakerLabel(name);
        }

        /// <summary><c>(NASDAQ:CTSO)</c>, <c>(NYSE: FAB)</c>: Seeking Alpha's way of naming the company.</summary>
        private static bool HasExchangeTicker(string text)
        {
            int open = text.IndexOf('(');
            int colon = open < 0 ? -1 : text.IndexOf(':', open);
            int close = colon < 0 ? -1 : text.IndexOf(')', colon);
            return close > 0 && close - open <= 24 && Tickers.LooksLikeTicker(text.Substring(colon + 1, close - colon - 1));
        }

        private static bool IsUpperCase(TextSpan text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (char.IsLower(text[i])) return false;
            }
            return true;
        }

        /// <summary>The publisher's notes after the last turn: the copyright policy and the "textual representation" disclaimer.</summary>
        private static bool IsCopyrightPolicy(TextSpan line) => line.StartsWith("Copyright policy", StringComparison.OrdinalIgnoreCase)
            || line.StartsWith("THE INFORMATION CONTAINED HERE IS A TEXTUAL REPRESENTATION", StringComparison.OrdinalIgnoreCase)
            || (line.Contains("Seeking Alpha", StringComparison.OrdinalIgnoreCase) && line.Contains("copyright", StringComparison.OrdinalIgnoreCase));

        protected override HeadingKind HeadingOf(TextSpan content) =>
            IsCopyrightPolicy(content) ? HeadingKind.End : SectionHeadings.Of(content);

        protected override bool TryTurnStart(LineContext context, int index, TextSpan content, out TurnStart start)
        {
            start = default;
            if (content.Length > MaxNameLine) return false;
            string text = content.ToString();
            if (Names.IsOperatorLabel(text))
            {
                start = new TurnStart(new SpeakerLabel("Operator", null, null), -1);
                return true;
            }

            // "Q - Name" marks who asks, "A - Name" who answers.
            SpeakerRole? role = null;
            if (text.Length > 4 && (text[0] == 'Q' || text[0] == 'A') && (text.StartsWith(text[0] + " - ", StringComparison.Ordinal) || text.StartsWith(text[0] + ": ", StringComparison.Ordinal)))
            {
                role = text[0] == 'Q' ? SpeakerRole.Analyst : SpeakerRole.Executive;
                text = text.Substring(text[1] == ':' ? 3 : 4).Trim();
            }
            if (!Names.LooksLikeSpeakerLabel(text) || EndsSentence(text)) return false;

            var listed = context.Document.FindParticipant(text);
            if (listed is null)
            {
                // An unlisted name starts a turn only where a name can: after a finished paragraph, before the spoken text,
                // and not inside a participant list (where it is an entry without a firm).
                if (context.InList || (text.IndexOf(' ') < 0 && !Names.IsAnonymousLabel(text))) return false;
                var next = context.NextNonBlank(index);
                if (next.IsEmpty || next.Length <= MaxNameLine && !EndsSentence(next.ToString())) return false;
            }
            start = new TurnStart(new SpeakerLabel(listed?.Name ?? text, listed?.Company, listed?.Title), -1, role);
            return true;
        }

        private static bool EndsSentence(string text)
        {
            char c = text[text.Length - 1];
            return c == '.' || c == '?' || c == '!' || c == ':' || c == ',' || c == ';';
        }
    }
}
