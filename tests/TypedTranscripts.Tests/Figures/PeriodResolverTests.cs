using System;
using System.Collections.Generic;
using System.Linq;
using TypedTranscripts.Figures;
using Xunit;

namespace TypedTranscripts.Tests.Figures
{
    /// <summary>Relative period phrases resolved against the call's own fiscal period.</summary>
    public class PeriodResolverTests
    {
        // A calendar-year company reporting its third quarter in late October.
        private static readonly FiscalCalendar ThirdQuarter = new FiscalCalendar(FiscalPeriod.OfQuarter(2030, 3), new DateTime(2030, 10, 24));
        // A company whose fiscal year ends in June, reporting its fourth quarter in July.
        private static readonly FiscalCalendar JuneYearEnd = new FiscalCalendar(FiscalPeriod.OfQuarter(2031, 4), new DateTime(2031, 7, 24));
        // A first-quarter call with no date: fiscal quarters are taken as calendar quarters.
        private static readonly FiscalCalendar FirstQuarter = new FiscalCalendar(FiscalPeriod.OfQuarter(2024, 1), null);

        private static List<PeriodMention> Find(string sentence, FiscalCalendar calendar, bool forward = false)
        {
            var tokens = new SentenceTokens();
            tokens.Read(sentence, 0, sentence.Length);
            var mentions = new List<PeriodMention>();
            PeriodResolver.Find(tokens, calendar, forward, mentions);
            return mentions;
        }

        private static FiscalPeriod Single(string sentence, FiscalCalendar calendar, bool forward = false)
        {
            var explicitOnes = Find(sentence, calendar, forward).Where(m => m.Kind == PeriodKind.Explicit).ToList();
            Assert.True(explicitOnes.Count == 1, $"expected one period in '{sentence}', found {explicitOnes.Count}");
            return explicitOnes[0].Period;
        }

        [Theory]
        [InlineData("Total revenue for the third quarter was $400 million.", "Q3 2030")]
        [InlineData("compared to $0.05 per share in the second quarter", "Q2 2030")]
        [InlineData("and $0.31 per share in the prior year third quarter", "Q3 2029")]
        [InlineData("We expect our Q4 revenues to range higher.", "Q4 2030")]
        [InlineData("operating expenses for the December quarter", "Q4 2030")]
        [InlineData("a record versus the June quarter", "Q2 2030")]
        [InlineData("our results for Q3 2029 were weaker", "Q3 2029")]
        [InlineData("in the third quarter of 2029", "Q3 2029")]
        [InlineData("since Q1 of 2027", "Q1 2027")]
        [InlineData("revenue last quarter", "Q2 2030")]
        [InlineData("revenue next quarter", "Q4 2030")]
        [InlineData("our guidance for fiscal 2031", "FY2031")]
        [InlineData("as we look at FY31", "FY2031")]
        [InlineData("the full year 2030 plan", "FY2030")]
        [InlineData("leverage at the end of 2029", "Q4 2029")]
        [InlineData("our long-term model of 30%", "long-term")]
        [InlineData("over the long term, we grow", "long-term")]
        public void Resolves_phrases_against_the_calls_quarter(string sentence, string expected) =>
            Assert.Equal(expected, Single(sentence, ThirdQuarter).ToString());

        [Theory]
        [InlineData("sales in the June quarter set a record", "Q4 2031")]
        [InlineData("we expect the September quarter to be seasonally lower", "Q1 2032")]
        [InlineData("Our outlook for the first quarter follows.", "Q1 2032")]
        [InlineData("We expect full year operating expense growth of 5%.", "FY2032")]
        public void Reads_month_quarters_and_the_coming_year_from_the_fiscal_calendar(string sentence, string expected) =>
            Assert.Equal(expected, Single(sentence, JuneYearEnd, forward: true).ToString());

        [Fact]
        public void Reads_the_full_year_of_a_year_end_call_as_the_year_just_ended_when_not_looking_ahead() =>
            Assert.Equal("FY2031", Single("We delivered a record for the full year.", JuneYearEnd).ToString());

        [Fact]
        public void Reads_a_later_quarter_number_in_a_first_quarter_call_as_last_years()
        {
            Assert.Equal("Q4 2023", Single("compared with the fourth quarter", FirstQuarter).ToString());
            Assert.Equal("Q2 2024", Single("in the second quarter we expect", FirstQuarter).ToString());
        }

        [Theory]
        [InlineData("revenue was up 4% sequentially", "Sequential")]
        [InlineData("up 3% on a sequential basis", "Sequential")]
        [InlineData("up 7% quarter-on-quarter", "Sequential")]
        [InlineData("down 11% on a year-over-year basis", "YearAgo")]
        [InlineData("up 6% from a year ago", "YearAgo")]
        [InlineData("a 9% decline versus the prior year", "YearAgo")]
        public void Reads_comparisons(string sentence, string kind)
        {
            var mention = Assert.Single(Find(sentence, ThirdQuarter));
            Assert.Equal(kind, mention.Kind.ToString());
            Assert.True(mention.Comparison);
        }

        [Fact]
        public void Marks_a_compared_period()
        {
            var mentions = Find("margin was 17.2%, up 4.5 points from the second quarter", ThirdQuarter);
            var mention = Assert.Single(mentions);
            Assert.True(mention.Comparison);
            Assert.Equal(FiscalPeriod.OfQuarter(2030, 2), mention.Period);
        }

        [Theory]
        [InlineData("Year-to-date we cut operating expenses by 6%.")]
        [InlineData("In the first half, margins improved.")]
        [InlineData("over the first nine months we grew")]
        public void Flags_spans_that_are_no_fiscal_period(string sentence) =>
            Assert.Contains(Find(sentence, ThirdQuarter), m => m.Kind == PeriodKind.Unresolvable);

        [Theory]
        [InlineData("cash plus long-term investments grew")]
        [InlineData("book to bill stayed above one")]
        [InlineData("We filed our 10-K and 8-K.")]
        public void Finds_no_period_where_there_is_none(string sentence) => Assert.Empty(Find(sentence, ThirdQuarter));

        [Fact]
        public void Knows_what_lies_ahead_of_the_call()
        {
            Assert.True(ThirdQuarter.IsFuture(FiscalPeriod.OfQuarter(2030, 4)));
            Assert.True(ThirdQuarter.IsFuture(FiscalPeriod.OfYear(2030)), "a fiscal year with a quarter still to come");
            Assert.True(ThirdQuarter.IsFuture(FiscalPeriod.LongTerm));
            Assert.False(ThirdQuarter.IsFuture(FiscalPeriod.OfQuarter(2030, 3)));
            Assert.False(JuneYearEnd.IsFuture(FiscalPeriod.OfYear(2031)), "the year the call closes");
        }
    }
}
