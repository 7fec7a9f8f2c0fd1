using System;
using System.Linq;
using TypedTranscripts.Figures;
using Xunit;
using static TypedTranscripts.Tests.Figures.Extraction;

namespace TypedTranscripts.Tests.Figures
{
    /// <summary>
    /// Phrasings calls of every layout use for results and outlooks, from turns of an invented company, Contoso Networks,
    /// reporting its second quarter of 2024 on 25 July 2024 (a calendar fiscal year). The sentences are ours.
    /// </summary>
    public class GeneralPhrasingTests
    {
        private static readonly FiscalPeriod Q2 = FiscalPeriod.OfQuarter(2024, 2);
        private static readonly DateTime CallDate = new DateTime(2024, 7, 25);

        private static Extraction Run(params (SpeakerRole, SectionKind, string)[] turns) => Extraction.Run(Q2, CallDate, "Contoso Networks", turns);

        [Fact]
        public void A_rate_followed_by_the_prior_amount_is_the_change_and_the_amount_its_compared_level()
        {
            var x = Run(Cfo(YearOverYear), Cfo("Diluted earnings per share were $0.74, up 12% from $0.66 a year ago. "
                + "Net income was $58 million, down 5% from $61 million in the second quarter of last year."));
            Assert.Equal(12m, x.Change("DilutedEps", "Q2 2023").Quantity.Number);
            Assert.Equal(0.66m, x.Figure("DilutedEps", "Q2 2023").Quantity.Number);
            Assert.Equal(-5m, x.Change("NetIncome", "Q2 2023").Quantity.Number);
            Assert.Equal(61_000_000m, x.Figure("NetIncome", "Q2 2023").Quantity.Number);
        }

        [Fact]
        public void A_share_count_has_a_relative_change()
        {
            var x = Run(Cfo(YearOverYear), Cfo("Weighted average diluted shares outstanding were 212 million, down 3% from last year."));
            Assert.Equal(212_000_000m, x.Figure("DilutedSharesOutstanding", "Q2 2024").Quantity.Number);
            Assert.Equal(-3m, x.Change("DilutedSharesOutstanding", "Q2 2023").Quantity.Number);
        }

        [Fact]
        public void A_percentage_of_revenue_said_of_a_label_is_its_revenue_mix()
        {
            var x = Run(Cfo("Hospitals were 38% of total revenue, up from 33% a year ago. "
                + "By region, North America represented 61% of revenue, Europe 25% and Asia Pacific 14%. "
                + "Japan was about 4% of total company revenue."));
            Assert.Equal(38m, x.Figure("RevenueMix", "Q2 2024", "Hospitals").Quantity.Number);
            Assert.Equal(33m, x.Figure("RevenueMix", "Q2 2023", "Hospitals").Quantity.Number);
            Assert.Equal(61m, x.Figure("RevenueMix", "Q2 2024", "North America").Quantity.Number);
            Assert.Equal(25m, x.Figure("RevenueMix", "Q2 2024", "Europe").Quantity.Number);
            Assert.Equal(14m, x.Figure("RevenueMix", "Q2 2024", "Asia Pacific").Quantity.Number);
            Assert.Equal(4m, x.Figure("RevenueMix", "Q2 2024", "Japan").Quantity.Number);
            Assert.DoesNotContain(x.Result.Changes, c => c.Metric == "Revenue");
        }

        [Fact]
        public void A_second_rate_measured_from_a_period_is_a_change_and_an_organic_rate_beside_a_reported_one_is_left_out()
        {
            var x = Run(Cfo(YearOverYear), Cfo("Clinical Systems revenue was $210 million, an increase of 3% from the first quarter and 12% from a year ago. "
                + "Imaging revenue was $95 million, up 4.1% on a reported basis and 6.3% organically."));
            Assert.Equal(3m, x.Change("Revenue", "Q1 2024", "Clinical Systems").Quantity.Number);
            Assert.Equal(12m, x.Change("Revenue", "Q2 2023", "Clinical Systems").Quantity.Number);
            Assert.Equal(4.1m, x.Change("Revenue", "Q2 2023", "Imaging").Quantity.Number);
            Assert.DoesNotContain(x.Result.Figures, f => f.Metric == "RevenueMix");
            Assert.DoesNotContain(x.Result.Changes, c => c.Quantity.Number == 6.3m);
        }

