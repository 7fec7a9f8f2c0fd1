using System;
using System.Linq;
using TypedTranscripts.Figures;
using Xunit;
using static TypedTranscripts.Tests.Figures.Extraction;

namespace TypedTranscripts.Tests.Figures
{
    /// <summary>
    /// What a number is of and when: earnings a share said without "per share" in the metric's name, compared per-share
    /// levels, asides that are levels rather than moves, lower-case categories and contributing lines as segments, and the
    /// periods that "since the end of the year", a record's year or a next clause name. Turns of an invented company,
    /// Alderbrook Tools, reporting its third quarter of 2024 on 30 October 2024 (a calendar fiscal year). The sentences
    /// are ours.
    /// </summary>
    public class SubjectAndPeriodPhrasingTests
    {
        private static readonly FiscalPeriod Q3 = FiscalPeriod.OfQuarter(2024, 3);
        private static readonly DateTime CallDate = new DateTime(2024, 10, 30);

        private static Extraction Run(params (SpeakerRole, SectionKind, string)[] turns) => Extraction.Run(Q3, CallDate, "Alderbrook Tools", turns);

        [Fact]
        public void Earnings_said_with_an_amount_a_share_are_earnings_per_share()
        {
            foreach (string said in new[]
            {
                "For the quarter, adjusted earnings were $1.42 per diluted share, up 9% from $1.30 in the third quarter of 2023.",
                "Adjusted earnings came in at $1.42 per diluted share, compared with $1.30 in the third quarter of 2023.",
            })
            {
                var x = Run(Cfo(YearOverYear), Cfo(said));
                var eps = x.Figure("DilutedEps", "Q3 2024");
                Assert.Equal(1.42m, eps.Quantity.Number);
                Assert.Equal(Basis.NonGaap, eps.Basis);
                Assert.Equal(1.30m, x.Figure("DilutedEps", "Q3 2023").Quantity.Number);
            }
            var moved = Run(Cfo(YearOverYear), Cfo("For the quarter, adjusted earnings were $1.42 per diluted share, up 9% from $1.30 in the third quarter of 2023."));
            Assert.Equal(9m, moved.Change("DilutedEps", "Q3 2023").Quantity.Number);
            var gaap = Run(Cfo(YearOverYear), Cfo("GAAP earnings of $1.10 per share compared with $0.98 a year ago."));
            Assert.Equal(1.10m, gaap.Figure("DilutedEps", "Q3 2024").Quantity.Number);
            Assert.Equal(0.98m, gaap.Figure("DilutedEps", "Q3 2023").Quantity.Number);
        }

        [Fact]
        public void Earnings_of_an_amount_name_no_metric()
        {
            var x = Run(Cfo(YearOverYear), Cfo("Our earnings call last spring drew 300 listeners, and earnings grew 12% to $40 million. Earnings rose 8% this quarter."));
            Assert.Empty(x.Result.Figures);
            Assert.Empty(x.Result.Changes);
        }

        [Fact]
        public void A_bare_amount_compared_with_an_amount_a_share_is_the_prior_period_per_share_level()
        {
            var x = Run(Cfo(YearOverYear), Cfo("Non-GAAP net income was $20.3 million, or $0.14 per diluted share, compared with $0.06 in the prior-year period."));
            Assert.Equal(0.14m, x.Figure("DilutedEps", "Q3 2024").Quantity.Number);
            Assert.Equal(0.06m, x.Figure("DilutedEps", "Q3 2023").Quantity.Number);
            Assert.DoesNotContain(x.Result.Figures, f => f.Metric == "NetIncome" && f.Period.ToString() == "Q3 2023");
        }

        [Fact]
        public void An_amount_a_share_after_the_rate_of_an_amount_is_its_level_not_its_move()
        {
            var x = Run(Cfo(YearOverYear), Cfo("Net income was $88.2 million, up 7%, or $0.91 per diluted share."));
            Assert.Equal(0.91m, x.Figure("DilutedEps", "Q3 2024").Quantity.Number);
            Assert.Equal(7m, x.Change("NetIncome", "Q3 2023").Quantity.Number);
            Assert.DoesNotContain(x.Result.Changes, c => c.Metric == "DilutedEps");

            var compared = Run(Cfo(YearOverYear), Cfo("Net income was $88.2 million, up 7%, or $0.91 per diluted share, compared with $0.85 a year ago."));
            Assert.Equal(0.91m, compared.Figure("DilutedEps", "Q3 2024").Quantity.Number);
            Assert.Equal(0.85m, compared.Figure("DilutedEps", "Q3 2023").Quantity.Number);

            // the move of earnings a share itself, or of an amount said in dollars, is still restated per share
            var eps = Run(Cfo(YearOverYear), Cfo("Diluted EPS grew 7%, or $0.06 per share."));
            Assert.Contains(eps.Result.Changes, c => c.Metric == "DilutedEps" && c.Quantity.Number == 0.06m);
            Assert.DoesNotContain(eps.Result.Figures, f => f.Metric == "DilutedEps");
        }

