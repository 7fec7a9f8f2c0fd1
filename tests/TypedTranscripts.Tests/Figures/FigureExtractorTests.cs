using System;
using System.Linq;
using TypedTranscripts.Figures;
using Xunit;
using static TypedTranscripts.Tests.Figures.Extraction;

namespace TypedTranscripts.Tests.Figures
{
    /// <summary>
    /// Figures, changes and guidance from turns of an invented company, Contoso Networks, reporting its second quarter of
    /// 2024 on 25 July 2024 (a calendar fiscal year). The sentences are ours, written in the styles calls use.
    /// </summary>
    public class FigureExtractorTests
    {
        private static readonly FiscalPeriod Q2 = FiscalPeriod.OfQuarter(2024, 2);
        private static readonly DateTime CallDate = new DateTime(2024, 7, 25);

        private static Extraction Run(params (SpeakerRole, SectionKind, string)[] turns) => Extraction.Run(Q2, CallDate, "Contoso Networks", turns);

        [Fact]
        public void Reads_levels_with_metric_period_unit_qualifier_and_line()
        {
            var x = Run(Cfo("Now on to the numbers.\nOn a GAAP basis, total revenue for the second quarter was $412 million, above the high end of our range.\n"
                + "We ended the quarter with nearly $1.3 billion in cash, cash equivalents and investments, and Contoso had 5,210 employees."));
            var revenue = Assert.IsType<Figure<Money>>(x.Figure("Revenue", "Q2 2024"));
            Assert.Equal(412_000_000m, revenue.Value.Amount);
            Assert.Equal("USD", revenue.Value.Currency);
            Assert.Equal(Basis.Gaap, revenue.Basis);
            Assert.Equal(2, revenue.Line);
            Assert.StartsWith("On a GAAP basis, total revenue", revenue.Sentence);
            var cash = Assert.IsType<Figure<Money>>(x.Figure("CashAndInvestments", "Q2 2024"));
            Assert.Equal(1_300_000_000m, cash.Value.Amount);
            Assert.Equal("nearly", cash.Qualifier);
            Assert.Equal(3, cash.Line);
            var headcount = Assert.IsType<Figure<Count>>(x.Figure("Headcount", "Q2 2024"));
            Assert.Equal(new Count(5210, CountUnit.Items), headcount.Value);
        }

        [Fact]
        public void Reads_per_share_amounts_and_their_compared_periods()
        {
            var x = Run(Cfo("Contoso reported GAAP diluted earnings per share of $0.18, compared to $0.11 per share in the first quarter, "
                + "and $0.21 per share in the prior year second quarter."));
            Assert.Equal(new PerShare(0.18m, "USD"), Assert.IsType<Figure<PerShare>>(x.Figure("DilutedEps", "Q2 2024")).Value);
            Assert.Equal(0.11m, Assert.IsType<Figure<PerShare>>(x.Figure("DilutedEps", "Q1 2024")).Value.Amount);
            Assert.Equal(0.21m, Assert.IsType<Figure<PerShare>>(x.Figure("DilutedEps", "Q2 2023")).Value.Amount);
            Assert.All(x.Result.Figures, f => Assert.Equal(Basis.Gaap, f.Basis));
        }

        [Fact]
        public void Carries_the_basis_a_speaker_set_across_paragraphs_until_another_is_said()
        {
            var x = Run(Cfo("Turning to margins, on a non-GAAP basis, gross margin for the quarter was 61.2%.\n"
                + "Operating margin was 18.4%, up 1.5 points sequentially.\n"
                + "GAAP net income was $40 million."));
            Assert.Equal(Basis.NonGaap, x.Figure("GrossMargin", "Q2 2024").Basis);
            Assert.Equal(Basis.NonGaap, x.Figure("OperatingMargin", "Q2 2024").Basis);
            Assert.Equal(Basis.Gaap, x.Figure("NetIncome", "Q2 2024").Basis);
        }

        [Fact]
        public void Takes_the_call_wide_basis_the_opening_remarks_state()
        {
            var x = Run(Cfo("Unless otherwise noted, we will discuss non-GAAP results on this call."), Cfo("Operating expenses were $210 million."));
            Assert.Equal(Basis.NonGaap, x.Figure("OperatingExpenses", "Q2 2024").Basis);
        }

