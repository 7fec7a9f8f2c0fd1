using System;
using System.Globalization;

namespace TypedTranscripts
{
    /// <summary>What kind of span a <see cref="FiscalPeriod"/> is.</summary>
    public enum FiscalPeriodKind
    {
        /// <summary>A fiscal quarter, e.g. <c>Q3 2009</c>.</summary>
        Quarter = 0,
        /// <summary>A fiscal year, e.g. <c>FY2009</c>.</summary>
        FiscalYear = 1,
        /// <summary>A multi-year target with no single period.</summary>
        LongTerm = 2,
    }

    /// <summary>A fiscal period as a call states it, in the company's own fiscal calendar.</summary>
    public readonly struct FiscalPeriod : IEquatable<FiscalPeriod>, IComparable<FiscalPeriod>
    {
        private FiscalPeriod(FiscalPeriodKind kind, int year, int quarter)
        {
            Kind = kind;
            Year = year;
            Quarter = quarter;
        }

        /// <summary>Quarter, fiscal year or long term.</summary>
        public FiscalPeriodKind Kind { get; }

        /// <summary>The fiscal year; 0 for <see cref="FiscalPeriodKind.LongTerm"/>.</summary>
        public int Year { get; }

        /// <summary>1 to 4 for a quarter, otherwise 0.</summary>
        public int Quarter { get; }

        /// <summary>The long-term period of multi-year targets.</summary>
        public static FiscalPeriod LongTerm => new FiscalPeriod(FiscalPeriodKind.LongTerm, 0, 0);

        /// <summary>A fiscal quarter.</summary>
        public static FiscalPeriod OfQuarter(int year, int quarter)
        {
            if (quarter < 1 || quarter > 4) throw new ArgumentOutOfRangeException(nameof(quarter));
            return new FiscalPeriod(FiscalPeriodKind.Quarter, year, quarter);
        }

        /// <summary>A fiscal year.</summary>
        public static FiscalPeriod OfYear(int year) => new FiscalPeriod(FiscalPeriodKind.FiscalYear, year, 0);

        /// <summary>The quarter before this one.</summary>
        public FiscalPeriod PreviousQuarter() => Kind != FiscalPeriodKind.Quarter ? this
            : Quarter == 1 ? OfQuarter(Year - 1, 4) : OfQuarter(Year, Quarter - 1);

        /// <summary>The quarter after this one.</summary>
        public FiscalPeriod NextQuarter() => Kind != FiscalPeriodKind.Quarter ? this
            : Quarter == 4 ? OfQuarter(Year + 1, 1) : OfQuarter(Year, Quarter + 1);

        /// <summary>The same period one year earlier.</summary>
        public FiscalPeriod PriorYear() => Kind == FiscalPeriodKind.LongTerm ? this : new FiscalPeriod(Kind, Year - 1, Quarter);

        /// <summary>The export spelling: <c>Q3 2009</c>, <c>FY2009</c> or <c>long-term</c>.</summary>
        public override string ToString() => Kind switch
        {
            FiscalPeriodKind.Quarter => "Q" + Quarter.ToString(CultureInfo.InvariantCulture) + " " + Year.ToString(CultureInfo.InvariantCulture),
            FiscalPeriodKind.FiscalYear => "FY" + Year.ToString(CultureInfo.InvariantCulture),
            _ => "long-term",
        };

        /// <summary>An identifier-friendly spelling: <c>Q3_2009</c>, <c>FY2009</c>, <c>LongTerm</c>.</summary>
        public string ToIdentifier() => Kind switch
        {
            FiscalPeriodKind.Quarter => "Q" + Quarter.ToString(CultureInfo.InvariantCulture) + "_" + Year.ToString(CultureInfo.InvariantCulture),
            FiscalPeriodKind.FiscalYear => "FY" + Year.ToString(CultureInfo.InvariantCulture),
            _ => "LongTerm",
        };

        /// <summary>Parses the export spelling (<c>Q3 2009</c>, <c>Q3-2009</c>, <c>2009Q3</c>, <c>FY2009</c>, <c>long-term</c>).</summary>
        public static bool TryParse(string? text, out FiscalPeriod period)
        {
            period = default;
            if (text is null) return false;
            string s = text.Trim();
            if (s.Equals("long-term", StringComparison.OrdinalIgnoreCase) || s.Equals("longterm", StringComparison.OrdinalIgnoreCase))
            {
                period = LongTerm;
                return true;
            }
            string compact = s.Replace(" ", "").Replace("-", "").Replace("_", "").ToUpperInvariant();
            if (compact.StartsWith("FY", StringComparison.Ordinal) && TryYear(compact.Substring(2), out int fy))
            {
                period = OfYear(fy);
                return true;
            }
            if (compact.Length >= 3 && compact[0] == 'Q' && compact[1] >= '1' && compact[1] <= '4')
            {
                string rest = compact.Substring(2);
                if (rest.StartsWith("FY", StringComparison.Ordinal)) rest = rest.Substring(2);
                if (TryYear(rest, out int y))
                {
                    period = OfQuarter(y, compact[1] - '0');
                    return true;
                }
            }
            if (compact.Length >= 6 && compact[compact.Length - 2] == 'Q' && TryYear(compact.Substring(0, compact.Length - 2), out int y2))
            {
                char q = compact[compact.Length - 1];
                if (q >= '1' && q <= '4')
                {
                    period = OfQuarter(y2, q - '0');
                    return true;
                }
            }
            return false;
        }

        private static bool TryYear(string digits, out int year)
        {
            year = 0;
            if (digits.Length == 2 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int yy))
            {
                year = 2000 + yy;
                return true;
            }
            return digits.Length == 4 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year >= 1900 && year <= 2200;
        }

        /// <inheritdoc />
        public bool Equals(FiscalPeriod other) => Kind == other.Kind && Year == other.Year && Quarter == other.Quarter;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is FiscalPeriod other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => Equality.Combine((int)Kind, Year, Quarter);

        /// <summary>Orders by year, then quarters before the whole year; long term last.</summary>
        public int CompareTo(FiscalPeriod other)
        {
            int Rank(FiscalPeriod p) => p.Kind == FiscalPeriodKind.LongTerm ? int.MaxValue : p.Year * 10 + (p.Kind == FiscalPeriodKind.FiscalYear ? 5 : p.Quarter);
            return Rank(this).CompareTo(Rank(other));
        }

        /// <summary>Value equality.</summary>
        public static bool operator ==(FiscalPeriod left, FiscalPeriod right) => left.Equals(right);

        /// <summary>Value inequality.</summary>
        public static bool operator !=(FiscalPeriod left, FiscalPeriod right) => !left.Equals(right);
    }
}
