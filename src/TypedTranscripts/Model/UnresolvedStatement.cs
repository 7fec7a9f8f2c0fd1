using System;

namespace TypedTranscripts
{
    /// <summary>Which kind of statement a number was read as.</summary>
    public enum StatementKind
    {
        /// <summary>A reported figure.</summary>
        Figure = 0,
        /// <summary>A stated change against another period.</summary>
        Change = 1,
        /// <summary>Forward-looking guidance.</summary>
        Guidance = 2,
    }

    /// <summary>
    /// A number the call states that the extractor could not resolve (its metric, period or compared period is not said,
    /// or is ambiguous). It is reported as a diagnostic and kept out of <see cref="EarningsCall.Figures"/>,
    /// <see cref="EarningsCall.Changes"/> and <see cref="EarningsCall.Guidance"/>.
    /// </summary>
    public sealed class UnresolvedStatement : IEquatable<UnresolvedStatement>
    {
        /// <summary>Creates an unresolved statement.</summary>
        public UnresolvedStatement(StatementKind kind, string? metric, string? segment, Basis basis, FiscalPeriod? period, decimal? value, decimal? high,
            string unit, string reason, int line, string sentence)
        {
            Kind = kind;
            Metric = metric;
            Segment = segment;
            Basis = basis;
            Period = period;
            Value = value;
            High = high;
            Unit = unit ?? throw new ArgumentNullException(nameof(unit));
            Reason = reason ?? throw new ArgumentNullException(nameof(reason));
            Line = line;
            Sentence = sentence ?? throw new ArgumentNullException(nameof(sentence));
        }

        /// <summary>What it was read as, as far as it could be read.</summary>
        public StatementKind Kind { get; }

        /// <summary>The metric, when one was found.</summary>
        public string? Metric { get; }

        /// <summary>The segment, when one was found.</summary>
        public string? Segment { get; }

        /// <summary>The basis, when stated.</summary>
        public Basis Basis { get; }

        /// <summary>The period, when one was resolved.</summary>
        public FiscalPeriod? Period { get; }

        /// <summary>The number as stated (the low end of a range), with its scale applied.</summary>
        public decimal? Value { get; }

        /// <summary>The high end of a range, or null.</summary>
        public decimal? High { get; }

        /// <summary>The export unit of the number.</summary>
        public string Unit { get; }

        /// <summary>Why it could not be resolved.</summary>
        public string Reason { get; }

        /// <summary>The 1-based source line of the number.</summary>
        public int Line { get; }

        /// <summary>The sentence it was stated in.</summary>
        public string Sentence { get; }

        /// <inheritdoc />
        public bool Equals(UnresolvedStatement? other) => other is not null && Kind == other.Kind && Metric == other.Metric && Segment == other.Segment
            && Basis == other.Basis && Nullable.Equals(Period, other.Period) && Value == other.Value && High == other.High && Unit == other.Unit
            && Reason == other.Reason && Line == other.Line && Sentence == other.Sentence;

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as UnresolvedStatement);

        /// <inheritdoc />
        public override int GetHashCode() => Equality.Combine(Equality.Hash(Metric), Line, Equality.Hash(Reason));

        /// <summary>e.g. <c>line 240: 4 percent (the period (Year-to-date) is not a fiscal quarter or year)</c>.</summary>
        public override string ToString() => "line " + Line.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": "
            + (Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "") + " " + Unit + " (" + Reason + ")";
    }
}