        [Theory]
        [InlineData("All growth comparisons relate to the corresponding period of last year unless otherwise noted.")]
        [InlineData("Unless we say otherwise, growth rates compare with the same quarter last year.")]
        [InlineData("Unless otherwise stated, all comparisons are year over year.")]
        [InlineData("Unless otherwise noted, the measures I discuss are non-GAAP and all growth rates are year over year.")]
        [InlineData("Unless we note otherwise, our comparisons today are against the second quarter of 2023.")]
        public void Takes_the_call_wide_comparison_the_opening_remarks_state(string opening)
        {
            var x = Run(Cfo(opening), Cfo("Revenue was $286 million, up 14%."));
            var change = Assert.Single(x.Result.Changes);
            Assert.Equal(("Revenue", "Q2 2023", 14m), (change.Metric, change.Versus.ToString(), change.Quantity.Number));
        }

        [Fact]
        public void A_comparison_without_a_stated_default_is_not_guessed()
        {
            var x = Run(Cfo("In comparison with our plan, the quarter went well."), Cfo("Revenue was $286 million, up 14%."));
            Assert.Empty(x.Result.Changes);
            Assert.Contains(x.Problems, p => p.Code == ProblemCode.UnresolvedFigure);
        }

        [Fact]
        public void A_carried_basis_reaches_only_measures_that_have_gaap_and_non_gaap_versions()
        {
            var x = Run(Cfo("Unless otherwise noted, we will discuss non-GAAP results on this call."),
                Cfo("Revenue was $412 million and operating margin was 18.5%. We ended the quarter with $1.3 billion in cash and 3,120 employees.\n"
                    + "For the third quarter we expect revenue between $425 million and $440 million, and non-GAAP earnings per share between $0.16 and $0.18."));
            Assert.Equal(Basis.NonGaap, x.Figure("OperatingMargin", "Q2 2024").Basis);
            Assert.Equal(Basis.Unspecified, x.Figure("Revenue", "Q2 2024").Basis);
            Assert.Equal(Basis.Unspecified, x.Figure("CashAndInvestments", "Q2 2024").Basis);
            Assert.Equal(Basis.Unspecified, x.Figure("Headcount", "Q2 2024").Basis);
            // "non-GAAP" after the revenue range names the next metric, not revenue.
            Assert.Equal(Basis.Unspecified, x.Result.Guidance.Single(g => g.Metric == "Revenue").Basis);
            Assert.Equal(Basis.NonGaap, x.Result.Guidance.Single(g => g.Metric == "DilutedEps").Basis);
        }

        [Fact]
        public void Adjusted_names_the_basis_of_its_own_metric_only()
        {
            var x = Run(Cfo("Adjusted operating income was $96 million, up 5% sequentially. Operating expenses were $210 million.\n"
                + "We expect adjusted earnings per share of $0.40 to $0.44 for the third quarter, adjusted for the sale of our printer line."));
            Assert.Equal(Basis.NonGaap, x.Figure("OperatingIncome", "Q2 2024").Basis);
            Assert.Equal(Basis.Unspecified, x.Figure("OperatingExpenses", "Q2 2024").Basis);
            Assert.Equal(Basis.NonGaap, x.Guidance("DilutedEps", "Q3 2024").Basis);
        }

        [Fact]
        public void A_figure_stated_on_the_other_basis_is_an_exception_to_the_call_default()
        {
            var x = Run(Cfo("Unless otherwise noted, all figures I discuss are non-GAAP."),
                Cfo("Gross margin was 64.0%. On a GAAP basis, gross margin was 61.5%.\nOperating margin was 19.2%.\nNow to our GAAP results.\nNet income was $31 million."));
            Assert.Equal(Basis.NonGaap, x.Result.Figures.Single(f => f.Metric == "GrossMargin" && f.Quantity.Number == 64.0m).Basis);
            Assert.Equal(Basis.Gaap, x.Result.Figures.Single(f => f.Metric == "GrossMargin" && f.Quantity.Number == 61.5m).Basis);
            Assert.Equal(Basis.NonGaap, x.Figure("OperatingMargin", "Q2 2024").Basis);
            Assert.Equal(Basis.Gaap, x.Figure("NetIncome", "Q2 2024").Basis);
        }

