using System;
using System.Linq;
using TypedTranscripts.Figures;
using Xunit;
using static TypedTranscripts.Tests.Figures.Extraction;

namespace TypedTranscripts.Tests.Figures
{
    /// <summary>
    /// How calls phrase outlooks: hedged directions in answers, the period an outlook paragraph is about, raised ranges,
    /// long-term targets and declared dividends. Turns of an invented company, Tailspin Outfitters, reporting its second
    /// quarter of 2024 on 25 July 2024 (a calendar fiscal year). The sentences are ours.
    /// </summary>
    public class OutlookPhrasingTests
    {
        private static readonly FiscalPeriod Q2 = FiscalPeriod.OfQuarter(2024, 2);
        private static readonly DateTime CallDate = new DateTime(2024, 7, 25);

        private static Extraction Run(params (SpeakerRole, SectionKind, string)[] turns) => Extraction.Run(Q2, CallDate, "Tailspin Outfitters", turns);

        [Fact]
        public void A_dividend_the_board_raises_to_an_amount_is_a_figure_of_the_quarter_and_no_outlook()
        {
            foreach (string said in new[]
            {
                "Earlier today, our directors announced a 7% higher quarterly dividend, taking it to $0.31 per share.",
                "The board also declared an increase of 7% in the dividend, to $0.31 per share, payable in September.",
            })
            {
                var x = Run(Cfo(YearOverYear), Cfo(said));
                Assert.Equal(0.31m, x.Figure("Dividend", "Q2 2024").Quantity.Number);
                Assert.DoesNotContain(x.Result.Guidance, g => g.Metric == "Dividend");
                Assert.DoesNotContain(x.Result.Changes, c => c.Metric == "Dividend");
            }
        }

        [Fact]
        public void A_hedged_view_of_what_will_happen_in_an_answer_is_an_outlook_with_a_direction()
        {
            var x = Run(Cfo("Marine revenue was $120 million. Services revenue was $45 million. Gross margin was 41%."),
                Question("How should we think about the back half?"),
                Answer("Honestly, we think Marine will decline a little next quarter while the fleet order slips. We believe services "
                    + "revenue will be lower in the third quarter too, but I think third-quarter gross margin should improve a bit."),
                Question("And churn?"),
                Answer("I think you will see an increase in churn, and Marine should be fine."));
            Assert.Equal(Direction.Down, x.Guidance("Revenue", "Q3 2024", "Marine").Direction);
            Assert.Equal(Direction.Down, x.Guidance("ServiceRevenue", "Q3 2024").Direction);
            Assert.Equal(Direction.Up, x.Guidance("GrossMargin", "Q3 2024").Direction);
            Assert.DoesNotContain(x.Result.Guidance, g => g.Metric == "Churn");
            Assert.Single(x.Result.Guidance, g => g.Segment == "Marine");
        }

        [Fact]
        public void A_later_word_of_the_company_name_said_alone_names_a_line_of_business()
        {
            var x = Extraction.Run(Q2, CallDate, "Alpine Freight", Cfo("Alpine Freight revenue was $300 million. Freight revenue was $210 million, "
                + "and Brokerage revenue was $90 million. Alpine revenue was up 3%."),
                Answer("Near term, we believe Freight revenue should be a bit lower in the third quarter."));
            Assert.Equal(300_000_000m, x.Figure("Revenue", "Q2 2024").Quantity.Number);
            Assert.Equal(210_000_000m, x.Figure("Revenue", "Q2 2024", "Freight").Quantity.Number);
            Assert.Equal(90_000_000m, x.Figure("Revenue", "Q2 2024", "Brokerage").Quantity.Number);
            Assert.Equal(Direction.Down, x.Guidance("Revenue", "Q3 2024", "Freight").Direction);
        }

