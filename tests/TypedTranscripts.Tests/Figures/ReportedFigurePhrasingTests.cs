using System;
using System.Linq;
using TypedTranscripts.Figures;
using Xunit;
using static TypedTranscripts.Tests.Figures.Extraction;

namespace TypedTranscripts.Tests.Figures
{
    /// <summary>
    /// How calls state reported figures and their changes: which line of business a figure is of, which period it is for,
    /// and which numbers are not the metric they sit next to. Turns of invented companies reporting their fourth quarter of
    /// 2024 on 6 February 2025 (a calendar fiscal year); the sentences are ours.
    /// </summary>
    public class ReportedFigurePhrasingTests
    {
        private static readonly FiscalPeriod Q4 = FiscalPeriod.OfQuarter(2024, 4);
        private static readonly DateTime CallDate = new DateTime(2025, 2, 6);

        private static Extraction Run(string company, params (SpeakerRole, SectionKind, string)[] turns) => Extraction.Run(Q4, CallDate, company, turns);

        [Fact]
        public void A_later_word_of_the_company_name_said_alone_names_a_line_of_business()
        {
            var x = Run("Tailspin Marine", Cfo(YearOverYear), Cfo("Marine revenue was $88.1 million, down 2.4%. "
                + "Tailspin Marine revenue was $240.6 million, up 3.0%. Tailspin revenue in Europe grew 5%."));
            Assert.Equal(88_100_000m, x.Figure("Revenue", "Q4 2024", "Marine").Quantity.Number);
            Assert.Equal(-2.4m, x.Change("Revenue", "Q4 2023", "Marine").Quantity.Number);
            Assert.Equal(240_600_000m, x.Figure("Revenue", "Q4 2024").Quantity.Number);
            Assert.Equal(3.0m, x.Change("Revenue", "Q4 2023").Quantity.Number);
            Assert.DoesNotContain(x.Result.Figures, f => f.Segment is not null && f.Segment.Contains("Tailspin"));
        }

        [Fact]
        public void Worldwide_global_group_and_consolidated_revenue_are_the_whole_company()
        {
            var x = Run("Litware", Cfo(YearOverYear), Cfo("Global revenue was $905 million, up 6.5%. "
                + "Group revenue for the year was $3.4 billion. Consolidated revenue rose 2% in the year. "
                + "Global Payments revenue was $212 million, up 9%."));
            Assert.Equal(905_000_000m, x.Figure("Revenue", "Q4 2024").Quantity.Number);
            Assert.Equal(6.5m, x.Change("Revenue", "Q4 2023").Quantity.Number);
            Assert.Equal(3_400_000_000m, x.Figure("Revenue", "FY2024").Quantity.Number);
            Assert.Equal(2m, x.Change("Revenue", "FY2023").Quantity.Number);
            Assert.Equal(212_000_000m, x.Figure("Revenue", "Q4 2024", "Global Payments").Quantity.Number);
            Assert.Equal(9m, x.Change("Revenue", "Q4 2023", "Global Payments").Quantity.Number);
        }

        [Fact]
        public void A_metric_opening_the_sentence_after_one_about_a_line_of_business_is_that_business_when_it_says_so_or_differs_from_the_total()
        {
            var x = Run("Adatum", Cfo(YearOverYear), Cfo("Demand held up well. Revenue was $2.1 billion, up 6%. Aviation was the standout. "
                + "Revenue grew to $640 million, up 11%. Marine services had a tougher quarter. Revenue there was $150 million, down 4%. "
                + "Rail led the way. Revenue in that business was $0.9 billion."));
            Assert.Equal(2_100_000_000m, x.Figure("Revenue", "Q4 2024").Quantity.Number);
            Assert.Equal(6m, x.Change("Revenue", "Q4 2023").Quantity.Number);
            Assert.Equal(640_000_000m, x.Figure("Revenue", "Q4 2024", "Aviation").Quantity.Number);
            Assert.Equal(11m, x.Change("Revenue", "Q4 2023", "Aviation").Quantity.Number);
            Assert.Equal(150_000_000m, x.Figure("Revenue", "Q4 2024", "Marine services").Quantity.Number);
            Assert.Equal(-4m, x.Change("Revenue", "Q4 2023", "Marine services").Quantity.Number);
            Assert.Equal(900_000_000m, x.Figure("Revenue", "Q4 2024", "Rail").Quantity.Number);
            Assert.DoesNotContain(x.Result.Figures, f => f.Segment == "Demand");
        }

