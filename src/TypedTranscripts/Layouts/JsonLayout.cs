using System;
using System.Threading;
using TypedTranscripts.Structure;
using TypedTranscripts.Text;

namespace TypedTranscripts.Layouts
{
    /// <summary>
    /// JSON transcripts: an object with <c>prepared_remarks</c> and <c>q_and_a</c> lists of <c>{speaker, speech}</c>
    /// (or one <c>transcript</c>/<c>turns</c> list whose items name their section), call metadata beside them
    /// (<c>company</c>, <c>ticker</c>, <c>quarter</c> and <c>year</c> or <c>fiscal_period</c>, <c>date</c>, <c>title</c>),
    /// and optional <c>participants</c>. Keys match without regard to case, <c>_</c> or <c>-</c>. Malformed JSON keeps
    /// the turns read before the error and reports where it stopped.
    /// </summary>
    internal sealed class JsonLayout : ITranscriptLayout
    {
        private const int DetectChars = 64 * 1024;

        private static readonly string[] PresentationKeys = { "preparedremarks", "presentation", "prepared", "remarks", "managementdiscussion" };
        private static readonly string[] QuestionKeys = { "qanda", "qa", "q&a", "questionsandanswers", "questionandanswer", "questionsanswers", "questionandanswersession", "questions" };
        private static readonly string[] TurnListKeys = { "transcript", "turns", "segments", "utterances", "entries", "dialogue", "dialog", "paragraphs", "speeches" };
        private static readonly string[] ParticipantKeys = { "participants", "speakers", "callparticipants" };
        private static readonly string[] ExecutiveKeys = { "executives", "companyparticipants", "corporateparticipants", "management" };
        private static readonly string[] AnalystKeys = { "analysts", "conferencecallparticipants", "otherparticipants" };
        private static readonly string[] SpeakerKeys = { "speaker", "speakername", "name", "author", "person" };
        private static readonly string[] TextKeys = { "speech", "text", "content", "remarks", "body", "utterance", "transcript", "paragraphs", "words" };

        private static readonly string[] WrapperKeys = { "data", "call", "event", "metadata", "meta", "info", "callinfo", "eventinfo", "details" };

        private static readonly string[] DetectKeys = { "\"prepared_remarks\"", "\"q_and_a\"", "\"speaker\"", "\"speech\"", "\"transcript\"", "\"turns\"" };

        public TranscriptLayout Kind => TranscriptLayout.Json;

        public string Name => "Json";

        public int Detect(SourceText source)
        {
            string text = source.Text;
            int limit = Math.Min(text.Length, DetectChars);
            int first = 0;
            while (first < limit && (char.IsWhiteSpace(text[first]) || text[first] == '\uFEFF')) first++;
            if (first >= limit || (text[first] != '{' && text[first] != '[')) return 0;
            int score = 40;
            foreach (var key in DetectKeys)
            {
                if (text.IndexOf(key, first, limit - first, StringComparison.OrdinalIgnoreCase) >= 0) score += 15;
            }
            return Math.Min(score, 100);
        }

        public LayoutDocument Read(SourceText source, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var doc = new LayoutDocument(Kind);
            var root = JsonReader.Parse(source.Text, out string? error, out int errorOffset, cancellationToken);
            if (root is not null) ReadRoot(root, source, doc, depth: 0);
            if (error is not null)
            {
                int line = source.LineIndexOf(errorOffset);
                int column = errorOffset - source.Start(Math.Min(line, Math.Max(0, source.LineCount - 1)));
                doc.Problems.Add(Problems.At(ProblemCode.UnreadableFile, source.LocationOf(Math.Min(errorOffset, Math.Max(0, source.Text.Length - 1)), 0), Problems.Format(
                    "The JSON is malformed at line {0}, column {1} ({2}); {3} turn(s) before that point were read.",
                    line + 1, column + 1, error, doc.Turns.Count)));
                doc.Unreadable = doc.Turns.Count == 0;
            }
            else if (doc.Turns.Count == 0)
            {
                doc.Problems.Add(Problems.AtStart(ProblemCode.NoSpeakers,
                    "The JSON holds no list of turns: expected prepared_remarks and q_and_a (or transcript) lists of {speaker, speech} objects."));
                doc.Unreadable = true;
            }
            return doc;
        }

