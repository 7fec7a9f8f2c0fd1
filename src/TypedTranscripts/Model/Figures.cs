using System;

namespace TypedTranscripts
{
    /// <summary>What figures, changes and guidance share: the metric, where it was said, and how.</summary>
    public abstract class Statement
    {
        private protected Statement(string metric, string? segment, Basis basis, FiscalPeriod period, string? qualifier, int line, string sentence)
        {
            Metric = metric ?? throw new ArgumentNullException(nameof(metric));
            Segment = segment;
            Basis = basis;
            Period = period;
            Qualifier = qualifier;
            Line = line;
            Sentence = sentence ?? throw new ArgumentNullException(nameof(sentence));
        }

        /// <summary>The metric name from the metric vocabulary, e.g. <c>Revenue</c>, <c>DilutedEps</c>.</summary>
        public string Metric { get; }

        /// <summary>The segment the sentence scopes it to (<c>Devices</c>, <c>Europe</c>), or null for the whole company.</summary>
        public string? Segment { get; }

        /// <summary>GAAP, non-GAAP, or unspecified.</summary>
        public Basis Basis { get; }

        /// <summary>The fiscal period the statement is about.</summary>
        public FiscalPeriod Period { get; }

        /// <summary>An approximation word as said (<c>approximately</c>, <c>nearly</c>, <c>over</c>), or null.</summary>
        public string? Qualifier { get; }

        /// <summary>The 1-based line of the source file where the number is stated.</summary>
        public int Line { get; }

        /// <summary>The sentence it was stated in.</summary>
        public string Sentence { get; }

        private protected bool BaseEquals(Statement other) => Metric == other.Metric && Segment == other.Segment
            && Basis == other.Basis && Period == other.Period && Qualifier == other.Qualifier && Line == other.Line
            && Sentence == other.Sentence;

        private protected int BaseHash() => Equality.Combine(Equality.Hash(Metric), Equality.Hash(Segment), Period.GetHashCode(), Line);
    }

    /// <summary>A reported figure: a quantity the call states for a period.</summary>
    public abstract class Figure : Statement, IEquatable<Figure>
    {
        private protected Figure(string metric, string? segment, Basis basis, FiscalPeriod period, string? qualifier, int line, string sentence)
            : base(metric, segment, basis, period, qualifier, line, sentence)
        {
        }

        /// <summary>The value, boxed; the typed value is <see cref="Figure{T}.Value"/>.</summary>
        public abstract IQuantity Quantity { get; }

        /// <inheritdoc />
        public bool Equals(Figure? other) => other is not null && other.GetType() == GetType()
            && BaseEquals(other) && Quantity.Equals(other.Quantity);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as Figure);

        /// <inheritdoc />
        public override int GetHashCode() => Equality.Combine(BaseHash(), Quantity.GetHashCode());

