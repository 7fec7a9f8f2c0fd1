using System;
using System.Linq;
using TypedTranscripts.Figures;
using Xunit;
using static TypedTranscripts.Tests.Figures.Extraction;

namespace TypedTranscripts.Tests.Figures
{
    /// <summary>
    /// Plans for the year, outlooks a revision replaces, and prior-year levels said with a possessive or as "the third
    /// quarter last year". Turns of an invented company, Wingtip Foundry, reporting its third quarter of 2024 on
    /// 24 October 2024 (a calendar fiscal year). The sentences are ours.
    /// </summary>
    public class PriorPeriodPhrasingTests
    {
        private static readonly FiscalPeriod Q3 = FiscalPeriod.OfQuarter(2024, 3);
        private static readonly DateTime CallDate = new DateTime(2024, 10, 24);

        private static Extraction Run(params (SpeakerRole, SectionKind, string)[] turns) => Extraction.Run(Q3, CallDate, "Wingtip Foundry", turns);

        [Fact]
        public void Planning_a_quantity_for_the_year_is_an_outlook()
        {
            foreach (string said in new[]
            {
                "Turning to the full year outlook, we now expect revenue of $2.4 billion to $2.5 billion. We're planning capital spending of roughly $180 million and a tax rate of about 23%.",
                "Turning to the full year outlook, we now expect revenue of $2.4 billion to $2.5 billion. We are planning for capital expenditures of about $180 million and an effective tax rate of approximately 23%.",
                "Turning to the full year outlook, we now expect revenue of $2.4 billion to $2.5 billion. We plan capital expenditures of around $180 million, with an effective tax rate near 23%.",
            })
            {
                var x = Run(Cfo(YearOverYear), Cfo(said));
                Assert.Equal(180_000_000m, x.Guidance("CapitalExpenditures", "FY2024").LowQuantity!.Number);
                Assert.Equal(23m, x.Guidance("EffectiveTaxRate", "FY2024").LowQuantity!.Number);
                Assert.DoesNotContain(x.Result.Figures, f => f.Metric is "CapitalExpenditures" or "EffectiveTaxRate");
            }
        }

        [Fact]
        public void A_plan_said_of_the_past_is_no_outlook()
        {
            var x = Run(Cfo(YearOverYear), Cfo("Capital expenditures were $52 million in the quarter, as planned. "
                + "Operating expenses of $310 million were in line with our plan. "
                + "Gross margin was 38%, consistent with the plan we laid out in February."));
            Assert.Equal(52_000_000m, x.Figure("CapitalExpenditures", "Q3 2024").Quantity.Number);
            Assert.Equal(310_000_000m, x.Figure("OperatingExpenses", "Q3 2024").Quantity.Number);
            Assert.Equal(38m, x.Figure("GrossMargin", "Q3 2024").Quantity.Number);
            Assert.Empty(x.Result.Guidance);
        }
    }
}
