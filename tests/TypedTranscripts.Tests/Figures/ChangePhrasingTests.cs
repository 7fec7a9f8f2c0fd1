using System;
using System.Linq;
using TypedTranscripts.Figures;
using Xunit;
using static TypedTranscripts.Tests.Figures.Extraction;

namespace TypedTranscripts.Tests.Figures
{
    /// <summary>
    /// How calls word a change and what it is a change of: turns of invented companies reporting their third quarter of 2024
    /// on 30 October 2024 (a calendar fiscal year). The sentences are ours.
    /// </summary>
    public class ChangePhrasingTests
    {
        private static readonly FiscalPeriod Q3 = FiscalPeriod.OfQuarter(2024, 3);
        private static readonly DateTime CallDate = new DateTime(2024, 10, 30);

        private static Extraction Run(string company, params (SpeakerRole, SectionKind, string)[] turns) => Extraction.Run(Q3, CallDate, company, turns);

        [Fact]
        public void Points_better_or_worse_than_a_period_are_a_change_of_the_margin()
        {
            var x = Run("Litware Data", Cfo("Adjusted operating margin was 21%, four points better than a year ago. "
                + "Gross margin was 68.2%, 1.5 points worse than the prior-year quarter."));
            Assert.Equal(4m, x.Change("OperatingMargin", "Q3 2023").Quantity.Number);
            Assert.Equal(-1.5m, x.Change("GrossMargin", "Q3 2023").Quantity.Number);
        }

        [Fact]
        public void Revenue_outside_a_region_is_the_revenue_of_the_business_beyond_it()
        {
            var x = Run("Litware Data", Cfo(YearOverYear), Cfo("Total revenue was $96 million, up 18%. Revenue outside the United States grew 25%."));
            Assert.Equal(18m, x.Change("Revenue", "Q3 2023").Quantity.Number);
            Assert.Equal(25m, x.Change("Revenue", "Q3 2023", "outside the United States").Quantity.Number);
        }

        [Fact]
        public void Annual_recurring_revenue_is_its_own_measure_not_revenue()
        {
            var x = Run("Litware Data", Cfo(YearOverYear), Cfo("Annual recurring revenue reached $412 million at the end of the quarter, up 29%. "
                + "Customers with more than $250,000 in ARR grew to 340."));
            Assert.Equal(412_000_000m, x.Figure("AnnualRecurringRevenue", "Q3 2024").Quantity.Number);
            Assert.Equal(29m, x.Change("AnnualRecurringRevenue", "Q3 2023").Quantity.Number);
            Assert.DoesNotContain(x.Result.Changes, c => c.Metric == "Revenue");
            Assert.DoesNotContain(x.Result.Figures, f => f.Metric == "Revenue");
            Assert.DoesNotContain(x.Result.Figures, f => f.Quantity.Number == 250_000m);
        }

        [Fact]
        public void Segment_margin_is_the_operating_margin_of_the_segment_just_named()
        {
            var x = Run("Proseware Industrial", Cfo(YearOverYear), Cfo("Fluid Handling sales were $310 million, up 4%, with segment margin of 19.5%, up 30 basis points.\n"
                + "Sensors sales were $205 million, down 3%. Segment margin was 14.1%, down 80 basis points, on lower volume."));
            Assert.Equal(19.5m, x.Figure("OperatingMargin", "Q3 2024", "Fluid Handling").Quantity.Number);
            Assert.Equal(0.3m, x.Change("OperatingMargin", "Q3 2023", "Fluid Handling").Quantity.Number);
            Assert.Equal(14.1m, x.Figure("OperatingMargin", "Q3 2024", "Sensors").Quantity.Number);
            Assert.Equal(-0.8m, x.Change("OperatingMargin", "Q3 2023", "Sensors").Quantity.Number);
            Assert.DoesNotContain(x.Result.Figures, f => f.Metric == "OperatingMargin" && f.Segment is null);
        }

        [Fact]
        public void An_ordinary_word_opening_a_capitalised_name_is_part_of_it()
        {
            var x = Run("Proseware Industrial", Cfo(YearOverYear), Cfo("Flow Technologies sales were $260 million, up 6%. Quality Systems revenue grew 11%."));
            Assert.Equal(260_000_000m, x.Figure("Revenue", "Q3 2024", "Flow Technologies").Quantity.Number);
            Assert.Equal(11m, x.Change("Revenue", "Q3 2023", "Quality Systems").Quantity.Number);
        }

        [Fact]
        public void A_balances_comparison_with_the_last_quarter_does_not_carry_to_the_next_rate()
        {
            var x = Run("Litware Data", Cfo(YearOverYear), Cfo("Deferred revenue was $210 million, up $9 million from the second quarter. "
                + "Gross margin was 74.5%, up 120 basis points."));
            Assert.Equal(1.2m, x.Change("GrossMargin", "Q3 2023").Quantity.Number);
            Assert.DoesNotContain(x.Result.Changes, c => c.Metric == "GrossMargin" && c.Versus.ToString() == "Q2 2024");
        }

        [Fact]
        public void Segment_margin_with_no_segment_named_is_left_unresolved()
        {
            var x = Run("Proseware Industrial", Cfo("Segment margin was 17.2% for the quarter."));
            Assert.DoesNotContain(x.Result.Figures, f => f.Metric == "OperatingMargin");
            Assert.Single(x.Result.Unresolved);
        }
    }
}
