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

        [Fact]
        public void An_outlook_a_revision_replaces_is_neither_an_outlook_nor_a_figure()
        {
            foreach (string said in new[]
            {
                "For the full year, we now expect capital expenditures of about $210 million, up from our earlier plan of $180 million.",
                "For the full year, we now expect capital expenditures of about $210 million, compared with $180 million in our previous guidance.",
                "For the full year, we now expect capital expenditures of about $210 million, up from roughly $180 million in our prior outlook.",
                "For the full year, we now expect capital expenditures of about $210 million, up from approximately $180 million in our last outlook.",
            })
            {
                var x = Run(Cfo(YearOverYear), Cfo(said));
                var g = x.Guidance("CapitalExpenditures", "FY2024");
                Assert.Equal(210_000_000m, g.LowQuantity!.Number);
                Assert.Equal(210_000_000m, g.HighQuantity!.Number);
                Assert.DoesNotContain(x.Result.Figures, f => f.Metric == "CapitalExpenditures");
                Assert.DoesNotContain(x.Result.Changes, c => c.Metric == "CapitalExpenditures");
            }
        }

        [Fact]
        public void A_raised_margin_outlook_names_the_old_one_after_the_number()
        {
            foreach (string said in new[]
            {
                "For the year, we now expect an operating margin of approximately 14%, up from about 13% in our prior outlook.",
                "We now expect an adjusted operating margin of about 14% for the year, up from approximately 13% in our May guidance, and free cash flow of about $90 million.",
            })
            {
                var x = Run(Cfo(YearOverYear), Cfo(said));
                Assert.Equal(14m, x.Guidance("OperatingMargin", "FY2024").LowQuantity!.Number);
                Assert.DoesNotContain(x.Result.Figures, f => f.Metric == "OperatingMargin");
                Assert.DoesNotContain(x.Result.Changes, c => c.Metric == "OperatingMargin");
            }
        }

        [Fact]
        public void A_raised_buyback_names_the_old_plan_before_the_number()
        {
            foreach (string said in new[]
            {
                "We now expect to repurchase about $120 million of stock this year, up from our earlier plan of $100 million, and we have $400 million left on the authorization.",
                "We now expect to repurchase about $120 million of stock this year, up from our prior guidance of $100 million.",
            })
            {
                var x = Run(Cfo(YearOverYear), Cfo(said));
                var g = x.Guidance("ShareRepurchaseAmount", "FY2024");
                Assert.Equal(120_000_000m, g.LowQuantity!.Number);
                Assert.Equal(120_000_000m, g.HighQuantity!.Number);
                Assert.DoesNotContain(x.Result.Figures, f => f.Quantity.Number == 100_000_000m);
            }
        }

        [Fact]
        public void Last_years_level_said_with_a_possessive_is_the_prior_year_quarter()
        {
            var x = Run(Cfo(YearOverYear), Cfo("Adjusted earnings per share were $0.88, up 10% over last year's $0.80. "
                + "Operating income was $95 million, compared to last year's $90 million."));
            Assert.Equal(0.88m, x.Figure("DilutedEps", "Q3 2024").Quantity.Number);
            Assert.Equal(0.80m, x.Figure("DilutedEps", "Q3 2023").Quantity.Number);
            Assert.Equal(10m, x.Change("DilutedEps", "Q3 2023").Quantity.Number);
            Assert.Equal(90_000_000m, x.Figure("OperatingIncome", "Q3 2023").Quantity.Number);
            Assert.DoesNotContain(x.Result.Figures, f => f.Period.ToString() == "Q3 2024" && f.Quantity.Number is 0.80m or 90_000_000m);
        }

        [Fact]
        public void Last_years_level_an_outlook_is_measured_against_leaves_the_outlook_a_direction()
        {
            var x = Run(Cfo(YearOverYear), Cfo("For the full year, we expect operating margin to be about flat with last year's 11.2%."));
            Assert.Equal(Direction.Flat, x.Guidance("OperatingMargin", "FY2024").Direction);
            Assert.DoesNotContain(x.Result.Figures, f => f.Quantity.Number == 11.2m && f.Period.ToString() != "FY2023");
        }

        [Fact]
        public void The_ordinal_quarter_last_year_is_the_prior_year_quarter_not_the_previous_quarter()
        {
            foreach (string said in new[]
            {
                "Operating income was $40.2 million, or 16% of revenue, compared with $31.5 million, or 13%, in the third quarter last year.",
                "Operating income was $40.2 million, or 16% of revenue, compared with $31.5 million, or 13%, in last year's third quarter.",
                "Operating income was $40.2 million, or 16% of revenue, compared with $31.5 million, or 13%, in the third quarter of last year.",
            })
            {
                // a sequential comparison just before must not carry over to the stated prior-year quarter
                var x = Run(Cfo("Backlog was $610 million, an increase of $25 million from the second quarter. " + said));
                Assert.Equal(40_200_000m, x.Figure("OperatingIncome", "Q3 2024").Quantity.Number);
                Assert.Equal(31_500_000m, x.Figure("OperatingIncome", "Q3 2023").Quantity.Number);
                Assert.Equal(16m, x.Figure("OperatingMargin", "Q3 2024").Quantity.Number);
                Assert.Equal(13m, x.Figure("OperatingMargin", "Q3 2023").Quantity.Number);
                Assert.DoesNotContain(x.Result.Figures, f => f.Period.ToString() == "Q2 2024" && f.Metric != "Backlog");
            }
        }
    }
}