        [Fact]
        public void The_share_count_takes_a_declared_basis_and_guidance_leaves_out_the_metrics_excepted()
        {
            var declared = Run(Cfo("Unless otherwise noted, all figures I discuss are non-GAAP."),
                Cfo("Operating margin was 18.0%, and Vega Systems moved its offices. Our diluted share count was 212 million shares."));
            Assert.Equal(Basis.NonGaap, declared.Figure("DilutedSharesOutstanding", "Q2 2024").Basis);
            var carried = Run(Cfo("On a non-GAAP basis, operating margin was 18.0%. Our diluted share count was 212 million shares."));
            Assert.Equal(Basis.Unspecified, carried.Figure("DilutedSharesOutstanding", "Q2 2024").Basis);

            var excepted = Run(Cfo("Our outlook is on a non-GAAP basis, except for revenue and share count.\n"
                + "For the third quarter, we expect revenue of $420 million to $440 million, operating margin of about 19% and a roughly flat share count."));
            Assert.Equal(Basis.Unspecified, excepted.Guidance("Revenue", "Q3 2024").Basis);
            Assert.Equal(Basis.NonGaap, excepted.Guidance("OperatingMargin", "Q3 2024").Basis);
            Assert.Equal(Basis.Unspecified, excepted.Guidance("DilutedSharesOutstanding", "Q3 2024").Basis);
            var covered = Run(Cfo("Our outlook is on a non-GAAP basis, except for revenue.\n"
                + "For the third quarter, we expect operating margin of about 19% and a roughly flat share count."));
            Assert.Equal(Basis.NonGaap, covered.Guidance("DilutedSharesOutstanding", "Q3 2024").Basis);
        }

        [Fact]
        public void An_outlook_opened_with_its_period_takes_over_from_one_named_earlier()
        {
            var x = Run(Cfo("Our remarks include our outlook for the third quarter and the full year."),
                Cfo("For the third quarter, we expect revenue of $420 million to $440 million.\n"
                    + "For the full year 2024, we expect revenue of $1.70 billion to $1.75 billion. We expect fourth quarter revenue of about $450 million. "
                    + "We expect gross margin to be roughly flat. We expect operating margin of about 19%."));
            Assert.Equal(Direction.Flat, x.Guidance("GrossMargin", "FY2024").Direction);
            Assert.Equal(19m, Assert.IsType<Guidance<Percentage>>(x.Guidance("OperatingMargin", "FY2024")).Low!.Value.Value);
        }

        [Fact]
        public void A_loss_is_the_negative_of_its_metric_and_its_change_is_not_one_of_the_metric()
        {
            var x = Run(Cfo("Operating loss was $12 million, compared to operating income of $3 million in the prior year quarter.\n"
                + "Net loss was $8 million, or a loss of $0.04 per share. Our net loss narrowed 20% sequentially."));
            Assert.Equal(-12_000_000m, x.Figure("OperatingIncome", "Q2 2024").Quantity.Number);
            Assert.Equal(-8_000_000m, x.Figure("NetIncome", "Q2 2024").Quantity.Number);
            Assert.Equal(-0.04m, x.Figure("DilutedEps", "Q2 2024").Quantity.Number);
            Assert.DoesNotContain(x.Result.Changes, c => c.Metric == "NetIncome");
        }

        [Fact]
        public void Reads_changes_with_the_period_compared_against()
        {
            var x = Run(Cfo("Total revenue was $412 million. That was up 6% sequentially and down 3% from the prior year second quarter.\n"
                + "Non-GAAP earnings per share were $0.31, a $0.05 improvement over the first quarter.\n"
                + "Service gross margin improved 2.5 points from the first quarter to 58.0%."));
            Assert.Equal(new Percentage(6), Assert.IsType<Change<Percentage>>(x.Change("Revenue", "Q1 2024")).Value);
            Assert.Equal(new Percentage(-3), Assert.IsType<Change<Percentage>>(x.Change("Revenue", "Q2 2023")).Value);
            Assert.Equal(0.05m, Assert.IsType<Change<PerShare>>(x.Change("DilutedEps", "Q1 2024")).Value.Amount);
            Assert.Equal(new PercentagePoints(2.5m), Assert.IsType<Change<PercentagePoints>>(x.Change("ServiceGrossMargin", "Q1 2024")).Value);
            Assert.All(x.Result.Changes, c => Assert.Equal("Q2 2024", c.Period.ToString()));
        }

