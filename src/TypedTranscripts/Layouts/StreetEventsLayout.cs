using System;
using System.Collections.Generic;
using System.Threading;
using TypedTranscripts.Text;

namespace TypedTranscripts.Layouts
{
    /// <summary>
    /// Thomson Reuters / Refinitiv StreetEvents text, every vintage: the 2009–2010 PDF text (cover block or running
    /// page headers, <c>Name - Company - Title</c> speaker lines, letter-spaced headings, page footers), the Refinitiv
    /// 2022 text (name line, then <c>Company - Title</c>), and the event-transcript text with <c>====</c> rules and
    /// <c>Name, Company - Title [n]</c> speaker lines.
    /// </summary>
    internal sealed class StreetEventsLayout : ITranscriptLayout
    {
        public TranscriptLayout Kind => TranscriptLayout.StreetEvents;

        public string Name => "StreetEvents";

        internal enum Heading : byte
        {
            None,
            CorporateParticipants,
            ConferenceParticipants,
            Presentation,
            QuestionsAndAnswers,
            End,
        }

        private enum LineKind : byte
        {
            Text,
            Blank,
            Separator,
            Heading,
            Furniture,
        }

        private const int MaxHeaderLength = 220;

        public int Detect(SourceText source)
        {
            int limit = Math.Min(source.LineCount, 3000);
            bool participants = false, presentation = false, answers = false, banner = false;
            int speakerLines = 0;
            for (int i = 0; i < limit; i++)
            {
                // The headings, the furniture and two speaker lines already score the most there is (100, below):
                // the rest of the text cannot change the score.
                if (participants && presentation && answers && banner && speakerLines >= 2) break;
                var line = source.Span(i).Trim();
                if (line.IsEmpty || line.Length > 400) continue;
                switch (HeadingOf(line))
                {
                    case Heading.CorporateParticipants:
                    case Heading.ConferenceParticipants:
                        participants = true;
                        continue;
                    case Heading.Presentation:
                        presentation = true;
                        continue;
                    case Heading.QuestionsAndAnswers:
                        answers = true;
                        continue;
                }
                if (IsBanner(line) || line.StartsWith("Event Date/Time", StringComparison.OrdinalIgnoreCase) || TryRunningHeader(line, out _))
                {
                    banner = true;
                    continue;
                }
                if (speakerLines < 8 && line.Length <= MaxHeaderLength && LooksLikeOneLineHeader(line, out _, out _, out _))
                    speakerLines++;
            }
            int score = (participants ? 20 : 0) + (presentation ? 20 : 0) + (answers ? 20 : 0) + (banner ? 30 : 0) + Math.Min(speakerLines, 4) * 5;
            // Speaker lines alone could be any layout; the headings or the StreetEvents furniture make it ours.
            return participants || presentation || answers || banner ? Math.Min(score, 100) : Math.Min(score, LayoutDetector.Threshold - 1);
        }