        private static void ReadRoot(JsonValue value, SourceText source, LayoutDocument doc, int depth)
        {
            if (value.Kind == JsonKind.Array)
            {
                // [{"symbol": "CTSO", "quarter": 4, "year": 2025, "content": "Operator: …\nJane Doe: …"}]
                if (value.Items.Count > 0 && value.Items[0].Kind == JsonKind.Object) ReadFacts(value.Items[0], source, doc.Facts);
                ReadTurnList(value, null, source, doc);
                return;
            }
            if (value.Kind != JsonKind.Object) return;
            ReadFacts(value, source, doc.Facts);
            foreach (var member in value.Members)
            {
                string key = JsonValue.KeyOf(member.Key);
                var item = member.Value;
                if (item.Kind == JsonKind.Array)
                {
                    if (Is(key, PresentationKeys)) ReadSection(item, SectionKind.Presentation, source, doc);
                    else if (Is(key, QuestionKeys)) ReadSection(item, SectionKind.QuestionsAndAnswers, source, doc);
                    else if (Is(key, TurnListKeys)) ReadTurnList(item, null, source, doc);
                    else if (Is(key, ParticipantKeys)) ReadParticipants(item, HeadingKind.Participants, source, doc);
                    else if (Is(key, ExecutiveKeys)) ReadParticipants(item, HeadingKind.CompanyParticipants, source, doc);
                    else if (Is(key, AnalystKeys)) ReadParticipants(item, HeadingKind.OtherParticipants, source, doc);
                }
                else if (item.Kind == JsonKind.Object && depth < 2 && (Is(key, TurnListKeys) || Is(key, WrapperKeys)))
                {
                    // { "transcript": { "prepared_remarks": [...] } }, { "metadata": { "ticker": ... } }
                    ReadRoot(item, source, doc, depth + 1);
                }
            }
            // { "ticker": "CTSO", "transcript": "Operator: …\nJane Doe: …" }: the whole text in one string.
            if (doc.Turns.Count == 0 && value.Member(TextKeys) is { Kind: JsonKind.String }) ReadTurn(value, SectionKind.Presentation, source, doc);
        }

        private static bool Is(string key, string[] keys) => Array.IndexOf(keys, key) >= 0;

        private static void ReadSection(JsonValue list, SectionKind section, SourceText source, LayoutDocument doc)
        {
            doc.HasSectionMarkers = true;
            ReadTurnList(list, section, source, doc);
        }

        private static void ReadTurnList(JsonValue list, SectionKind? section, SourceText source, LayoutDocument doc)
        {
            foreach (var item in list.Items)
            {
                if (item.Kind != JsonKind.Object) continue;
                var kind = section ?? SectionOf(item, doc);
                ReadTurn(item, kind, source, doc);
            }
        }

        /// <summary>An item's own section field: <c>"section": "Q&amp;A"</c>, <c>"type": "question"</c>.</summary>
        private static SectionKind SectionOf(JsonValue item, LayoutDocument doc)
        {
            string? value = item.Member("section", "part", "type", "segment")?.Scalar;
            if (value is null) return doc.Turns.Count > 0 ? doc.Turns[doc.Turns.Count - 1].Section : SectionKind.Presentation;
            doc.HasSectionMarkers = true;
            string key = JsonValue.KeyOf(value);
            return key.Contains("q&a") || key.Contains("qa") || key.Contains("question") || key.Contains("answer")
                ? SectionKind.QuestionsAndAnswers
                : SectionKind.Presentation;
        }