        [Fact]
        public void Bare_margins_in_an_outlook_are_the_margin_just_discussed_or_a_reported_lines_operating_margin()
        {
            var x = Run(Cfo("Marine revenue was $120 million. Aviation revenue was $80 million."),
                Question("Can you talk about profitability?"),
                Answer("Sure. Gross margin was 42.5% in the quarter, up 60 basis points from a year ago. We expect margins to improve further in the "
                    + "third quarter."),
                Question("And by business?"),
                Answer("We expect Aviation margins to decline slightly in 2025 as we ramp the new hangar, and we think Marine margins will be "
                    + "roughly flat next year."));
            Assert.Equal(Direction.Up, x.Guidance("GrossMargin", "Q3 2024").Direction);
            Assert.Equal(Direction.Down, x.Guidance("OperatingMargin", "FY2025", "Aviation").Direction);
            Assert.Equal(Direction.Flat, x.Guidance("OperatingMargin", "FY2025", "Marine").Direction);
        }

        [Fact]
        public void A_raised_range_is_the_outlook_and_the_range_it_replaces_is_neither_outlook_nor_figure()
        {
            var x = Run(Cfo("Let me turn to our outlook for the full year 2024. On the strength of our results so far, we are raising our non-GAAP EPS guidance to between "
                + "$2.40 and $2.50, from $2.30 to $2.45 earlier, which compares with $2.21 in fiscal 2023. Free cash flow: we are raising our guidance "
                + "to $610 million, from $580 million."));
            var eps = x.Guidance("DilutedEps", "FY2024");
            Assert.Equal((2.40m, 2.50m), (eps.LowQuantity!.Number, eps.HighQuantity!.Number));
            Assert.Equal(610_000_000m, x.Guidance("FreeCashFlow", "FY2024").LowQuantity!.Number);
            Assert.Equal(2.21m, x.Figure("DilutedEps", "FY2023").Quantity.Number);
            Assert.Single(x.Result.Figures);
            Assert.Equal(2, x.Result.Guidance.Count);
            Assert.Empty(x.Result.Unresolved);
        }

        [Fact]
        public void A_period_the_outlook_verb_gives_its_first_metric_is_the_outlooks_period_for_the_sentences_after_it()
        {
            var x = Run(Cfo("On to guidance. With six months behind us, we anticipate full-year 2024 revenue between $1.80 billion and $1.82 billion, "
                + "which implies third-quarter revenue of $450 million to $460 million. We expect adjusted operating expenses in the third quarter to "
                + "be about $120 million. We anticipate adjusted EPS of $2.10 to $2.16 and a tax rate near 21%."));
            Assert.Equal(1_800_000_000m, x.Guidance("Revenue", "FY2024").LowQuantity!.Number);
            Assert.Equal(450_000_000m, x.Guidance("Revenue", "Q3 2024").LowQuantity!.Number);
            Assert.Equal(120_000_000m, x.Guidance("OperatingExpenses", "Q3 2024").LowQuantity!.Number);
            Assert.Equal(2.10m, x.Guidance("DilutedEps", "FY2024").LowQuantity!.Number);
            Assert.Equal(21m, x.Guidance("EffectiveTaxRate", "FY2024").LowQuantity!.Number);
            Assert.DoesNotContain(x.Result.Guidance, g => g.Period.ToString() == "Q3 2024" && g.Metric is "DilutedEps" or "EffectiveTaxRate");
        }

        [Fact]
        public void A_period_said_before_the_next_metric_is_that_metrics_not_the_number_before_it()
        {
            var x = Run(Cfo("For the full year, we expect revenue of $1.80 billion to $1.82 billion, implying fourth-quarter revenue of $470 million "
                + "to $490 million."));
            Assert.Equal(1_800_000_000m, x.Guidance("Revenue", "FY2024").LowQuantity!.Number);
            Assert.Equal(470_000_000m, x.Guidance("Revenue", "Q4 2024").LowQuantity!.Number);
        }