        [Fact]
        public void Reads_segments_the_sentence_names()
        {
            var x = Run(Cfo("Cloud Platform revenue rose 9% sequentially to $250 million. "
                + "By region, our revenue mix was North America 55%, Europe 30% and Asia 15%.\n"
                + "Retail revenue accounted for 40% of total revenue."));
            Assert.Equal(250_000_000m, x.Figure("Revenue", "Q2 2024", "Cloud Platform").Quantity.Number);
            Assert.Equal(9m, x.Change("Revenue", "Q1 2024", "Cloud Platform").Quantity.Number);
            Assert.Equal(55m, x.Figure("RevenueMix", "Q2 2024", "North America").Quantity.Number);
            Assert.Equal(30m, x.Figure("RevenueMix", "Q2 2024", "Europe").Quantity.Number);
            Assert.Equal(15m, x.Figure("RevenueMix", "Q2 2024", "Asia").Quantity.Number);
            Assert.Equal(40m, x.Figure("RevenueMix", "Q2 2024", "Retail").Quantity.Number);
        }

        [Fact]
        public void Tells_guidance_from_past_figures()
        {
            var x = Run(Cfo("Gross margin came in at 62.0%, near the top of our guidance range.\n"
                + "Let me now cover our outlook for the third quarter. We expect revenue to range between $420 million and $440 million. "
                + "We expect gross margin to be roughly flat with the second quarter. That outlook assumes a tax rate of approximately 21%."));
            var past = x.Figure("GrossMargin", "Q2 2024");
            Assert.Equal(62m, past.Quantity.Number);
            var revenue = Assert.IsType<Guidance<Money>>(x.Guidance("Revenue", "Q3 2024"));
            Assert.Equal(new Range<Money>(new Money(420_000_000m, "USD"), new Money(440_000_000m, "USD")), revenue.Range);
            Assert.Equal(Direction.Flat, x.Guidance("GrossMargin", "Q3 2024").Direction);
            var tax = Assert.IsType<Guidance<Percentage>>(x.Guidance("EffectiveTaxRate", "Q3 2024"));
            Assert.True(tax.Range!.Value.IsPoint);
            Assert.Equal(21m, tax.Low!.Value.Value);
            Assert.DoesNotContain(x.Result.Figures, f => f.Period.ToString() == "Q3 2024");
            Assert.DoesNotContain(x.Result.Guidance, g => g.Period.ToString() == "Q2 2024");
        }

        [Fact]
        public void Reads_outlooks_with_a_direction_a_spread_and_long_term_targets()
        {
            var x = Run(Cfo("We expect operating expenses for the September quarter to increase slightly. "
                + "For the full year, we expect revenue of $1.7 billion, plus or minus 2%. "
                + "Over the long term, our target remains an operating margin of 25% or better."));
            var opex = x.Guidance("OperatingExpenses", "Q3 2024");
            Assert.Equal(Direction.Up, opex.Direction);
            Assert.Null(opex.LowQuantity);
            var year = Assert.IsType<Guidance<Money>>(x.Guidance("Revenue", "FY2024"));
            Assert.Equal(1_666_000_000m, year.Low!.Value.Amount);
            Assert.Equal(1_734_000_000m, year.High!.Value.Amount);
            var target = Assert.IsType<Guidance<Percentage>>(x.Guidance("OperatingMargin", "long-term"));
            Assert.Equal(25m, target.Low!.Value.Value);
            Assert.Null(target.High);
            Assert.Null(target.Range);
        }

        [Fact]
        public void Reads_an_outlook_revised_without_new_levels_as_a_direction()
        {
            var x = Run(Cfo("Next is our updated full year outlook. We are raising our revenue guidance for the year by $25 million, "
                + "and we are lowering our capital expenditures outlook by $10 million."));
            var revenue = x.Guidance("Revenue", "FY2024");
            Assert.Equal(Direction.Up, revenue.Direction);
            Assert.Null(revenue.LowQuantity);
            Assert.Equal(Direction.Down, x.Guidance("CapitalExpenditures", "FY2024").Direction);
            Assert.Empty(x.Result.Figures);
        }

