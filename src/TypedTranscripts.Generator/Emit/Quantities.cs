using System;
using System.Globalization;

namespace TypedTranscripts.Generator.Emit
{
    /// <summary>C# for the model's typed values: type names, constructor expressions and a readable form for docs.</summary>
    internal static class Quantities
    {
        private const string Ns = "global::TypedTranscripts.";

        /// <summary>The C# type of a figure's value, e.g. <c>global::TypedTranscripts.Money</c>.</summary>
        public static string TypeName(Type quantityType) => Ns + quantityType.Name;

        /// <summary>The value type <c>T</c> of a <c>Figure&lt;T&gt;</c>, <c>Change&lt;T&gt;</c> or <c>Guidance&lt;T&gt;</c>.</summary>
        public static Type ValueTypeOf(object statement) => statement.GetType().GetGenericArguments()[0];

        public static string New(IQuantity quantity) => quantity switch
        {
            Money money => $"new {Ns}Money({CSharpText.Decimal(money.Amount)}, {CSharpText.Literal(money.Currency)})",
            PerShare perShare => $"new {Ns}PerShare({CSharpText.Decimal(perShare.Amount)}, {CSharpText.Literal(perShare.Currency)})",
            Percentage percentage => $"new {Ns}Percentage({CSharpText.Decimal(percentage.Value)})",
            PercentagePoints points => $"new {Ns}PercentagePoints({CSharpText.Decimal(points.Value)})",
            Count count => $"new {Ns}Count({CSharpText.Decimal(count.Value)}, {Ns}CountUnit.{count.Of})",
            Ratio ratio => $"new {Ns}Ratio({CSharpText.Decimal(ratio.Value)})",
            _ => throw new NotSupportedException("No C# form for quantity type " + quantity.GetType().Name + "."),
        };

        public static string NewOrNull(IQuantity? quantity) => quantity is null ? "null" : New(quantity);

        public static string Period(FiscalPeriod period) => period.Kind switch
        {
            FiscalPeriodKind.Quarter => $"{Ns}FiscalPeriod.OfQuarter({Int(period.Year)}, {Int(period.Quarter)})",
            FiscalPeriodKind.FiscalYear => $"{Ns}FiscalPeriod.OfYear({Int(period.Year)})",
            _ => $"{Ns}FiscalPeriod.LongTerm",
        };

        /// <summary>e.g. <c>$824,000,000</c>, <c>$0.23 per share</c>, <c>65.8%</c>, <c>2.7 points</c>.</summary>
        public static string Display(IQuantity quantity) => quantity switch
        {
            Money { Currency: "USD" } money => "$" + money.Amount.ToString("#,0.##", CultureInfo.InvariantCulture),
            PerShare { Currency: "USD" } perShare => "$" + perShare.Amount.ToString("0.00##", CultureInfo.InvariantCulture) + " per share",
            _ => quantity.ToString() ?? "",
        };

        private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