        [Fact]
        public void A_segment_head_noun_before_a_metric_keeps_the_label_before_it()
        {
            var x = Run(Cfo(YearOverYear), Cfo("North America Foods net sales were $1.1 billion, down 1%. Segment operating profit was $240 million, up 5%. "
                + "Export net sales were $150 million, and Export segment operating profit was $12 million, compared with $15 million a year ago."));
            Assert.Equal(1_100_000_000m, x.Figure("Revenue", "Q2 2024", "North America Foods").Quantity.Number);
            Assert.Equal(240_000_000m, x.Figure("OperatingIncome", "Q2 2024", "North America Foods").Quantity.Number);
            Assert.Equal(5m, x.Change("OperatingIncome", "Q2 2023", "North America Foods").Quantity.Number);
            Assert.Equal(12_000_000m, x.Figure("OperatingIncome", "Q2 2024", "Export").Quantity.Number);
            Assert.Equal(15_000_000m, x.Figure("OperatingIncome", "Q2 2023", "Export").Quantity.Number);
        }

        [Fact]
        public void An_executives_outlook_in_an_answer_is_kept_when_hedged_but_hedged_talk_is_not()
        {
            var x = Run(Question("How should we think about cash for the year?"),
                Answer("We expect free cash flow of about $450 million for the full year, and we expect inventory to be up modestly at year end. "
                    + "For the third quarter, we expect Storage revenue to be up slightly sequentially."),
                Question("And churn?"),
                Answer("You will see churn go from about 3% in Q2 to a little over 4% in Q3, so you are going to see an increase in churn."));
            var cash = x.Guidance("FreeCashFlow", "FY2024");
            Assert.Equal((450_000_000m, 450_000_000m), (cash.LowQuantity!.Number, cash.HighQuantity!.Number));
            Assert.Equal(Direction.Up, x.Guidance("Inventory", "FY2024").Direction);
            Assert.Equal(Direction.Up, x.Guidance("Revenue", "Q3 2024", "Storage").Direction);
            Assert.DoesNotContain(x.Result.Figures, f => f.Metric == "Churn");
            Assert.DoesNotContain(x.Result.Guidance, g => g.Metric == "Churn");
        }

        [Fact]
        public void Capital_to_be_returned_to_shareholders_is_an_outlook_and_net_debt_to_adjusted_ebitda_is_leverage()
        {
            var x = Run(Cfo("For the full year, we expect to return about $900 million to shareholders through dividends and buybacks. "
                + "Net debt to adjusted EBITDA was 2.6 times at quarter end."));
            Assert.Equal(900_000_000m, x.Guidance("ShareholderReturns", "FY2024").LowQuantity!.Number);
            Assert.Equal(2.6m, x.Figure("NetLeverage", "Q2 2024").Quantity.Number);
        }

        [Fact]
        public void Reads_growth_ranges_and_ranges_that_start_at_flat()
        {
            var x = Run(Cfo("For the full year, we now expect revenue growth in the range of 9% to 11%, up from the 7% to 9% we gave you in April. "
                + "For the third quarter, we expect product revenue to be flat to up 2%, and service revenue to range from down 1% to up 1%."));
            var revenue = x.Guidance("Revenue", "FY2024");
            Assert.Equal((9m, 11m, "percent"), (revenue.LowQuantity!.Number, revenue.HighQuantity!.Number, revenue.Unit));
            var product = x.Guidance("ProductRevenue", "Q3 2024");
            Assert.Equal((0m, 2m), (product.LowQuantity!.Number, product.HighQuantity!.Number));
            var service = x.Guidance("ServiceRevenue", "Q3 2024");
            Assert.Equal((-1m, 1m), (service.LowQuantity!.Number, service.HighQuantity!.Number));
        }

