using System.Globalization;
using System.Threading;
using TypedTranscripts.Figures;
using Xunit;

namespace TypedTranscripts.Tests.Figures
{
    /// <summary>Numbers as calls say them, read by <see cref="NumberScanner"/>.</summary>
    public class NumberScannerTests
    {
        private static ScannedNumber Scan(string text, string from)
        {
            int at = text.IndexOf(from, System.StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{from}' is not in '{text}'");
            Assert.True(NumberScanner.TryScan(text, at, text.Length, out var number, out _), $"no number at '{from}' in '{text}'");
            return number;
        }

        [Theory]
        [InlineData("Revenue was $612 million for the quarter.", "$612", 612_000_000, "Money")]
        [InlineData("We ended with $1.4 billion in cash.", "$1.4", 1_400_000_000, "Money")]
        [InlineData("Cash was $1.25 trillion.", "$1.25", 1_250_000_000_000, "Money")]
        [InlineData("A deal of $10m closed.", "$10m", 10_000_000, "Money")]
        [InlineData("We spent 5 billion dollars on it.", "5 billion", 5_000_000_000, "Money")]
        [InlineData("Gross margin was 61.4% of revenue.", "61.4%", 61.4, "Percent")]
        [InlineData("Churn was 1.2 percent.", "1.2 percent", 1.2, "Percent")]
        [InlineData("Margin rose 1.9 points.", "1.9 points", 1.9, "Points")]
        [InlineData("Margin rose 1 percentage point.", "1 percentage", 1, "Points")]
        [InlineData("Margin fell 130 basis points.", "130 basis", 1.3, "Points")]
        [InlineData("Margin fell 40 bps.", "40 bps", 0.4, "Points")]
        [InlineData("Leverage stood at 2.4x.", "2.4x", 2.4, "Ratio")]
        [InlineData("We had 3,150 employees.", "3,150", 3150, "Plain")]
        [InlineData("DSO was 38 days.", "38", 38, "Plain")]
        [InlineData("We repurchased 1.7 million shares.", "1.7", 1_700_000, "Plain")]
        public void Reads_amounts_with_their_scale_and_unit(string text, string from, double value, string kind)
        {
            var n = Scan(text, from);
            Assert.Equal((decimal)value, n.Value);
            Assert.Equal(kind, n.Kind.ToString());
            Assert.Null(n.High);
        }

        [Theory]
        [InlineData("Diluted EPS was $0.41 per diluted share.", "$0.41", 0.41)]
        [InlineData("At an average price of $18.20 per share.", "$18.20", 18.20)]
        [InlineData("We earned $1.10 a share.", "$1.10", 1.10)]
        [InlineData("Net income of $0.41 per basic share.", "$0.41", 0.41)]
        public void Reads_amounts_per_share(string text, string from, double value)
        {
            var n = Scan(text, from);
            Assert.Equal(NumberKind.PerShare, n.Kind);
            Assert.Equal((decimal)value, n.Value);
            Assert.Equal("USD", n.Currency);
        }

        [Fact]
        public void Reads_a_bracketed_transcriber_figure()
        {
            // StreetEvents brackets what the transcriber was unsure of: "[$0.06]".
            var n = Scan("Contoso reported GAAP EPS of [$0.09], compared to $0.05.", "$0.09");
            Assert.Equal(0.09m, n.Value);
            Assert.Equal(NumberKind.Money, n.Kind);
            Assert.False(n.Scaled);
        }

        [Theory]
        [InlineData("we expect revenue to range between $620 million and $640 million", "$620", 620_000_000, 640_000_000, "Money")]
        [InlineData("we expect revenue of $3.1 billion to $3.35 billion", "$3.1", 3_100_000_000, 3_350_000_000, "Money")]
        [InlineData("EPS to range between $0.40 and $0.44.", "$0.40", 0.40, 0.44, "Money")]
        [InlineData("within our range of 58% to 60%.", "58%", 58, 60, "Percent")]
        [InlineData("margins were 150 to 200 basis points higher", "150", 1.5, 2, "Points")]
        [InlineData("a tax rate of 20-22% this year", "20", 20, 22, "Percent")]
        [InlineData("capex of $3.1 to $3.3 billion", "$3.1", 3_100_000_000, 3_300_000_000, "Money")]
        public void Reads_ranges(string text, string from, double low, double high, string kind)
        {
            var n = Scan(text, from);
            Assert.Equal((decimal)low, n.Value);
            Assert.Equal((decimal)high, n.High);
            Assert.Equal(kind, n.Kind.ToString());
        }

        [Fact]
        public void Reads_plus_or_minus_a_percentage_as_a_range()
        {
            var n = Scan("we expect revenue of $15 billion, plus or minus 3%, for the year", "$15");
            Assert.Equal(14_550_000_000m, n.Value);
            Assert.Equal(15_450_000_000m, n.High);
        }

        [Theory]
        [InlineData("revenue grew 12% and 10% in constant currency", "12%")]
        [InlineData("revenue grew from $500 million to $600 million", "$500")]
        public void Does_not_join_numbers_that_are_no_range(string text, string from) => Assert.Null(Scan(text, from).High);

        [Theory]
        [InlineData("Americas was up two points as a share of revenue.", "two points", 2, "Points")]
        [InlineData("costs fell three percent", "three percent", 3, "Percent")]
        [InlineData("a charge of twenty-five million dollars", "twenty-five", 25_000_000, "Money")]
        public void Reads_spelled_out_numbers_that_carry_a_unit(string text, string from, double value, string kind)
        {
            int at = text.IndexOf(from, System.StringComparison.Ordinal);
            Assert.True(NumberScanner.TryScanSpelled(text, at, text.Length, out var n));
            Assert.Equal((decimal)value, n.Value);
            Assert.Equal(kind, n.Kind.ToString());
            Assert.True(n.Spelled);
        }

        [Theory]
        [InlineData("we had two quarters of growth", "two")]
        [InlineData("at one point we saw demand slow", "one")]
        public void Leaves_spelled_numbers_without_a_unit(string text, string from)
        {
            int at = text.IndexOf(from, System.StringComparison.Ordinal);
            Assert.False(NumberScanner.TryScanSpelled(text, at, text.Length, out _));
        }

        [Theory]
        [InlineData("We filed our 10-Q today.", "10")]
        [InlineData("Our 5G rollout continues.", "5")]
        [InlineData("As of September 30th we had cash.", "30")]
        public void Leaves_numbers_that_are_part_of_a_word(string text, string from)
        {
            int at = text.IndexOf(from, System.StringComparison.Ordinal);
            Assert.False(NumberScanner.TryScan(text, at, text.Length, out _, out int consumed));
            Assert.True(consumed > at, "the scanner must move past what it looked at");
        }

        [Fact]
        public void Marks_a_bare_four_digit_year()
        {
            Assert.True(Scan("growth into 2010 looks good", "2010").IsYear);
            Assert.False(Scan("we shipped 2,010 units", "2,010").IsYear);
            Assert.False(Scan("a cost of $2010 per unit", "$2010").IsYear);
        }

        [Theory]
        [InlineData("$450-plus million of cash flow", "$450", 450_000_000)]
        [InlineData("$10 million-plus deals", "$10", 10_000_000)]
        public void Reads_plus_as_a_lower_bound(string text, string from, double value)
        {
            var n = Scan(text, from);
            Assert.True(n.Plus);
            Assert.Equal((decimal)value, n.Value);
        }

        [Fact]
        public void Reads_digits_glued_to_a_word_before_a_percent_sign()
        {
            // A transcript typo: "Ads revenue increased12%".
            var n = Scan("Ads revenue increased12% this quarter", "12%");
            Assert.Equal(12m, n.Value);
            Assert.Equal(NumberKind.Percent, n.Kind);
        }

        [Theory]
        [InlineData("tr-TR")]
        [InlineData("de-DE")]
        public void Reads_the_same_under_any_culture(string culture)
        {
            var saved = Thread.CurrentThread.CurrentCulture;
            try
            {
                Thread.CurrentThread.CurrentCulture = CultureInfo.GetCultureInfo(culture);
                var n = Scan("Revenue was $1,234.5 MILLION, up 2.5 PERCENT.", "$1,234.5");
                Assert.Equal(1_234_500_000m, n.Value);
                var p = Scan("Revenue was $1,234.5 MILLION, up 2.5 PERCENT.", "2.5");
                Assert.Equal(2.5m, p.Value);
                Assert.Equal(NumberKind.Percent, p.Kind);
            }
            finally
            {
                Thread.CurrentThread.CurrentCulture = saved;
            }
        }

        [Fact]
        public void Moves_on_linearly_over_a_long_run_of_digits()
        {
            string digits = new string('7', 100_000);
            Assert.False(NumberScanner.TryScan(digits, 0, digits.Length, out _, out int consumed));
            Assert.Equal(digits.Length, consumed);
        }
    }
}