        [Fact]
        public void A_lower_case_category_opening_a_clause_before_sales_is_the_segment()
        {
            var x = Run(Cfo(YearOverYear), Cfo("Store traffic was positive in both stores and online, and online sales grew 11% to reach 24% of net sales."));
            Assert.Equal(11m, x.Change("Revenue", "Q3 2023", "online").Quantity.Number);
            Assert.DoesNotContain(x.Result.Changes, c => c.Segment == "Store");

            var list = Run(Cfo(YearOverYear), Cfo("By category, footwear sales grew 4% on strong demand for our trail shoes, and accessories were flat."));
            Assert.Equal(4m, list.Change("Revenue", "Q3 2023", "footwear").Quantity.Number);

            // a kind of revenue, not a line of business
            var kind = Run(Cfo(YearOverYear), Cfo("Revenue was $500 million, and reported sales grew 6% while underlying demand held."));
            Assert.Equal(6m, kind.Change("Revenue", "Q3 2023").Quantity.Number);
        }
            [Fact]
        public void A_line_of_business_that_contributes_an_amount_contributes_revenue()
        {
            var x = Run(Cfo(YearOverYear), Cfo("Machinery revenue was $140.2 million, up 5%, and aftermarket contributed $61.3 million, up 2%."));
            Assert.Equal(140_200_000m, x.Figure("Revenue", "Q3 2024", "Machinery").Quantity.Number);
            Assert.Equal(61_300_000m, x.Figure("Revenue", "Q3 2024", "aftermarket").Quantity.Number);
            Assert.Equal(2m, x.Change("Revenue", "Q3 2023", "aftermarket").Quantity.Number);
            Assert.DoesNotContain(x.Result.Figures, f => f.Segment == "Machinery" && f.Quantity.Number == 61_300_000m);

            var named = Run(Cfo(YearOverYear), Cfo("Aftermarket Services contributed $61.3 million, up 2%."));
            Assert.Equal(61_300_000m, named.Figure("Revenue", "Q3 2024", "Aftermarket Services").Quantity.Number);
        }
            [Fact]
        public void A_move_counted_since_the_end_of_the_year_is_against_the_last_fiscal_year_close()
        {
            foreach (string said in new[]
            {
                "We ended the quarter with 2,310 employees, an increase of 40 since the end of the year, mostly in engineering.",
                "Headcount was 2,310, up 40 since year end.",
                "Headcount was 2,310 at quarter end, up 40 from the end of last year.",
            })
            {
                var x = Run(Cfo(YearOverYear), Cfo(said));
                Assert.Equal(2310m, x.Figure("Headcount", "Q3 2024").Quantity.Number);
                Assert.Equal(40m, x.Change("Headcount", "Q4 2023").Quantity.Number);
            }
            // the year's end still ahead is this year's
            var plan = Run(Cfo(YearOverYear), Cfo("We expect to end the year with about 2,400 employees."));
            Assert.Equal(2400m, plan.Guidance("Headcount", "FY2024").LowQuantity!.Number);
        }
            [Fact]
        public void A_year_that_dates_a_record_is_not_the_period_of_the_number()
        {
            var x = Run(Cfo(YearOverYear), Cfo("Operating income was $44.1 million, or 19.5% of revenue, our highest operating margin since 2015."));
            Assert.Equal(44_100_000m, x.Figure("OperatingIncome", "Q3 2024").Quantity.Number);
            Assert.Equal(19.5m, x.Figure("OperatingMargin", "Q3 2024").Quantity.Number);
            Assert.DoesNotContain(x.Result.Figures, f => f.Period.ToString() == "FY2015");
        }
            [Fact]
        public void A_list_of_categories_goes_on_with_the_category_alone_as_subject()
        {
            var x = Run(Cfo(YearOverYear), Cfo("By category, footwear sales grew 4% on strong demand, apparel was flat, and accessories declined 2% as buyers waited."));
            Assert.Equal(4m, x.Change("Revenue", "Q3 2023", "footwear").Quantity.Number);
            Assert.Equal(-2m, x.Change("Revenue", "Q3 2023", "accessories").Quantity.Number);

            // without a category list before it, a bare subject's move is not read as one
            var plain = Run(Cfo(YearOverYear), Cfo("Revenue grew 4%, and freight declined 2% on lower fuel costs."));
            Assert.DoesNotContain(plain.Result.Changes, c => c.Segment == "freight");
        }
            [Fact]
        public void The_amount_a_named_line_was_before_its_move_is_its_revenue()
        {
            var x = Run(Cfo(YearOverYear), Cfo("Pet Care was $516 million, down 1% as we lapped a pipeline fill."));
            Assert.Equal(516_000_000m, x.Figure("Revenue", "Q3 2024", "Pet Care").Quantity.Number);
            Assert.Equal(-1m, x.Change("Revenue", "Q3 2023", "Pet Care").Quantity.Number);
        }

        [Fact]
        public void A_period_right_after_below_or_above_is_the_compared_one()
        {
            var x = Run(Cfo(YearOverYear), Cfo("The effective tax rate was 23.4%, slightly below last year because of stock compensation deductions."));
            Assert.Equal(23.4m, x.Figure("EffectiveTaxRate", "Q3 2024").Quantity.Number);
            Assert.Single(x.Result.Figures);
        }
            [Fact]
        public void A_period_in_the_next_clause_with_its_own_subject_is_that_clauses()
        {
            var x = Extraction.Run(FiscalPeriod.OfQuarter(2024, 4), new DateTime(2025, 2, 5), "Alderbrook Tools",
                Cfo(YearOverYear), Cfo("Orders rose 5% to $640 million, for a book-to-bill of 1.05, and we ended the year with a record backlog of $1.2 billion, up 7% year over year."));
            Assert.Equal(1.05m, x.Figure("BookToBill", "Q4 2024").Quantity.Number);
            Assert.DoesNotContain(x.Result.Figures, f => f.Metric == "BookToBill" && f.Period.ToString() == "FY2024");
        }
    }
}