        [Fact]
        public void The_numbers_after_a_revision_are_the_revised_outlook()
        {
            var x = Run(Cfo("We are raising our free cash flow outlook for the year by $15 million at the midpoint, to a range of $310 million to $330 million."));
            var cash = x.Guidance("FreeCashFlow", "FY2024");
            Assert.Equal((310_000_000m, 330_000_000m), (cash.LowQuantity!.Number, cash.HighQuantity!.Number));
        }

        [Fact]
        public void A_long_term_horizon_holds_for_every_rate_of_its_sentence()
        {
            var x = Run(Cfo("Longer term, our algorithm continues to call for net sales growth of 3% to 5% a year and operating profit growth of 6% to 8%."));
            var sales = x.Guidance("RevenueGrowth", "long-term");
            Assert.Equal((3m, 5m), (sales.LowQuantity!.Number, sales.HighQuantity!.Number));
            var profit = x.Guidance("OperatingIncome", "long-term");
            Assert.Equal((6m, 8m), (profit.LowQuantity!.Number, profit.HighQuantity!.Number));
        }

        [Fact]
        public void Reads_share_counts_segment_profit_and_lower_bounds_in_outlooks()
        {
            var x = Run(Cfo("For the full year, we expect diluted EPS of $1.90 to $2.00 on roughly 92 million diluted shares. "
                + "For the third quarter, we expect a tax rate of approximately 21% and a share count roughly flat with the second quarter. "
                + "We expect Consumer Foods segment profit to be roughly flat for the full year. "
                + "We expect Services revenue to exceed $120 million in the fourth quarter."));
            Assert.Equal(92_000_000m, x.Guidance("DilutedSharesOutstanding", "FY2024").LowQuantity!.Number);
            Assert.Equal(Direction.Flat, x.Guidance("DilutedSharesOutstanding", "Q3 2024").Direction);
            Assert.Equal(Direction.Flat, x.Guidance("OperatingIncome", "FY2024", "Consumer Foods").Direction);
            var services = x.Guidance("ServiceRevenue", "Q4 2024");
            Assert.Equal(120_000_000m, services.LowQuantity!.Number);
            Assert.Null(services.HighQuantity);
        }

        [Fact]
        public void Reported_lines_of_business_named_before_a_direction_are_their_revenue_outlooks()
        {
            var x = Run(Cfo("Cloud revenue was $310 million. Devices revenue was $205 million. Printing revenue was $90 million."),
                Cfo("Now to our outlook for the third quarter. By segment, we expect Cloud to grow sequentially again, Devices to be roughly flat, "
                    + "and Printing to decline modestly."),
                Answer("We expect Devices to return to year-over-year growth in the fourth quarter, and we expect Weather to be a headwind."));
            Assert.Equal(Direction.Up, x.Guidance("Revenue", "Q3 2024", "Cloud").Direction);
            Assert.Equal(Direction.Flat, x.Guidance("Revenue", "Q3 2024", "Devices").Direction);
            Assert.Equal(Direction.Down, x.Guidance("Revenue", "Q3 2024", "Printing").Direction);
            Assert.Equal(Direction.Up, x.Guidance("Revenue", "Q4 2024", "Devices").Direction);
            Assert.DoesNotContain(x.Result.Guidance, g => g.Segment == "Weather");
        }

        [Fact]
        public void A_change_takes_the_period_its_sentence_opens_with()
        {
            var x = Extraction.Run(FiscalPeriod.OfQuarter(2024, 4), new DateTime(2025, 2, 20), "Contoso Networks",
                Cfo(YearOverYear), Cfo("For the full year 2024, total revenue was $1.64 billion, up 12%."));
            Assert.Equal(12m, x.Result.Changes.Single(c => c.Period.ToString() == "FY2024").Quantity.Number);
            Assert.DoesNotContain(x.Result.Changes, c => c.Period.ToString() == "Q4 2024");
        }

