using System;
using System.Linq;
using TypedTranscripts.Figures;
using Xunit;
using static TypedTranscripts.Tests.Figures.Extraction;

namespace TypedTranscripts.Tests.Figures
{
    /// <summary>
    /// Which period a rate of change is compared with when the sentence does not say and the call states no default:
    /// turns of invented companies reporting their fourth quarter of 2024 on 6 February 2025 (a calendar fiscal year).
    /// The sentences are ours.
    /// </summary>
    public class ComparisonPhrasingTests
    {
        private static readonly FiscalPeriod Q4 = FiscalPeriod.OfQuarter(2024, 4);
        private static readonly DateTime CallDate = new DateTime(2025, 2, 6);

        private static Extraction Run(string company, params (SpeakerRole, SectionKind, string)[] turns) => Extraction.Run(Q4, CallDate, company, turns);

        [Fact]
        public void Bare_rates_are_year_over_year_when_every_comparison_the_call_states_is()
        {
            var x = Run("Fabrikam Tools",
                Cfo("We finished the year well. Adjusted EBITDA grew 9% to $130 million."),
                Cfo("Net sales were $820 million, up 6% from the fourth quarter of 2023.\nGross margin was 38.5%, up 110 basis points.\n"
                    + "Operating margin was 14.2%, up 40 basis points from a year ago.\n"
                    + "For the full year, net sales were $3.1 billion, up 3%."),
                Answer("Adjusted EPS was $1.12, compared with $1.02 in last year's fourth quarter."));
            var ebitda = x.Change("AdjustedEbitda", "Q4 2023");
            Assert.Equal(9m, ebitda.Quantity.Number);
            Assert.Equal(1, ebitda.Line);
            Assert.Equal(1.1m, x.Change("GrossMargin", "Q4 2023").Quantity.Number);
            var year = x.Change("Revenue", "FY2023");
            Assert.Equal(3m, year.Quantity.Number);
            Assert.Equal("FY2024", year.Period.ToString());
            Assert.DoesNotContain(x.Result.Unresolved, u => u.Kind == StatementKind.Change);
        }

        [Fact]
        public void Bare_rates_stay_unresolved_when_the_call_also_compares_with_the_previous_quarter()
        {
            var x = Run("Northwind Optics",
                Cfo("Revenue was $400 million, up 8% year over year and up 2% sequentially.\nGross margin was 41.0%, up 60 basis points.\n"
                    + "Operating income grew 12% from the prior-year quarter."));
            Assert.Equal(2m, x.Change("Revenue", "Q3 2024").Quantity.Number);
            Assert.Equal(12m, x.Change("OperatingIncome", "Q4 2023").Quantity.Number);
            Assert.DoesNotContain(x.Result.Changes, c => c.Metric == "GrossMargin");
            Assert.Contains("compared with is not stated", x.Result.Unresolved.Single(u => u.Metric == "GrossMargin").Reason);
        }

        [Fact]
        public void A_level_compared_with_the_previous_quarter_also_leaves_bare_rates_unresolved()
        {
            var x = Run("Woodgrove Foods",
                Cfo("Net sales were $1.9 billion, up 4% from a year ago, and operating income rose 7% over the prior-year quarter. "
                    + "Gross margin was 31.2%, up from 30.6% in the third quarter.\nAdjusted EBITDA was $290 million, up 5%."));
            Assert.DoesNotContain(x.Result.Changes, c => c.Metric == "AdjustedEbitda");
            Assert.Single(x.Result.Unresolved, u => u.Metric == "AdjustedEbitda");
        }

        [Fact]
        public void One_stated_comparison_is_not_yet_the_calls_habit()
        {
            var x = Run("Alpine Outfitters",
                Cfo("Revenue was $228 million, up 14% from a year ago.\nGross margin was 47.5%, up 90 basis points."));
            Assert.Equal(14m, x.Change("Revenue", "Q4 2023").Quantity.Number);
            Assert.DoesNotContain(x.Result.Changes, c => c.Metric == "GrossMargin");
        }

        [Fact]
        public void A_balances_bare_move_stays_unresolved()
        {
            var x = Run("Trey Industrial",
                Cfo("Sales were $640 million, up 5% versus last year, and operating income increased 8% year over year. "
                    + "\nInventory ended the quarter at $410 million, down 6%."));
            Assert.Equal(5m, x.Change("Revenue", "Q4 2023").Quantity.Number);
            Assert.DoesNotContain(x.Result.Changes, c => c.Metric == "Inventory");
        }
    }
}
