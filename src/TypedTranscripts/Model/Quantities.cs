using System;
using System.Globalization;

namespace TypedTranscripts
{
    /// <summary>A typed amount that a figure, change or guidance carries.</summary>
    public interface IQuantity
    {
        /// <summary>The plain number with every scale word applied (<c>$612 million</c> is 612000000).</summary>
        decimal Number { get; }

        /// <summary>The export unit: <c>USD</c>, <c>USD/share</c>, <c>percent</c>, <c>points</c>, <c>count</c>, <c>shares</c>, <c>days</c>, <c>ratio</c>.</summary>
        string Unit { get; }
    }

    /// <summary>An amount of money.</summary>
    public readonly struct Money : IQuantity, IEquatable<Money>
    {
        /// <summary>Creates an amount.</summary>
        public Money(decimal amount, string currency)
        {
            Amount = amount;
            Currency = currency ?? throw new ArgumentNullException(nameof(currency));
        }

        /// <summary>The exact amount.</summary>
        public decimal Amount { get; }

        /// <summary>ISO 4217 code, e.g. <c>USD</c>.</summary>
        public string Currency { get; }

        decimal IQuantity.Number => Amount;

        /// <inheritdoc />
        public string Unit => Currency;

        /// <inheritdoc />
        public bool Equals(Money other) => Amount == other.Amount && Currency == other.Currency;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is Money other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => Equality.Combine(Amount.GetHashCode(), Equality.Hash(Currency));

        /// <summary>e.g. <c>612,000,000 USD</c>.</summary>
        public override string ToString() => Amount.ToString("#,0.##", CultureInfo.InvariantCulture) + " " + Currency;
    }

    /// <summary>An amount per share, such as earnings per share.</summary>
    public readonly struct PerShare : IQuantity, IEquatable<PerShare>
    {
        /// <summary>Creates an amount per share.</summary>
        public PerShare(decimal amount, string currency)
        {
            Amount = amount;
            Currency = currency ?? throw new ArgumentNullException(nameof(currency));
        }

        /// <summary>The exact amount per share.</summary>
        public decimal Amount { get; }

        /// <summary>ISO 4217 code, e.g. <c>USD</c>.</summary>
        public string Currency { get; }

        decimal IQuantity.Number => Amount;

        /// <inheritdoc />
        public string Unit => Currency + "/share";

        /// <inheritdoc />
        public bool Equals(PerShare other) => Amount == other.Amount && Currency == other.Currency;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is PerShare other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => Equality.Combine(Amount.GetHashCode(), Equality.Hash(Currency));

        /// <summary>e.g. <c>0.41 USD/share</c>.</summary>
        public override string ToString() => Amount.ToString("0.00##", CultureInfo.InvariantCulture) + " " + Unit;
    }

    /// <summary>A percentage: 61.4% is 61.4.</summary>
    public readonly struct Percentage : IQuantity, IEquatable<Percentage>
    {
        /// <summary>Creates a percentage.</summary>
        public Percentage(decimal value) => Value = value;

        /// <summary>The percentage: 61.4% is 61.4.</summary>
        public decimal Value { get; }

        decimal IQuantity.Number => Value;

        /// <inheritdoc />
        public string Unit => "percent";

        /// <inheritdoc />
        public bool Equals(Percentage other) => Value == other.Value;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is Percentage other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => Value.GetHashCode();

        /// <summary>e.g. <c>61.4%</c>.</summary>
        public override string ToString() => Value.ToString("0.##", CultureInfo.InvariantCulture) + "%";
    }

    /// <summary>A change in percentage points (a margin up 2.7 points).</summary>
    public readonly struct PercentagePoints : IQuantity, IEquatable<PercentagePoints>
    {
        /// <summary>Creates a change in points.</summary>
        public PercentagePoints(decimal value) => Value = value;

        /// <summary>The points.</summary>
        public decimal Value { get; }

        decimal IQuantity.Number => Value;

        /// <inheritdoc />
        public string Unit => "points";

        /// <inheritdoc />
        public bool Equals(PercentagePoints other) => Value == other.Value;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is PercentagePoints other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => Value.GetHashCode();

        /// <summary>e.g. <c>2.7 points</c>.</summary>
        public override string ToString() => Value.ToString("0.##", CultureInfo.InvariantCulture) + " points";
    }

    /// <summary>What a <see cref="Count"/> counts.</summary>
    public enum CountUnit
    {
        /// <summary>Things: employees, customers, sites (export unit <c>count</c>).</summary>
        Items = 0,
        /// <summary>Shares (export unit <c>shares</c>).</summary>
        Shares = 1,
        /// <summary>Days, e.g. days sales outstanding (export unit <c>days</c>).</summary>
        Days = 2,
    }

    /// <summary>A count of items, shares or days.</summary>
    public readonly struct Count : IQuantity, IEquatable<Count>
    {
        /// <summary>Creates a count.</summary>
        public Count(decimal value, CountUnit of)
        {
            Value = value;
            Of = of;
        }

        /// <summary>How many.</summary>
        public decimal Value { get; }

        /// <summary>What is counted.</summary>
        public CountUnit Of { get; }

        decimal IQuantity.Number => Value;

        /// <inheritdoc />
        public string Unit => Of switch { CountUnit.Shares => "shares", CountUnit.Days => "days", _ => "count" };

        /// <inheritdoc />
        public bool Equals(Count other) => Value == other.Value && Of == other.Of;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is Count other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => Equality.Combine(Value.GetHashCode(), (int)Of);

        /// <summary>e.g. <c>3,150 count</c>.</summary>
        public override string ToString() => Value.ToString("#,0.##", CultureInfo.InvariantCulture) + " " + Unit;
    }

    /// <summary>A plain ratio, such as book-to-bill or net leverage.</summary>
    public readonly struct Ratio : IQuantity, IEquatable<Ratio>
    {
        /// <summary>Creates a ratio.</summary>
        public Ratio(decimal value) => Value = value;

        /// <summary>The ratio.</summary>
        public decimal Value { get; }

        decimal IQuantity.Number => Value;

        /// <inheritdoc />
        public string Unit => "ratio";

        /// <inheritdoc />
        public bool Equals(Ratio other) => Value == other.Value;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is Ratio other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => Value.GetHashCode();

        /// <summary>e.g. <c>1.1x</c>.</summary>
        public override string ToString() => Value.ToString("0.##", CultureInfo.InvariantCulture) + "x";
    }

    /// <summary>Whether a figure is stated under US GAAP or as a non-GAAP measure.</summary>
    public enum Basis
    {
        /// <summary>The call does not say.</summary>
        Unspecified = 0,
        /// <summary>GAAP.</summary>
        Gaap = 1,
        /// <summary>Non-GAAP (adjusted).</summary>
        NonGaap = 2,
    }

    /// <summary>Which way guidance points.</summary>
    public enum Direction
    {
        /// <summary>No direction stated.</summary>
        None = 0,
        /// <summary>Up, increase, growth.</summary>
        Up = 1,
        /// <summary>Down, decrease, decline.</summary>
        Down = 2,
        /// <summary>Flat, unchanged.</summary>
        Flat = 3,
    }
}