        /// <summary>e.g. <c>Revenue Q2 2031: 612,000,000 USD</c>.</summary>
        public override string ToString() => Metric + (Segment is null ? "" : " (" + Segment + ")") + " " + Period + ": " + Quantity;
    }

    /// <summary>A reported figure with its typed value.</summary>
    public sealed class Figure<T> : Figure where T : struct, IQuantity
    {
        /// <summary>Creates a figure.</summary>
        public Figure(string metric, string? segment, Basis basis, FiscalPeriod period, T value, string? qualifier, int line, string sentence)
            : base(metric, segment, basis, period, qualifier, line, sentence) => Value = value;

        /// <summary>The value.</summary>
        public T Value { get; }

        /// <inheritdoc />
        public override IQuantity Quantity => Value;
    }

    /// <summary>A stated change: <c>up 5% sequentially</c>, <c>up 2.7 points</c>, <c>an improvement of $0.04</c>.</summary>
    public abstract class Change : Statement, IEquatable<Change>
    {
        private protected Change(string metric, string? segment, Basis basis, FiscalPeriod period, FiscalPeriod versus, string? qualifier, int line, string sentence)
            : base(metric, segment, basis, period, qualifier, line, sentence) => Versus = versus;

        /// <summary>The period compared against.</summary>
        public FiscalPeriod Versus { get; }

        /// <summary>The change, boxed and signed (a decline is negative); the typed value is <see cref="Change{T}.Value"/>.</summary>
        public abstract IQuantity Quantity { get; }

        /// <inheritdoc />
        public bool Equals(Change? other) => other is not null && other.GetType() == GetType()
            && BaseEquals(other) && Versus == other.Versus && Quantity.Equals(other.Quantity);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as Change);

        /// <inheritdoc />
        public override int GetHashCode() => Equality.Combine(BaseHash(), Versus.GetHashCode(), Quantity.GetHashCode());

        /// <summary>e.g. <c>Revenue Q2 2031 vs Q1 2031: 4%</c>.</summary>
        public override string ToString() => Metric + (Segment is null ? "" : " (" + Segment + ")") + " " + Period + " vs " + Versus + ": " + Quantity;
    }

    /// <summary>A stated change with its typed, signed value.</summary>
    public sealed class Change<T> : Change where T : struct, IQuantity
    {
        /// <summary>Creates a change.</summary>
        public Change(string metric, string? segment, Basis basis, FiscalPeriod period, FiscalPeriod versus, T value, string? qualifier, int line, string sentence)
            : base(metric, segment, basis, period, versus, qualifier, line, sentence) => Value = value;

        /// <summary>The change, signed: a decline is negative.</summary>
        public T Value { get; }

        /// <inheritdoc />
        public override IQuantity Quantity => Value;
    }

    /// <summary>A forward-looking statement about a future period: a range, a point, a direction, or both.</summary>
    public abstract class Guidance : Statement, IEquatable<Guidance>
    {
        private protected Guidance(string metric, string? segment, Basis basis, FiscalPeriod period, Direction direction, string unit, string? qualifier, int line, string sentence)
            : base(metric, segment, basis, period, qualifier, line, sentence)
        {
            Direction = direction;
            Unit = unit ?? throw new ArgumentNullException(nameof(unit));
        }

        /// <summary>The direction the call gives, if any.</summary>
        public Direction Direction { get; }

        /// <summary>The export unit of the guided quantity, also when only a direction is given (<c>USD</c>, <c>percent</c>, <c>shares</c>).</summary>
        public string Unit { get; }

        /// <summary>The low end, boxed, or null.</summary>
        public abstract IQuantity? LowQuantity { get; }

        /// <summary>The high end, boxed, or null.</summary>
        public abstract IQuantity? HighQuantity { get; }

        /// <inheritdoc />
        public bool Equals(Guidance? other) => other is not null && other.GetType() == GetType()
            && BaseEquals(other) && Direction == other.Direction && Unit == other.Unit
            && Equals(LowQuantity, other.LowQuantity) && Equals(HighQuantity, other.HighQuantity);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as Guidance);

        /// <inheritdoc />
        public override int GetHashCode() => Equality.Combine(BaseHash(), (int)Direction, LowQuantity?.GetHashCode() ?? 0);

        /// <summary>e.g. <c>Revenue Q3 2031: 620,000,000 USD – 640,000,000 USD</c>.</summary>
        public override string ToString() => Metric + (Segment is null ? "" : " (" + Segment + ")") + " " + Period + ": "
            + (LowQuantity is null && HighQuantity is null ? Direction.ToString()
               : LowQuantity + (Equals(LowQuantity, HighQuantity) ? "" : " – " + HighQuantity) + (Direction == Direction.None ? "" : " (" + Direction + ")"));
    }

    /// <summary>Guidance with typed bounds.</summary>
    public sealed class Guidance<T> : Guidance where T : struct, IQuantity
    {
        /// <summary>Creates guidance.</summary>
        public Guidance(string metric, string? segment, Basis basis, FiscalPeriod period, T? low, T? high, Direction direction, string unit, string? qualifier, int line, string sentence)
            : base(metric, segment, basis, period, direction, unit, qualifier, line, sentence)
        {
            Low = low;
            High = high;
        }

        /// <summary>The low end (equal to <see cref="High"/> for a point estimate), or null.</summary>
        public T? Low { get; }

        /// <summary>The high end, or null.</summary>
        public T? High { get; }

        /// <summary>Both ends, when the guidance states both (a point estimate has equal ends); null for an open or directional outlook.</summary>
        public Range<T>? Range => Low is { } low && High is { } high ? new Range<T>(low, high) : null;

        /// <inheritdoc />
        public override IQuantity? LowQuantity => Low;

        /// <inheritdoc />
        public override IQuantity? HighQuantity => High;
    }

    /// <summary>A closed range of a quantity: <c>$620 million to $640 million</c>.</summary>
    public readonly struct Range<T> : IEquatable<Range<T>> where T : struct, IQuantity
    {
        /// <summary>Creates a range.</summary>
        public Range(T low, T high)
        {
            Low = low;
            High = high;
        }

        /// <summary>The low end.</summary>
        public T Low { get; }

        /// <summary>The high end.</summary>
        public T High { get; }

        /// <summary>The middle of the range, in the range's unit.</summary>
        public decimal Midpoint => (Low.Number + High.Number) / 2;

        /// <summary>True when both ends are the same (a point estimate).</summary>
        public bool IsPoint => Low.Number == High.Number;

        /// <inheritdoc />
        public bool Equals(Range<T> other) => Low.Equals(other.Low) && High.Equals(other.High);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is Range<T> other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => Equality.Combine(Low.GetHashCode(), High.GetHashCode());

        /// <summary>e.g. <c>620,000,000 USD – 640,000,000 USD</c>.</summary>
        public override string ToString() => IsPoint ? Low.ToString()! : Low + " \u2013 " + High;
    }
}