        [Fact]
        public void A_change_in_a_clause_with_a_subject_of_its_own_is_not_the_metric_before_it()
        {
            var x = Run("Wingtip", Cfo(YearOverYear), Cfo("Net sales were $1.31 billion, up 3.2%, as shipments increased 6% on new accounts. "
                + "Comparable sales rose 2.4%, with pricing up 4.1% and traffic down 1.7%. Revenue was $410 million, with sales in Canada up 8%."));
            Assert.Equal(3.2m, x.Change("Revenue", "Q4 2023").Quantity.Number);
            Assert.Equal(2.4m, x.Change("ComparableSales", "Q4 2023").Quantity.Number);
            Assert.Equal(8m, x.Change("Revenue", "Q4 2023", "Canada").Quantity.Number);
            Assert.DoesNotContain(x.Result.Changes, c => c.Quantity.Number is 6m or 4.1m or -1.7m);
        }

        [Fact]
        public void A_metric_said_as_the_opening_scope_is_the_subject_not_a_segment()
        {
            var x = Run("Wingtip", Cfo("Turning to our full year 2025 outlook. With regard to CapEx, we are lowering our outlook by $20 million, "
                + "with maintenance projects decreasing by $15 million."));
            var capex = x.Guidance("CapitalExpenditures", "FY2025");
            Assert.Equal(Direction.Down, capex.Direction);
            Assert.DoesNotContain(x.Result.Guidance, g => g.Segment is not null);
        }

        [Fact]
        public void A_past_year_a_sentence_opens_with_holds_for_the_paragraph_until_another_period_is_named()
        {
            var x = Run("Proseware", Cfo(YearOverYear), Cfo("For fiscal 2024, net sales were $2.96 billion, up 4%. "
                + "Operating cash flow was $341 million and capital expenditures were $122 million. "
                + "We closed the year with $97 million of cash.\n"
                + "Adjusted EBITDA was $88 million, up 2%. In the fourth quarter, free cash flow was $61 million. Capital expenditures were $30 million."));
            Assert.Equal(2_960_000_000m, x.Figure("Revenue", "FY2024").Quantity.Number);
            Assert.Equal(4m, x.Change("Revenue", "FY2023").Quantity.Number);
            Assert.Equal(341_000_000m, x.Figure("OperatingCashFlow", "FY2024").Quantity.Number);
            Assert.Equal(122_000_000m, x.Figure("CapitalExpenditures", "FY2024").Quantity.Number);
            Assert.Equal(97_000_000m, x.Figure("CashAndInvestments", "Q4 2024").Quantity.Number);
            // a new paragraph, and a sentence naming the quarter, go back to the call's quarter
            Assert.Equal(88_000_000m, x.Figure("AdjustedEbitda", "Q4 2024").Quantity.Number);
            Assert.Equal(2m, x.Change("AdjustedEbitda", "Q4 2023").Quantity.Number);
            Assert.Equal(30_000_000m, x.Figure("CapitalExpenditures", "Q4 2024").Quantity.Number);
        }

        [Fact]
        public void A_change_verb_after_and_or_a_comma_has_the_subject_of_the_change_before_it()
        {
            var x = Run("Wingtip", Cfo("Operating margin was 14.1%, up 90 basis points from a year ago on better pricing and product mix, "
                + "and down 0.4 points sequentially on lower volume. Inspection headcount rose 5% and field service rose 8%."));
            Assert.Equal(0.9m, x.Change("OperatingMargin", "Q4 2023").Quantity.Number);
            Assert.Equal(-0.4m, x.Change("OperatingMargin", "Q3 2024").Quantity.Number);
            Assert.DoesNotContain(x.Result.Changes, c => c.Metric == "RevenueMix");
            Assert.DoesNotContain(x.Result.Changes, c => c.Quantity.Number == 8m);
        }