        [Fact]
        public void A_hedged_number_in_an_answer_counts_when_a_verb_states_it_as_a_level()
        {
            var x = Run(Question("Can you talk about orders?"),
                Answer("Sure. Book-to-bill was about 1.2 in the quarter. In Storage, backlog ended the quarter at about $80 million, up from about $65 million at the end of the first quarter. "
                    + "Japan is about 7% of total revenue. We are comfortable taking leverage up to around 3 times, and we have about $400 million remaining on our authorization."));
            Assert.Equal(1.2m, x.Figure("BookToBill", "Q2 2024").Quantity.Number);
            Assert.Equal(80_000_000m, x.Figure("Backlog", "Q2 2024", "Storage").Quantity.Number);
            Assert.Equal(65_000_000m, x.Figure("Backlog", "Q1 2024", "Storage").Quantity.Number);
            Assert.Equal(7m, x.Figure("RevenueMix", "Q2 2024", "Japan").Quantity.Number);
            Assert.DoesNotContain(x.Result.Figures, f => f.Metric is "NetLeverage" or "ShareRepurchaseAmount");
        }

        [Fact]
        public void A_repurchase_authorization_is_no_repurchase()
        {
            var x = Run(Cfo(YearOverYear), Cfo("We repurchased 2.1 million shares for $180 million, and our board has authorized an additional $2 billion for repurchases. "
                + "Today our board approved an 8% increase in the quarterly dividend, to $0.27 per share. E-commerce revenue was $64 million."));
            Assert.Equal(180_000_000m, Assert.Single(x.Result.Figures, f => f.Metric == "ShareRepurchaseAmount").Quantity.Number);
            Assert.Equal(64_000_000m, x.Figure("Revenue", "Q2 2024", "E-commerce").Quantity.Number);
        }

        [Fact]
        public void Reads_decimals_spelled_out_by_speech_to_text()
        {
            var x = Run(Cfo(YearOverYear), Cfo("Comparable sales were up three point four percent, and gross margin was thirty-six point two percent. "
                + "Net sales were one point two five billion dollars."));
            Assert.Equal(3.4m, x.Change("ComparableSales", "Q2 2023").Quantity.Number);
            Assert.Equal(36.2m, x.Figure("GrossMargin", "Q2 2024").Quantity.Number);
            Assert.Equal(1_250_000_000m, x.Figure("Revenue", "Q2 2024").Quantity.Number);
            Assert.DoesNotContain(x.Result.Changes, c => c.Metric == "Revenue");
        }

        [Fact]
        public void Targets_and_multi_year_horizons_are_outlooks()
        {
            var x = Run(Cfo("We remain committed to reaching an operating margin of 18% or better by fiscal 2026. "
                + "We are targeting gross margin of 47% in the fourth quarter. "
                + "Directionally, over the next two to three years, I believe this business can run at an adjusted EBITDA margin of 30% or better."));
            var margin = x.Guidance("OperatingMargin", "FY2026");
            Assert.Equal(18m, margin.LowQuantity!.Number);
            Assert.Null(margin.HighQuantity);
            Assert.Equal(47m, x.Guidance("GrossMargin", "Q4 2024").LowQuantity!.Number);
            Assert.Equal(30m, x.Guidance("AdjustedEbitdaMargin", "long-term").LowQuantity!.Number);
            Assert.Empty(x.Result.Figures);
        }

        [Fact]
        public void A_balance_moved_from_the_end_of_a_quarter_leaves_the_next_clause_in_the_call_quarter()
        {
            var x = Run(Cfo("Inventories were $640 million, up $35 million from the end of the first quarter, and days sales outstanding were 52 days. "
                + "We ended the quarter with 2,480 employees, an increase of 60 from the end of the first quarter."));
            Assert.Equal(52m, x.Figure("DaysSalesOutstanding", "Q2 2024").Quantity.Number);
            Assert.Equal(60m, x.Change("Headcount", "Q1 2024").Quantity.Number);
        }