        [Fact]
        public void Ignores_analysts_numbers()
        {
            var x = Run(Question("My model has revenue of $500 million for the third quarter and gross margin of 63%, and we expect EPS of $0.40."),
                Answer("Thanks for the question; we do not comment on models."));
            Assert.Empty(x.Result.Figures);
            Assert.Empty(x.Result.Changes);
            Assert.Empty(x.Result.Guidance);
            Assert.Empty(x.Result.Unresolved);
        }

        [Fact]
        public void Keeps_the_first_statement_of_a_fact_and_leaves_hedged_numbers_in_answers_out()
        {
            var x = Run(Cfo("Total revenue was $412 million, up 6% sequentially."),
                Question("Can you talk about revenue?"),
                Answer("Sure. As I said, revenue was $412 million, up 6% sequentially, and headcount should be about 5,300 next quarter."));
            var revenue = x.Figure("Revenue", "Q2 2024");
            Assert.Equal(1, revenue.Line);
            Assert.Single(x.Result.Changes);
            Assert.DoesNotContain(x.Result.Guidance, g => g.Metric == "Headcount");
        }

        [Fact]
        public void Reports_what_it_cannot_resolve_and_keeps_it_out_of_the_typed_figures()
        {
            var x = Run(Cfo("Revenue grew nicely.\nYear-to-date, operating expenses decreased 3%.\nServices backlog was up 11%."));
            Assert.Empty(x.Result.Changes);
            Assert.Equal(2, x.Result.Unresolved.Count);
            var ytd = x.Result.Unresolved.Single(u => u.Line == 2);
            Assert.Equal(StatementKind.Change, ytd.Kind);
            Assert.Equal("OperatingExpenses", ytd.Metric);
            Assert.Equal(-3m, ytd.Value);
            Assert.Contains("not a fiscal quarter or year", ytd.Reason);
            Assert.Contains("compared with is not stated", x.Result.Unresolved.Single(u => u.Line == 3).Reason);
            Assert.All(x.Problems, p => Assert.Equal(ProblemCode.UnresolvedFigure, p.Code));
            Assert.Equal(new[] { 2, 3 }, x.Problems.Select(p => p.Location.Line).OrderBy(l => l).ToArray());
            Assert.All(x.Problems, p => Assert.Equal(ProblemSeverity.Info, p.Severity));
        }

        [Fact]
        public void Leaves_out_effects_shares_of_revenue_and_constant_currency_rates()
        {
            var x = Run(Cfo("Operating expenses were $180 million, or 43.7% of revenue. "
                + "Revenue was $412 million, up 6% year-over-year and 8% in constant currency, despite a headwind of $12 million from foreign exchange."));
            Assert.True(x.Result.Figures.Count(f => f.Metric == "OperatingExpenses") == 1, x.Describe());
            Assert.DoesNotContain(x.Result.Figures, f => f.Quantity.Unit == "percent");
            Assert.Single(x.Result.Changes);
            Assert.Equal(6m, x.Change("Revenue", "Q2 2023").Quantity.Number);
            Assert.DoesNotContain(x.Result.Figures, f => f.Quantity.Number == 12_000_000m);
        }

        [Fact]
        public void Gives_compared_levels_their_own_period_and_leaves_the_stated_level_in_the_calls()
        {
            var x = Run(Cfo("Gross margin was 61.0%, compared with 59.5% last quarter. "
                + "Revenue in the quarter was $412 million versus $390 million a year ago, while operating margin improved to 18% from 16%."));
            Assert.Equal(61.0m, x.Figure("GrossMargin", "Q2 2024").Quantity.Number);
            Assert.Equal(59.5m, x.Figure("GrossMargin", "Q1 2024").Quantity.Number);
            Assert.Equal(390_000_000m, x.Figure("Revenue", "Q2 2023").Quantity.Number);
            Assert.Equal(18m, x.Figure("OperatingMargin", "Q2 2024").Quantity.Number);
        }

