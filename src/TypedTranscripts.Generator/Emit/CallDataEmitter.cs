using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TypedTranscripts.Generator.Emit
{
    /// <summary>
    /// The private <c>CallData</c> class that builds the call once, on first use. Turns are rows of numbers over one text
    /// (a UTF-8 literal where the language allows it, which keeps big transcripts out of the 16 MB string-literal heap);
    /// speakers and statements are plain constructor calls.
    /// </summary>
    internal static class CallDataEmitter
    {
        private const string Tt = "global::TypedTranscripts.";

        public static void Emit(SourceWriter w, EarningsCall call, bool utf8Literals, System.Threading.CancellationToken cancellationToken)
        {
            int textLength = 0;
            var turnRows = new List<int>();
            var turnSpans = new List<(int Line, int Start, int Length, string Text)>();
            var speakerIndex = new Dictionary<Speaker, int>();
            for (int i = 0; i < call.Speakers.Count; i++)
            {
                if (!speakerIndex.ContainsKey(call.Speakers[i])) speakerIndex[call.Speakers[i]] = i;
            }
            foreach (var section in call.Sections)
            {
                foreach (var turn in section.Turns)
                {
                    turnRows.Add(speakerIndex[turn.Speaker]);
                    turnRows.Add(turn.Line);
                    turnRows.Add(textLength);
                    turnRows.Add(turn.Text.Length);
                    turnSpans.Add((turn.Line, textLength, turn.Text.Length, turn.Text));
                    textLength += turn.Text.Length;
                }
            }

            w.Summary("Builds the call once, on first use.");
            w.Open("private static class CallData");
            w.Line($"internal static readonly {Tt}EarningsCall Instance = Build();");
            w.Line();
            w.Open($"private static {Tt}EarningsCall Build()");
            // One text for all turns, written turn by turn: it can be tens of megabytes, and is never copied whole.
            var texts = turnSpans.ConvertAll(turn => turn.Text);
            if (utf8Literals) w.Line("string text = global::System.Text.Encoding.UTF8.GetString(", b => CSharpText.AppendUtf8Literal(b, texts, cancellationToken), ");");
            else w.Line("string text = ", b => CSharpText.AppendLiteral(b, texts, cancellationToken), ";");

            w.Line($"var speakers = new {Tt}Speaker[]");
            w.Line("{");
            foreach (var speaker in call.Speakers)
            {
                cancellationToken.ThrowIfCancellationRequested();
                w.Line($"    new {Tt}Speaker({CSharpText.Literal(speaker.Name)}, {CSharpText.Literal(speaker.Company)}, {CSharpText.Literal(speaker.Title)}, {Tt}SpeakerRole.{speaker.Role}),");
            }
            w.Line("};");

            w.Line("// Per turn: speaker, line, start and length in text.");
            WriteRows(w, "turns", turnRows, TypedTranscripts.Generated.GeneratedCall.TurnWidth);
            var sectionRows = new List<int>();
            foreach (var section in call.Sections)
            {
                sectionRows.Add((int)section.Kind);
                sectionRows.Add(section.Line);
                sectionRows.Add(section.Turns.Count);
            }
            w.Line("// Per section: kind, line, number of turns.");
            WriteRows(w, "sections", sectionRows, TypedTranscripts.Generated.GeneratedCall.SectionWidth);

            var locator = new SentenceLocator(turnSpans);
            EmitStatements(w, "figures", "Figure", call.Figures, locator, FigureArguments);
            EmitStatements(w, "changes", "Change", call.Changes, locator, ChangeArguments);
            EmitStatements(w, "guidance", "Guidance", call.Guidance, locator, GuidanceArguments);

            w.Line($"return new {Tt}EarningsCall(");
            w.Line($"    company: {CSharpText.Literal(call.Company)},");
            w.Line($"    ticker: {CSharpText.Literal(call.Ticker)},");
            w.Line($"    fiscalPeriod: {(call.FiscalPeriod is { } period ? Quantities.Period(period) : "null")},");
            w.Line($"    date: {(call.Date is { } date ? $"new global::System.DateTime({date.Year.ToString(CultureInfo.InvariantCulture)}, {date.Month.ToString(CultureInfo.InvariantCulture)}, {date.Day.ToString(CultureInfo.InvariantCulture)})" : "null")},");
            w.Line($"    time: {CSharpText.Literal(call.Time)},");
            w.Line($"    title: {CSharpText.Literal(call.Title)},");
            w.Line($"    layout: {Tt}TranscriptLayout.{call.Layout},");
            w.Line($"    sourcePath: {CSharpText.Literal(call.SourcePath)},");
            w.Line("    speakers: speakers,");
            w.Line($"    sections: {Tt}Generated.GeneratedCall.Sections(speakers, text, turns, sections),");
            w.Line("    figures: figures,");
            w.Line("    changes: changes,");
            w.Line("    guidance: guidance);");
            w.Close();
            w.Close();
        }

        private static void EmitStatements<T>(SourceWriter w, string variable, string baseType, IReadOnlyList<T> statements, SentenceLocator locator,
            System.Func<T, string, string> arguments) where T : Statement
        {
            if (statements.Count == 0)
            {
                w.Line($"var {variable} = global::System.Array.Empty<{Tt}{baseType}>();");
                return;
            }
            w.Line($"var {variable} = new {Tt}{baseType}[]");
            w.Line("{");
            foreach (var statement in statements)
            {
                string type = Quantities.TypeName(Quantities.ValueTypeOf(statement));
                w.Line($"    new {Tt}{baseType}<{type}>({arguments(statement, locator.Expression(statement.Sentence, statement.Line))}),");
            }
            w.Line("};");
        }

        private static string Head(Statement s) =>
            $"{CSharpText.Literal(s.Metric)}, {CSharpText.Literal(s.Segment)}, {Tt}Basis.{s.Basis}, {Quantities.Period(s.Period)}";

        private static string Tail(Statement s, string sentence) =>
            $"{CSharpText.Literal(s.Qualifier)}, {s.Line.ToString(CultureInfo.InvariantCulture)}, {sentence}";

        private static string FigureArguments(Figure f, string sentence) => $"{Head(f)}, {Quantities.New(f.Quantity)}, {Tail(f, sentence)}";

        private static string ChangeArguments(Change c, string sentence) =>
            $"{Head(c)}, {Quantities.Period(c.Versus)}, {Quantities.New(c.Quantity)}, {Tail(c, sentence)}";

        private static string GuidanceArguments(Guidance g, string sentence) =>
            $"{Head(g)}, {Quantities.NewOrNull(g.LowQuantity)}, {Quantities.NewOrNull(g.HighQuantity)}, {Tt}Direction.{g.Direction}, {CSharpText.Literal(g.Unit)}, {Tail(g, sentence)}";

        /// <summary>An int array, one row per line.</summary>
        private static void WriteRows(SourceWriter w, string name, List<int> values, int width)
        {
            if (values.Count == 0)
            {
                w.Line($"int[] {name} = global::System.Array.Empty<int>();");
                return;
            }
            w.Line($"int[] {name} =");
            w.Line("{");
            var row = new StringBuilder();
            for (int i = 0; i < values.Count; i++)
            {
                row.Append(values[i].ToString(CultureInfo.InvariantCulture)).Append(',');
                if ((i + 1) % width != 0 && i + 1 < values.Count) row.Append(' ');
                else
                {
                    w.Line("    " + row);
                    row.Clear();
                }
            }
            w.Line("};");
        }

        /// <summary>A statement's sentence as a slice of the turn text it came from, so it costs no second copy.</summary>
        private sealed class SentenceLocator
        {
            private readonly List<(int Line, int Start, int Length, string Text)> _turns;

            public SentenceLocator(List<(int Line, int Start, int Length, string Text)> turns) => _turns = turns;

            public string Expression(string sentence, int line)
            {
                int owner = -1;
                for (int i = 0; i < _turns.Count && _turns[i].Line <= line; i++) owner = i;
                for (int i = owner; i >= 0 && i >= owner - 1; i--)
                {
                    int at = _turns[i].Text.IndexOf(sentence, System.StringComparison.Ordinal);
                    if (at >= 0)
                        return "text.Substring(" + (_turns[i].Start + at).ToString(CultureInfo.InvariantCulture) + ", " + sentence.Length.ToString(CultureInfo.InvariantCulture) + ")";
                }
                return CSharpText.Literal(sentence);
            }
        }
    }
}