        [Fact]
        public void A_target_for_a_year_after_next_is_a_long_term_target()
        {
            var x = Run(Cfo("At our March analyst meeting we laid out fiscal 2027 targets, among them an adjusted operating margin between 18% and "
                + "20%, and we are tracking ahead of them. Our target for 2028 remains adjusted EPS of $4.75. For 2025, we expect adjusted EPS of $2.90. "
                + "We are also committed to our fiscal 2027 goal of free cash flow above $700 million."));
            var margin = x.Guidance("OperatingMargin", "long-term");
            Assert.Equal((18m, 20m), (margin.LowQuantity!.Number, margin.HighQuantity!.Number));
            Assert.Equal(4.75m, x.Guidance("DilutedEps", "long-term").LowQuantity!.Number);
            Assert.Equal(2.90m, x.Guidance("DilutedEps", "FY2025").LowQuantity!.Number);
            Assert.Equal(700_000_000m, x.Guidance("FreeCashFlow", "long-term").LowQuantity!.Number);
            Assert.Empty(x.Result.Unresolved);
        }

        [Fact]
        public void Growth_said_of_a_long_term_model_is_a_long_term_outlook_and_revenue_growth_is_the_growth_rate()
        {
            var x = Run(Cfo("Our long-term model calls for mid single-digit revenue growth, with double-digit adjusted EPS growth on top."),
                Cfo("Revenue grew 4% in the quarter, and EPS growth was strong."));
            Assert.Equal(Direction.Up, x.Guidance("RevenueGrowth", "long-term").Direction);
            Assert.Equal(Direction.Up, x.Guidance("DilutedEps", "long-term").Direction);
            Assert.Equal(2, x.Result.Guidance.Count);
        }

        [Fact]
        public void An_outlook_compared_with_a_years_level_is_for_the_year_after_it()
        {
            var x = Run(Cfo("For the third quarter, we expect revenue of $450 million to $460 million. We expect adjusted EPS to land at $2.10 to $2.16, "
                + "compared to $1.95 in 2023, and we expect a tax rate of about 21% for the quarter."));
            Assert.Equal(450_000_000m, x.Guidance("Revenue", "Q3 2024").LowQuantity!.Number);
            Assert.Equal(2.10m, x.Guidance("DilutedEps", "FY2024").LowQuantity!.Number);
            Assert.Equal(1.95m, x.Figure("DilutedEps", "FY2023").Quantity.Number);
            Assert.Equal(21m, x.Guidance("EffectiveTaxRate", "Q3 2024").LowQuantity!.Number);
        }

        [Fact]
        public void An_outlook_reaffirmed_or_reiterated_is_an_outlook_and_names_the_period_of_the_next_sentences()
        {
            foreach (string said in new[]
            {
                "For fiscal 2024, we're reaffirming net sales of $3.1 billion to $3.2 billion. We expect capital spending of $90 million to $110 million.",
                "For fiscal 2024, we reiterate net sales of $3.1 billion to $3.2 billion. We expect capital spending of $90 million to $110 million.",
            })
            {
                var x = Run(Cfo(said));
                Assert.Equal((3_100_000_000m, 3_200_000_000m), (x.Guidance("Revenue", "FY2024").LowQuantity!.Number, x.Guidance("Revenue", "FY2024").HighQuantity!.Number));
                Assert.Equal(90_000_000m, x.Guidance("CapitalExpenditures", "FY2024").LowQuantity!.Number);
                Assert.Empty(x.Result.Figures);
            }
        }

        [Fact]
        public void A_quantity_being_narrowed_or_raised_to_a_range_is_an_outlook_and_its_period_carries()
        {
            var x = Run(Cfo("For the third quarter, we expect revenue of $400 million to $420 million.\n"
                + "For the full year, we are narrowing adjusted EPS to $2.30 to $2.40, the lower half of our prior range. "
                + "We now plan capital spending of about $80 million."));
            Assert.Equal(400_000_000m, x.Guidance("Revenue", "Q3 2024").LowQuantity!.Number);
            var eps = x.Guidance("DilutedEps", "FY2024");
            Assert.Equal((2.30m, 2.40m), (eps.LowQuantity!.Number, eps.HighQuantity!.Number));
            Assert.Equal(80_000_000m, x.Guidance("CapitalExpenditures", "FY2024").LowQuantity!.Number);
            Assert.Empty(x.Result.Figures);
        }
    }
}
