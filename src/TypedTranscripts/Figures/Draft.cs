namespace TypedTranscripts.Figures
{
    /// <summary>The export units a statement's quantity can have.</summary>
    internal enum QuantityUnit : byte
    {
        Usd,
        UsdPerShare,
        Percent,
        Points,
        Count,
        Shares,
        Days,
        Ratio,
    }

    /// <summary>A statement as read from one sentence, before it is checked, merged and typed.</summary>
    internal sealed class Draft
    {
        public StatementKind Kind;
        public string? Metric;
        public string? Segment;
        public Basis Basis;
        public FiscalPeriod? Period;
        public FiscalPeriod? Versus;
        public QuantityUnit Unit;
        public string Currency = "USD";
        /// <summary>The value of a figure or change; the low bound of guidance.</summary>
        public decimal? Low;
        public decimal? High;
        public Direction Direction;
        /// <summary>The bounds are of the organic measure ("organic net sales to range from down 1% to up 1%"), which the reported one replaces.</summary>
        public bool Organic;
        public string? Qualifier;
        /// <summary>Offset in the turn's text of the number (or of the metric, for guidance without numbers).</summary>
        public int Offset;
        public int SentenceStart;
        public int SentenceEnd;
        /// <summary>Why it cannot be resolved; such drafts become diagnostics and stay out of the typed API.</summary>
        public string? Problem;
        /// <summary>A change that states no comparison; the end of the call decides whether it is year over year.</summary>
        public bool AwaitsComparison;

        public static string UnitName(QuantityUnit unit, string currency) => unit switch
        {
            QuantityUnit.Usd => currency,
            QuantityUnit.UsdPerShare => currency + "/share",
            QuantityUnit.Percent => "percent",
            QuantityUnit.Points => "points",
            QuantityUnit.Count => "count",
            QuantityUnit.Shares => "shares",
            QuantityUnit.Days => "days",
            _ => "ratio",
        };
    }
}