        private static void ReadTurn(JsonValue item, SectionKind section, SourceText source, LayoutDocument doc)
        {
            string? name = null, company = null, title = null, role = null;
            var speaker = item.Member(SpeakerKeys);
            if (speaker?.Kind == JsonKind.Object)
            {
                name = speaker.Member("name", "fullname")?.Scalar;
                company = speaker.Member("company", "firm", "affiliation", "organization", "organisation")?.Scalar;
                title = speaker.Member("title", "position", "jobtitle")?.Scalar;
                role = speaker.Member("role", "type")?.Scalar;
            }
            else
            {
                name = speaker?.Scalar;
            }
            company ??= item.Member("company", "firm", "affiliation", "organization", "organisation", "speakercompany")?.Scalar;
            title ??= item.Member("title", "position", "speakertitle", "jobtitle")?.Scalar;
            role ??= item.Member("role", "speakerrole", "speakertype")?.Scalar;

            var text = item.Member(TextKeys);
            if (text is null) return;
            int line = source.LineIndexOf(text.Offset) + 1;
            if (speaker is null && text.Kind == JsonKind.String && ReadLabelledText(text.Text!, line, section, source, doc)) return;
            name = string.IsNullOrWhiteSpace(name) ? "Unknown" : name!.Trim();
            // A label that carries the title: "Jane Doe -- Chief Executive Officer".
            if (company is null && title is null && SpeakerLabels.TryParse(name, loneIsTitle: false, out var label))
            {
                name = label.Name;
                company = label.Company;
                title = label.Title;
            }

            var turn = new RawTurn(name, Blank(company), Blank(title), section, line, source.LocationOfLine(line - 1));
            if (RoleOf(role) is { } hint) turn.RoleHint = hint;
            if (text.Kind == JsonKind.Array)
            {
                foreach (var paragraph in text.Items)
                {
                    if (paragraph.Scalar is { } p) AppendParagraphs(turn.Body, p, source.LineIndexOf(paragraph.Offset) + 1);
                }
            }
            else if (text.Scalar is { } s)
            {
                AppendParagraphs(turn.Body, s, line);
            }
            doc.Turns.Add(turn);
        }

        /// <summary>
        /// A whole transcript in one string, one <c>Name: text</c> turn per line. Every turn points at the string's line.
        /// False (nothing read) when no line starts with a label.
        /// </summary>
        private static bool ReadLabelledText(string text, int line, SectionKind section, SourceText source, LayoutDocument doc)
        {
            RawTurn? turn = null;
            int start = 0;
            while (start < text.Length)
            {
                int end = text.IndexOf('\n', start);
                if (end < 0) end = text.Length;
                var span = new TextSpan(text, start, end - start).Trim();
                start = end + 1;
                if (span.IsEmpty) continue;
                if (SpeakerLabels.TryColonLabel(span, out string label, out int textStart) && SpeakerLabels.TryNamedLabel(label, out var parsed))
                {
                    turn = new RawTurn(parsed.Name, parsed.Company, parsed.Title, section, line, source.LocationOfLine(line - 1));
                    doc.Turns.Add(turn);
                    span = span.Slice(textStart).Trim();
                }
                else
                {
                    turn?.Body.BreakParagraph();
                }
                turn?.Body.AppendLine(span, line);
            }
            return turn is not null;
        }

        private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text!.Trim();

        /// <summary>Newlines inside a speech separate paragraphs.</summary>
        private static void AppendParagraphs(TurnTextBuilder body, string text, int line)
        {
            int start = 0;
            while (start <= text.Length)
            {
                int end = text.IndexOf('\n', start);
                if (end < 0) end = text.Length;
                int s = start, e = end;
                while (s < e && char.IsWhiteSpace(text[s])) s++;
                while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
                if (e > s)
                {
                    body.Append(text, s, e - s, line);
                    body.BreakParagraph();
                }
                start = end + 1;
            }
        }