        public LayoutDocument Read(SourceText source, CancellationToken cancellationToken)
        {
            var doc = new LayoutDocument(Kind);
            int n = source.LineCount;
            var kinds = new LineKind[n];
            var headings = new Heading[n];
            Classify(source, kinds, headings, doc.Facts, cancellationToken);

            var state = Heading.None;
            RawTurn? turn = null;
            var listed = new List<ListedLine>();
            bool blankBefore = true;
            bool pageBreak = false;

            for (int i = 0; i < n; i++)
            {
                if ((i & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
                switch (kinds[i])
                {
                    case LineKind.Furniture:
                        pageBreak = true;
                        continue;
                    case LineKind.Blank:
                    case LineKind.Separator:
                        blankBefore = true;
                        turn?.Body.BreakParagraph();
                        continue;
                    case LineKind.Heading:
                        ReadParticipants(listed, state, doc);
                        state = headings[i];
                        turn = null;
                        blankBefore = true;
                        if (state == Heading.End) i = n;
                        else if (state == Heading.Presentation || state == Heading.QuestionsAndAnswers)
                        {
                            doc.HasSectionMarkers = true;
                            var kind = state == Heading.Presentation ? SectionKind.Presentation : SectionKind.QuestionsAndAnswers;
                            if (!doc.SectionHeadings.ContainsKey(kind)) doc.SectionHeadings[kind] = i + 1;
                        }
                        else doc.HasParticipantLists = true;
                        continue;
                }

                var span = source.Span(i);
                var content = StripTurnNumber(span.Trim());
                bool indented = span.Length > 0 && char.IsWhiteSpace(span[0]);

                if (state == Heading.None || state == Heading.CorporateParticipants || state == Heading.ConferenceParticipants)
                {
                    // A transcript without a PRESENTATION heading starts its turns at the first operator line.
                    bool turnStarts = Names.IsOperatorLabel(content)
                        || (state == Heading.None && blankBefore && LooksLikeOneLineHeader(content, out _, out _, out _) && IsBlankAfter(kinds, i));
                    if (!turnStarts)
                    {
                        // Cover lines are short; a longer one is text, and reading it as a title would make a title of any length.
                        if (state == Heading.None && content.Length <= MaxHeaderLength) ReadTitleLine(content.ToString(), i, doc.Facts);
                        else listed.Add(new ListedLine(i, content, blankBefore));
                        blankBefore = false;
                        continue;
                    }
                    ReadParticipants(listed, state, doc);
                    state = Heading.Presentation;
                }

                var section = state == Heading.QuestionsAndAnswers ? SectionKind.QuestionsAndAnswers : SectionKind.Presentation;
                if (TryReadHeader(source, kinds, i, content, blankBefore || indented, doc, out var header, out int consumed))
                {
                    turn = new RawTurn(header.Name, header.Company, header.Title, section, i + 1, source.LocationOfLine(i));
                    if (header.IsOperator) turn.RoleHint = SpeakerRole.Operator;
                    doc.Turns.Add(turn);
                    i += consumed - 1;
                    blankBefore = false;
                    pageBreak = false;
                    continue;
                }

                if (turn is null)
                {
                    blankBefore = false;
                    continue;
                }
                if (pageBreak) turn.Body.JoinAcrossPageBreak();
                else if (indented && turn.Body.EndsSentence) turn.Body.BreakParagraph();
                pageBreak = false;
                blankBefore = false;
                turn.Body.AppendLine(content, i + 1);
            }
            ReadParticipants(listed, state, doc);
            return doc;
        }

        // ---- Line classes -------------------------------------------------------------------------------------

        private static void Classify(SourceText source, LineKind[] kinds, Heading[] headings, CallFacts facts, CancellationToken cancellationToken)
        {
            bool inCopyright = false;
            for (int i = 0; i < kinds.Length; i++)
            {
                if ((i & 4095) == 0) cancellationToken.ThrowIfCancellationRequested();
                var line = source.Span(i).Trim();
                if (line.IsEmpty)
                {
                    kinds[i] = LineKind.Blank;
                    inCopyright = false;
                    continue;
                }
                if (IsSeparator(line))
                {
                    kinds[i] = LineKind.Separator;
                    continue;
                }
                var heading = line.Length <= 80 ? HeadingOf(line) : Heading.None;
                if (heading != Heading.None)
                {
                    kinds[i] = LineKind.Heading;
                    headings[i] = heading;
                    inCopyright = false;
                    continue;
                }
                if (IsCopyright(line))
                {
                    kinds[i] = LineKind.Furniture;
                    inCopyright = true;
                    continue;
                }
                if (inCopyright || IsBanner(line) || IsStatusLine(line) || IsUrl(line))
                {
                    kinds[i] = LineKind.Furniture;
                    continue;
                }
                if (line.Length <= 200 && TryRunningHeader(line, out var header))
                {
                    kinds[i] = LineKind.Furniture;
                    facts.Date ??= new Fact<DateTime>(header.Date, i);
                    if (header.Time is not null) facts.Time ??= new Fact<string>(header.Time, i);
                    facts.Ticker ??= new Fact<string>(header.Ticker, i);
                    facts.FromTitle(header.Title, i);
                    continue;
                }
                kinds[i] = LineKind.Text;
            }

            // Page numbers stand next to the page footer.
            for (int i = 0; i < kinds.Length; i++)
            {
                if (kinds[i] != LineKind.Text || !IsPageNumber(source.Span(i).Trim())) continue;
                if (NearestNonBlank(kinds, i, -1) == LineKind.Furniture || NearestNonBlank(kinds, i, +1) == LineKind.Furniture)
                    kinds[i] = LineKind.Furniture;
            }
        }

        private static LineKind NearestNonBlank(LineKind[] kinds, int i, int step)
        {
            for (int k = i + step, seen = 0; k >= 0 && k < kinds.Length && seen < 4; k += step, seen++)
            {
                if (kinds[k] != LineKind.Blank) return kinds[k];
            }
            return LineKind.Blank;
        }

        private static bool IsBlankAfter(LineKind[] kinds, int i) =>
            i + 1 >= kinds.Length || kinds[i + 1] == LineKind.Blank || kinds[i + 1] == LineKind.Separator || kinds[i + 1] == LineKind.Furniture;

        internal static Heading HeadingOf(TextSpan line)
        {
            if (line.Length > 80) return Heading.None;
            // Every heading starts with one of these letters; most lines are ruled out without building the key below.
            var trimmed = line.Trim();
            if (trimmed.IsEmpty) return Heading.None;
            switch (trimmed[0])
            {
                case 'C': case 'c': case 'P': case 'p': case 'M': case 'm': case 'Q': case 'q': case 'D': case 'd':
                    break;
                default:
                    return Heading.None;
            }
            // A line that is not letter-spaced keeps its length below but for a trailing colon: one longer than every
            // heading is none, and is ruled out without building the key.
            if (KeyLength(trimmed) > LongestHeading && !LetterSpacing.IsLetterSpaced(trimmed)) return Heading.None;
            string text = LetterSpacing.Collapse(line).TrimEnd(':').Trim().ToUpperInvariant();
            switch (text)
            {
                case "CORPORATE PARTICIPANTS":
                case "CORPORATE PARTICIPANT":
                case "COMPANY PARTICIPANTS":
                    return Heading.CorporateParticipants;
                case "CONFERENCE CALL PARTICIPANTS":
                case "CONFERENCE CALL PARTICIPANT":
                case "OTHER PARTICIPANTS":
                    return Heading.ConferenceParticipants;
                case "PRESENTATION":
                case "PRESENTATION SECTION":
                case "MANAGEMENT DISCUSSION SECTION":
                    return Heading.Presentation;
                case "QUESTIONS AND ANSWERS":
                case "QUESTION AND ANSWER":
                case "QUESTIONS AND ANSWER":
                case "QUESTIONS & ANSWERS":
                case "QUESTION & ANSWER":
                case "QUESTION AND ANSWER SESSION":
                case "QUESTION-AND-ANSWER SESSION":
                case "QUESTION AND ANSWER SECTION":
                    return Heading.QuestionsAndAnswers;
                case "DISCLAIMER":
                case "DEFINITIONS":
                    return Heading.End;
                default:
                    return Heading.None;
            }
        }

        /// <summary>The length of the longest key <see cref="HeadingOf"/> knows: <c>MANAGEMENT DISCUSSION SECTION</c>.</summary>
        private const int LongestHeading = 29;

        /// <summary>The length of a trimmed line without trailing colons and the space before them.</summary>
        private static int KeyLength(TextSpan trimmed)
        {
            int end = trimmed.Length;
            while (end > 0 && trimmed[end - 1] == ':') end--;
            while (end > 0 && char.IsWhiteSpace(trimmed[end - 1])) end--;
            return end;
        }

        private static bool IsSeparator(TextSpan line)
        {
            if (line.Length < 5) return false;
            char first = line[0];
            if (first != '-' && first != '=' && first != '_' && first != '*') return false;
            for (int i = 1; i < line.Length; i++)
            {
                if (line[i] != first) return false;
            }
            return true;
        }

        private static bool IsBanner(TextSpan line) =>
            (line.Contains("STREETEVENTS", StringComparison.OrdinalIgnoreCase) && (line.Length <= 100 || line.Contains("|")))
            || line.Equals("Contact Us", StringComparison.OrdinalIgnoreCase);

        private static bool IsCopyright(TextSpan line) =>
            line.Length > 0 && (line[0] == '\u00A9' || line[0] == '(' || line[0] == 'C' || line[0] == 'c')
            && (line.StartsWith("\u00A9") || line.StartsWith("(c)", StringComparison.OrdinalIgnoreCase) || line.StartsWith("Copyright", StringComparison.OrdinalIgnoreCase))
            && (line.Contains("Thomson", StringComparison.OrdinalIgnoreCase) || line.Contains("Refinitiv", StringComparison.OrdinalIgnoreCase)
                || line.Contains("Reuters", StringComparison.OrdinalIgnoreCase) || line.Contains("rights reserved", StringComparison.OrdinalIgnoreCase));

        private static readonly string[] StatusLines =
        {
            "FINAL TRANSCRIPT", "EDITED TRANSCRIPT", "PRELIMINARY TRANSCRIPT", "CORRECTED TRANSCRIPT", "RAW TRANSCRIPT",
            "EDITED VERSION", "PRELIMINARY VERSION", "CORRECTED VERSION", "FINAL VERSION", "EVENT TRANSCRIPT", "EVENT BRIEF",
        };

        private static readonly string[] StatusLineEnds = Array.ConvertAll(StatusLines, status => " " + status);

        private static bool IsStatusLine(TextSpan line)
        {
            if (line.Length > 80 || line.IsEmpty) return false;
            // Every status ends in TRANSCRIPT, VERSION or BRIEF.
            char last = line[line.Length - 1];
            if (last != 'T' && last != 't' && last != 'N' && last != 'n' && last != 'F' && last != 'f') return false;
            string text = LetterSpacing.Collapse(line).ToUpperInvariant();
            for (int k = 0; k < StatusLines.Length; k++)
            {
                if (text == StatusLines[k] || text.EndsWith(StatusLineEnds[k], StringComparison.Ordinal)) return true;
            }
            return false;
        }

        private static bool IsUrl(TextSpan line) =>
            line.Length > 0 && (line[0] == 'h' || line[0] == 'H' || line[0] == 'w' || line[0] == 'W')
            && (line.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || line.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
             || line.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) && line.IndexOf(' ') < 0;

        private static bool IsPageNumber(TextSpan line)
        {
            if (line.Length == 0 || line.Length > 4) return false;
            for (int i = 0; i < line.Length; i++)
            {
                if (!char.IsDigit(line[i])) return false;
            }
            return true;
        }

        /// <summary>Removes the turn number of the event-transcript text: <c>Operator   [1]</c>.</summary>
        private static TextSpan StripTurnNumber(TextSpan line)
        {
            if (line.Length < 4 || line[line.Length - 1] != ']') return line;
            int open = line.LastIndexOf("[");
            if (open <= 0) return line;
            for (int k = open + 1; k < line.Length - 1; k++)
            {
                if (!char.IsDigit(line[k])) return line;
            }
            return line.Slice(0, open).Trim();
        }

        // ---- Running header and title block -------------------------------------------------------------------

        internal readonly struct RunningHeader
        {
            public RunningHeader(DateTime date, string? time, string ticker, string title)
            {
                Date = date;
                Time = time;
                Ticker = ticker;
                Title = title;
            }

            public DateTime Date { get; }
            public string? Time { get; }
            public string Ticker { get; }
            public string Title { get; }
        }

        /// <inheritdoc cref="TryRunningHeader(string, out RunningHeader)"/>
        private static bool TryRunningHeader(TextSpan line, out RunningHeader header)
        {
            // The date before " / " is short: most lines are ruled out without copying them.
            int slash = line.Source.IndexOf(" / ", line.Start, Math.Min(line.Length, 27), StringComparison.Ordinal) - line.Start;
            if (slash <= 0 || slash > 24)
            {
                header = default;
                return false;
            }
            return TryRunningHeader(line.ToString(), out header);
        }

        /// <summary><c>Oct. 22. 2009 / 8:45PM, JNPR - Q3 2009 Juniper Networks Earnings Conference Call</c>.</summary>
        internal static bool TryRunningHeader(string line, out RunningHeader header)
        {
            header = default;
            int slash = line.IndexOf(" / ", StringComparison.Ordinal);
            if (slash <= 0 || slash > 24) return false;
            if (!Dates.TryFind(line.Substring(0, slash), out var date, out _)) return false;
            int comma = line.IndexOf(", ", slash, StringComparison.Ordinal);
            if (comma < 0) return false;
            string? time = Dates.FindTime(line.Substring(slash + 3, comma - slash - 3), 0);
            string rest = line.Substring(comma + 2);
            int dash = rest.IndexOf(" - ", StringComparison.Ordinal);
            if (dash <= 0) return false;
            string ticker = rest.Substring(0, dash).Trim();
            if (!Tickers.LooksLikeTicker(ticker)) return false;
            ticker = Tickers.FromRic(ticker);
            header = new RunningHeader(date, time, ticker, rest.Substring(dash + 3).Trim());
            return true;
        }

        /// <summary>The cover block: <c>WOR - Q2 2010 Worthington Industries Earnings Conference Call</c>, <c>Event Date/Time: …</c>.</summary>
        private static void ReadTitleLine(string line, int index, CallFacts facts)
        {
            if (line.StartsWith("Event Date/Time", StringComparison.OrdinalIgnoreCase))
            {
                int colon = line.IndexOf(':');
                string value = colon >= 0 ? line.Substring(colon + 1) : line;
                if (Dates.TryFind(value, out var date, out int end))
                {
                    facts.Date ??= new Fact<DateTime>(date, index);
                    string? time = Dates.FindTime(value, end);
                    if (time is not null) facts.Time ??= new Fact<string>(time, index);
                }
                return;
            }
            if (TryRunningHeader(line, out var header))
            {
                facts.Date ??= new Fact<DateTime>(header.Date, index);
                if (header.Time is not null) facts.Time ??= new Fact<string>(header.Time, index);
                facts.Ticker ??= new Fact<string>(header.Ticker, index);
                facts.FromTitle(header.Title, index);
                return;
            }
            int dash = line.IndexOf(" - ", StringComparison.Ordinal);
            if (dash > 0 && Tickers.LooksLikeTicker(line.Substring(0, dash)) && LooksLikeEventTitle(line.Substring(dash + 3)))
            {
                // Refinitiv writes the Reuters code: "GHI.N - Q4 2022 … Earnings Call".
                facts.Ticker ??= new Fact<string>(Tickers.FromRic(line.Substring(0, dash)), index);
                facts.FromTitle(line.Substring(dash + 3).Trim(), index);
                return;
            }
            if (facts.Title is null && LooksLikeEventTitle(line))
            {
                facts.FromTitle(line, index);
                return;
            }
            if (facts.Date is null && line.Length <= 60 && Dates.TryFind(line, out var lineDate, out int lineEnd))
            {
                facts.Date = new Fact<DateTime>(lineDate, index);
                string? time = Dates.FindTime(line, lineEnd);
                if (time is not null) facts.Time ??= new Fact<string>(time, index);
            }
        }

        private static bool LooksLikeEventTitle(string text) =>
            text.Length <= 200 && PeriodPhrases.TryFind(text, out _)
            && (text.IndexOf("Call", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("Earnings", StringComparison.OrdinalIgnoreCase) >= 0
                || text.IndexOf("Results", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("Conference", StringComparison.OrdinalIgnoreCase) >= 0);

        // ---- Participant lists ----------------------------------------------------------------------------------

        private readonly struct ListedLine
        {
            public ListedLine(int index, TextSpan content, bool blankBefore)
            {
                Index = index;
                Content = content;
                BlankBefore = blankBefore;
            }

            public int Index { get; }
            public TextSpan Content { get; }
            public bool BlankBefore { get; }
        }

        /// <summary>
        /// Entries are a name line, then <c>Company - Title</c> (split at the last <c> - </c>: companies hold commas,
        /// titles rarely hold dashes), where the title may wrap onto further lines; or one <c>Name - Company - Title</c> line.
        /// </summary>
        private static void ReadParticipants(List<ListedLine> lines, Heading state, LayoutDocument doc)
        {
            if (lines.Count == 0) return;
            var role = state == Heading.CorporateParticipants ? SpeakerRole.Executive : SpeakerRole.Analyst;
            int k = 0;
            Participant? last = null;
            while (k < lines.Count)
            {
                string text = StripBullet(lines[k].Content.ToString());
                bool nextIsCompanyLine = k + 1 < lines.Count && IsCompanyTitleLine(lines[k + 1].Content.ToString());
                if (text.IndexOf(" - ", StringComparison.Ordinal) < 0 && (nextIsCompanyLine || k + 1 == lines.Count || lines[k + 1].BlankBefore)
                    && Names.LooksLikePersonName(text))
                {
                    // A title cut after "and", "of", "&" or a comma goes on, even on a line that reads like a name
                    // ("… Analyst of Property and" / "Casualty Insurance") and is the list's last.
                    if (last is not null && !lines[k].BlankBefore && !nextIsCompanyLine
                        && (k + 1 < lines.Count || EndsMidPhrase(last.Title)))
                    {
                        last.Title = Join(last.Title, text);
                        k++;
                        continue;
                    }
                    string? company = null, title = null;
                    int line = lines[k].Index + 1;
                    if (nextIsCompanyLine)
                    {
                        SplitCompanyTitle(StripBullet(lines[k + 1].Content.ToString()), out company, out title);
                        k++;
                    }
                    last = new Participant(text, company, title, role, line);
                    doc.Participants.Add(last);
                    k++;
                    continue;
                }
                if (LooksLikeOneLineHeader(text, out var name, out var company1, out var title1))
                {
                    last = new Participant(name, company1, title1, role, lines[k].Index + 1);
                    doc.Participants.Add(last);
                    k++;
                    continue;
                }
                // A wrapped title continues on a line of its own before the next entry.
                if (last is not null && !lines[k].BlankBefore) last.Title = Join(last.Title, text);
                k++;
            }
            lines.Clear();
        }

        private static readonly HashSet<string> OpenEndWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "and", "of", "for", "the", "in", "on", "at", "to", "with", "or", "&", "&amp;",
        };

        /// <summary>A title that stops where no title ends, so the line after it goes on with it: after a conjunction, a
        /// preposition, an ampersand or a comma (<c>Senior Analyst of Property and</c>, <c>Head of</c>, <c>EVP,</c>).</summary>
        internal static bool EndsMidPhrase(string? title)
        {
            if (string.IsNullOrEmpty(title)) return false;
            string t = title!.TrimEnd();
            if (t.Length == 0) return false;
            char last = t[t.Length - 1];
            if (last == ',' || last == '&') return true;
            int space = t.LastIndexOf(' ');
            return space >= 0 && OpenEndWords.Contains(t.Substring(space + 1));
        }

        private static string Join(string? first, string second) => string.IsNullOrEmpty(first) ? second : first + " " + second;

        private static string StripBullet(string text)
        {
            string t = text.TrimStart();
            if (t.StartsWith("* ", StringComparison.Ordinal) || t.StartsWith("\u2022 ", StringComparison.Ordinal)) t = t.Substring(2).TrimStart();
            return t;
        }

        private static bool IsCompanyTitleLine(string text)
        {
            string t = StripBullet(text);
            if (t.Length > MaxHeaderLength) return false;
            int dash = t.LastIndexOf(" - ", StringComparison.Ordinal);
            if (dash <= 0) return false;
            string title = t.Substring(dash + 3).Trim();
            return title.Length > 0 && title.Length <= 120 && !EndsLikeSentence(title) && !HasSentenceBreak(t.Substring(0, dash));
        }

        /// <summary>". " after a lower-case word ends a sentence; after an initial or "Inc" it does not.</summary>
        private static bool HasSentenceBreak(string text)
        {
            int at = text.IndexOf(". ", StringComparison.Ordinal);
            while (at >= 0)
            {
                int start = at - 1;
                while (start >= 0 && char.IsLetter(text[start])) start--;
                int length = at - start - 1;
                if (length > 3 && char.IsLower(text[start + 1])) return true;
                at = text.IndexOf(". ", at + 2, StringComparison.Ordinal);
            }
            return false;
        }

        private static bool EndsLikeSentence(string text)
        {
            char c = text[text.Length - 1];
            return c == '?' || c == '!' || (c == '.' && text.Length > 4 && !text.EndsWith("Inc.", StringComparison.Ordinal)
                && !text.EndsWith("Co.", StringComparison.Ordinal) && !text.EndsWith("Corp.", StringComparison.Ordinal)
                && !text.EndsWith("Ltd.", StringComparison.Ordinal) && !text.EndsWith("L.P.", StringComparison.Ordinal)
                && !text.EndsWith("S.A.", StringComparison.Ordinal) && !text.EndsWith("N.V.", StringComparison.Ordinal)
                && !text.EndsWith("Jr.", StringComparison.Ordinal));
        }

        private static void SplitCompanyTitle(string text, out string? company, out string? title)
        {
            int dash = text.LastIndexOf(" - ", StringComparison.Ordinal);
            if (dash < 0)
            {
                company = text.Trim();
                title = null;
                return;
            }
            company = text.Substring(0, dash).Trim();
            title = text.Substring(dash + 3).Trim();
            if (company.Length == 0) company = null;
            if (title.Length == 0) title = null;
        }

        // ---- Speaker lines ----------------------------------------------------------------------------------------

        private readonly struct Header
        {
            public Header(string name, string? company, string? title, bool isOperator)
            {
                Name = name;
                Company = company;
                Title = title;
                IsOperator = isOperator;
            }

            public string Name { get; }
            public string? Company { get; }
            public string? Title { get; }
            public bool IsOperator { get; }
        }

        /// <inheritdoc cref="LooksLikeOneLineHeader(string, out string, out string?, out string?)"/>
        private static bool LooksLikeOneLineHeader(TextSpan text, out string name, out string? company, out string? title)
        {
            // Two " - " at least: most lines are ruled out without copying them.
            int first = text.Length <= MaxHeaderLength ? text.IndexOf(" - ") : -1;
            if (first <= 0 || text.IndexOf(" - ", first + 3) < 0)
            {
                name = "";
                company = null;
                title = null;
                return false;
            }
            return LooksLikeOneLineHeader(text.ToString(), out name, out company, out title);
        }

        /// <summary>
        /// <c>Name - Company - Title</c>, split on the first two <c> - </c> (titles may hold more); the name must read as
        /// a person's name.
        /// </summary>
        internal static bool LooksLikeOneLineHeader(string text, out string name, out string? company, out string? title)
        {
            name = "";
            company = null;
            title = null;
            if (text.Length > MaxHeaderLength) return false;
            int first = text.IndexOf(" - ", StringComparison.Ordinal);
            if (first <= 0) return false;
            int second = text.IndexOf(" - ", first + 3, StringComparison.Ordinal);
            if (second < 0) return false;
            string candidate = StripBullet(text.Substring(0, first)).Trim();
            if (!Names.LooksLikePersonName(candidate) || candidate.IndexOf(' ') < 0 && !Names.IsOperatorLabel(candidate)) return false;
            string c = text.Substring(first + 3, second - first - 3).Trim();
            string t = text.Substring(second + 3).Trim();
            if (c.Length == 0 || t.Length == 0 || t.Length > 120 || EndsLikeSentence(t)) return false;
            name = candidate;
            company = c;
            title = t;
            return true;
        }

        private static bool TryReadHeader(SourceText source, LineKind[] kinds, int i, TextSpan content, bool blankBefore, LayoutDocument doc, out Header header, out int consumed)
        {
            header = default;
            consumed = 1;
            if (content.Length > MaxHeaderLength) return false;

            if (Names.IsOperatorLabel(content))
            {
                header = new Header("Operator", null, null, isOperator: true);
                return true;
            }

            bool blankAfter = IsBlankAfter(kinds, i);

            // Event-transcript text: the speaker line stands between two rules: "Name, Company - Title".
            if (i > 0 && kinds[i - 1] == LineKind.Separator && i + 1 < kinds.Length && kinds[i + 1] == LineKind.Separator)
            {
                string line = content.ToString();
                int comma = line.IndexOf(',');
                string name = comma > 0 ? line.Substring(0, comma).Trim() : line;
                if (Names.LooksLikePersonName(name))
                {
                    string? company = null, title = null;
                    if (comma > 0) SplitFirst(line.Substring(comma + 1).Trim(), out company, out title);
                    header = new Header(name, company, title, Names.IsOperatorLabel(name));
                    return true;
                }
            }

            if ((blankBefore || blankAfter) && LooksLikeOneLineHeader(content, out var oneName, out var oneCompany, out var oneTitle))
            {
                header = new Header(oneName, oneCompany, oneTitle, isOperator: false);
                return true;
            }

            if (!blankBefore || content.IndexOf(" - ") >= 0 || !Names.LooksLikePersonName(content)) return false;
            string text = content.ToString();

            // Refinitiv 2022: the name, then "Company - Title" on the next line; the title may wrap once more.
            if (i + 1 < kinds.Length && kinds[i + 1] == LineKind.Text)
            {
                string second = source.Span(i + 1).Trim().ToString();
                if (IsCompanyTitleLine(second))
                {
                    SplitCompanyTitle(second, out var company, out var title);
                    consumed = 2 + WrappedTitleLines(source, kinds, i + 2, text, ref title, doc);
                    header = new Header(text, company, title, isOperator: false);
                    return true;
                }
            }

            // A bare name: a listed participant, or an unidentified speaker.
            var listed = doc.FindParticipant(text);
            if (listed is not null || Names.IsAnonymousLabel(text))
            {
                header = new Header(text, listed?.Company, listed?.Title, isOperator: false);
                return true;
            }
            return false;
        }

        /// <summary>Lines after a two-line speaker label that continue the participant's listed title.</summary>
        private static int WrappedTitleLines(SourceText source, LineKind[] kinds, int start, string name, ref string? title, LayoutDocument doc)
        {
            var listed = doc.FindParticipant(name);
            if (listed?.Title is null || title is null || listed.Title.Length <= title.Length)
            {
                // Without the list to follow: a title cut mid-phrase goes on on the next line, when that line is short and
                // no sentence.
                if (!EndsMidPhrase(title) || start >= kinds.Length || kinds[start] != LineKind.Text) return 0;
                string next = source.Span(start).Trim().ToString();
                if (next.Length == 0 || next.Length > 80 || EndsLikeSentence(next) || next.IndexOf(" - ", StringComparison.Ordinal) >= 0
                    || !char.IsUpper(next[0]) && !OpenEndWords.Contains(next.Split(' ')[0])) return 0;
                title = title!.TrimEnd() + " " + next;
                return 1;
            }
            int extra = 0;
            string joined = title;
            for (int k = start; k < kinds.Length && kinds[k] == LineKind.Text && extra < 3; k++)
            {
                string candidate = joined + " " + source.Span(k).Trim().ToString();
                if (!listed.Title.StartsWith(candidate, StringComparison.Ordinal)) break;
                joined = candidate;
                extra++;
                if (joined.Length == listed.Title.Length) break;
            }
            if (extra > 0) title = joined;
            return extra;
        }

        private static void SplitFirst(string text, out string? company, out string? title)
        {
            int dash = text.IndexOf(" - ", StringComparison.Ordinal);
            if (dash < 0)
            {
                company = text.Length == 0 ? null : text;
                title = null;
                return;
            }
            company = text.Substring(0, dash).Trim();
            title = text.Substring(dash + 3).Trim();
        }
    }
}