        [Fact]
        public void A_net_addition_is_a_change_and_a_balance_moved_during_the_quarter_is_compared_with_the_quarter_before()
        {
            var x = Run("Wingtip", Cfo(YearOverYear), Cfo("We finished the year with 5,120 employees, net additions of 140 during the quarter. "
                + "Backlog stood at $910 million, up 6% in the quarter. Engineering headcount was 1,900, up 4%."));
            Assert.Equal(5_120m, x.Figure("Headcount", "Q4 2024").Quantity.Number);
            Assert.Equal(140m, x.Change("Headcount", "Q3 2024").Quantity.Number);
            Assert.DoesNotContain(x.Result.Figures, f => f.Quantity.Number == 140m);
            Assert.Equal(6m, x.Change("Backlog", "Q3 2024").Quantity.Number);
            Assert.Equal(4m, x.Change("Headcount", "Q4 2023", "Engineering").Quantity.Number);
        }

        [Fact]
        public void An_item_a_figure_includes_that_names_no_metric_is_not_the_figure()
        {
            var x = Run("Wingtip", Cfo("Net earnings were $63 million, which included $5.1 million of severance costs tied to the plant consolidation. "
                + "Product revenue includes $9 million of our newly launched Harbor devices."));
            Assert.Equal(63_000_000m, x.Figure("NetIncome", "Q4 2024").Quantity.Number);
            Assert.DoesNotContain(x.Result.Figures, f => f.Quantity.Number == 5_100_000m);
            Assert.Equal(9_000_000m, x.Figure("Revenue", "Q4 2024", "Harbor").Quantity.Number);
        }

        [Fact]
        public void A_second_amount_that_names_its_own_noun_does_not_take_the_metric_of_the_first()
        {
            var x = Run("Wingtip", Cfo("We closed the quarter with cash and investments of $1.2 billion and $600 million of senior notes outstanding."));
            Assert.Equal(1_200_000_000m, x.Figure("CashAndInvestments", "Q4 2024").Quantity.Number);
            Assert.DoesNotContain(x.Result.Figures, f => f.Quantity.Number == 600_000_000m);
        }

        [Fact]
        public void A_revenue_retention_rate_is_not_revenue_or_its_mix()
        {
            var x = Run("Wingtip", Cfo("Net dollar revenue retention was 112%, against 116% a year ago, and gross revenue retention held at 95%. "
                + "Subscription revenue was 71% of total revenue."));
            Assert.DoesNotContain(x.Result.Figures, f => f.Quantity.Number is 112m or 116m or 95m);
            Assert.Equal(71m, x.Figure("RevenueMix", "Q4 2024", "Subscription").Quantity.Number);
        }

        [Fact]
        public void An_amount_in_accountants_parentheses_is_negative_and_a_loss_is_not_negated_twice()
        {
            var x = Run("Wingtip", Cfo("GAAP diluted earnings per share were $(0.14). On a GAAP basis, the net loss was $22.5 million, or $(0.14) per share. "
                + "Adjusted operating income was $(3.6) million."));
            Assert.Equal(-0.14m, x.Figure("DilutedEps", "Q4 2024").Quantity.Number);
            Assert.Equal(-22_500_000m, x.Figure("NetIncome", "Q4 2024").Quantity.Number);
            Assert.Equal(-3_600_000m, x.Result.Figures.Single(f => f.Metric == "OperatingIncome").Quantity.Number);
            Assert.DoesNotContain(x.Result.Figures, f => f.Quantity.Number == 0.14m);
        }

        [Fact]
        public void Cash_with_short_and_long_term_investments_or_marketable_securities_is_one_balance()
        {
            var x = Run("Wingtip", Cfo("We ended the year with cash, cash equivalents and short- and long-term investments of $2.31 billion. "
                + "A year ago, cash, cash equivalents and marketable securities were $2.05 billion."));
            Assert.Equal(2_310_000_000m, x.Figure("CashAndInvestments", "Q4 2024").Quantity.Number);
            Assert.Equal(2_050_000_000m, x.Figure("CashAndInvestments", "Q4 2023").Quantity.Number);
        }

        [Fact]
        public void A_profit_as_a_percentage_of_revenue_is_its_margin_and_a_costs_is_no_metric()
        {
            var x = Run("Wingtip", Cfo("Adjusted EBITDA came in at $48.2 million, or 17.9% of net sales. Operating profit was $30.5 million, or 11.3% of revenue. "
                + "Selling expenses were $52 million, or 19.3% of revenue."));
            Assert.Equal(17.9m, x.Figure("AdjustedEbitdaMargin", "Q4 2024").Quantity.Number);
            Assert.Equal(11.3m, x.Figure("OperatingMargin", "Q4 2024").Quantity.Number);
            Assert.DoesNotContain(x.Result.Figures, f => f.Quantity.Number == 19.3m);
            Assert.DoesNotContain(x.Result.Figures, f => f.Metric == "RevenueMix");
        }

