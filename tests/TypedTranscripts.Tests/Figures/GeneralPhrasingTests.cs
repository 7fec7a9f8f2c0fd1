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
        private const string YearOverYear = "Unless otherwise stated, all comparisons are year over year.";

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
    }
}