        private static SpeakerRole? RoleOf(string? role)
        {
            if (role is null) return null;
            string r = role.ToLowerInvariant();
            if (r.Contains("operator") || r.Contains("moderator")) return SpeakerRole.Operator;
            if (r.Contains("analyst") || r.Contains("question")) return SpeakerRole.Analyst;
            if (r.Contains("executive") || r.Contains("management") || r.Contains("company") || r.Contains("corporate")) return SpeakerRole.Executive;
            return null;
        }

        private static void ReadParticipants(JsonValue list, HeadingKind kind, SourceText source, LayoutDocument doc)
        {
            foreach (var item in list.Items)
            {
                int line = source.LineIndexOf(item.Offset) + 1;
                if (item.Kind == JsonKind.String)
                {
                    if (SpeakerLabels.TryParse(item.Text!, kind == HeadingKind.CompanyParticipants, out var label)) doc.AddParticipant(label, kind, line);
                    continue;
                }
                if (item.Kind != JsonKind.Object || item.Member("name", "speaker", "fullname")?.Scalar is not { } name || string.IsNullOrWhiteSpace(name)) continue;
                var entry = new SpeakerLabel(name.Trim(), Blank(item.Member("company", "firm", "affiliation", "organization")?.Scalar),
                    Blank(item.Member("title", "position", "jobtitle")?.Scalar));
                var listKind = kind;
                if (kind == HeadingKind.Participants && RoleOf(item.Member("role", "type")?.Scalar) is { } role)
                    listKind = role == SpeakerRole.Analyst ? HeadingKind.OtherParticipants : HeadingKind.CompanyParticipants;
                doc.AddParticipant(entry, listKind, line);
            }
        }

        private static void ReadFacts(JsonValue root, SourceText source, CallFacts facts)
        {
            int LineOf(JsonValue value) => source.LineIndexOf(value.Offset);

            if (root.Member("title", "eventtitle", "eventname", "event", "headline") is { Kind: JsonKind.String } title) facts.FromTitle(title.Text!, LineOf(title));
            if (root.Member("company", "companyname", "issuer") is { Kind: JsonKind.String } company && company.Text!.Trim().Length > 0)
            {
                if (Tickers.LooksLikeTicker(company.Text)) facts.Ticker ??= new Fact<string>(company.Text.Trim(), LineOf(company));
                else facts.Company ??= new Fact<string>(company.Text.Trim(), LineOf(company));
            }
            if (root.Member("ticker", "symbol", "tickersymbol") is { Kind: JsonKind.String } ticker && Tickers.LooksLikeTicker(ticker.Text!))
                facts.Ticker ??= new Fact<string>(ticker.Text!.Trim(), LineOf(ticker));
            if (root.Member("date", "calldate", "eventdate", "datetime", "eventdatetime") is { Kind: JsonKind.String } date
                && Dates.TryFind(date.Text!, out var when, out int end))
            {
                facts.Date ??= new Fact<DateTime>(when, LineOf(date));
                if (Dates.FindTime(date.Text!, end) is { } time) facts.Time ??= new Fact<string>(time, LineOf(date));
            }
            if (root.Member("fiscalperiod", "period") is { } period && period.Scalar is { } p && PeriodPhrases.TryFind(p, out var match))
                facts.Period ??= new Fact<FiscalPeriod>(match.Period, LineOf(period));
            if (root.Member("quarter", "fiscalquarter") is { } quarter && quarter.Scalar is { } q)
            {
                string year = root.Member("year", "fiscalyear")?.Scalar ?? "";
                string text = q.Trim().TrimStart('Q', 'q');
                if (PeriodPhrases.TryFind(q, out var inQuarter)) facts.Period ??= new Fact<FiscalPeriod>(inQuarter.Period, LineOf(quarter));
                else if (FiscalPeriod.TryParse("Q" + text + " " + year.Trim(), out var composed)) facts.Period ??= new Fact<FiscalPeriod>(composed, LineOf(quarter));
            }
        }
    }
}