        [Fact]
        public void Reads_balances_counts_and_ratios()
        {
            var x = Extraction.Run(FiscalPeriod.OfQuarter(2023, 4), new DateTime(2024, 2, 8), "Contoso Networks",
                Cfo("We ended the year with $2.1 billion of cash and short-term investments. Our headcount was 8,900 at year end. "
                    + "Our net leverage ratio was 1.8 times EBITDA, and DSO was 52 days. "
                    + "We paid a dividend of $0.45 per share and returned $300 million to shareholders."));
            Assert.Equal(2_100_000_000m, x.Figure("CashAndInvestments", "Q4 2023").Quantity.Number);
            Assert.Equal(new Count(8900, CountUnit.Items), ((Figure<Count>)x.Figure("Headcount", "Q4 2023")).Value);
            Assert.Equal(new Ratio(1.8m), ((Figure<Ratio>)x.Figure("NetLeverage", "Q4 2023")).Value);
            Assert.Equal(new Count(52, CountUnit.Days), ((Figure<Count>)x.Figure("DaysSalesOutstanding", "Q4 2023")).Value);
            Assert.Equal(0.45m, x.Figure("Dividend", "Q4 2023").Quantity.Number);
            Assert.DoesNotContain(x.Result.Figures, f => f.Quantity.Number == 300_000_000m);
        }

        [Fact]
        public void Reads_metrics_the_table_lacks_under_names_of_the_same_style()
        {
            var x = Run(Cfo("Net sales were $2.35 billion, up 4.2% from last year, and comparable sales increased 3.1%. "
                + "SG&A expenses were $610 million. Orders grew 7% year over year and our book-to-bill ratio was 1.1. "
                + "We repurchased $125 million of stock. Inventory at quarter end was $1.9 billion, down 6% year over year."));
            Assert.Equal(4.2m, x.Change("Revenue", "Q2 2023").Quantity.Number);
            Assert.Equal(3.1m, x.Change("ComparableSales", "Q2 2023").Quantity.Number);
            Assert.Equal(610_000_000m, x.Figure("SellingGeneralAndAdministrativeExpense", "Q2 2024").Quantity.Number);
            Assert.Equal(7m, x.Change("Bookings", "Q2 2023").Quantity.Number);
            Assert.Equal(new Ratio(1.1m), ((Figure<Ratio>)x.Figure("BookToBill", "Q2 2024")).Value);
            Assert.Equal(125_000_000m, x.Figure("ShareRepurchaseAmount", "Q2 2024").Quantity.Number);
            Assert.Equal(-6m, x.Change("Inventory", "Q2 2023").Quantity.Number);
        }

        [Fact]
        public void Reads_long_unpunctuated_text_without_going_quadratic()
        {
            string unit = "revenue was $412 million, up 6% sequentially and gross margin was 61.2% while we expect Q3 revenue of $430 million ";
            string text = string.Concat(Enumerable.Repeat(unit, 20_000));
            // A run that went quadratic would be cancelled and fail; speed itself is measured with BenchmarkDotNet.
            var x = Extraction.Run(Q2, CallDate, "Contoso Networks", new System.Threading.CancellationTokenSource(TimeSpan.FromMinutes(2)).Token, Cfo(text));
            Assert.Single(x.Result.Figures, f => f.Metric == "Revenue");
        }

        [Fact]
        public void Honours_cancellation()
        {
            var turn = Cfo(string.Concat(Enumerable.Repeat("Revenue was $412 million. ", 5_000)));
            using var cancelled = new System.Threading.CancellationTokenSource();
            cancelled.Cancel();
            var source = TypedTranscripts.Text.SourceText.From(turn.Item3);
            var turns = new[] { new FigureTurn(new Speaker("A", null, null, SpeakerRole.Executive), SectionKind.Presentation, new TypedTranscripts.Layouts.TurnText(turn.Item3, new[] { 0 }, new[] { 1 })) };
            Assert.Throws<OperationCanceledException>(() =>
                FigureExtractor.Extract(turns, new CallContext(Q2, CallDate, null), source, new System.Collections.Generic.List<TranscriptProblem>(), cancelled.Token));
        }
    }
}