        [Fact]
        public void It_after_a_share_of_revenue_is_the_label_and_a_share_leaves_a_direction_standing()
        {
            var x = Run(Cfo(YearOverYear), Cfo("Europe was 22% of total revenue in the quarter, up from 20% a year ago, and it grew 19% year over year."),
                Answer("We expect consulting revenue to decline by high single digits in 2025, and we expect it to fall below 5% of total revenue over time."));
            Assert.Equal(19m, x.Change("Revenue", "Q2 2023", "Europe").Quantity.Number);
            Assert.Equal(Direction.Down, x.Guidance("Revenue", "FY2025", "consulting").Direction);
        }

        [Fact]
        public void The_reported_measure_wins_over_organic_and_constant_currency_ones()
        {
            var x = Run(Cfo(YearOverYear), Cfo("Snacks net sales were $820 million, down 3%, and organic net sales were up 2%."),
                Cfo("Now to our updated outlook for fiscal 2024. We now expect organic net sales to range from down 1% to up 1%. "
                    + "Including the divestiture and currency, we expect reported net sales to be down 2% to 3%. "
                    + "We now expect adjusted operating profit to grow 5% to 7% in constant currency."));
            Assert.Equal(-3m, x.Change("Revenue", "Q2 2023", "Snacks").Quantity.Number);
            Assert.DoesNotContain(x.Result.Changes, c => c.Quantity.Number == 2m);
            var sales = x.Guidance("Revenue", "FY2024");
            Assert.Equal((-3m, -2m), (sales.LowQuantity!.Number, sales.HighQuantity!.Number));
            Assert.DoesNotContain(x.Result.Guidance, g => g.Metric == "OperatingIncome");
        }

        [Fact]
        public void An_organic_outlook_said_alone_stays()
        {
            var x = Run(Cfo("For the third quarter, we expect organic revenue growth of 4% to 5%."));
            var revenue = x.Guidance("Revenue", "Q3 2024");
            Assert.Equal((4m, 5m), (revenue.LowQuantity!.Number, revenue.HighQuantity!.Number));
        }

        [Fact]
        public void It_in_an_outlook_is_the_previous_subject_and_is_links_a_direction()
        {
            var x = Run(Answer("In constant currency, Europe segment operating profit was up 5% in the quarter. "
                + "We expect it to be down slightly on a reported basis for the year because of currency."),
                Answer("Our guidance assumes that Japan revenue is roughly flat year-over-year in the fourth quarter."));
            Assert.Equal(Direction.Down, x.Guidance("OperatingIncome", "FY2024", "Europe").Direction);
            Assert.Equal(Direction.Flat, x.Guidance("Revenue", "Q4 2024", "Japan").Direction);
        }

        [Fact]
        public void Plus_or_minus_makes_a_range_around_the_outlook()
        {
            var x = Run(Cfo("We now expect third quarter revenue of $410 million, plus or minus $10 million, "
                + "and gross margin of 52%, plus or minus 50 basis points."));
            var revenue = x.Guidance("Revenue", "Q3 2024");
            Assert.Equal((400_000_000m, 420_000_000m), (revenue.LowQuantity!.Number, revenue.HighQuantity!.Number));
            var margin = x.Guidance("GrossMargin", "Q3 2024");
            Assert.Equal((51.5m, 52.5m), (margin.LowQuantity!.Number, margin.HighQuantity!.Number));
        }

        [Fact]
        public void A_noun_before_a_linking_verb_is_a_change_subject_of_its_own()
        {
            var x = Run(Cfo(YearOverYear), Cfo("Printing was down 1.2%, but average order size was up 4.1%."));
            Assert.Equal(-1.2m, x.Change("Revenue", "Q2 2023", "Printing").Quantity.Number);
            Assert.DoesNotContain(x.Result.Changes, c => c.Quantity.Number == 4.1m);
        }

