using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TypedTranscripts.Generator.Emit
{
    /// <summary>
    /// The private <c>CallData</c> property that builds the call once, on first use, from two strings: the turns' text (a
    /// UTF-8 literal where the language allows it, which keeps big transcripts out of the 16 MB string-literal heap) and
    /// every name and number, in the format <c>TypedTranscripts.Generated.CallDataReader</c> reads (a plain literal,
    /// which holds any text exactly). Two literals and one call per transcript keep a thousand transcripts cheap to compile.
    /// </summary>
    internal static class CallDataEmitter
    {
        private const string Tt = "global::TypedTranscripts.";

        public static void Emit(SourceWriter w, EarningsCall call, bool utf8Literals, System.Threading.CancellationToken cancellationToken)
        {
            var (texts, data) = Pieces(call, cancellationToken);
            string dataLiteral = CSharpText.Literal(data);
            w.Line($"private static {Tt}EarningsCall? s_callData;");
            w.Line();
            w.Summary("The call, built once, on first use, from its text, names and numbers.");
            const string Load = "private static " + Tt + "EarningsCall CallData => s_callData ?? " + Tt + "Generated.GeneratedCall.Load(ref s_callData, ";
            if (utf8Literals) w.Line(Load + "global::System.Text.Encoding.UTF8.GetString(", b => CSharpText.AppendUtf8Literal(b, texts, cancellationToken), "), " + dataLiteral + ");");
            else w.Line(Load, b => CSharpText.AppendLiteral(b, texts, cancellationToken), ", " + dataLiteral + ");");
        }

        /// <summary>The turns' texts (tens of megabytes, so escaped once from the pieces, never copied whole) and the data string.</summary>
        internal static (List<string> Texts, string Data) Pieces(EarningsCall call, System.Threading.CancellationToken cancellationToken)
        {
            var turnSpans = new List<(int Line, int Start, int Length, string Text)>();
            int textLength = 0;
            foreach (var section in call.Sections)
            {
                foreach (var turn in section.Turns)
                {
                    turnSpans.Add((turn.Line, textLength, turn.Text.Length, turn.Text));
                    textLength += turn.Text.Length;
                }
            }

            var data = new DataBuilder();
            data.String(call.Company).String(call.Ticker).Period(call.FiscalPeriod);
            if (call.Date is { } date) data.Int(date.Year).Int(date.Month).Int(date.Day);
            else data.Int(-1);
            data.String(call.Time).String(call.Title).Int((int)call.Layout).String(call.SourcePath);

            var speakerIndex = new Dictionary<Speaker, int>();
            data.Int(call.Speakers.Count);
            for (int i = 0; i < call.Speakers.Count; i++)
            {
                if ((i & 255) == 0) cancellationToken.ThrowIfCancellationRequested();
                var speaker = call.Speakers[i];
                if (!speakerIndex.ContainsKey(speaker)) speakerIndex[speaker] = i;
                data.String(speaker.Name).String(speaker.Company).String(speaker.Title).Int((int)speaker.Role);
            }

            data.Int(call.Sections.Count);
            int turnNumber = 0;
            foreach (var section in call.Sections)
            {
                data.Int((int)section.Kind).Int(section.Line).Int(section.Turns.Count);
                foreach (var turn in section.Turns)
                {
                    var span = turnSpans[turnNumber++];
                    data.Int(speakerIndex[turn.Speaker]).Int(turn.Line).Int(span.Start).Int(span.Length);
                }
            }

            var locator = new SentenceLocator(turnSpans);
            data.Int(call.Figures.Count);
            foreach (var figure in call.Figures)
            {
                Head(data, figure);
                Quantity(data, figure.Quantity);
                Tail(data, figure, locator);
            }
            data.Int(call.Changes.Count);
            foreach (var change in call.Changes)
            {
                Head(data, change);
                data.Period(change.Versus);
                Quantity(data, change.Quantity);
                Tail(data, change, locator);
            }
            data.Int(call.Guidance.Count);
            foreach (var guidance in call.Guidance)
            {
                Head(data, guidance);
                Bound(data, guidance.LowQuantity);
                Bound(data, guidance.HighQuantity);
                data.Int((int)guidance.Direction).String(guidance.Unit);
                Tail(data, guidance, locator);
            }

            return (turnSpans.ConvertAll(span => span.Text), data.ToString());
        }

        private static void Head(DataBuilder data, Statement statement)
        {
            data.Raw(TypeCode(Quantities.ValueTypeOf(statement)));
            data.String(statement.Metric).String(statement.Segment).Int((int)statement.Basis).Period(statement.Period);
        }

        private static void Tail(DataBuilder data, Statement statement, SentenceLocator locator)
        {
            data.String(statement.Qualifier).Int(statement.Line);
            if (locator.Find(statement.Sentence, statement.Line) is { } slice) data.Raw('@').Int(slice.Start).Int(slice.Length);
            else data.String(statement.Sentence);
        }

        private static void Bound(DataBuilder data, IQuantity? quantity)
        {
            if (quantity is null) data.Raw('~');
            else Quantity(data.Raw('+'), quantity);
        }

        private static void Quantity(DataBuilder data, IQuantity quantity)
        {
            switch (quantity)
            {
                case Money money: data.Decimal(money.Amount).String(money.Currency); break;
                case PerShare perShare: data.Decimal(perShare.Amount).String(perShare.Currency); break;
                case Percentage percentage: data.Decimal(percentage.Value); break;
                case PercentagePoints points: data.Decimal(points.Value); break;
                case Count count: data.Decimal(count.Value).Int((int)count.Of); break;
                case Ratio ratio: data.Decimal(ratio.Value); break;
                default: throw new System.NotSupportedException("No data form for quantity type " + quantity.GetType().Name + ".");
            }
        }

        private static char TypeCode(System.Type quantityType) =>
            quantityType == typeof(Money) ? 'M'
            : quantityType == typeof(PerShare) ? 'S'
            : quantityType == typeof(Percentage) ? 'P'
            : quantityType == typeof(PercentagePoints) ? 'B'
            : quantityType == typeof(Count) ? 'C'
            : quantityType == typeof(Ratio) ? 'R'
            : throw new System.NotSupportedException("No data form for quantity type " + quantityType.Name + ".");

        /// <summary>The tokens <c>CallDataReader</c> reads: strings length-first (null is <c>~</c>), numbers ending in a comma.</summary>
        private sealed class DataBuilder
        {
            private readonly StringBuilder _builder = new StringBuilder();

            public DataBuilder String(string? value)
            {
                if (value is null) _builder.Append('~');
                else _builder.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
                return this;
            }

            public DataBuilder Int(int value)
            {
                _builder.Append(value.ToString(CultureInfo.InvariantCulture)).Append(',');
                return this;
            }

            public DataBuilder Decimal(decimal value)
            {
                _builder.Append(value.ToString(CultureInfo.InvariantCulture)).Append(',');
                return this;
            }

            /// <summary>Kind, year and quarter; -1 for no period.</summary>
            public DataBuilder Period(FiscalPeriod? period) => period is { } p
                ? Int((int)p.Kind).Int(p.Year).Int(p.Quarter)
                : Int(-1).Int(0).Int(0);

            public DataBuilder Raw(char c)
            {
                _builder.Append(c);
                return this;
            }

            public override string ToString() => _builder.ToString();
        }

        /// <summary>A statement's sentence as a slice of the turn text it came from, so it costs no second copy.</summary>
        private sealed class SentenceLocator
        {
            private readonly List<(int Line, int Start, int Length, string Text)> _turns;

            public SentenceLocator(List<(int Line, int Start, int Length, string Text)> turns) => _turns = turns;

            public (int Start, int Length)? Find(string sentence, int line)
            {
                int owner = -1;
                for (int i = 0; i < _turns.Count && _turns[i].Line <= line; i++) owner = i;
                for (int i = owner; i >= 0 && i >= owner - 1; i--)
                {
                    int at = _turns[i].Text.IndexOf(sentence, System.StringComparison.Ordinal);
                    if (at >= 0) return (_turns[i].Start + at, sentence.Length);
                }
                return null;
            }
        }
    }
}