        [Fact]
        public void An_amount_followed_by_what_it_was_for_keeps_the_metric_before_it()
        {
            var x = Run("Wingtip", Cfo("Our GAAP results reflect an impairment of goodwill and restructuring charges of $6.7 million for the exit of our Lyon "
                + "assembly plant. Capital expenditures of $14 million for the new Tucson warehouse were in line with our plan."));
            Assert.Equal(6_700_000m, x.Figure("RestructuringCharges", "Q4 2024").Quantity.Number);
            Assert.Equal(14_000_000m, x.Figure("CapitalExpenditures", "Q4 2024").Quantity.Number);
        }

        [Fact]
        public void Research_and_development_investment_or_spending_is_the_expense()
        {
            var x = Run("Wingtip", Cfo("R&D spending was $41.8 million, or 9.6% of revenue. A year ago, our research and development investment was $37.5 million."));
            Assert.Equal(41_800_000m, x.Figure("ResearchAndDevelopmentExpense", "Q4 2024").Quantity.Number);
            Assert.Equal(37_500_000m, x.Figure("ResearchAndDevelopmentExpense", "Q4 2023").Quantity.Number);
        }

        [Fact]
        public void A_month_named_quarter_last_year_is_that_quarter_a_year_before()
        {
            // fiscal year ending in September: the June quarter is the third
            var x = Extraction.Run(FiscalPeriod.OfQuarter(2025, 3), new DateTime(2025, 8, 7), "Wingtip",
                Cfo("Net sales were $818 million, against $790 million in the June quarter of last year. "
                    + "For the September quarter, we expect net sales of $830 million to $850 million, compared with $802 million in the September quarter last year."));
            Assert.Equal(790_000_000m, x.Figure("Revenue", "Q3 2024").Quantity.Number);
            Assert.Equal(802_000_000m, x.Figure("Revenue", "Q4 2024").Quantity.Number);
            Assert.Equal(830_000_000m, x.Guidance("Revenue", "Q4 2025").LowQuantity!.Number);
        }

        [Fact]
        public void A_level_compared_with_an_outlook_a_year_ago_is_of_the_outlooks_period_a_year_before()
        {
            var x = Run("Wingtip", Cfo("For the first quarter of 2025, we expect diluted earnings per share of $0.52 to $0.56, compared with $0.47 a year ago. "
                + "For the full year 2025, we expect free cash flow of $300 million to $340 million, against $281 million a year ago. "
                + "Fourth quarter net income was $41 million, compared with $37 million a year ago."));
            Assert.Equal(0.47m, x.Figure("DilutedEps", "Q1 2024").Quantity.Number);
            Assert.Equal(281_000_000m, x.Figure("FreeCashFlow", "FY2024").Quantity.Number);
            Assert.Equal(37_000_000m, x.Figure("NetIncome", "Q4 2023").Quantity.Number);
        }

        [Fact]
        public void An_outlook_given_before_is_no_figure()
        {
            var x = Run("Wingtip", Cfo("We are raising our full year adjusted EPS guidance to $2.10 to $2.20, from $2.00 to $2.15 previously, which compares with $1.94 in fiscal 2024. "
                + "We are raising our outlook for free cash flow to $260 million, up from $240 million previously."));
            Assert.Equal(1.94m, x.Figure("DilutedEps", "FY2024").Quantity.Number);
            Assert.DoesNotContain(x.Result.Figures, f => f.Quantity.Number is 2.00m or 2.15m or 240_000_000m);
        }

        [Fact]
        public void An_organic_rate_after_the_reported_one_was_stated_is_left_out_and_one_said_alone_stays()
        {
            var x = Run("Wingtip", Cfo(YearOverYear), Cfo("Revenue was $2.04 billion, down 0.9%, as the stronger dollar cost us about 2 points. "
                + "Organic revenue rose 1.6%. In Coatings, organic revenue grew 3.2%."));
            Assert.Equal(-0.9m, x.Change("Revenue", "Q4 2023").Quantity.Number);
            Assert.DoesNotContain(x.Result.Changes, c => c.Quantity.Number == 1.6m);
            Assert.Equal(3.2m, x.Change("Revenue", "Q4 2023", "Coatings").Quantity.Number);
        }
    }
}