        [Fact]
        public void A_plural_capitalised_only_by_opening_its_sentence_is_no_segment_unless_the_call_names_it_one()
        {
            var x = Run(Cfo(YearOverYear), Cfo("Margins expanded 40 basis points. Customers added 2,000 seats in the quarter. Subscriptions grew 12%. "
                + "Renewals were up 8%, and revenue was $310 million, up 9%. Licenses should continue to grow in the third quarter. Bundles grew 15%."),
                Answer("Our Bundles segment now serves more than 400 hospitals."));
            Assert.Equal(310_000_000m, x.Figure("Revenue", "Q2 2024").Quantity.Number);
            Assert.Equal(9m, x.Change("Revenue", "Q2 2023").Quantity.Number);
            Assert.Equal(15m, x.Change("Revenue", "Q2 2023", "Bundles").Quantity.Number);
            var segments = x.Result.Figures.Select(f => f.Segment).Concat(x.Result.Changes.Select(c => c.Segment)).Concat(x.Result.Guidance.Select(g => g.Segment));
            Assert.DoesNotContain(segments, s => s is "Margins" or "Customers" or "Subscriptions" or "Renewals" or "Licenses");
        }

        [Fact]
        public void Forecasting_as_an_activity_is_no_outlook_but_forecasting_a_quantity_is()
        {
            var x = Run(Cfo("Our forecasting process held up well, with gross margin of 45% in the quarter. "
                + "We forecast demand conservatively, so inventory of $120 million came in below plan. "
                + "We have forecast carefully, with higher operating expenses in the quarter."),
                Cfo("We forecast revenue of $320 million to $330 million for the third quarter, and we are forecasting a slight increase in operating expenses."));
            Assert.Equal(45m, x.Figure("GrossMargin", "Q2 2024").Quantity.Number);
            Assert.Equal(120_000_000m, x.Figure("Inventory", "Q2 2024").Quantity.Number);
            Assert.DoesNotContain(x.Result.Guidance, g => g.Period.ToString() == "Q2 2024");
            var revenue = x.Guidance("Revenue", "Q3 2024");
            Assert.Equal((320_000_000m, 330_000_000m), (revenue.LowQuantity!.Number, revenue.HighQuantity!.Number));
            Assert.Equal(Direction.Up, x.Guidance("OperatingExpenses", "Q3 2024").Direction);
        }

        [Fact]
        public void An_amount_an_outlook_moves_by_is_its_direction_not_its_level()
        {
            var x = Run(Cfo("For the third quarter, we expect operating expenses to increase sequentially by about $15 million. "
                + "We expect capital expenditures to decline by roughly $40 million to $50 million in 2025. "
                + "We expect diluted EPS to be lower in the fourth quarter by about $0.05. "
                + "We expect free cash flow to grow by $50 million to about $500 million for the full year."));
            var expenses = x.Guidance("OperatingExpenses", "Q3 2024");
            Assert.Equal(Direction.Up, expenses.Direction);
            Assert.Null(expenses.LowQuantity);
            Assert.Null(expenses.HighQuantity);
            var capex = x.Guidance("CapitalExpenditures", "FY2025");
            Assert.Equal(Direction.Down, capex.Direction);
            Assert.Null(capex.LowQuantity);
            var eps = x.Guidance("DilutedEps", "Q4 2024");
            Assert.Equal(Direction.Down, eps.Direction);
            Assert.Null(eps.LowQuantity);
            var cash = x.Guidance("FreeCashFlow", "FY2024");
            Assert.Equal((500_000_000m, 500_000_000m, Direction.Up), (cash.LowQuantity!.Number, cash.HighQuantity!.Number, cash.Direction));
        }

        [Fact]
        public void A_non_cash_charge_is_neither_cash_nor_the_metric_it_offsets()
        {
            var x = Run(Cfo("Operating profit was $120 million, more than offset by a non-cash impairment charge of $35 million. "
                + "We also recorded a restructuring charge of $9 million."));
            Assert.Equal(120_000_000m, Assert.Single(x.Result.Figures, f => f.Metric == "OperatingIncome").Quantity.Number);
            Assert.DoesNotContain(x.Result.Figures, f => f.Metric == "CashAndInvestments");
            Assert.Equal(9_000_000m, x.Figure("RestructuringCharges", "Q2 2024").Quantity.Number);
        }
    }
}
